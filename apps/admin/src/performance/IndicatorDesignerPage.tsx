import { useQuery } from '@apollo/client/react';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Segmented, Space, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { mayRun, useAuth } from '../auth';
import { KeyboardScroll } from '../customers/KeyboardScroll';
import '../customers/screens.css';
import '../petition-analytics/analytics.css';
import './indicators.css';
import type { PerformanceScopeKind } from '../graphql/generated/graphql';
import { useI18n, type MessageKey } from '../i18n';
import { PageHeader, ReportLoading } from '../layout';
import { ToneTag } from '../layout/ToneTag';
import { num } from './format';
import { IndicatorEditor } from './IndicatorEditor';
import { IndicatorVersionsDrawer } from './IndicatorVersionsDrawer';
import { originOf, type Indicator, type Measure } from './indicator-types';
import { INDICATORS_QUERY } from './queries';

const SCOPES: readonly PerformanceScopeKind[] = ['DEPARTMENT', 'OFFICER'];
/** The weights of a scorecard's active indicators add up to this. */
const WEIGHT_TOTAL = 100;

/** The indicator designer (issue 10 #5, #8): the tenant's indicators, their editor and version history. */
export function IndicatorDesignerPage() {
  const { t, lang } = useI18n();
  const { session } = useAuth();
  const mayEdit = mayRun(session?.roles ?? [], 'savePerformanceIndicator');
  const [scope, setScope] = useState<PerformanceScopeKind>('DEPARTMENT');
  const [editing, setEditing] = useState<Indicator | 'new' | null>(null);
  const [history, setHistory] = useState<Indicator | null>(null);
  const { data, loading, error, refetch } = useQuery(INDICATORS_QUERY);
  const en = lang === 'en';
  const measures = useMemo(
    () => new Map<string, Measure>((data?.performanceMeasures ?? []).map((m) => [m.code, m])),
    [data],
  );
  const rows = (data?.performanceIndicators ?? []).filter((i) => i.scope === scope);
  const weightSum = rows.filter((i) => i.active).reduce((sum, i) => sum + i.weight, 0);
  const weightOk = Math.abs(weightSum - WEIGHT_TOTAL) < 1e-6;

  const measureLabel = (code: string) => {
    const m = measures.get(code);
    if (!m) return code;
    return `${en ? m.labelEn : m.labelKo} (${t(`indicator.unit.${m.unit}` as MessageKey)})`;
  };

  const columns: TableColumnsType<Indicator> = [
    {
      title: t('indicator.col.name'),
      key: 'name',
      render: (_, i) => (
        <Space direction="vertical" size={0}>
          <span>{en ? i.nameEn : i.nameKo}</span>
          <span className="pcrm-indicator-code">{i.code}</span>
        </Space>
      ),
    },
    {
      title: t('indicator.col.origin'),
      key: 'origin',
      render: (_, i) => {
        const origin = originOf(i);
        return (
          <ToneTag tone={origin === 'standard' ? 'quiet' : 'neutral'}>
            {t(`indicator.origin.${origin}`)}
          </ToneTag>
        );
      },
    },
    {
      title: t('performance.col.type'),
      key: 'type',
      render: (_, i) => <ToneTag tone="neutral">{t(`performance.type.${i.typeTag}` as MessageKey)}</ToneTag>,
    },
    { title: t('indicator.col.measure'), key: 'measure', render: (_, i) => measureLabel(i.measureCode) },
    { title: t('performance.col.weight'), key: 'weight', align: 'right', render: (_, i) => num(i.weight) },
    { title: t('performance.col.target'), key: 'target', align: 'right', render: (_, i) => num(i.target) },
    {
      title: t('indicator.col.direction'),
      key: 'direction',
      render: (_, i) => t(`indicator.direction.${i.direction}`),
    },
    { title: t('performance.period'), key: 'period', render: (_, i) => t(`performance.period.${i.period}`) },
    {
      title: t('indicator.col.active'),
      key: 'active',
      render: (_, i) => (
        <ToneTag tone={i.active ? 'good' : 'quiet'}>
          {t(i.active ? 'indicator.active.yes' : 'indicator.active.no')}
        </ToneTag>
      ),
    },
    { title: t('indicator.col.version'), dataIndex: 'version', key: 'version', align: 'right' },
    {
      title: t('indicator.col.actions'),
      key: 'actions',
      render: (_, i) => {
        const name = en ? i.nameEn : i.nameKo;
        return (
          <Space size={0} wrap>
            <Button type="link" onClick={() => setEditing(i)}>
              {t(mayEdit ? 'indicator.edit' : 'indicator.view', { name })}
            </Button>
            <Button type="link" onClick={() => setHistory(i)}>
              {t('indicator.history', { name })}
            </Button>
          </Space>
        );
      },
    },
  ];

  return (
    <>
      <PageHeader
        title={t(mayEdit ? 'indicator.title' : 'indicator.title.read')}
        description={t('indicator.description')}
      />
      <Card className="pcrm-table-card">
        <Space wrap size="middle" align="center">
          <div className="pcrm-filter-field">
            <span id="indicator-scope-label" className="pcrm-filter-label">
              {t('indicator.scope')}
            </span>
            <Segmented
              aria-labelledby="indicator-scope-label"
              value={scope}
              onChange={(v) => setScope(v as PerformanceScopeKind)}
              options={SCOPES.map((s) => ({ value: s, label: t(`indicator.scope.${s}`) }))}
            />
          </div>
          {mayEdit && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
              {t('indicator.new')}
            </Button>
          )}
        </Space>
      </Card>
      <ReportLoading error={error} loading={loading && !data} onRetry={refetch} />
      {data && (
        <Card className="pcrm-table-card">
          <Alert
            type={weightOk ? 'success' : 'warning'}
            showIcon
            role={weightOk ? 'status' : 'alert'}
            message={t(weightOk ? 'indicator.weights.ok' : 'indicator.weights.off', {
              sum: num(weightSum) ?? '0',
              total: WEIGHT_TOTAL,
            })}
            style={{ marginBottom: 12 }}
          />
          <KeyboardScroll label={t('indicator.title')}>
            <Table<Indicator>
              rowKey="code"
              columns={columns}
              dataSource={rows}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              size="middle"
              scroll={{ x: 'max-content' }}
              title={() => (
                <span className="pcrm-table-caption">
                  {t('indicator.list', { scope: t(`indicator.scope.${scope}`), n: rows.length })}
                </span>
              )}
            />
          </KeyboardScroll>
        </Card>
      )}
      {editing && data && (
        <IndicatorEditor
          indicator={editing === 'new' ? null : editing}
          scope={scope}
          measures={data.performanceMeasures}
          readOnly={!mayEdit}
          onClose={() => setEditing(null)}
        />
      )}
      {history && (
        <IndicatorVersionsDrawer
          indicator={history}
          measureLabel={measureLabel}
          onClose={() => setHistory(null)}
        />
      )}
    </>
  );
}
