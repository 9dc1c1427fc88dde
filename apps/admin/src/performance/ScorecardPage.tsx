import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Drawer,
  Empty,
  Segmented,
  Select,
  Space,
  Spin,
  Statistic,
  Table,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { TrendChart } from '../charts/TrendChart';
import { KeyboardScroll } from '../customers/KeyboardScroll';
import '../customers/screens.css';
import '../petition-analytics/analytics.css';
import type {
  IndicatorPeriod,
  PerformanceDrillDownQuery,
  PerformanceScopeKind,
  PerformanceScorecardQuery,
} from '../graphql/generated/graphql';
import { useI18n, type MessageKey } from '../i18n';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { PageHeader } from '../layout/PageHeader';
import { num } from './format';
import {
  DRILL_DOWN_QUERY,
  SCORECARD_DEPARTMENTS_QUERY,
  SCORECARD_EXPORT_MUTATION,
  SCORECARD_QUERY,
  SCORECARD_STAFF_QUERY,
} from './queries';

type Row = PerformanceScorecardQuery['performanceScorecard']['rows'][number];
type Case = PerformanceDrillDownQuery['performanceDrillDown']['edges'][number]['node'];
const PERIODS: readonly IndicatorPeriod[] = ['MONTH', 'QUARTER', 'YEAR'];
const SCOPES: readonly PerformanceScopeKind[] = ['DEPARTMENT', 'OFFICER'];
const THIS_YEAR = new Date().getFullYear();
const YEARS = Array.from({ length: 5 }, (_, i) => THIS_YEAR - i);

/**
 * A department's or an officer's scorecard for a month, quarter or year, with the trend, drill-down and export
 * (issue 10 #6).
 */
