import { useQuery } from '@apollo/client/react';
import { Card, Progress, Table, Tag } from 'antd';
import type { StandardConformanceQuery } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n';
import { LoadErrorAlert } from '../../layout/LoadErrorAlert';
import { PageHeader } from '../../layout/PageHeader';
import { describeValue } from './describe-value';
import { STANDARD_CONFORMANCE_QUERY } from './queries';

type Report = StandardConformanceQuery['standardConformance'];
type Item = Report['items'][number];
type Area = Report['areas'][number];

const STATUS_COLOR = { ADDED: 'green', CHANGED: 'orange', DISABLED: 'red' } as const;

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
            <Table
              rowKey="area"
              size="small"
              pagination={false}
              scroll={{ x: 600 }}
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
            <Table
              rowKey={(i: Item) => `${i.area}:${i.key}`}
              size="small"
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              scroll={{ x: 800 }}
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
                    <Tag color={STATUS_COLOR[i.status]}>{t(`conf.status.${i.status}`)}</Tag>
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
