import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Space, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import type { TaskStepInput } from '../graphql/generated/graphql';
import { useI18n } from '../i18n';
import { RegionTable } from '../layout/RegionTable';
import { ToneTag } from '../layout/ToneTag';
import type { TaskStepRow } from './queries';

type DraftStep = TaskStepInput & { key: number };

let nextKey = 1;
const draftOf = (s: TaskStepRow): DraftStep => ({
  key: nextKey++,
  name: s.name,
  weight: s.weight,
  plannedDays: s.plannedDays,
  startedOn: s.startedOn,
  endedOn: s.endedOn,
  progress: s.progress,
  note: s.note,
});

/**
 * The plan as an ordered list of steps: add, remove, move up and down, edit what is recorded. The sum of the
 * weights is shown as it changes; the figures are computed by the server when the plan is saved.
 */
export function PlanEditor({
  steps,
  saving,
  onSave,
  onCancel,
}: {
  steps: readonly TaskStepRow[];
  saving: boolean;
  onSave(steps: TaskStepInput[]): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<DraftStep[]>(() => steps.map(draftOf));
  const total = draft.reduce((sum, s) => sum + (Number(s.weight) || 0), 0);
  const change = (key: number, patch: Partial<TaskStepInput>) =>
    setDraft((all) => all.map((s) => (s.key === key ? { ...s, ...patch } : s)));
  const move = (index: number, by: number) =>
    setDraft((all) => {
      const next = [...all];
      const [item] = next.splice(index, 1);
      next.splice(index + by, 0, item);
      return next;
    });
  const label = (key: Parameters<typeof t>[0], i: number) => `${t(key)} ${i + 1}`;

  const columns: TableColumnsType<DraftStep> = [
    { title: t('tasks.step.position'), key: 'position', width: 60, render: (_, __, i) => i + 1 },
    {
      title: t('tasks.step.name'),
      key: 'name',
      render: (_, s, i) => (
        <Input
          aria-label={label('tasks.step.name', i)}
          value={s.name}
          maxLength={100}
          onChange={(e) => change(s.key, { name: e.target.value })}
        />
      ),
    },
    ...(
      [
        ['weight', 'tasks.step.weight', 1, 100],
        ['plannedDays', 'tasks.step.plannedDays', 1, 3650],
        ['progress', 'tasks.step.progress', 0, 100],
      ] as const
    ).map(([field, title, min, max]) => ({
      title: t(title),
      key: field,
      width: 110,
      render: (_: unknown, s: DraftStep, i: number) => (
        <InputNumber
          aria-label={label(title, i)}
          value={s[field]}
          min={min}
          max={max}
          precision={0}
          onChange={(v) => change(s.key, { [field]: v ?? 0 })}
          style={{ width: '100%' }}
        />
      ),
    })),
    ...(
      [
        ['startedOn', 'tasks.step.startedOn'],
        ['endedOn', 'tasks.step.endedOn'],
      ] as const
    ).map(([field, title]) => ({
      title: t(title),
      key: field,
      width: 150,
      render: (_: unknown, s: DraftStep, i: number) => (
        <Input
          type="date"
          aria-label={label(title, i)}
          value={s[field] ?? ''}
          onChange={(e) => change(s.key, { [field]: e.target.value || null })}
        />
      ),
    })),
    {
      title: '',
      key: 'order',
      width: 130,
      render: (_, s, i) => (
        <Space size={0}>
          <Button
            type="text"
            icon={<ArrowUpOutlined />}
            aria-label={label('tasks.plan.up', i)}
            disabled={i === 0}
            onClick={() => move(i, -1)}
          />
          <Button
            type="text"
            icon={<ArrowDownOutlined />}
            aria-label={label('tasks.plan.down', i)}
            disabled={i === draft.length - 1}
            onClick={() => move(i, 1)}
          />
          <Button
            type="text"
            danger
            icon={<DeleteOutlined />}
            aria-label={label('tasks.plan.remove', i)}
            onClick={() => setDraft((all) => all.filter((x) => x.key !== s.key))}
          />
        </Space>
      ),
    },
  ];

  return (
    <Space vertical size="middle" style={{ width: '100%' }}>
      <RegionTable<DraftStep>
        regionLabel={t('tasks.plan.title')}
        rowKey="key"
        columns={columns}
        dataSource={draft}
        style={{ minWidth: 960 }}
      />
      <Space wrap>
        <Button
          icon={<PlusOutlined />}
          onClick={() =>
            setDraft((all) => [
              ...all,
              { key: nextKey++, name: '', weight: Math.max(1, 100 - total), plannedDays: 10, progress: 0 },
            ])
          }
        >
          {t('tasks.plan.add')}
        </Button>
        {total === 100 ? (
          <ToneTag tone="good">{t('tasks.plan.weightsOk')}</ToneTag>
        ) : (
          <ToneTag tone={total > 100 ? 'bad' : 'warn'}>{t('tasks.plan.weights', { total })}</ToneTag>
        )}
      </Space>
      <Typography.Paragraph style={{ margin: 0 }}>
        <Space>
          <Button
            type="primary"
            loading={saving}
            onClick={() => onSave(draft.map(({ key: _key, ...s }) => ({ ...s, note: s.note || null })))}
          >
            {t('tasks.plan.save')}
          </Button>
          <Button onClick={onCancel}>{t('tasks.detail.cancel')}</Button>
        </Space>
      </Typography.Paragraph>
    </Space>
  );
}
