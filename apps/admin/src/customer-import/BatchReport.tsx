import { ArrowLeftOutlined, RollbackOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Empty,
  Popconfirm,
  Progress,
  Skeleton,
  Space,
  Statistic,
  Table,
  Tag,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useDateFormat } from '../charts/format';
import { errorMessage } from '../graphql';
import type { ImportBatchState, ImportDecision } from '../graphql/generated/graphql';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/messages';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { NAV_ENTRIES } from '../layout/nav';
import { PageHeader } from '../layout/PageHeader';
import {
  IMPORT_BATCH_QUERY,
  IMPORT_BATCHES_QUERY,
  IMPORT_REVIEW_QUERY,
  RESOLVE_REVIEW,
  UNDO_IMPORT,
  type ReviewItem,
} from './queries';
import { KeyboardScroll } from '../customers/KeyboardScroll';
import { RowErrorsTable } from './RowErrorsTable';
import { LoadMore } from '../customers/LoadMore';

const ACTIVE: readonly ImportBatchState[] = ['QUEUED', 'RUNNING'];
const POLL_MS = 1000;

/** One import batch: progress while it runs (polled), then its report, the review queue and undo. */
export function BatchReport() {
  const { batchId = '' } = useParams<{ batchId: string }>();
  const { t, lang } = useI18n();
  const { message } = AntApp.useApp();
  const formatTime = useDateFormat(true);
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(IMPORT_BATCH_QUERY, {
    variables: { id: batchId },
    fetchPolicy: 'cache-and-network',
  });
  const batch = data?.customerImportBatch;
  const running = batch ? ACTIVE.includes(batch.state) : false;
  useEffect(() => {
    if (running) startPolling(POLL_MS);
    else stopPolling();
    return () => stopPolling();
  }, [running, startPolling, stopPolling]);

  const [undo, undoState] = useMutation(UNDO_IMPORT, {
    refetchQueries: [IMPORT_BATCHES_QUERY, IMPORT_REVIEW_QUERY],
  });

  if (error && !batch) return <LoadErrorAlert error={error} onRetry={refetch} />;
  if (loading && !batch)
    return (
      <Card>
        <div role="status" aria-label={t('common.loading')}>
          <Skeleton active />
        </div>
      </Card>
    );
  if (!batch) return null;

  const undoBatch = async () => {
    try {
      await undo({ variables: { batchId } });
      message.success(t('import.undone'));
    } catch (e) {
      message.error(errorMessage(e, lang));
    }
  };

  const lastError = lang === 'en' ? (batch.lastErrorEn ?? batch.lastError) : batch.lastError;
  return (
    <>
      <Link to="/app/customer-import" className="pcrm-back-link">
        <ArrowLeftOutlined aria-hidden /> {t('import.backToImports')}
      </Link>
      <PageHeader
        title={t('import.batchTitle', { file: batch.fileName })}
        description={t('import.batchDescription', {
          source: batch.source,
          by: batch.requestedBy,
          at: formatTime(batch.createdAt),
        })}
        extra={
          batch.state === 'COMPLETED' && (
            <Popconfirm
              title={t('import.undoConfirm')}
              okText={t('import.undo')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true, loading: undoState.loading }}
              onConfirm={() => void undoBatch()}
            >
              <Button danger icon={<RollbackOutlined aria-hidden />}>
                {t('import.undo')}
              </Button>
            </Popconfirm>
          )
        }
      />
      <Card title={<h2 className="pcrm-card-title">{t('import.report')}</h2>} data-testid="import-report">
        <Space wrap align="center" style={{ marginBottom: 12 }}>
          <BatchStateTag state={batch.state} />
          {batch.completedAt != null && <span className="pcrm-muted">{formatTime(batch.completedAt)}</span>}
          {batch.undoneAt != null && (
            <span className="pcrm-muted">
              {t('import.undoneBy', { by: batch.undoneBy ?? '', at: formatTime(batch.undoneAt) })}
            </span>
          )}
        </Space>
        <Progress
          percent={batch.progressPercent}
          status={batch.state === 'FAILED' ? 'exception' : batch.state === 'COMPLETED' ? 'success' : 'active'}
          aria-label={t('import.progress', { n: batch.progressPercent })}
        />
        <p className="pcrm-muted" aria-live="polite">
          {t('import.rows', {
            done: batch.processedRows.toLocaleString(),
            total: (batch.totalRows ?? 0).toLocaleString(),
          })}
        </p>
        <div className="pcrm-import-counts">
          <Statistic title={t('import.count.created')} value={batch.createdCount} />
          <Statistic title={t('import.count.merged')} value={batch.mergedCount} />
          <Statistic title={t('import.count.review')} value={batch.reviewCount} />
          <Statistic title={t('import.count.pending')} value={batch.pendingReviewCount} />
          <Statistic title={t('import.count.error')} value={batch.errorCount} />
        </div>
        {batch.state === 'FAILED' && (
          <>
            <Alert
              type="error"
              showIcon
              role="alert"
              title={t('import.failed')}
              description={lastError ?? undefined}
              style={{ margin: '16px 0' }}
            />
            {batch.errors.length > 0 && <RowErrorsTable errors={batch.errors} total={batch.errorCount} />}
          </>
        )}
      </Card>
      {batch.reviewCount > 0 && batch.state !== 'FAILED' && (
        <ReviewQueue
          batchId={batchId}
          readOnly={batch.state !== 'COMPLETED'}
          onDecided={() => void refetch()}
        />
      )}
    </>
  );
}

