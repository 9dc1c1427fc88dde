import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Col, Descriptions, Result, Row, Select, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useDateFormat } from '../charts/format';
import { TrendChart } from '../charts/TrendChart';
import { KeyboardScroll } from '../customers/KeyboardScroll';
import '../customers/screens.css';
import './analytics.css';
import type { EquityMeasure, MinistryMeasure } from '../graphql/generated/graphql';
import type { MinistryTenantDetailQuery } from '../graphql/generated/graphql';
import { errorCode, errorField } from '../graphql';
import { useI18n } from '../i18n';
import { ReportLoading, useDocumentTitle } from '../layout';
import { ReportActions } from './ReportActions';
import { PageHeader } from '../layout/PageHeader';
import { MonthRangeFilter, pct, useMonthRange } from './month-range';
import {
  CONFORMANCE_AREAS,
  measureAxisTop,
  MINISTRY_MEASURES,
  NoValue,
  SATISFACTION_MEASURES,
  showGap,
  showMeasure,
} from './ministry-format';
import { MINISTRY_TENANT_DETAIL_QUERY } from './tenant-detail-queries';

type Detail = MinistryTenantDetailQuery['ministryTenantDetail'];
type MeasureRow = Detail['measures'][number];
type GapRow = Detail['equityGaps'][number];
type AreaRow = NonNullable<Detail['conformance']['own']>['areas'][number];

/** The measures charted against the national median; satisfaction is one survey item at a time. */
const TREND_MEASURES: readonly MinistryMeasure[] = ['RECEIVED_PER_1000', 'WITHIN_STATUTORY', 'MEDIAN_DAYS'];

/** The population a month of `year` is divided by (the API's rule): the latest figure up to it, else the earliest. */
function populationOf(populations: Detail['populations'], year: number) {
  const before = populations.filter((p) => p.year <= year);
  return before.length ? before.reduce((a, b) => (b.year > a.year ? b : a)) : populations[0];
}

const rankOf = (rank: number | null | undefined, n: number, t: ReturnType<typeof useI18n>['t']) =>
  rank === null || rank === undefined ? '—' : t('tenantDetail.rankOf', { rank, n });

/** The answer for a tenant code the API does not know (or that is no code): a clear page, not a blank one. */
function TenantNotFound({ code }: { code: string }) {
  const { t } = useI18n();
  useDocumentTitle(t('tenantDetail.notFoundTitle'));
  const shown = code.length > 40 ? `${code.slice(0, 40)}…` : code;
  return (
    <Result
      status="info"
      title={<h1 className="pcrm-result-title">{t('tenantDetail.notFoundTitle')}</h1>}
      subTitle={t('tenantDetail.notFound', { code: shown })}
      extra={
        <Link to="/app/ministry-comparison">
          <Button type="primary">{t('tenantDetail.back')}</Button>
        </Link>
      }
    />
  );
}

/** One measure's months: this tenant against the national median. */
function MeasureTrend({ detail, measure }: { detail: Detail; measure: MinistryMeasure }) {
  const { t, lang } = useI18n();
  const cells = detail.measures.filter((m) => m.measure === measure);
  const at = (month: string) => cells.find((c) => c.month === month);
  const name = lang === 'en' ? detail.tenant.nameEn : detail.tenant.nameKo;
  const series = [
    { key: detail.tenant.id, label: name, values: detail.months.map((m) => at(m)?.value ?? null) },
    {
      key: 'median',
      label: t('ministry.median'),
      values: detail.months.map((m) => at(m)?.nationalMedian ?? null),
    },
  ];
  return (
    <TrendChart
      title={t('ministry.chart', { measure: t(`ministry.measure.${measure}`) })}
      xLabels={detail.months}
      series={series}
      yMax={measureAxisTop(
        measure,
        series.flatMap((s) => s.values),
      )}
      format={(v) => showMeasure(measure, v)}
    />
  );
}

