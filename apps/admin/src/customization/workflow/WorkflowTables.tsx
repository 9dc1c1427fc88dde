import { Tag, Typography } from 'antd';
import { RegionTable } from '../../layout/RegionTable';
import { useI18n } from '../../i18n';
import type { WorkflowGraph } from './queries';

type StateRow = WorkflowGraph['states'][number];
type TransitionRow = WorkflowGraph['transitions'][number];

const describe = (v: unknown): string =>
  Array.isArray(v) && v.length
    ? v
        .map((x: Record<string, unknown>) =>
          Object.entries(x)
            .map(([k, val]) => `${k}=${Array.isArray(val) ? val.join('|') : String(val)}`)
            .join(' '),
        )
        .join('; ')
    : '—';

/** The diagram's graph as two tables: the text alternative of the same states and transitions. */
export function WorkflowTables({ graph }: { graph: WorkflowGraph }) {
  const { t, lang } = useI18n();
  const label = (s: { labelKo: string; labelEn: string }) => (lang === 'ko' ? s.labelKo : s.labelEn);
  const byKey = new Map(graph.states.map((s) => [s.key, s]));
  const stateName = (key: string) => (byKey.get(key) ? label(byKey.get(key)!) : key);
  return (
    <>
      <Typography.Title level={3}>{t('wflow.table.states')}</Typography.Title>
      <RegionTable<StateRow>
        regionLabel={t('wflow.table.states')}
        rowKey="key"
        dataSource={graph.states}
        columns={[
          { title: t('wflow.col.label'), render: (_, s) => label(s) },
          { title: t('wflow.col.key'), dataIndex: 'key' },
          {
            title: t('wflow.col.origin'),
            render: (_, s) => (
              <>
                <Tag color={s.standard ? 'blue' : '#ad4e00'}>
                  {t(s.standard ? 'wflow.origin.standard' : 'wflow.origin.tenant')}
                </Tag>
                {s.renamed && <Tag>{t('wflow.origin.renamed')}</Tag>}
              </>
            ),
          },
          { title: t('wflow.col.clock'), render: (_, s) => t(`wflow.clock.${s.clock as 'RUNNING'}`) },
          {
            title: t('wflow.col.deadline'),
            render: (_, s) => {
              const d = s.deadline as { value: number; unit: 'BUSINESS_DAYS' | 'BUSINESS_HOURS' } | null;
              return d ? `${d.value} ${t(`wflow.ed.unit.${d.unit}`)}` : '—';
            },
          },
        ]}
      />
      <Typography.Title level={3}>{t('wflow.table.transitions')}</Typography.Title>
      <RegionTable<TransitionRow>
        regionLabel={t('wflow.table.transitions')}
        rowKey={(r) => `${r.event}:${r.from.join(',')}`}
        dataSource={graph.transitions}
        columns={[
          {
            title: t('wflow.col.event'),
            render: (_, r) => (
              <>
                {label(r)} <Typography.Text type="secondary">({r.event})</Typography.Text>{' '}
                {!r.standard && <Tag color="#ad4e00">{t('wflow.origin.tenant')}</Tag>}
              </>
            ),
          },
          { title: t('wflow.col.from'), render: (_, r) => r.from.map(stateName).join(', ') },
          { title: t('wflow.col.to'), render: (_, r) => (r.to ? stateName(r.to) : t('wflow.sameState')) },
          {
            title: t('wflow.col.conditions'),
            render: (_, r) => [...r.guards, describe(r.when)].filter((x) => x !== '—').join('; ') || '—',
          },
          { title: t('wflow.col.actions'), render: (_, r) => describe(r.effects) },
        ]}
      />
    </>
  );
}
