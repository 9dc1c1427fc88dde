import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Empty, Input, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { displayRoles, roleLabelKey } from '../auth';
import { useI18n } from '../i18n';
import { isMessageKey } from '../i18n/messages';
import { PageHeader } from '../layout/PageHeader';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { dayRange } from './date-range';
import { ACCESS_LOG_PAGE_SIZE, ACCESS_LOG_QUERY, type AccessLogEntryRow } from './queries';

const FILTERS = ['actor', 'recordId', 'from', 'to'] as const;
type Filters = Partial<Record<(typeof FILTERS)[number], string>>;

/** Tenant-admin's search of the personal-data access log: filters live in the URL, pages load on demand. */
export function AccessLogPage() {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const applied: Filters = Object.fromEntries(FILTERS.map((k) => [k, params.get(k)?.trim() || undefined]));
  const [draft, setDraft] = useState<Filters>(applied);
  const [loadingMore, setLoadingMore] = useState(false);
  const paramsKey = params.toString();
  // Re-sync the form when the URL changes (back/forward, reset); `applied` is derived from it.
  useEffect(() => setDraft(Object.fromEntries(new URLSearchParams(paramsKey))), [paramsKey]);

  const badRange = Boolean(applied.from && applied.to && applied.from > applied.to);
  const range = dayRange(applied.from, applied.to);
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(ACCESS_LOG_QUERY, {
    variables: {
      first: ACCESS_LOG_PAGE_SIZE,
      actor: applied.actor ?? null,
      recordId: applied.recordId ?? null,
      ...range,
    },
    skip: badRange,
  });
  const connection = (data ?? previousData)?.accessLog;
  const rows = useMemo(() => connection?.edges.map((e) => e.node) ?? [], [connection]);
  const time = useMemo(
    () =>
      new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ko-KR', { dateStyle: 'short', timeStyle: 'medium' }),
    [lang],
  );

  const apply = (next: Filters) => {
    const p = new URLSearchParams();
    for (const k of FILTERS) if (next[k]?.trim()) p.set(k, next[k]!.trim());
    setParams(p, { replace: true });
  };

  const loadMore = async () => {
    if (!connection?.pageInfo.hasNextPage) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };

  /** A known name in the user's language, else the API's own word (a field or type added later still shows). */
  const known = (prefix: string, word: string) => {
    const key = `${prefix}.${word}`;
    return isMessageKey(key) ? t(key) : word;
  };
  const fieldLabel = (f: string) => known('accessLog.field', f);

  const columns: TableColumnsType<AccessLogEntryRow> = [
    {
      title: t('accessLog.col.time'),
      dataIndex: 'occurredAt',
      key: 'time',
      width: 170,
      render: (at: string) => <time dateTime={at}>{time.format(new Date(at))}</time>,
    },
    {
      title: t('accessLog.col.actor'),
      key: 'actor',
      width: 170,
      render: (_, e) => (
        <Space vertical size={2}>
          <span className="pcrm-mono">{e.actor}</span>
          <span>
            {displayRoles(e.actorRoles)
              .map((r) => t(roleLabelKey(r)))
              .join(', ')}
          </span>
        </Space>
      ),
    },
    {
      title: t('accessLog.col.record'),
      key: 'record',
      render: (_, e) => (
        <Space vertical size={2}>
          <span>{known('accessLog.entity', e.entity)}</span>
          <Typography.Text className="pcrm-mono" copyable={{ text: e.recordId }}>
            {e.recordId}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('accessLog.col.fields'),
      key: 'fields',
      width: 170,
      render: (_, e) => (
        <Space size={[4, 4]} wrap>
          {e.fields.map((f) => (
            <Tag key={f}>{fieldLabel(f)}</Tag>
          ))}
          {e.masked && <Tag color="default">{t('accessLog.masked')}</Tag>}
        </Space>
      ),
    },
    { title: t('accessLog.col.purpose'), dataIndex: 'purpose', key: 'purpose' },
    {
      title: t('accessLog.col.operation'),
      dataIndex: 'operation',
      key: 'operation',
      responsive: ['lg'],
      render: (op: string) => <span className="pcrm-mono">{op}</span>,
    },
  ];

  const field = (key: keyof Filters, label: string, props: Record<string, unknown>) => (
    <div className="pcrm-filter-field" style={{ maxWidth: '100%' }}>
      <label htmlFor={`access-log-${key}`}>{label}</label>
      <Input
        id={`access-log-${key}`}
        value={draft[key] ?? ''}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
        {...props}
      />
    </div>
  );

  return (
    <>
      <PageHeader title={t('accessLog.title')} description={t('accessLog.description')} />
      <Card className="pcrm-filter-card">
        <form
          className="pcrm-filter-bar"
          role="search"
          aria-label={t('accessLog.title')}
          onSubmit={(e) => {
            e.preventDefault();
            apply(draft);
          }}
        >
          {field('actor', t('accessLog.actor'), {
            allowClear: true,
            placeholder: t('accessLog.actorPlaceholder'),
            autoComplete: 'off',
            style: { width: 180, maxWidth: '100%' },
          })}
          {field('recordId', t('accessLog.record'), {
            allowClear: true,
            placeholder: t('accessLog.recordPlaceholder'),
            autoComplete: 'off',
            style: { width: 300, maxWidth: '100%' },
          })}
          {field('from', t('accessLog.from'), { type: 'date', style: { width: 170 } })}
          {field('to', t('accessLog.to'), { type: 'date', style: { width: 170 } })}
          <Space className="pcrm-filter-actions">
            <Button type="primary" htmlType="submit" icon={<SearchOutlined aria-hidden />}>
              {t('accessLog.search')}
            </Button>
            <Button
              icon={<ReloadOutlined aria-hidden />}
              onClick={() => {
                setDraft({});
                setParams(new URLSearchParams(), { replace: true });
              }}
            >
              {t('accessLog.reset')}
            </Button>
          </Space>
        </form>
      </Card>

      {badRange && (
        <Alert type="warning" showIcon title={t('accessLog.badRange')} style={{ margin: '16px 0' }} />
      )}
      {error && <LoadErrorAlert error={error} onRetry={refetch} style={{ margin: '16px 0' }} />}

      <Card className="pcrm-table-card">
        <Table<AccessLogEntryRow>
          rowKey="id"
          columns={columns}
          dataSource={badRange ? [] : rows}
          loading={loading && !loadingMore}
          pagination={false}
          size="middle"
          scroll={{ x: 900 }}
          locale={{
            emptyText: error ? (
              ' '
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('accessLog.empty')} />
            ),
          }}
          title={() => (
            <span className="pcrm-table-caption" aria-live="polite">
              {connection && !badRange
                ? t('accessLog.count', { total: connection.totalCount, shown: rows.length })
                : loading
                  ? t('common.loading')
                  : ''}
            </span>
          )}
        />
        {connection?.pageInfo.hasNextPage && !badRange && (
          <div className="pcrm-load-more">
            <Button onClick={() => void loadMore()} loading={loadingMore} size="large">
              {t('accessLog.more')} ({rows.length} / {connection.totalCount})
            </Button>
          </div>
        )}
      </Card>
    </>
  );
}
