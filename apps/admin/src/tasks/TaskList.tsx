import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Select, Space } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useAuth } from '../auth';
import { mayRun } from '../auth/roles';
import type { TaskKind } from '../graphql/generated/graphql';
import { useI18n } from '../i18n';
import { ListSearch, PagedTable } from '../layout/PagedList';
import { PageHeader } from '../layout/PageHeader';
import { ToneTag } from '../layout/ToneTag';
import { TaskProgress, TaskStatusTag } from './labels';
import { TASK_LIST_QUERY, type TaskRow } from './queries';

const STATUSES = ['PLANNING', 'IN_PROGRESS', 'COMPLETED', 'IMPOSSIBLE'] as const;
const KINDS: readonly TaskKind[] = ['SHORT_TERM', 'LONG_TERM'];

/** 과제 관리: the tenant's tasks, newest first, filtered by state, kind and text; progress and overdue steps. */
export function TaskList() {
  const { t } = useI18n();
  const { session } = useAuth();
  const [params, setParams] = useSearchParams();
  const status = STATUSES.find((s) => s === params.get('status')) ?? null;
  const kind = KINDS.find((k) => k === params.get('kind')) ?? null;
  const text = params.get('q') ?? '';
  const [draft, setDraft] = useState(text);
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(TASK_LIST_QUERY, {
    variables: { status, kind, text: text || null },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.tasks;
  const rows = useMemo(() => connection?.edges.map((e) => e.node) ?? [], [connection]);
  const set = (next: Record<string, string | null>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) p.set(k, v);
      else p.delete(k);
    }
    setParams(p, { replace: true });
  };

  const columns: TableColumnsType<TaskRow> = [
    {
      title: t('tasks.col.title'),
      key: 'title',
      ellipsis: true,
      render: (_, task) => (
        <Space vertical size={0} className="pcrm-cell-stack">
          <Link to={task.id} className="pcrm-ellipsis">
            {task.title}
          </Link>
          <span className="pcrm-mono pcrm-muted">
            {task.managementNo} · {t(`tasks.kind.${task.kind}`)}
          </span>
        </Space>
      ),
    },
    {
      title: t('tasks.col.progress'),
      key: 'progress',
      width: 170,
      render: (_, task) => (
        <Space vertical size={2} style={{ width: '100%' }}>
          <Space size={4} wrap>
            <TaskStatusTag status={task.status} labelKo={task.statusLabelKo} labelEn={task.statusLabelEn} />
            {task.plan.overdueSteps > 0 && (
              <ToneTag tone="bad">{t('tasks.overdue', { count: task.plan.overdueSteps })}</ToneTag>
            )}
          </Space>
          <TaskProgress value={task.progress} />
        </Space>
      ),
    },
    {
      title: t('tasks.col.department'),
      key: 'department',
      width: 160,
      ellipsis: true,
      responsive: ['md'],
      render: (_, task) => task.departmentName,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('tasks.list.title')}
        description={t('tasks.list.description')}
        extra={
          mayRun(session?.roles ?? [], 'createTask') && (
            <Link to="new">
              <Button type="primary" icon={<PlusOutlined />}>
                {t('tasks.list.new')}
              </Button>
            </Link>
          )
        }
      />
      <Card>
        <Space wrap size="middle" style={{ marginBottom: 16 }}>
          <Select
            aria-label={t('tasks.list.status')}
            value={status ?? ''}
            onChange={(v) => set({ status: v || null })}
            style={{ minWidth: 140 }}
            options={[
              { value: '', label: `${t('tasks.list.status')}: ${t('tasks.list.all')}` },
              ...STATUSES.map((s) => ({ value: s, label: t(`tasks.status.${s}`) })),
            ]}
          />
          <Select
            aria-label={t('tasks.list.kind')}
            value={kind ?? ''}
            onChange={(v) => set({ kind: v || null })}
            style={{ minWidth: 120 }}
            options={[
              { value: '', label: `${t('tasks.list.kind')}: ${t('tasks.list.all')}` },
              ...KINDS.map((k) => ({ value: k, label: t(`tasks.kind.${k}`) })),
            ]}
          />
          <ListSearch
            label={t('tasks.list.search')}
            draft={draft}
            onDraft={setDraft}
            onSearch={(q) => set({ q: q || null })}
          />
          {connection && <span>{t('tasks.list.count', { count: connection.totalCount })}</span>}
        </Space>
        <PagedTable<TaskRow>
          error={error}
          onRetry={() => void refetch()}
          columns={columns}
          rows={rows}
          loading={loading && !connection}
          empty={t('tasks.list.empty')}
          pageInfo={connection?.pageInfo}
          fetchMore={fetchMore}
          more={t('tasks.list.more')}
        />
      </Card>
    </>
  );
}
