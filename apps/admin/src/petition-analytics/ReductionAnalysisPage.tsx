import { useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { TrendChart } from '../charts/TrendChart';
import { KeyboardScroll } from '../customers/KeyboardScroll';
import '../customers/screens.css';
import { DepartmentSelect } from '../departments/DepartmentSelect';
import { DEPARTMENTS_QUERY } from '../departments/queries';
import type { HandlingClass, PetitionProcessingReductionQuery } from '../graphql/generated/graphql';
import { useI18n, type MessageKey } from '../i18n';
import { FilterSelect, PageHeader, ReportLoading } from '../layout';
import './analytics.css';
import { MonthRangeFilter, useMonthRange } from './month-range';
import { processingColumns } from './processing-columns';
import { PROCESSING_REDUCTION_QUERY } from './queries';

type Row = PetitionProcessingReductionQuery['petitionProcessingReduction']['edges'][number]['node'];
/** The filter option for "no filter". */
const ALL = 'ALL';
const CLASSES: readonly HandlingClass[] = [
  'SIMPLE_FORM',
  'SIMPLE_CONSULT',
  'COMPLEX',
  'PERIODIC',
  'LONG_TERM',
];

/** The average of `days` over rows weighted by their case counts, or null when no row has a case. */
function weightedDays(rows: readonly Row[], pick: (r: Row) => [number | null, number]): number | null {
  let total = 0;
  let cases = 0;
  for (const r of rows) {
    const [avg, n] = pick(r);
    if (avg === null || n === 0) continue;
    total += avg * n;
    cases += n;
  }
  return cases === 0 ? null : Math.round((total / cases) * 10) / 10;
}

/**
 * Busan's processing-time reduction analysis (issue 10 #6, #8): bureau × department × handling class × month,
 * the average days against the same month a year earlier and the reduction rate.
 */
export function ReductionAnalysisPage() {
  const { t } = useI18n();
  const range = useMonthRange();
  const bureauId = range.params.get('bureau') ?? undefined;
  const departmentId = range.params.get('department') ?? undefined;
  const handlingClass = (CLASSES as string[]).includes(range.params.get('class') ?? '')
    ? (range.params.get('class') as HandlingClass)
    : undefined;
  const departments = useQuery(DEPARTMENTS_QUERY);
  const bureaus = (departments.data?.departments ?? []).filter((d) => d.parentId === null && d.active);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(PROCESSING_REDUCTION_QUERY, {
    variables: { from: range.from, to: range.to, bureauId, departmentId, handlingClass },
    skip: !range.valid,
  });
  const page = (data ?? previousData)?.petitionProcessingReduction;
  const rows = useMemo(() => page?.edges.map((e) => e.node) ?? [], [page]);

  const months = useMemo(() => [...new Set(rows.map((r) => r.month))].sort(), [rows]);
  const series = useMemo(() => {
    const of = (m: string) => rows.filter((r) => r.month === m);
    return [
      {
        key: 'current',
        label: t('reduction.series.current'),
        values: months.map((m) => weightedDays(of(m), (r) => [r.averageDays, r.finished])),
      },
      {
        key: 'previous',
        label: t('reduction.series.previous'),
        values: months.map((m) => weightedDays(of(m), (r) => [r.previousAverageDays, r.previousFinished])),
      },
    ];
  }, [rows, months, t]);

  const processing = processingColumns<Row>(t);
  const columns: TableColumnsType<Row> = [
    { title: t('reduction.col.month'), dataIndex: 'month', key: 'month', fixed: 'left', width: 90 },
    {
      title: t('processing.by.BUREAU'),
      key: 'bureau',
      render: (_, r) => r.bureauName ?? t('processing.unassigned'),
    },
    {
      title: t('processing.by.DEPARTMENT'),
      key: 'department',
      render: (_, r) => r.departmentName ?? t('processing.unassigned'),
    },
    {
      title: t('reduction.class'),
      key: 'class',
      render: (_, r) => t(`analytics.class.${r.handlingClass}` as MessageKey),
    },
    processing.finished,
    processing.average,
    {
      title: t('reduction.col.previousFinished'),
      dataIndex: 'previousFinished',
      key: 'prevFinished',
      align: 'right',
    },
    processing.previous,
    processing.reduction,
  ];

  return (
    <>
      <PageHeader title={t('reduction.title')} description={t('reduction.description')} />
      <MonthRangeFilter range={range} idPrefix="reduction">
        <FilterSelect<string>
          id="reduction-bureau"
          label={t('processing.by.BUREAU')}
          value={bureauId ?? ALL}
          onChange={(v) => range.setParam({ bureau: v === ALL ? undefined : v })}
          options={[
            { value: ALL, label: t('reduction.all') },
            ...bureaus.map((d) => ({ value: d.id, label: d.name })),
          ]}
        />
        <div className="pcrm-filter-field">
          <label htmlFor="reduction-department">{t('processing.by.DEPARTMENT')}</label>
          <DepartmentSelect
            id="reduction-department"
            departments={departments.data?.departments ?? []}
            loading={departments.loading}
            value={departmentId}
            placeholder={t('reduction.all')}
            onChange={(v) => range.setParam({ department: v })}
            style={{ minWidth: 200 }}
          />
        </div>
        <FilterSelect<HandlingClass | typeof ALL>
          id="reduction-class"
          label={t('reduction.class')}
          width={150}
          value={handlingClass ?? ALL}
          onChange={(v) => range.setParam({ class: v === ALL ? undefined : v })}
          options={[
            { value: ALL, label: t('reduction.all') },
            ...CLASSES.map((c) => ({ value: c, label: t(`analytics.class.${c}` as MessageKey) })),
          ]}
        />
      </MonthRangeFilter>
      <ReportLoading error={error} loading={loading && !page} onRetry={refetch} />
      {page && rows.length === 0 && (
        <Card className="pcrm-table-card">
          <Empty description={t('analytics.empty')} />
        </Card>
      )}
      {page && rows.length > 0 && (
        <>
          <Card className="pcrm-table-card">
            <TrendChart
              title={t('reduction.chart', { n: rows.length, total: page.totalCount })}
              xLabels={months}
              series={series}
              format={(v) => String(v)}
            />
          </Card>
          <Card className="pcrm-table-card">
            <KeyboardScroll label={t('reduction.title')}>
              <Table<Row>
                rowKey={(r) => `${r.month}|${r.bureauId}|${r.departmentId}|${r.handlingClass}`}
                columns={columns}
                dataSource={rows}
                pagination={false}
                size="middle"
                scroll={{ x: 'max-content' }}
                title={() => (
                  <span className="pcrm-table-caption">
                    {t('reduction.list', { from: range.from, to: range.to, n: page.totalCount })}
                  </span>
                )}
              />
            </KeyboardScroll>
            {page.pageInfo.hasNextPage && (
              <Button
                block
                style={{ marginTop: 12 }}
                onClick={() => void fetchMore({ variables: { after: page.pageInfo.endCursor } })}
              >
                {t('reduction.more')}
              </Button>
            )}
          </Card>
        </>
      )}
    </>
  );
}