export function ScorecardPage() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [scope, setScope] = useState<PerformanceScopeKind>('DEPARTMENT');
  const [ids, setIds] = useState<Partial<Record<PerformanceScopeKind, string>>>({});
  const [staffSearch, setStaffSearch] = useState('');
  const departmentId = ids[scope];
  const [period, setPeriod] = useState<IndicatorPeriod>('MONTH');
  const [year, setYear] = useState(THIS_YEAR);
  const [index, setIndex] = useState(new Date().getMonth() + 1);
  const [drill, setDrill] = useState<Row | null>(null);
  const departments = useQuery(SCORECARD_DEPARTMENTS_QUERY, { skip: scope !== 'DEPARTMENT' });
  const staff = useQuery(SCORECARD_STAFF_QUERY, {
    variables: { search: staffSearch || null },
    skip: scope !== 'OFFICER',
  });
  const variables = {
    scope,
    scopeId: departmentId ?? '',
    period,
    year,
    index: period === 'YEAR' ? 1 : index,
  };
  const { data, previousData, loading, error, refetch } = useQuery(SCORECARD_QUERY, {
    variables,
    skip: !departmentId,
  });
  const [startExport, { loading: exporting }] = useMutation(SCORECARD_EXPORT_MUTATION);
  const card = (data ?? previousData)?.performanceScorecard;
  const en = lang === 'en';
  const none = t('performance.none');

  const indexOptions =
    period === 'QUARTER'
      ? [1, 2, 3, 4].map((n) => ({ value: n, label: t('performance.quarter', { n }) }))
      : Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: t('performance.month', { n: i + 1 }) }));

  const series = useMemo(
    () =>
      (card?.rows ?? []).map((r) => ({
        key: r.indicator.code,
        label: en ? r.indicator.nameEn : r.indicator.nameKo,
        values: r.trend.map((p) => p.value),
      })),
    [card, en],
  );

  const exportAs = async (format: 'CSV' | 'XLSX') => {
    await startExport({ variables: { ...variables, format } });
    message.success(t('performance.export.started'));
  };

  const columns: TableColumnsType<Row> = [
    {
      title: t('performance.col.indicator'),
      key: 'indicator',
      fixed: 'left',
      width: 200,
      render: (_, r) => (
        <Button type="link" onClick={() => setDrill(r)}>
          {en ? r.indicator.nameEn : r.indicator.nameKo}
        </Button>
      ),
    },
    {
      title: t('performance.col.type'),
      key: 'type',
      render: (_, r) => t(`performance.type.${r.indicator.typeTag}` as MessageKey),
    },
    { title: t('performance.col.weight'), dataIndex: 'weight', key: 'weight', align: 'right' },
    { title: t('performance.col.target'), key: 'target', align: 'right', render: (_, r) => num(r.target) },
    {
      title: t('performance.col.value'),
      key: 'value',
      align: 'right',
      render: (_, r) => num(r.value) ?? none,
    },
    {
      title: t('performance.col.count'),
      key: 'count',
      align: 'right',
      render: (_, r) => `${num(r.numerator)} / ${num(r.denominator)}`,
    },
    { title: t('performance.col.grade'), key: 'grade', align: 'center', render: (_, r) => r.grade ?? none },
    {
      title: t('performance.col.score'),
      key: 'score',
      align: 'right',
      render: (_, r) => num(r.score) ?? none,
    },
    {
      title: t('performance.col.weighted'),
      key: 'weighted',
      align: 'right',
      render: (_, r) => num(r.weightedScore) ?? none,
    },
  ];

  return (
    <>
      <PageHeader title={t('performance.title')} description={t('performance.description')} />
      <Card className="pcrm-table-card">
        <Space wrap size="middle" role="group" aria-label={t('performance.filters')}>
          <div className="pcrm-filter-field">
            <span id="scorecard-scope-label" className="pcrm-filter-label">
              {t('performance.scope')}
            </span>
            <Segmented<PerformanceScopeKind>
              aria-labelledby="scorecard-scope-label"
              value={scope}
              onChange={setScope}
              options={SCOPES.map((k) => ({ value: k, label: t(`performance.scope.${k}`) }))}
            />
          </div>
          {scope === 'DEPARTMENT' ? (
            <div className="pcrm-filter-field">
              <span id="scorecard-department-label" className="pcrm-filter-label">
                {t('performance.department')}
              </span>
              <Select
                aria-labelledby="scorecard-department-label"
                showSearch
                optionFilterProp="label"
                style={{ minWidth: 220 }}
                loading={departments.loading}
                value={departmentId}
                onChange={(id: string) => setIds({ ...ids, DEPARTMENT: id })}
                placeholder={t('performance.pickDepartment')}
                options={(departments.data?.departments ?? [])
                  .filter((d) => d.active)
                  .map((d) => ({ value: d.id, label: d.name }))}
              />
            </div>
          ) : (
            <div className="pcrm-filter-field">
              <span id="scorecard-officer-label" className="pcrm-filter-label">
                {t('performance.officer')}
              </span>
              <Select
                aria-labelledby="scorecard-officer-label"
                showSearch
                filterOption={false}
                onSearch={setStaffSearch}
                style={{ minWidth: 260 }}
                loading={staff.loading}
                value={departmentId}
                onChange={(id: string) => setIds({ ...ids, OFFICER: id })}
                placeholder={t('performance.pickOfficer')}
                notFoundContent={staff.loading ? <Spin size="small" /> : undefined}
                options={(staff.data?.staff.edges ?? []).map(({ node }) => ({
                  value: node.id,
                  label: [node.name, node.position, node.department?.name].filter(Boolean).join(' · '),
                }))}
              />
            </div>
          )}
          <div className="pcrm-filter-field">
            <span id="scorecard-period-label" className="pcrm-filter-label">
              {t('performance.period')}
            </span>
            <Segmented
              aria-labelledby="scorecard-period-label"
              value={period}
              onChange={(v) => {
                setPeriod(v as IndicatorPeriod);
                setIndex(1);
              }}
              options={PERIODS.map((p) => ({ value: p, label: t(`performance.period.${p}`) }))}
            />
          </div>
          <div className="pcrm-filter-field">
            <span id="scorecard-year-label" className="pcrm-filter-label">
              {t('performance.year')}
            </span>
            <Select
              aria-labelledby="scorecard-year-label"
              value={year}
              onChange={setYear}
              options={YEARS.map((y) => ({ value: y, label: String(y) }))}
            />
          </div>
          {period !== 'YEAR' && (
            <div className="pcrm-filter-field">
              <span id="scorecard-index-label" className="pcrm-filter-label">
                {t('performance.index')}
              </span>
              <Select
                aria-labelledby="scorecard-index-label"
                style={{ minWidth: 96 }}
                value={index}
                onChange={setIndex}
                options={indexOptions}
              />
            </div>
          )}
        </Space>
      </Card>
      {error && <LoadErrorAlert error={error} onRetry={refetch} />}
      {!departmentId && (
        <Card className="pcrm-table-card">
          <Empty
            description={t(scope === 'DEPARTMENT' ? 'performance.pickDepartment' : 'performance.pickOfficer')}
          />
        </Card>
      )}
      {departmentId && loading && !card && (
        <div className="pcrm-page-loading">
          <Spin />
        </div>
      )}
      {departmentId && card && (
        <>
          <Card className="pcrm-table-card">
            <Space wrap size="large" align="center">
              <Statistic
                title={`${t('performance.total')} (${card.from} ~ ${card.to})`}
                value={num(card.weightedTotal) ?? none}
              />
              <span>{t('performance.scoredWeight', { n: num(card.scoredWeight) ?? '0' })}</span>
              <Button loading={exporting} onClick={() => void exportAs('CSV')}>
                {t('performance.export.csv')}
              </Button>
              <Button loading={exporting} onClick={() => void exportAs('XLSX')}>
                {t('performance.export.xlsx')}
              </Button>
            </Space>
            {card.problemKo && (
              <Alert type="warning" showIcon message={en ? card.problemEn : card.problemKo} />
            )}
          </Card>
          <Card className="pcrm-table-card">
            <KeyboardScroll label={t('performance.title')}>
              <Table<Row>
                rowKey={(r) => r.indicator.code}
                columns={columns}
                dataSource={card.rows}
                pagination={false}
                size="middle"
                scroll={{ x: 'max-content' }}
                title={() => <span className="pcrm-table-caption">{card.scopeName}</span>}
              />
            </KeyboardScroll>
          </Card>
          <Card className="pcrm-table-card">
            <TrendChart
              title={t('performance.chart')}
              xLabels={card.rows[0]?.trend.map((p) => p.month) ?? []}
              series={series}
              format={(v) => String(v)}
            />
          </Card>
        </>
      )}
      {drill && departmentId && (
        <DrillDownDrawer
          row={drill}
          variables={variables}
          title={t('performance.drill.title', {
            name: en ? drill.indicator.nameEn : drill.indicator.nameKo,
          })}
          onClose={() => setDrill(null)}
        />
      )}
    </>
  );
}

