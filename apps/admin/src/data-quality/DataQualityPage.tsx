import { CameraOutlined, ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Empty,
  Input,
  Progress,
  Segmented,
  Select,
  Space,
  Spin,
  Table,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { dayRange } from '../access-log/date-range';
import { percent, useDateFormat } from '../charts/format';
import { TrendChart } from '../charts/TrendChart';
import { CUSTOMER_ENUMS, enumLabelKey } from '../customers/enums';
import '../customers/screens.css';
import { errorMessage } from '../graphql';
import type { DataQualityField, DataQualityGroupBy } from '../graphql/generated/graphql';
import { useI18n } from '../i18n';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { PageHeader } from '../layout/PageHeader';
import {
  DATA_QUALITY_HISTORY_QUERY,
  DATA_QUALITY_QUERY,
  SNAPSHOT_DATA_QUALITY,
  type QualityRow,
} from './queries';
import { groupRows, historySeries, type QualityGroup } from './report';

const GROUP_BYS: readonly DataQualityGroupBy[] = ['TENANT', 'SOURCE', 'BATCH'];
const FIELDS = CUSTOMER_ENUMS.qualityField as readonly DataQualityField[];

/** 충실도·정확도 per field in the shape of Busan's tables 4-1/4-2, by tenant, source or import batch, and over time. */
export function DataQualityPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const groupBy = (GROUP_BYS as string[]).includes(params.get('by') ?? '')
    ? (params.get('by') as DataQualityGroupBy)
    : 'TENANT';
  const fromDay = params.get('from') ?? '';
  const toDay = params.get('to') ?? '';
  const [draft, setDraft] = useState({ from: fromDay, to: toDay });
  useEffect(() => setDraft({ from: fromDay, to: toDay }), [fromDay, toDay]);
  const badRange = Boolean(fromDay && toDay && fromDay > toDay);

  const setParam = (next: Record<string, string | undefined>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) p.set(k, v);
      else p.delete(k);
    }
    setParams(p, { replace: true });
  };

  const { data, previousData, loading, error, refetch } = useQuery(DATA_QUALITY_QUERY, {
    variables: { groupBy, ...dayRange(fromDay || undefined, toDay || undefined) },
    skip: badRange,
  });
  const report = (data ?? previousData)?.dataQuality;
  const groups = useMemo(() => (report ? groupRows(report.rows) : []), [report]);
  const formatTime = useDateFormat(true);

  return (
    <>
      <PageHeader title={t('quality.title')} description={t('quality.description')} />
      <Card className="pcrm-filter-card">
        <form
          className="pcrm-filter-bar"
          role="search"
          aria-label={t('quality.filters')}
          onSubmit={(e) => {
            e.preventDefault();
            setParam({ from: draft.from, to: draft.to });
          }}
        >
          <div className="pcrm-filter-field">
            <span id="quality-by-label" className="pcrm-filter-label">
              {t('quality.groupBy')}
            </span>
            <Segmented
              aria-labelledby="quality-by-label"
              value={groupBy}
              onChange={(v) => setParam({ by: v === 'TENANT' ? undefined : String(v), key: undefined })}
              options={GROUP_BYS.map((g) => ({ value: g, label: t(`quality.by.${g}`) }))}
            />
          </div>
          <div className="pcrm-filter-field">
            <label htmlFor="quality-from">{t('quality.from')}</label>
            <Input
              id="quality-from"
              type="date"
              value={draft.from}
              onChange={(e) => setDraft({ ...draft, from: e.target.value })}
              style={{ width: 170 }}
            />
          </div>
          <div className="pcrm-filter-field">
            <label htmlFor="quality-to">{t('quality.to')}</label>
            <Input
              id="quality-to"
              type="date"
              value={draft.to}
              onChange={(e) => setDraft({ ...draft, to: e.target.value })}
              style={{ width: 170 }}
            />
          </div>
          <Space className="pcrm-filter-actions">
            <Button type="primary" htmlType="submit" icon={<SearchOutlined aria-hidden />}>
              {t('quality.apply')}
            </Button>
            <Button
              icon={<ReloadOutlined aria-hidden />}
              onClick={() => setParam({ from: undefined, to: undefined })}
            >
              {t('quality.reset')}
            </Button>
          </Space>
        </form>
      </Card>

      {badRange && <Alert type="warning" showIcon title={t('quality.badRange')} style={{ marginTop: 16 }} />}
      {error && <LoadErrorAlert error={error} onRetry={refetch} style={{ marginTop: 16 }} />}
      {loading && !report && (
        <div className="pcrm-page-loading">
          <div role="status" aria-label={t('common.loading')}>
            <Spin />
          </div>
        </div>
      )}
      {report && !badRange && (
        <p className="pcrm-muted pcrm-quality-generated" aria-live="polite">
          {t('quality.generatedAt', { at: formatTime(report.generatedAt) })}
        </p>
      )}
      {report && !badRange && groups.length === 0 && (
        <Card className="pcrm-table-card">
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('quality.empty')} />
        </Card>
      )}
      {!badRange &&
        groups.map((g) => <QualityTable key={`${groupBy}:${g.key ?? ''}`} group={g} groupBy={groupBy} />)}

      {report && groups.length > 0 && (
        <History
          groupBy={groupBy}
          groups={groups}
          selectedKey={params.get('key') ?? undefined}
          onSelect={(key) => setParam({ key })}
        />
      )}
    </>
  );
}

function useGroupTitle(groupBy: DataQualityGroupBy): (g: Pick<QualityGroup, 'key' | 'source'>) => string {
  const { t } = useI18n();
  return (g) =>
    groupBy === 'TENANT'
      ? t('quality.by.TENANT')
      : groupBy === 'SOURCE'
        ? g.key || t('quality.noSource')
        : g.key
          ? t('quality.batchTitle', { id: g.key.slice(0, 8), source: g.source ?? '—' })
          : t('quality.directEntry');
}

