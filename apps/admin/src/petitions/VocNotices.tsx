import { useQuery } from '@apollo/client/react';
import { Card, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useEffect } from 'react';
import { mayRun, useAuth } from '../auth';
import { useDateFormat } from '../charts/format';
import type { VocNoticesQuery } from '../graphql/generated/graphql';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/messages';
import { KeyboardScroll } from '../customers/KeyboardScroll';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { VOC_NOTICES_QUERY } from './case-queries';

type Notice = VocNoticesQuery['notifications'][number];

/** How often the card asks again while a notice waits for the sender (the dispatcher polls every 2 s). */
const POLL_MS = 3000;
const UNSETTLED = new Set(['PENDING', 'SENDING']);

/** The state in words and colour (text contrast ≥ 4.5:1), never colour alone. */
function NoticeState({ notice }: { notice: Notice }) {
  const { t, lang } = useI18n();
  const why =
    notice.state === 'SKIPPED'
      ? notice.skipReason
      : lang === 'en'
        ? (notice.lastErrorEn ?? notice.lastError)
        : notice.lastError;
  return (
    <Space vertical size={0}>
      <Tag className={`pcrm-notice-tag pcrm-notice-${notice.state.toLowerCase()}`}>
        {t(`voc.notices.state.${notice.state}` as MessageKey)}
      </Tag>
      {why && <span className="pcrm-muted pcrm-notice-reason">{why}</span>}
    </Space>
  );
}

/** 민원인 알림: every notice the case sent or will send the resident, with its delivery state. */
export function VocNotices({ vocId }: { vocId: string }) {
  const { t, lang } = useI18n();
  const { session } = useAuth();
  const formatDateTime = useDateFormat(true);
  const allowed = mayRun(session?.roles ?? [], 'notifications');
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(VOC_NOTICES_QUERY, {
    variables: { id: vocId },
    skip: !allowed,
    fetchPolicy: 'cache-and-network',
  });
  const notices = data?.notifications ?? [];
  const unsettled = notices.some((n) => UNSETTLED.has(n.state));

  useEffect(() => {
    if (unsettled) startPolling(POLL_MS);
    else stopPolling();
    return () => stopPolling();
  }, [unsettled, startPolling, stopPolling]);

  if (!allowed) return null;

  const columns: TableColumnsType<Notice> = [
    {
      title: t('voc.notices.col.template'),
      key: 'template',
      render: (_, n) => (lang === 'en' ? n.templateNameEn : n.templateNameKo),
    },
    {
      title: t('voc.notices.col.channel'),
      key: 'channel',
      render: (_, n) => t(`voc.notices.channel.${n.smsKind ?? n.channel}` as MessageKey),
    },
    {
      title: t('voc.notices.col.recipient'),
      dataIndex: 'recipient',
      key: 'recipient',
      render: (r: string) => <span className="pcrm-mono">{r}</span>,
    },
    { title: t('voc.notices.col.state'), key: 'state', render: (_, n) => <NoticeState notice={n} /> },
    {
      title: t('voc.notices.col.attempts'),
      dataIndex: 'attempts',
      key: 'attempts',
      render: (count: number) => t('voc.notices.attempts', { count }),
    },
    {
      title: t('voc.notices.col.createdAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      render: (iso: string) => formatDateTime(iso),
    },
    {
      title: t('voc.notices.col.sentAt'),
      dataIndex: 'sentAt',
      key: 'sentAt',
      render: (iso: string | null) => formatDateTime(iso),
    },
  ];

  return (
    <Card title={<h2 className="pcrm-card-title">{t('voc.notices.title')}</h2>} data-testid="voc-notices">
      {error ? (
        <LoadErrorAlert error={error} onRetry={() => refetch()} />
      ) : (
        <KeyboardScroll label={t('voc.notices.title')}>
          <Table<Notice>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={notices}
            loading={loading && !data}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('voc.notices.empty') }}
          />
        </KeyboardScroll>
      )}
    </Card>
  );
}