function DrillDownDrawer({
  row,
  variables,
  title,
  onClose,
}: {
  row: Row;
  variables: {
    scope: PerformanceScopeKind;
    scopeId: string;
    period: IndicatorPeriod;
    year: number;
    index: number;
  };
  title: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { data, loading, error, refetch, fetchMore } = useQuery(DRILL_DOWN_QUERY, {
    variables: { ...variables, measureCode: row.measure.code },
  });
  const result = data?.performanceDrillDown;
  const totals = data?.performanceDrillDownTotals;
  const cases = result?.edges.map((e) => e.node) ?? [];
  const columns: TableColumnsType<Case> = [
    { title: t('performance.drill.col.number'), dataIndex: 'number', key: 'number' },
    { title: t('performance.drill.col.title'), dataIndex: 'title', key: 'title' },
    { title: t('performance.drill.col.month'), dataIndex: 'month', key: 'month' },
    {
      title: t('performance.drill.col.numerator'),
      key: 'numerator',
      align: 'right',
      render: (_, c) => num(c.numerator),
    },
  ];
  return (
    <Drawer open title={title} onClose={onClose} width="min(720px, 100vw)">
      {error && <LoadErrorAlert error={error} onRetry={refetch} />}
      {loading && !result && <Spin />}
      {result && totals && (
        <>
          <p>
            {t('performance.drill.totals', {
              cases: totals.cases,
              numerator: num(totals.numerator) ?? '0',
              denominator: num(totals.denominator) ?? '0',
            })}
          </p>
          <KeyboardScroll label={title}>
            <Table<Case>
              rowKey="id"
              columns={columns}
              dataSource={cases}
              pagination={false}
              size="small"
              scroll={{ x: 'max-content' }}
            />
          </KeyboardScroll>
          {result.pageInfo.hasNextPage && (
            <Button onClick={() => void fetchMore({ variables: { after: result.pageInfo.endCursor } })}>
              {t('performance.drill.more')}
            </Button>
          )}
        </>
      )}
    </Drawer>
  );
}