function Meter({ value, label }: { value: number | null; label: string }) {
  if (value === null) return <span>—</span>;
  return (
    <div className="pcrm-quality-meter">
      <span className="pcrm-quality-value">{percent(value)}</span>
      <Progress
        percent={value}
        size="small"
        showInfo={false}
        strokeColor={value >= 90 ? '#0e7a3e' : value >= 70 ? '#1d4fa8' : '#b42318'}
        aria-label={`${label} ${percent(value)}`}
      />
    </div>
  );
}

function QualityTable({ group, groupBy }: { group: QualityGroup; groupBy: DataQualityGroupBy }) {
  const { t } = useI18n();
  const title = useGroupTitle(groupBy)(group);
  const n = (v: number) => v.toLocaleString();
  const columns: TableColumnsType<QualityRow> = [
    {
      title: t('quality.col.field'),
      dataIndex: 'field',
      key: 'field',
      width: 100,
      render: (f: DataQualityField) => t(enumLabelKey('qualityField', f)),
    },
    {
      title: t('quality.col.total'),
      dataIndex: 'total',
      key: 'total',
      align: 'right',
      responsive: ['md'],
      render: n,
    },
    {
      title: t('quality.col.filled'),
      dataIndex: 'filled',
      key: 'filled',
      align: 'right',
      responsive: ['lg'],
      render: n,
    },
    {
      title: t('quality.col.empty'),
      dataIndex: 'empty',
      key: 'empty',
      align: 'right',
      responsive: ['lg'],
      render: n,
    },
    {
      title: t('quality.col.completeness'),
      dataIndex: 'completeness',
      key: 'completeness',
      render: (v: number | null) => <Meter value={v} label={t('quality.col.completeness')} />,
    },
    {
      title: t('quality.col.valid'),
      dataIndex: 'valid',
      key: 'valid',
      align: 'right',
      responsive: ['lg'],
      render: n,
    },
    {
      title: t('quality.col.accuracy'),
      dataIndex: 'accuracy',
      key: 'accuracy',
      render: (v: number | null) => <Meter value={v} label={t('quality.col.accuracy')} />,
    },
  ];
  return (
    <Card className="pcrm-table-card" title={<h2 className="pcrm-card-title pcrm-ellipsis">{title}</h2>}>
      <Table<QualityRow>
        rowKey="field"
        size="small"
        pagination={false}
        tableLayout="fixed"
        columns={columns}
        dataSource={group.rows}
        data-testid="quality-table"
      />
    </Card>
  );
}

function History({
  groupBy,
  groups,
  selectedKey,
  onSelect,
}: {
  groupBy: DataQualityGroupBy;
  groups: QualityGroup[];
  selectedKey?: string;
  onSelect(key: string | undefined): void;
}) {
  const { t, lang } = useI18n();
  const { message } = AntApp.useApp();
  const groupTitle = useGroupTitle(groupBy);
  const keyed = groupBy !== 'TENANT';
  const key = keyed ? (groups.find((g) => g.key === selectedKey) ?? groups[0]).key : null;
  const { data, loading, error, refetch } = useQuery(DATA_QUALITY_HISTORY_QUERY, {
    variables: { groupBy, key },
  });
  const [snapshot, snapshotState] = useMutation(SNAPSHOT_DATA_QUALITY);
  const points = useMemo(() => data?.dataQualityHistory.points ?? [], [data]);
  const label = (f: DataQualityField) => t(enumLabelKey('qualityField', f));
  const completeness = historySeries(points, 'completeness', FIELDS, label);
  const accuracy = historySeries(points, 'accuracy', FIELDS, label);

  const take = async () => {
    try {
      const result = await snapshot();
      await refetch();
      message.success(t('quality.snapshotTaken', { date: result.data?.snapshotDataQuality.date ?? '' }));
    } catch (e) {
      message.error(errorMessage(e, lang));
    }
  };

  return (
    <Card
      className="pcrm-table-card"
      title={<h2 className="pcrm-card-title">{t('quality.history')}</h2>}
      extra={
        <Button
          icon={<CameraOutlined aria-hidden />}
          loading={snapshotState.loading}
          onClick={() => void take()}
        >
          {t('quality.takeSnapshot')}
        </Button>
      }
    >
      {keyed && (
        <div className="pcrm-filter-field" style={{ marginBottom: 16 }}>
          <label htmlFor="quality-history-key">{t('quality.historyOf')}</label>
          <Select
            id="quality-history-key"
            value={key ?? ''}
            onChange={(v: string) => onSelect(v || undefined)}
            options={groups.map((g) => ({ value: g.key ?? '', label: groupTitle(g) }))}
            style={{ width: 320, maxWidth: '100%' }}
          />
        </div>
      )}
      {error ? (
        <LoadErrorAlert error={error} onRetry={refetch} />
      ) : loading && !data ? (
        <div role="status" aria-label={t('common.loading')}>
          <Spin />
        </div>
      ) : completeness.dates.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('quality.noHistory')} />
      ) : (
        <div className="pcrm-quality-charts">
          <TrendChart
            title={t('quality.chart.completeness')}
            xLabels={completeness.dates}
            series={completeness.series}
            yMax={100}
            format={(v) => `${v}%`}
          />
          <TrendChart
            title={t('quality.chart.accuracy')}
            xLabels={accuracy.dates}
            series={accuracy.series}
            yMax={100}
            format={(v) => `${v}%`}
          />
        </div>
      )}
    </Card>
  );
}
