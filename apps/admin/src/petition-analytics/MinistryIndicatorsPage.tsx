import { useLazyQuery, useQuery } from '@apollo/client/react';
import { ReportLoading, FilterSelect } from '../layout';
import { Alert, Card, Descriptions, Select, Table, Tag, Tooltip } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useDateFormat } from '../charts/format';
import { TrendChart } from '../charts/TrendChart';
import { KeyboardScroll } from '../customers/KeyboardScroll';
import '../customers/screens.css';
import './analytics.css';
import type { MeasureUnit, MinistryIndicatorComparisonQuery } from '../graphql/generated/graphql';
import { useI18n } from '../i18n';
import { ReportActions } from './ReportActions';
import { PageHeader } from '../layout/PageHeader';
import { MonthRangeFilter, useMonthRange } from './month-range';
import { MINISTRY_INDICATOR_EXPORT_QUERY, MINISTRY_INDICATORS_QUERY } from './queries';

type Report = MinistryIndicatorComparisonQuery['ministryIndicatorComparison'];
type TenantValue = Report['indicators'][number]['tenants'][number];
type TenantIndicator = Report['tenantIndicators'][number];
type Row = TenantValue & { name: string };

/** A value in its unit: a share or an average of percentages as %, a survey score on 1–5. */
function show(unit: MeasureUnit, v: number | null | undefined): string {
  if (v === null || v === undefined) return '—';
  return unit === 'POINTS' ? v.toFixed(2) : `${(Math.round(v * 10) / 10).toFixed(1)}%`;
}