/** 시·도 상세 (issue 11 #6): one tenant's measures, ranks, equity gaps and conformance, next to the nation's. */
export function MinistryTenantDetailPage() {
  const { tenantId = '' } = useParams();
  const { t, lang } = useI18n();
  const range = useMonthRange();
  const formatTime = useDateFormat(true);
  const { data, previousData, loading, error, refetch } = useQuery(MINISTRY_TENANT_DETAIL_QUERY, {
    variables: { tenantId, from: range.from, to: range.to },
    skip: !range.valid,
  });
  const answer = (data ?? previousData)?.ministryTenantDetail;
  // A previous answer is kept while the months change, never shown for another tenant.
  const detail = answer?.tenant.id === tenantId ? answer : undefined;
  const month =
    detail && detail.months.includes(range.params.get('month') ?? '')
      ? range.params.get('month')!
      : (detail?.months.at(-1) ?? range.to);
  const item = SATISFACTION_MEASURES.includes(range.params.get('item') as MinistryMeasure)
    ? (range.params.get('item') as MinistryMeasure)
    : 'SPEED';

  const measureRows = useMemo(
    () =>
      MINISTRY_MEASURES.map((m) => detail?.measures.find((c) => c.month === month && c.measure === m)).filter(
        (c): c is MeasureRow => c !== undefined,
      ),
    [detail, month],
  );
  const gapsByDimension = useMemo(() => {
    const groups = new Map<string, GapRow[]>();
    for (const g of detail?.equityGaps ?? [])
      if (g.month === month) groups.set(g.dimension, [...(groups.get(g.dimension) ?? []), g]);
    return [...groups];
  }, [detail, month]);

  const code = errorCode(error);
  if (code === 'NOT_FOUND' || (code === 'BAD_USER_INPUT' && errorField(error) === 'tenantId'))
    return <TenantNotFound code={tenantId} />;

  const name = detail ? (lang === 'en' ? detail.tenant.nameEn : detail.tenant.nameKo) : tenantId;
  const population = detail?.populations.length
    ? populationOf(detail.populations, Number(month.slice(0, 4)))
    : undefined;
  const monthSelect = detail && (
    <Select<string>
      aria-label={t('ministry.month')}
      value={month}
      style={{ width: 120 }}
      onChange={(v) => range.setParam({ month: v })}
      options={detail.months.map((m) => ({ value: m, label: m }))}
    />
  );

  const measureColumns: TableColumnsType<MeasureRow> = [
    {
      title: t('tenantDetail.col.measure'),
      key: 'measure',
      render: (_, r) => t(`ministry.measure.${r.measure}`),
    },
    {
      title: t('ministry.col.value'),
      key: 'value',
      align: 'right',
      render: (_, r) =>
        r.value === null || r.value === undefined ? (
          <NoValue suppressed={r.suppressed} />
        ) : (
          showMeasure(r.measure, r.value)
        ),
    },
    {
      title: t('tenantDetail.col.rank'),
      key: 'rank',
      align: 'right',
      render: (_, r) => rankOf(r.rank, r.rankedTenants, t),
    },
    {
      title: t('tenantDetail.col.median'),
      key: 'median',
      align: 'right',
      render: (_, r) => showMeasure(r.measure, r.nationalMedian),
    },
    {
      title: t('ministry.col.vsMedian'),
      key: 'vs',
      align: 'right',
      render: (_, r) =>
        r.value === null ||
        r.value === undefined ||
        r.nationalMedian === null ||
        r.nationalMedian === undefined
          ? '—'
          : `${r.value - r.nationalMedian >= 0 ? '+' : ''}${showMeasure(r.measure, r.value - r.nationalMedian)}`,
    },
  ];
  const gapColumns: TableColumnsType<GapRow> = [
    {
      title: t('tenantDetail.col.measure'),
      key: 'measure',
      render: (_, r) => t(`equity.measure.${r.measure}`),
    },
    {
      title: t('tenantDetail.col.pair'),
      key: 'pair',
      render: (_, r) => (r.focus && r.reference ? `${r.focus} − ${r.reference}` : '—'),
    },
    {
      title: t('tenantDetail.col.gap'),
      key: 'gap',
      align: 'right',
      render: (_, r) => showGap(r.measure as EquityMeasure, r.value),
    },
    {
      title: t('tenantDetail.col.rank'),
      key: 'rank',
      align: 'right',
      render: (_, r) => rankOf(r.rank, r.rankedTenants, t),
    },
    {
      title: t('tenantDetail.col.medianGap'),
      key: 'median',
      align: 'right',
      render: (_, r) => showGap(r.measure as EquityMeasure, r.nationalMedian),
    },
  ];
  const areaColumns: TableColumnsType<AreaRow> = [
    {
      title: t('tenantDetail.area.col.area'),
      key: 'area',
      render: (_, r) =>
        (CONFORMANCE_AREAS as readonly string[]).includes(r.area)
          ? t(`conformance.area.${r.area as (typeof CONFORMANCE_AREAS)[number]}`)
          : r.area,
    },
    ...(['standardCount', 'unchanged', 'changed', 'disabled', 'added'] as const).map((key) => ({
      title: t(`tenantDetail.area.col.${key === 'standardCount' ? 'standard' : key}`),
      dataIndex: key,
      key,
      align: 'right' as const,
    })),
  ];
  const conformance = detail?.conformance;
  const own = conformance?.own;
  const ranksTitle = t('tenantDetail.ranks', { month });
  const equityTitle = t('tenantDetail.equity', { month });

  return (
    <>
      <Link to="/app/ministry-comparison" className="pcrm-back-link pcrm-print-hidden">
        <ArrowLeftOutlined aria-hidden /> {t('tenantDetail.back')}
      </Link>
      <PageHeader
        title={t('tenantDetail.title', { name })}
        description={
          detail && (
            <>
              {population
                ? t('tenantDetail.population', {
                    population: population.population.toLocaleString(lang === 'en' ? 'en-GB' : 'ko-KR'),
                    year: population.year,
                    source: population.source,
                  })
                : t('tenantDetail.noPopulation')}
            </>
          )
        }
        extra={detail && <ReportActions />}
      />
      <MonthRangeFilter range={range} idPrefix="tenant-detail" />
      <ReportLoading error={error} loading={loading && !detail} onRetry={refetch} />
      {detail && (
        <>
          <Alert
            type="info"
            showIcon
            className="pcrm-ministry-note"
            message={t('ministry.note', { k: detail.minimumGroupSize })}
            description={
              detail.refreshedAt ? t('ministry.refreshed', { at: formatTime(detail.refreshedAt) }) : undefined
            }
          />
          <Card
            className="pcrm-table-card"
            title={<h2 className="pcrm-card-title">{t('tenantDetail.trends')}</h2>}
          >
            <Row gutter={[16, 16]}>
              {TREND_MEASURES.map((m) => (
                <Col key={m} xs={24} xl={12}>
                  <MeasureTrend detail={detail} measure={m} />
                </Col>
              ))}
              <Col xs={24} xl={12}>
                <div className="pcrm-filter-field pcrm-print-hidden" style={{ marginBottom: 8 }}>
                  <label htmlFor="tenant-detail-item">{t('tenantDetail.satisfactionItem')}</label>
                  <Select<MinistryMeasure>
                    id="tenant-detail-item"
                    value={item}
                    style={{ width: 200 }}
                    onChange={(v) => range.setParam({ item: v })}
                    options={SATISFACTION_MEASURES.map((m) => ({
                      value: m,
                      label: t(`ministry.measure.${m}`),
                    }))}
                  />
                </div>
                <MeasureTrend detail={detail} measure={item} />
              </Col>
            </Row>
          </Card>
          <Card
            className="pcrm-table-card"
            title={<h2 className="pcrm-card-title">{ranksTitle}</h2>}
            extra={monthSelect}
          >
            <KeyboardScroll label={ranksTitle}>
              <Table<MeasureRow>
                rowKey="measure"
                columns={measureColumns}
                dataSource={measureRows}
                pagination={false}
                size="small"
                scroll={{ x: 'max-content' }}
              />
            </KeyboardScroll>
          </Card>
          <Card className="pcrm-table-card" title={<h2 className="pcrm-card-title">{equityTitle}</h2>}>
            <p className="pcrm-muted">{t('tenantDetail.equityNote')}</p>
            {gapsByDimension.map(([dimension, gaps]) => {
              const title = t(`equity.dimension.${dimension as GapRow['dimension']}`);
              return (
                <section key={dimension} className="pcrm-tenant-detail-dimension">
                  <h3 className="pcrm-card-title">{title}</h3>
                  <KeyboardScroll label={title}>
                    <Table<GapRow>
                      rowKey="measure"
                      columns={gapColumns}
                      dataSource={gaps}
                      pagination={false}
                      size="small"
                      scroll={{ x: 'max-content' }}
                    />
                  </KeyboardScroll>
                </section>
              );
            })}
          </Card>
          <Card
            className="pcrm-table-card"
            title={<h2 className="pcrm-card-title">{t('tenantDetail.conformance')}</h2>}
          >
            {own && conformance ? (
              <>
                <Descriptions column={{ xs: 1, sm: 2 }} size="small">
                  <Descriptions.Item label={t('tenantDetail.conformance.version')}>
                    {t('tenantDetail.conformance.versionValue', {
                      v: own.standardVersion,
                      latest: conformance.latestVersion,
                    })}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('tenantDetail.conformance.score')}>
                    {pct(own.score)}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('tenantDetail.conformance.rank')}>
                    {rankOf(own.rank, conformance.rankedTenants, t)}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('tenantDetail.conformance.median')}>
                    {pct(conformance.medianScore)}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('tenantDetail.conformance.elements')}>
                    {t('tenantDetail.conformance.elementsValue', {
                      unchanged: own.unchangedElements,
                      total: own.standardElements,
                    })}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('tenantDetail.conformance.refreshed')}>
                    {formatTime(own.refreshedAt)}
                  </Descriptions.Item>
                </Descriptions>
                <h3 className="pcrm-card-title">{t('tenantDetail.conformance.areas')}</h3>
                <KeyboardScroll label={t('tenantDetail.conformance.areas')}>
                  <Table<AreaRow>
                    rowKey="area"
                    columns={areaColumns}
                    dataSource={own.areas}
                    pagination={false}
                    size="small"
                    scroll={{ x: 'max-content' }}
                  />
                </KeyboardScroll>
              </>
            ) : (
              <Alert type="warning" showIcon message={t('tenantDetail.conformance.none')} />
            )}
          </Card>
        </>
      )}
    </>
  );
}
