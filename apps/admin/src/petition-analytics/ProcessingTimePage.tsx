import { useQuery } from '@apollo/client/react';
import { ReportLoading } from '../layout';
import { Card, Empty, Segmented, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { TrendChart } from '../charts/TrendChart';
import { KeyboardScroll } from '../customers/KeyboardScroll';
import '../customers/screens.css';
import './analytics.css';
import type { PetitionProcessingTimesQuery, ProcessingGroupBy } from '../graphql/generated/graphql';
import { useI18n, type MessageKey } from '../i18n';
import { PageHeader } from '../layout/PageHeader';
import { MonthRangeFilter, pct, useMonthRange } from './month-range';
import { processingColumns } from './processing-columns';
import { PROCESSING_TIMES_QUERY } from './queries';

type Row = PetitionProcessingTimesQuery['petitionProcessingTimes']['rows'][number];
const GROUP_BYS: readonly ProcessingGroupBy[] = ['BUREAU', 'DEPARTMENT', 'CLASS'];
/** Lines in the chart: the overall line and the groups with the most finished cases. */
const CHART_GROUPS = 5;

/** Busan's reduction-rate screen: average processing days against the year before, within target and statutory period. */
export function ProcessingTimePage() {
  const { t } = useI18n();
  const range = useMonthRange();
  const groupBy = (GROUP_BYS as string[]).includes(range.params.get('by') ?? '')
    ? (range.params.get('by') as ProcessingGroupBy)
    : 'BUREAU';
  const { data, previousData, loading, error, refetch } = useQuery(PROCESSING_TIMES_QUERY, {
    variables: { from: range.from, to: range.to, groupBy },
    skip: !range.valid,
  });
  const report = (data ?? previousData)?.petitionProcessingTimes;

  const labelOf = (r: Pick<Row, 'key' | 'label'>) =>
    r.key === null
      ? t('processing.overall')
      : groupBy === 'CLASS'
        ? t(`analytics.class.${r.key}` as MessageKey)
        : (r.label ?? t('processing.unassigned'));
  const totals = useMemo(
    () =>
      (report?.rows ?? [])
        .filter((r) => r.month === null)
        .sort((a, b) => (a.key === null ? -1 : b.key === null ? 1 : b.finished - a.finished)),
    [report],
  );
  const series = useMemo(() => {
    if (!report) return [];
    return totals.slice(0, CHART_GROUPS + 1).map((g) => ({
      key: g.key ?? 'all',
      label: labelOf(g),
      values: report.months.map(
        (m) => report.rows.find((r) => r.key === g.key && r.month === m)?.averageDays ?? null,
      ),
    }));
  }, [report, totals, groupBy]);

  const processing = processingColumns<Row>(t);
  const columns: TableColumnsType<Row> = [
    {
      title: t('processing.col.group'),
      key: 'group',
      render: (_, r) => labelOf(r),
      fixed: 'left',
      width: 160,
    },
    processing.finished,
    processing.average,
    processing.previous,
    processing.reduction,
    {
      title: t('processing.col.target'),
      key: 'target',
      align: 'right',
      render: (_, r) => pct(r.withinTargetShare),
    },
    {
      title: t('processing.col.statutory'),
      key: 'stat',
      align: 'right',
      render: (_, r) => pct(r.withinStatutoryShare),
    },
  ];

  return (
    <>
      <PageHeader title={t('processing.title')} description={t('processing.description')} />
      <MonthRangeFilter range={range} idPrefix="processing">
        <div className="pcrm-filter-field">
          <span id="processing-by-label" className="pcrm-filter-label">
            {t('processing.groupBy')}
          </span>
          <Segmented
            aria-labelledby="processing-by-label"
            value={groupBy}
            onChange={(v) => range.setParam({ by: v === 'BUREAU' ? undefined : String(v) })}
            options={GROUP_BYS.map((g) => ({ value: g, label: t(`processing.by.${g}`) }))}
          />
        </div>
      </MonthRangeFilter>
      <ReportLoading error={error} loading={loading && !report} onRetry={refetch} />
      {report && totals.length === 0 && (
        <Card className="pcrm-table-card">
          <Empty description={t('analytics.empty')} />
        </Card>
      )}
      {report && totals.length > 0 && (
        <>
          <Card className="pcrm-table-card">
            <TrendChart
              title={t('processing.chart')}
              xLabels={report.months}
              series={series}
              format={(v) => String(v)}
            />
          </Card>
          <Card className="pcrm-table-card">
            <KeyboardScroll label={t('processing.title')}>
              <Table<Row>
                rowKey={(r) => r.key ?? 'all'}
                columns={columns}
                dataSource={totals}
                pagination={false}
                size="middle"
                scroll={{ x: 'max-content' }}
                title={() => <span className="pcrm-table-caption">{`${range.from} ~ ${range.to}`}</span>}
              />
            </KeyboardScroll>
          </Card>
        </>
      )}
    </>
  );
}