export function BatchStateTag({ state }: { state: ImportBatchState }) {
  const { t } = useI18n();
  return (
    <Tag className={`pcrm-import-state pcrm-import-state-${state}`}>
      {t(`import.state.${state}` as MessageKey)}
    </Tag>
  );
}

function Person({ p }: { p: ReviewItem['incoming'] }) {
  return (
    <div className="pcrm-import-person">
      <strong>{p.name ?? '—'}</strong>
      {p.customerNo && <span className="pcrm-mono pcrm-muted"> {p.customerNo}</span>}
      <div className="pcrm-muted">
        {[p.birthDate, p.mobile, p.email, p.address].filter(Boolean).join(' · ') || '—'}
      </div>
    </div>
  );
}

/** Whether the app has customer pages to link a candidate to. */
const customerPages = NAV_ENTRIES.some((e) => e.key === 'customers');

function ReviewQueue({
  batchId,
  readOnly,
  onDecided,
}: {
  batchId: string;
  readOnly: boolean;
  onDecided(): void;
}) {
  const { t, lang } = useI18n();
  const { message } = AntApp.useApp();
  const { data, loading, error, refetch, fetchMore } = useQuery(IMPORT_REVIEW_QUERY, {
    variables: { batchId },
  });
  const [resolve, resolveState] = useMutation(RESOLVE_REVIEW);
  const connection = data?.importReviewItems;
  const rows = connection?.edges.map((e) => e.node) ?? [];

  const decide = async (item: ReviewItem, decision: ImportDecision) => {
    try {
      await resolve({
        variables: {
          input: {
            itemId: item.id,
            decision,
            targetCustomerId: decision === 'MERGE' ? item.candidate.id : null,
          },
        },
      });
      message.success(t(`import.decided.${decision}` as MessageKey));
      onDecided();
    } catch (e) {
      message.error(errorMessage(e, lang));
    }
  };

  const columns: TableColumnsType<ReviewItem> = [
    { title: t('import.line'), dataIndex: 'line', key: 'line', width: 60 },
    { title: t('import.incoming'), key: 'incoming', render: (_, i) => <Person p={i.incoming} /> },
    {
      title: t('import.candidate'),
      key: 'candidate',
      render: (_, i) => (
        <>
          <Person p={i.candidate} />
          {customerPages && <Link to={`/app/customers/${i.candidate.id}`}>{t('import.openCandidate')}</Link>}
        </>
      ),
    },
    {
      title: t('import.score'),
      key: 'score',
      width: 150,
      render: (_, i) => (
        <Space vertical size={2}>
          <span>{Math.round(i.score * 100)}%</span>
          <Space size={[4, 4]} wrap>
            {i.reasons.map((r) => (
              <Tag key={r}>{t(`import.reason.${r}` as MessageKey)}</Tag>
            ))}
          </Space>
        </Space>
      ),
    },
    {
      title: t('import.decision'),
      key: 'decision',
      width: 220,
      render: (_, i) =>
        i.state === 'PENDING' && !readOnly ? (
          <Space wrap>
            <Button
              size="small"
              type="primary"
              loading={resolveState.loading}
              onClick={() => void decide(i, 'MERGE')}
            >
              {t('import.decide.MERGE')}
            </Button>
            <Button size="small" loading={resolveState.loading} onClick={() => void decide(i, 'CREATE')}>
              {t('import.decide.CREATE')}
            </Button>
            <Button size="small" loading={resolveState.loading} onClick={() => void decide(i, 'SKIP')}>
              {t('import.decide.SKIP')}
            </Button>
          </Space>
        ) : (
          <Space vertical size={2}>
            <Tag>{t(`import.review.${i.state}` as MessageKey)}</Tag>
            {i.decidedBy && <span className="pcrm-muted">{i.decidedBy}</span>}
          </Space>
        ),
    },
  ];

  return (
    <Card
      className="pcrm-table-card"
      title={<h2 className="pcrm-card-title">{t('import.reviewQueue')}</h2>}
      data-testid="import-review"
    >
      <p className="pcrm-muted">{t('import.reviewHelp')}</p>
      {error && <LoadErrorAlert error={error} onRetry={refetch} />}
      <KeyboardScroll label={t('import.reviewQueue')}>
        <Table<ReviewItem>
          rowKey="id"
          size="small"
          pagination={false}
          loading={loading && !connection}
          dataSource={rows}
          columns={columns}
          scroll={{ x: 800 }}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('import.reviewEmpty')} />,
          }}
        />
      </KeyboardScroll>
      <LoadMore pageInfo={connection?.pageInfo} fetchMore={fetchMore}>
        {t('import.more')}
      </LoadMore>
    </Card>
  );
}
