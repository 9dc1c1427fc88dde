import { useQuery } from '@apollo/client/react';
import { ReportLoading } from '../layout';
import { Alert, Card, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { KeyboardScroll } from '../customers/KeyboardScroll';
import '../customers/screens.css';
import './analytics.css';
import { useI18n } from '../i18n';
import { PageHeader } from '../layout/PageHeader';
import { pct } from './month-range';
import { CONFORMANCE_AREAS as AREAS, TenantLink } from './ministry-format';
import { MINISTRY_CONFORMANCE_QUERY } from './queries';

interface Row {
  tenantId: string;
  name: string;
  rank: number;
  version: number;
  score: number;
  differences: Record<string, number>;
}

/** Each 시·도's conformance to the standard (issue 11 #3): version, score, rank and differences by area. */
export function MinistryConformancePage() {
  const { t, lang } = useI18n();
  const { data, loading, error, refetch } = useQuery(MINISTRY_CONFORMANCE_QUERY);
  const report = data?.ministryConformance;
  const nameOf = (id: string) => {
    const tenant = report?.tenants.find((x) => x.id === id);
    return tenant ? (lang === 'en' ? tenant.nameEn : tenant.nameKo) : id;
  };
  const rows: Row[] = (report?.rows ?? []).map((r) => ({
    tenantId: r.tenantId,
    name: nameOf(r.tenantId),
    rank: r.rank,
    version: r.standardVersion,
    score: r.score,
    differences: Object.fromEntries(r.areas.map((a) => [a.area, a.changed + a.disabled + a.added])),
  }));
  const columns: TableColumnsType<Row> = [
    { title: t('ministry.col.rank'), dataIndex: 'rank', key: 'rank', align: 'right', width: 72 },
    {
      title: t('ministry.col.tenant'),
      key: 'name',
      render: (_, r) => <TenantLink tenantId={r.tenantId} name={r.name} />,
    },
    {
      title: t('conformance.col.version'),
      key: 'version',
      align: 'right',
      render: (_, r) => t('conformance.version', { v: r.version }),
    },
    { title: t('conformance.col.score'), key: 'score', align: 'right', render: (_, r) => pct(r.score) },
    ...AREAS.map((area) => ({
      title: t(`conformance.area.${area}`),
      key: area,
      align: 'right' as const,
      render: (_: unknown, r: Row) => r.differences[area] ?? 0,
    })),
  ];
  const title = t('conformance.table');
  return (
    <>
      <PageHeader title={t('conformance.title')} description={t('conformance.description')} />
      <ReportLoading error={error} loading={loading && !report} onRetry={refetch} />
      {report && (
        <>
          <Alert
            type="info"
            showIcon
            className="pcrm-ministry-note"
            message={t('conformance.note', {
              latest: report.latestVersion,
              median:
                report.medianScore === null || report.medianScore === undefined
                  ? '—'
                  : pct(report.medianScore),
            })}
          />
          <Card className="pcrm-table-card" title={<h2 className="pcrm-card-title">{title}</h2>}>
            <KeyboardScroll label={title}>
              <Table<Row>
                rowKey="tenantId"
                columns={columns}
                dataSource={rows}
                pagination={false}
                size="small"
                scroll={{ x: 'max-content' }}
              />
            </KeyboardScroll>
          </Card>
        </>
      )}
    </>
  );
}
