import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Segmented, Space } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useAuth } from '../auth';
import { mayRun } from '../auth/roles';
import { useDateFormat } from '../charts/format';
import type { VocInboxScope } from '../graphql/generated/graphql';
import { useI18n } from '../i18n';
import { ListSearch, PagedTable } from '../layout/PagedList';
import { PageHeader } from '../layout/PageHeader';
import { DueTag } from './labels';
import { VocAlerts } from './VocAlerts';
import { VOC_INBOX_QUERY, type InboxRow } from './queries';

const SCOPES: readonly VocInboxScope[] = ['MINE', 'DEPARTMENT', 'ALL'];

/** 민원함: open cases of the caller, the caller's department or the whole tenant, earliest due first. */
export function VocInbox() {
  const { t } = useI18n();
  const { session } = useAuth();
  const formatDateTime = useDateFormat(true);
  const [params, setParams] = useSearchParams();
  const scope = (SCOPES.find((s) => s === params.get('scope')) ?? 'DEPARTMENT') as VocInboxScope;
  const query = params.get('q') ?? '';
  const [draft, setDraft] = useState(query);
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(VOC_INBOX_QUERY, {
    variables: { scope, filter: query ? { query } : null },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.vocInbox;
  const rows = useMemo(() => connection?.edges.map((e) => e.node) ?? [], [connection]);
  const set = (next: { scope?: string; q?: string }) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) p.set(k, v);
      else p.delete(k);
    }
    setParams(p, { replace: true });
  };

  const columns: TableColumnsType<InboxRow> = [
    {
      title: t('voc.col.title'),
      key: 'title',
      ellipsis: true,
      render: (_, v) => (
        <Space vertical size={0} className="pcrm-cell-stack">
          <Link to={v.id} className="pcrm-ellipsis">
            {v.title}
          </Link>
          <span className="pcrm-mono pcrm-muted">{v.receiptNo}</span>
        </Space>
      ),
    },
    {
      title: t('voc.col.due'),
      key: 'due',
      width: 190,
      render: (_, v) => (
        <Space vertical size={2}>
          <DueTag state={v.deadlines.state} />
          <span>{formatDateTime(v.deadlines.dueAt)}</span>
        </Space>
      ),
    },
    {
      title: t('voc.col.status'),
      dataIndex: 'statusLabel',
      key: 'status',
      width: 110,
      responsive: ['sm'],
    },
    {
      title: t('voc.col.department'),
      key: 'department',
      width: 160,
      ellipsis: true,
      responsive: ['md'],
      render: (_, v) => v.department?.name ?? t('voc.detail.unassigned'),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('voc.inbox.title')}
        description={t('voc.inbox.description')}
        extra={
          mayRun(session?.roles ?? [], 'receiveVoc') && (
            <Link to="new">
              <Button type="primary" icon={<PlusOutlined />}>
                {t('voc.inbox.new')}
              </Button>
            </Link>
          )
        }
      />
      {mayRun(session?.roles ?? [], 'myVocAlerts') && <VocAlerts />}
      <Card>
        <Space wrap size="middle" style={{ marginBottom: 16 }}>
          <Segmented
            aria-label={t('voc.inbox.scope')}
            value={scope}
            onChange={(value) => set({ scope: String(value) })}
            options={SCOPES.map((s) => ({ value: s, label: t(`voc.inbox.scope.${s}`) }))}
          />
          <ListSearch
            label={t('voc.inbox.search')}
            draft={draft}
            onDraft={setDraft}
            onSearch={(q) => set({ q })}
          />
          {connection && <span>{t('voc.inbox.count', { count: connection.totalCount })}</span>}
        </Space>
        <PagedTable<InboxRow>
          error={error}
          onRetry={() => void refetch()}
          columns={columns}
          rows={rows}
          loading={loading && !connection}
          empty={t('voc.inbox.empty')}
          pageInfo={connection?.pageInfo}
          fetchMore={fetchMore}
          more={t('voc.inbox.more')}
        />
      </Card>
    </>
  );
}
