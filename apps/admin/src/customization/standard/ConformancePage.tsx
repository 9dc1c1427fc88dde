import { useQuery } from '@apollo/client/react';
import { Card, Progress } from 'antd';
import type { StandardConformanceQuery } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n';
import { LoadErrorAlert } from '../../layout/LoadErrorAlert';
import { PageHeader } from '../../layout/PageHeader';
import { RegionTable } from '../../layout/RegionTable';
import { describeValue } from './describe-value';
import { ToneTag } from '../../layout/ToneTag';
import './standard.css';
import { STANDARD_CONFORMANCE_QUERY } from './queries';

type Report = StandardConformanceQuery['standardConformance'];
type Item = Report['items'][number];
type Area = Report['areas'][number];

const STATUS_TONE = { ADDED: 'good', CHANGED: 'warn', DISABLED: 'bad' } as const;

/** 표준 준수 보고서: the score, the counts per area, and every element that differs from the standard. */
export function ConformancePage() {
  const { t, lang } = useI18n();
  const query = useQuery(STANDARD_CONFORMANCE_QUERY, { fetchPolicy: 'cache-and-network' });
  const report = query.data?.standardConformance;
  if (query.error) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const count = (key: keyof Omit<Area, 'area'>) => ({
    title: t(`conf.col.${key}`),
    dataIndex: key,
    key,
    align: 'right' as const,
  });
  return (
    <>
      <PageHeader title={t('conf.title')} description={t('conf.description')} />
      {!report ? (
        <p>{t('common.loading')}</p>
      ) : (
        <>
          <Card title={<h2 className="pcrm-card-title">{t('conf.score')}</h2>}>
            <Progress
              type="circle"
              percent={Math.round(report.score * 1000) / 10}
              format={(p) => `${p}%`}
              aria-label={t('conf.score')}
            />
            <p style={{ marginTop: 12 }}>
              {t('conf.scoreDetail', {
                version: report.standardVersion,
                total: report.standardElements,
                unchanged: report.unchangedElements,
              })}
            </p>
          </Card>
          <Card title={<h2 className="pcrm-card-title">{t('conf.areas')}</h2>} style={{ marginTop: 16 }}>
            <RegionTable
              regionLabel={t('conf.areas')}
              regionClassName="pcrm-std-table"

              rowKey="area"
              dataSource={[...report.areas]}
              columns={[
                {
                  title: t('std.col.area'),
                  key: 'area',
                  render: (_: unknown, a: Area) => t(`std.area.${a.area}`),
                },
                count('standardCount'),
                count('unchanged'),
                count('changed'),
                count('disabled'),
                count('added'),
              ]}
            />
          </Card>
          <Card title={<h2 className="pcrm-card-title">{t('conf.items')}</h2>} style={{ marginTop: 16 }}>
            <RegionTable
              regionLabel={t('conf.items')}
              regionClassName="pcrm-std-table"

              rowKey={(i: Item) => `${i.area}:${i.key}`}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              locale={{ emptyText: t('conf.itemsEmpty') }}
              dataSource={[...report.items]}
              columns={[
                {
                  title: t('std.col.area'),
                  key: 'area',
                  render: (_: unknown, i: Item) => t(`std.area.${i.area}`),
                },
                { title: t('std.col.key'), dataIndex: 'key', key: 'key' },
                {
                  title: t('conf.col.status'),
                  key: 'status',
                  render: (_: unknown, i: Item) => (
                    <ToneTag tone={STATUS_TONE[i.status]}>{t(`conf.status.${i.status}`)}</ToneTag>
                  ),
                },
                {
                  title: t('std.col.standard'),
                  key: 'standard',
                  render: (_: unknown, i: Item) => describeValue(i.area, i.standard, lang),
                },
                {
                  title: t('std.col.tenant'),
                  key: 'tenant',
                  render: (_: unknown, i: Item) => describeValue(i.area, i.tenant, lang),
                },
              ]}
            />
          </Card>
        </>
      )}
    </>
  );
}
