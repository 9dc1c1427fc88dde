import { useQuery } from '@apollo/client/react';
import { ReportLoading, FilterSelect } from '../layout';
import { Alert, Card, Select, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { KeyboardScroll } from '../customers/KeyboardScroll';
import '../customers/screens.css';
import './analytics.css';
import type { EquityDimension, EquityMeasure } from '../graphql/generated/graphql';
import { useI18n } from '../i18n';
import { PageHeader } from '../layout/PageHeader';
import { MonthRangeFilter, useMonthRange } from './month-range';
import { showGap, showMeasure, TenantLink } from './ministry-format';
import { MINISTRY_EQUITY_QUERY } from './queries';

const DIMENSIONS: readonly EquityDimension[] = ['CHANNEL', 'SENIOR', 'VULNERABLE', 'AGE_BAND', 'DISTRICT'];
const MEASURES: readonly EquityMeasure[] = ['MEDIAN_DAYS', 'AVG_DAYS', 'WITHIN_STATUTORY', 'SATISFACTION'];

interface DistrictRow {
  key: string;
  tenantId: string;
  name: string;
  district: string;
  received: number | null;
  per1000: number | null;
}

const DISTRICT_PAGE = 20;

interface Row {
  tenantId: string;
  name: string;
  value: number | null;
  rank: number | null;
  pair: string;
}

/** Equity inside each 시·도 (issue 11 #2): the gap between groups of one dimension, ranked across the 시·도. */
export function MinistryEquityPage() {
  const { t, lang } = useI18n();
  const range = useMonthRange();
  const pick = <T extends string>(list: readonly T[], key: string, fallback: T): T =>
    (list as readonly string[]).includes(range.params.get(key) ?? '')
      ? (range.params.get(key) as T)
      : fallback;
  const dimension = pick(DIMENSIONS, 'dimension', 'CHANNEL');
  const measure = pick(MEASURES, 'measure', 'MEDIAN_DAYS');
  const { data, previousData, loading, error, refetch } = useQuery(MINISTRY_EQUITY_QUERY, {
    variables: { from: range.from, to: range.to, dimension },
    skip: !range.valid,
  });
  const report = (data ?? previousData)?.ministryEquity;
  const month =
    report && report.months.includes(range.params.get('month') ?? '')
      ? range.params.get('month')!
      : (report?.months.at(-1) ?? range.to);
  const nameOf = (id: string) => {
    const tenant = report?.tenants.find((x) => x.id === id);
    return tenant ? (lang === 'en' ? tenant.nameEn : tenant.nameKo) : id;
  };
  const rows: Row[] = useMemo(
    () =>
      (report?.gaps ?? [])
        .filter((g) => g.month === month && g.measure === measure)
        .map((g) => ({
          tenantId: g.tenantId,
          name: nameOf(g.tenantId),
          value: g.value ?? null,
          rank: g.rank ?? null,
          pair: g.focus && g.reference ? `${g.focus} − ${g.reference}` : '—',
        }))
        .sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99) || a.name.localeCompare(b.name)),
    [report, month, measure, lang],
  );
  const districtRows: DistrictRow[] = useMemo(
    () =>
      dimension !== 'DISTRICT'
        ? []
        : (report?.groups ?? [])
            .filter((g) => g.month === month && g.group !== 'UNKNOWN')
            .map((g) => ({
              key: `${g.tenantId}|${g.group}`,
              tenantId: g.tenantId,
              name: nameOf(g.tenantId),
              district: g.group,
              received: g.received ?? null,
              per1000: g.receivedPer1000 ?? null,
            }))
            .sort((a, b) => (b.per1000 ?? -1) - (a.per1000 ?? -1) || a.name.localeCompare(b.name)),
    [report, month, dimension, lang],
  );
  const districtTitle = t('equity.districts', { month });
  const districtColumns: TableColumnsType<DistrictRow> = [
    {
      title: t('ministry.col.tenant'),
      key: 'name',
      render: (_, r) => <TenantLink tenantId={r.tenantId} name={r.name} range={range} />,
    },
    { title: t('equity.col.district'), dataIndex: 'district', key: 'district' },
    {
      title: t('equity.col.received'),
      key: 'received',
      align: 'right',
      render: (_, r) => r.received ?? '—',
    },
    {
      title: t('equity.col.per1000'),
      key: 'per1000',
      align: 'right',
      render: (_, r) => showMeasure('RECEIVED_PER_1000', r.per1000),
    },
  ];
  const median = report?.medians.find((m) => m.month === month && m.measure === measure)?.value ?? null;
  const title = t('equity.table', {
    month,
    measure: t(`equity.measure.${measure}`),
    dimension: t(`equity.dimension.${dimension}`),
  });
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
      render: (_, r) => <TenantLink tenantId={r.tenantId} name={r.name} range={range} />,
    },
    { title: t('equity.col.pair'), dataIndex: 'pair', key: 'pair' },
    {
      title: t('equity.col.gap'),
      key: 'gap',
      align: 'right',
      render: (_, r) => showGap(measure, r.value),
    },
  ];
  return (
    <>
      <PageHeader title={t('equity.title')} description={t('equity.description')} />
      <MonthRangeFilter range={range} idPrefix="equity">
        <FilterSelect<EquityDimension>
          id="equity-dimension"
          label={t('equity.dimension')}
          value={dimension}
          width={200}
          onChange={(v) => range.setParam({ dimension: v })}
          options={DIMENSIONS.map((d) => ({ value: d, label: t(`equity.dimension.${d}`) }))}
        />
        <FilterSelect<EquityMeasure>
          id="equity-measure"
          label={t('ministry.measure')}
          value={measure}
          width={200}
          onChange={(v) => range.setParam({ measure: v })}
          options={MEASURES.map((m) => ({ value: m, label: t(`equity.measure.${m}`) }))}
        />
      </MonthRangeFilter>
      <ReportLoading error={error} loading={loading && !report} onRetry={refetch} />
      {report && (
        <>
          <Alert
            type="info"
            showIcon
            className="pcrm-ministry-note"
            message={t('equity.note', { k: report.minimumGroupSize })}
          />
          <Card
            className="pcrm-table-card"
            title={<h2 className="pcrm-card-title">{title}</h2>}
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
            <KeyboardScroll label={title}>
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
                    <Table.Summary.Cell index={2} />
                    <Table.Summary.Cell index={3} align="right">
                      {showGap(measure, median)}
                    </Table.Summary.Cell>
                  </Table.Summary.Row>
                )}
              />
            </KeyboardScroll>
          </Card>
          {dimension === 'DISTRICT' && (
            <Card className="pcrm-table-card" title={<h2 className="pcrm-card-title">{districtTitle}</h2>}>
              <p>{t('equity.districtsNote', { k: report.minimumGroupSize })}</p>
              <KeyboardScroll label={districtTitle}>
                <Table<DistrictRow>
                  rowKey="key"
                  columns={districtColumns}
                  dataSource={districtRows}
                  pagination={{ pageSize: DISTRICT_PAGE, hideOnSinglePage: true, showSizeChanger: false }}
                  size="small"
                  scroll={{ x: 'max-content' }}
                />
              </KeyboardScroll>
            </Card>
          )}
        </>
      )}
    </>
  );
}
