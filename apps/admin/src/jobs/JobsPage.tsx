import { DownloadOutlined, FileExcelOutlined, FileTextOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App as AntApp, Button, Card, Progress, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useAuth } from '../auth';
import { errorMessage } from '../graphql';
import type { ExportFormat, JobsQuery, JobState } from '../graphql/generated/graphql';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/messages';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { canManage, navEntry } from '../layout/nav';
import { PageHeader } from '../layout/PageHeader';
import { ToneTag, type Tone } from '../layout/ToneTag';
import { downloadJobFile } from './download';
import { useKeyboardScrollable } from './useKeyboardScrollable';
import './jobs.css';
import { JOBS_PAGE_SIZE, JOBS_QUERY, START_DEPARTMENT_EXPORT } from './queries';

type JobRow = JobsQuery['jobs']['edges'][number]['node'];

const ACTIVE: readonly JobState[] = ['QUEUED', 'RUNNING', 'RETRYING'];
const STATE_TONE: Record<JobState, Tone> = {
  QUEUED: 'quiet',
  RUNNING: 'neutral',
  RETRYING: 'warn',
  COMPLETED: 'good',
  FAILED: 'bad',
};
const POLL_MS = 1500;

export function JobsPage() {
  const { t, lang } = useI18n();
  const { session } = useAuth();
  const { message } = AntApp.useApp();
  const tableBox = useKeyboardScrollable<HTMLDivElement>(t('jobs.tableCaption'));
  const mayExport = canManage(navEntry('jobs'), session?.roles ?? []);
  /** Cursors of the pages before the current one; the current page's `after` is the last. */
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];

  const { data, previousData, loading, error, refetch, startPolling, stopPolling } = useQuery(JOBS_QUERY, {
    variables: { first: JOBS_PAGE_SIZE, after },
  });
  const connection = (data ?? previousData)?.jobs;
  const rows = useMemo(() => connection?.edges.map((e) => e.node) ?? [], [connection]);
  const anyActive = rows.some((j) => ACTIVE.includes(j.state));

  useEffect(() => {
    if (anyActive) startPolling(POLL_MS);
    else stopPolling();
    return () => stopPolling();
  }, [anyActive, startPolling, stopPolling]);

  const [start, { loading: starting }] = useMutation(START_DEPARTMENT_EXPORT);
  const startExport = async (format: ExportFormat) => {
    try {
      await start({ variables: { format } });
      message.success(t('jobs.export.started'));
      if (cursors.length > 1) setCursors([null]);
      else await refetch();
    } catch (e) {
      message.error(errorMessage(e, lang));
    }
  };

  const download = async (job: JobRow) => {
    if (!job.downloadPath || !session) return;
    const status = await downloadJobFile(job.downloadPath, session.accessToken, `export-${job.id}`);
    if (status !== 200) message.error(t('jobs.downloadFailed', { status }));
  };

  const time = (iso: string | null) =>
    iso ? new Date(iso).toLocaleString(lang === 'ko' ? 'ko-KR' : 'en-GB') : '—';

  const columns: TableColumnsType<JobRow> = [
    {
      title: t('jobs.col.kind'),
      dataIndex: 'kind',
      key: 'kind',
      render: (kind: string) => {
        const key = `jobs.kind.${kind}` as MessageKey;
        const label = t(key);
        return label === key ? kind : label;
      },
    },
    {
      title: t('jobs.col.state'),
      dataIndex: 'state',
      key: 'state',
      render: (state: JobState) => (
        <ToneTag tone={STATE_TONE[state]}>{t(`jobs.state.${state}` as MessageKey)}</ToneTag>
      ),
    },
    {
      title: t('jobs.col.progress'),
      key: 'progress',
      width: 180,
      render: (_, job) => (
        <div>
          <Progress
            percent={job.progressPercent}
            size="small"
            status={job.state === 'FAILED' ? 'exception' : job.state === 'COMPLETED' ? 'success' : 'active'}
            aria-label={`${t('jobs.col.progress')} ${job.progressPercent}%`}
          />
          {job.totalRows !== null && (
            <Typography.Text type="secondary" className="pcrm-job-rows">
              {t('jobs.rows', { done: job.processedRows, total: job.totalRows })}
            </Typography.Text>
          )}
        </div>
      ),
    },
    {
      title: t('jobs.col.attempts'),
      key: 'attempts',
      render: (_, job) => t('jobs.attempts', { n: job.attempts, max: job.maxAttempts }),
    },
    { title: t('jobs.col.requestedBy'), dataIndex: 'requestedBy', key: 'requestedBy' },
    { title: t('jobs.col.createdAt'), dataIndex: 'createdAt', key: 'createdAt', render: time },
    { title: t('jobs.col.finishedAt'), dataIndex: 'finishedAt', key: 'finishedAt', render: time },
    {
      title: t('jobs.col.lastError'),
      key: 'lastError',
      render: (_, job) => (lang === 'en' ? (job.lastErrorEn ?? job.lastError) : job.lastError) ?? '—',
    },
    {
      title: t('jobs.col.file'),
      key: 'file',
      render: (_, job) =>
        job.downloadPath ? (
          <Button size="small" icon={<DownloadOutlined />} onClick={() => void download(job)}>
            {t('jobs.download')}
          </Button>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('jobs.title')}
        description={t('jobs.description')}
        extra={
          mayExport && (
            <Space wrap>
              <Button
                type="primary"
                icon={<FileExcelOutlined />}
                loading={starting}
                onClick={() => void startExport('XLSX')}
              >
                {t('jobs.export.xlsx')}
              </Button>
              <Button icon={<FileTextOutlined />} loading={starting} onClick={() => void startExport('CSV')}>
                {t('jobs.export.csv')}
              </Button>
            </Space>
          )
        }
      />
      {error && <LoadErrorAlert error={error} onRetry={refetch} />}
      <Card className="pcrm-table-card" ref={tableBox}>
        <Table<JobRow>
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={loading && !connection}
          pagination={false}
          size="middle"
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('jobs.empty') }}
          data-testid="jobs-table"
          title={() => (
            <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
              <span className="pcrm-table-caption">
                {t('jobs.tableCaption')} ·{' '}
                {connection ? t('jobs.count', { n: connection.totalCount }) : t('common.loading')}
              </span>
              <Button size="small" icon={<ReloadOutlined />} onClick={() => void refetch()}>
                {t('jobs.refresh')}
              </Button>
            </Space>
          )}
          footer={() => (
            <Space>
              <Button
                size="small"
                disabled={cursors.length <= 1}
                onClick={() => setCursors((c) => c.slice(0, -1))}
              >
                {t('jobs.prev')}
              </Button>
              <Button
                size="small"
                disabled={!connection?.pageInfo.hasNextPage}
                onClick={() => setCursors((c) => [...c, connection?.pageInfo.endCursor ?? null])}
              >
                {t('jobs.next')}
              </Button>
            </Space>
          )}
        />
      </Card>
    </>
  );
}
