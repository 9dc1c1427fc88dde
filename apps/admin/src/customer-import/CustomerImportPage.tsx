import { useQuery } from '@apollo/client/react';
import { Card, Empty, Progress, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link, Route, Routes } from 'react-router-dom';
import { useDateFormat } from '../charts/format';
import '../customers/screens.css';
import { useI18n } from '../i18n';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { NotFoundPage } from '../layout/StatusPages';
import { PageHeader } from '../layout/PageHeader';
import { BatchReport, BatchStateTag } from './BatchReport';
import { ImportWizard } from './ImportWizard';
import { IMPORT_BATCHES_QUERY } from './queries';
import type { CustomerImportBatchesQuery } from '../graphql/generated/graphql';
import { LoadMore } from '../customers/LoadMore';

type BatchRow = CustomerImportBatchesQuery['customerImportBatches']['edges'][number]['node'];

/** /app/customer-import: the wizard and past batches; /app/customer-import/:batchId: a batch's report. */
export function CustomerImportPage() {
  return (
    <Routes>
      <Route index element={<ImportHome />} />
      <Route path=":batchId" element={<BatchReport />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

function ImportHome() {
  const { t } = useI18n();
  const formatTime = useDateFormat(true);
  const { data, loading, error, refetch, fetchMore } = useQuery(IMPORT_BATCHES_QUERY);
  const connection = data?.customerImportBatches;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const columns: TableColumnsType<BatchRow> = [
    {
      title: t('import.col.file'),
      key: 'file',
      ellipsis: true,
      render: (_, b) => (
        <Link to={b.id} className="pcrm-ellipsis">
          {b.fileName}
        </Link>
      ),
    },
    { title: t('import.source'), dataIndex: 'source', key: 'source', ellipsis: true, responsive: ['md'] },
    {
      title: t('import.col.state'),
      key: 'state',
      width: 150,
      render: (_, b) => (
        <>
          <BatchStateTag state={b.state} />
          {(b.state === 'QUEUED' || b.state === 'RUNNING') && (
            <Progress
              percent={b.progressPercent}
              size="small"
              aria-label={t('import.progress', { n: b.progressPercent })}
            />
          )}
        </>
      ),
    },
    {
      title: t('import.col.result'),
      key: 'result',
      responsive: ['sm'],
      render: (_, b) =>
        t('import.resultSummary', {
          created: b.createdCount,
          merged: b.mergedCount,
          pending: b.pendingReviewCount,
        }),
    },
    {
      title: t('import.col.createdAt'),
      key: 'createdAt',
      width: 170,
      responsive: ['lg'],
      render: (_, b) => formatTime(b.createdAt),
    },
  ];
  return (
    <>
      <PageHeader title={t('import.title')} description={t('import.description')} />
      <ImportWizard />
      {error && <LoadErrorAlert error={error} onRetry={refetch} style={{ marginTop: 16 }} />}
      <Card className="pcrm-table-card" title={<h2 className="pcrm-card-title">{t('import.batches')}</h2>}>
        <Table<BatchRow>
          rowKey="id"
          size="middle"
          pagination={false}
          tableLayout="fixed"
          loading={loading && !connection}
          dataSource={rows}
          columns={columns}
          data-testid="import-batches"
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('import.noBatches')} />,
          }}
        />
        <LoadMore pageInfo={connection?.pageInfo} fetchMore={fetchMore}>
          {t('import.more')}
        </LoadMore>
      </Card>
    </>
  );
}
