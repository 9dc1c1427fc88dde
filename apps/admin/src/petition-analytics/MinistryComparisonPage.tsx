import { useLazyQuery, useQuery } from '@apollo/client/react';
import { ReportLoading, FilterSelect } from '../layout';
import { Alert, Card, Select, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useDateFormat } from '../charts/format';
import { TrendChart } from '../charts/TrendChart';
import { KeyboardScroll } from '../customers/KeyboardScroll';
import '../customers/screens.css';
import './analytics.css';
import type { MinistryMeasure } from '../graphql/generated/graphql';
import { useI18n } from '../i18n';
import { ReportActions } from './ReportActions';
import { PageHeader } from '../layout/PageHeader';
import { MonthRangeFilter, useMonthRange } from './month-range';
import {
  MINISTRY_MEASURES as MEASURES,
  measureAxisTop,
  NoValue,
  showMeasure as show,
  TenantLink,
} from './ministry-format';
import { MINISTRY_COMPARISON_QUERY, MINISTRY_EXPORT_QUERY } from './queries';

interface TableRow {
  tenantId: string;
  name: string;
  value: number | null;
  rank: number | null;
  suppressed: boolean;
}

/** The ministry analyst's comparison of the 16 시·도: a chart over months and the month's ranking. */
export function MinistryComparisonPage() {
  const { t, lang } = useI18n();
  const range = useMonthRange();
  const measure = (MEASURES as string[]).includes(range.params.get('measure') ?? '')
    ? (range.params.get('measure') as MinistryMeasure)
    : 'WITHIN_TARGET';
  const { data, previousData, loading, error, refetch } = useQuery(MINISTRY_COMPARISON_QUERY, {
    variables: { from: range.from, to: range.to },
    skip: !range.valid,
  });
  const report = (data ?? previousData)?.ministryPetitionComparison;
  const formatTime = useDateFormat(true);
  const nameOf = (id: string) => {
    const tenant = report?.tenants.find((x) => x.id === id);
    return tenant ? (lang === 'en' ? tenant.nameEn : tenant.nameKo) : id;
  };
  const month =
    report && report.months.includes(range.params.get('month') ?? '')
      ? range.params.get('month')!
      : (report?.months.at(-1) ?? range.to);
  const tenant = report?.tenants.some((x) => x.id === range.params.get('tenant'))
    ? range.params.get('tenant')!
    : (report?.tenants[0]?.id ?? '');
  const measureLabel = t(`ministry.measure.${measure}`);
  const [fetchExport, exporting] = useLazyQuery(MINISTRY_EXPORT_QUERY, { fetchPolicy: 'network-only' });

  const series = useMemo(() => {
    if (!report) return [];
    const median = {
      key: 'median',
      label: t('ministry.median'),
      values: report.months.map(
        (m) => report.medians.find((x) => x.month === m && x.measure === measure)?.value ?? null,
      ),
    };
    const own = {
      key: tenant,
      label: nameOf(tenant),
      values: report.months.map(
        (m) =>
          report.cells.find((c) => c.tenantId === tenant && c.month === m && c.measure === measure)?.value ??
          null,
      ),
    };
    return [own, median];
  }, [report, measure, tenant, lang]);

  const rows: TableRow[] = useMemo(
    () =>
      (report?.cells ?? [])
        .filter((c) => c.month === month && c.measure === measure)
        .map((c) => ({
          tenantId: c.tenantId,
          name: nameOf(c.tenantId),
          value: c.value ?? null,
          rank: c.rank ?? null,
          suppressed: c.suppressed,
        }))
        .sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99) || a.name.localeCompare(b.name)),
    [report, month, measure, lang],
  );
  const median = report?.medians.find((m) => m.month === month && m.measure === measure)?.value ?? null;
  const populationSources = [
    ...new Set((report?.populations ?? []).map((p) => `${p.source} (${p.year})`)),
  ].join(', ');

  const columns: TableColumnsType<TableRow> = [
    {
      title: t('ministry.col.rank'),
      key: 'rank',
      align: 'right',
      width: 72,
      render: (_, r) => r.rank ?? '—',
    },
    {
      title: t('ministry.col.tenant'),
      key: 'name',
      render: (_, r) => <TenantLink tenantId={r.tenantId} name={r.name} range={range} />,
    },
    {
      title: t('ministry.col.value'),
      key: 'value',
      align: 'right',
      render: (_, r) => (r.value === null ? <NoValue suppressed={r.suppressed} /> : show(measure, r.value)),
    },
    {
      title: t('ministry.col.vsMedian'),
      key: 'vs',
      align: 'right',
      render: (_, r) =>
        r.value === null || median === null
          ? '—'
          : `${r.value - median >= 0 ? '+' : ''}${show(measure, r.value - median)}`,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('ministry.title')}
        description={t('ministry.description')}
        extra={
          report && (
            <ReportActions
              exporting={exporting.loading}
              onExport={async (format) =>
                (await fetchExport({ variables: { from: range.from, to: range.to, format } })).data
                  ?.ministryComparisonExport
              }
            />
          )
        }
      />
      <MonthRangeFilter range={range} idPrefix="ministry">
        <FilterSelect<MinistryMeasure>
          id="ministry-measure"
          label={t('ministry.measure')}
          value={measure}
          width={200}
          onChange={(v) => range.setParam({ measure: v })}
          options={MEASURES.map((m) => ({ value: m, label: t(`ministry.measure.${m}`) }))}
        />
      </MonthRangeFilter>
      <ReportLoading error={error} loading={loading && !report} onRetry={refetch} />
      {report && (
        <>
          <Alert
            type="info"
            showIcon
            className="pcrm-ministry-note"
            message={t('ministry.note', { k: report.minimumGroupSize })}
            description={
              <>
                {report.refreshedAt && (
                  <div>{t('ministry.refreshed', { at: formatTime(report.refreshedAt) })}</div>
                )}
                {populationSources && <div>{t('ministry.population', { sources: populationSources })}</div>}
              </>
            }
          />
          <Card className="pcrm-table-card">
            <div className="pcrm-filter-field" style={{ marginBottom: 12 }}>
              <label htmlFor="ministry-tenant">{t('ministry.tenant')}</label>
              <Select<string>
                id="ministry-tenant"
                value={tenant}
                style={{ width: 220 }}
                onChange={(v) => range.setParam({ tenant: v })}
                options={report.tenants.map((x) => ({ value: x.id, label: nameOf(x.id) }))}
              />
            </div>
            <TrendChart
              title={t('ministry.chart', { measure: measureLabel })}
              xLabels={report.months}
              series={series}
              yMax={measureAxisTop(
                measure,
                series.flatMap((x) => x.values),
              )}
              format={(v) => show(measure, v)}
            />
          </Card>
          <Card
            className="pcrm-table-card"
            title={
              <h2 className="pcrm-card-title">{t('ministry.table', { month, measure: measureLabel })}</h2>
            }
            extra={
              <Select<string>
                aria-label={t('ministry.month')}
                value={month}
                style={{ width: 120 }}
                onChange={(v) => range.setParam({ month: v })}
                options={report.months.map((m) => ({ value: m, label: m }))}
              />
            }
          >
            <KeyboardScroll label={t('ministry.table', { month, measure: measureLabel })}>
              <Table<TableRow>
                rowKey="tenantId"
                columns={columns}
                dataSource={rows}
                pagination={false}
                size="small"
                scroll={{ x: 'max-content' }}
                summary={() => (
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0} />
                    <Table.Summary.Cell index={1}>{t('ministry.median')}</Table.Summary.Cell>
                    <Table.Summary.Cell index={2} align="right">
                      {show(measure, median)}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={3} />
                  </Table.Summary.Row>
                )}
              />
            </KeyboardScroll>
          </Card>
        </>
      )}
    </>
  );
}