const median = (values: number[]): number | null => {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/**
 * The ministry analyst's comparison of the 시·도 on the standard indicators (issue 11 #1): per indicator the
 * ranked period values with cases per 1,000 residents, the distribution and national median, a monthly
 * trend; the tenants' own indicators listed apart.
 */
export function MinistryIndicatorsPage() {
  const { t, lang } = useI18n();
  const range = useMonthRange();
  const { data, previousData, loading, error, refetch } = useQuery(MINISTRY_INDICATORS_QUERY, {
    variables: { from: range.from, to: range.to },
    skip: !range.valid,
  });
  const report = (data ?? previousData)?.ministryIndicatorComparison;
  const formatTime = useDateFormat(true);
  const en = lang === 'en';
  const nameOf = (id: string) => {
    const tenant = report?.tenants.find((x) => x.id === id);
    return tenant ? (en ? tenant.nameEn : tenant.nameKo) : id;
  };
  const indicator =
    report?.indicators.find((i) => i.code === range.params.get('indicator')) ?? report?.indicators[0];
  const tenant = report?.tenants.some((x) => x.id === range.params.get('tenant'))
    ? range.params.get('tenant')!
    : (report?.tenants[0]?.id ?? '');
  const indicatorName = indicator ? (en ? indicator.nameEn : indicator.nameKo) : '';

  const [fetchExport, exporting] = useLazyQuery(MINISTRY_INDICATOR_EXPORT_QUERY, {
    fetchPolicy: 'network-only',
  });

  const series = useMemo(() => {
    if (!report || !indicator) return [];
    const own = indicator.tenants.find((x) => x.tenantId === tenant);
    return [
      {
        key: tenant,
        label: nameOf(tenant),
        values: report.months.map((m) => own?.trend.find((x) => x.month === m)?.value ?? null),
      },
      {
        key: 'median',
        label: t('ministryIndicators.monthlyMedian'),
        values: report.months.map((m) =>
          median(
            indicator.tenants.flatMap((x) => {
              const v = x.trend.find((y) => y.month === m)?.value;
              return v === null || v === undefined ? [] : [v];
            }),
          ),
        ),
      },
    ];
  }, [report, indicator, tenant, lang]);

  const rows: Row[] = (indicator?.tenants ?? []).map((v) => ({ ...v, name: nameOf(v.tenantId) }));
  const unit = indicator?.unit ?? 'PERCENT';
  const dash = (row: Row) => {
    const why = row.suppressed ? t('ministry.suppressed') : t('ministry.noData');
    return (
      <Tooltip title={why}>
        <span tabIndex={0} aria-label={why}>
          —
        </span>
      </Tooltip>
    );
  };
  const columns: TableColumnsType<Row> = [
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
      render: (_, r) => (
        <>
          {r.name}
          {r.overridden && (
            <Tooltip title={t('ministryIndicators.overriddenHelp')}>
              <Tag tabIndex={0} style={{ marginInlineStart: 8 }}>
                {t('indicator.origin.overridden')}
              </Tag>
            </Tooltip>
          )}
        </>
      ),
    },
    {
      title: t('ministry.col.value'),
      key: 'value',
      align: 'right',
      render: (_, r) => (r.value === null || r.value === undefined ? dash(r) : show(unit, r.value)),
    },
    {
      title: t('ministryIndicators.col.fraction'),
      key: 'fraction',
      align: 'right',
      render: (_, r) =>
        r.numerator === null || r.denominator === null
          ? '—'
          : `${Math.round((r.numerator ?? 0) * 100) / 100} / ${r.denominator}`,
    },
    {
      title: t('ministryIndicators.col.per1000'),
      key: 'per1000',
      align: 'right',
      render: (_, r) =>
        r.casesPer1000 === null || r.casesPer1000 === undefined ? '—' : r.casesPer1000.toFixed(3),
    },
    {
      title: t('ministryIndicators.col.suppressedMonths'),
      key: 'suppressedMonths',
      align: 'right',
      render: (_, r) => r.suppressedMonths,
    },
  ];
  const ownColumns: TableColumnsType<TenantIndicator> = [
    { title: t('ministry.col.tenant'), key: 'tenant', render: (_, r) => nameOf(r.tenantId) },
    { title: t('ministryIndicators.col.code'), dataIndex: 'code', key: 'code' },
    { title: t('ministryIndicators.col.name'), key: 'name', render: (_, r) => (en ? r.nameEn : r.nameKo) },
    { title: t('ministryIndicators.col.measure'), dataIndex: 'measureCode', key: 'measure' },
    {
      title: t('ministryIndicators.col.scope'),
      key: 'scope',
      render: (_, r) => t(`indicator.scope.${r.scope}`),
    },
    {
      title: t('ministryIndicators.col.active'),
      key: 'active',
      render: (_, r) => (r.active ? t('ministryIndicators.active') : t('ministryIndicators.inactive')),
    },
    { title: t('ministryIndicators.col.version'), dataIndex: 'version', key: 'version', align: 'right' },
  ];
  const populationSources = [
    ...new Set((report?.populations ?? []).map((p) => `${p.source} (${p.year})`)),
  ].join(', ');
  const tableTitle = t('ministryIndicators.table', { indicator: indicatorName });
  const ownTitle = t('ministryIndicators.own');
  const spread = indicator?.distribution;

  return (
    <>
      <PageHeader
        title={t('ministryIndicators.title')}
        description={t('ministryIndicators.description')}
        extra={
          report && (
            <ReportActions
              exporting={exporting.loading}
              onExport={async (format) =>
                (await fetchExport({ variables: { from: range.from, to: range.to, format } })).data
                  ?.ministryIndicatorExport
              }
            />
          )
        }
      />
      <MonthRangeFilter range={range} idPrefix="ministry-indicators">
        <FilterSelect<string>
          id="ministry-indicator"
          label={t('ministryIndicators.indicator')}
          value={indicator?.code ?? ''}
          width={260}
          onChange={(v) => range.setParam({ indicator: v })}
          options={(report?.indicators ?? []).map((i) => ({
            value: i.code,
            label: en ? i.nameEn : i.nameKo,
          }))}
        />
      </MonthRangeFilter>
      <ReportLoading error={error} loading={loading && !report} onRetry={refetch} />
      {report && indicator && spread && (
        <>
          <Alert
            type="info"
            showIcon
            className="pcrm-ministry-note"
            message={t('ministryIndicators.note', { k: report.minimumGroupSize })}
            description={
              <>
                {report.refreshedAt && (
                  <div>{t('ministry.refreshed', { at: formatTime(report.refreshedAt) })}</div>
                )}
                {populationSources && <div>{t('ministry.population', { sources: populationSources })}</div>}
              </>
            }
          />
          <Card
            className="pcrm-table-card"
            title={
              <h2 className="pcrm-card-title">
                {t('ministryIndicators.distribution', { indicator: indicatorName })}
              </h2>
            }
          >
            <Descriptions size="small" column={{ xs: 2, sm: 3, md: 6 }}>
              <Descriptions.Item label={t('ministryIndicators.min')}>
                {show(unit, spread.min)}
              </Descriptions.Item>
              <Descriptions.Item label={t('ministryIndicators.q1')}>
                {show(unit, spread.q1)}
              </Descriptions.Item>
              <Descriptions.Item label={t('ministry.median')}>
                {show(unit, indicator.nationalMedian)}
              </Descriptions.Item>
              <Descriptions.Item label={t('ministryIndicators.q3')}>
                {show(unit, spread.q3)}
              </Descriptions.Item>
              <Descriptions.Item label={t('ministryIndicators.max')}>
                {show(unit, spread.max)}
              </Descriptions.Item>
              <Descriptions.Item label={t('ministryIndicators.published')}>
                {spread.tenants}
              </Descriptions.Item>
            </Descriptions>
            <p className="pcrm-ministry-help">
              {t(
                indicator.direction === 'LOWER_IS_BETTER'
                  ? 'ministryIndicators.lower'
                  : 'ministryIndicators.higher',
              )}
            </p>
          </Card>
          <Card className="pcrm-table-card">
            <div className="pcrm-filter-field pcrm-print-hidden" style={{ marginBottom: 12 }}>
              <label htmlFor="ministry-indicators-tenant">{t('ministry.tenant')}</label>
              <Select<string>
                id="ministry-indicators-tenant"
                value={tenant}
                style={{ width: 220 }}
                onChange={(v) => range.setParam({ tenant: v })}
                options={report.tenants.map((x) => ({ value: x.id, label: nameOf(x.id) }))}
              />
            </div>
            <TrendChart
              title={t('ministry.chart', { measure: indicatorName })}
              xLabels={report.months}
              series={series}
              yMax={unit === 'POINTS' ? 5 : 100}
              format={(v) => show(unit, v)}
            />
          </Card>
          <Card className="pcrm-table-card" title={<h2 className="pcrm-card-title">{tableTitle}</h2>}>
            <KeyboardScroll label={tableTitle}>
              <Table<Row>
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
                      {show(unit, indicator.nationalMedian)}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={3} colSpan={3} />
                  </Table.Summary.Row>
                )}
              />
            </KeyboardScroll>
          </Card>
          <Card className="pcrm-table-card" title={<h2 className="pcrm-card-title">{ownTitle}</h2>}>
            <p className="pcrm-ministry-help">{t('ministryIndicators.ownHelp')}</p>
            <KeyboardScroll label={ownTitle}>
              <Table<TenantIndicator>
                rowKey={(r) => `${r.tenantId}|${r.code}`}
                columns={ownColumns}
                dataSource={report.tenantIndicators}
                pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
                size="small"
                scroll={{ x: 'max-content' }}
                locale={{ emptyText: t('ministryIndicators.ownEmpty') }}
              />
            </KeyboardScroll>
          </Card>
        </>
      )}
    </>
  );
}
