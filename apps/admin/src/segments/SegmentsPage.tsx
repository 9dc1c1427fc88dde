import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { Link, Route, Routes, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth';
import { useI18n } from '../i18n';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { canManage, navEntry } from '../layout/nav';
import { NotFoundPage } from '../layout/StatusPages';
import { PageHeader } from '../layout/PageHeader';
import { useDateFormat } from '../charts/format';
import { SEGMENTS_PAGE_SIZE, SEGMENTS_QUERY, type SegmentRow } from './queries';
import '../customers/screens.css';
import { SegmentEditor } from './SegmentEditor';

/** /app/segments: the list; /app/segments/new and /app/segments/:id: the editor with count and snapshots. */
export function SegmentsPage() {
  return (
    <Routes>
      <Route index element={<SegmentList />} />
      <Route path="new" element={<SegmentEditor />} />
      <Route path=":id" element={<SegmentEditor />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

function SegmentList() {
  const { t } = useI18n();
  const { session } = useAuth();
  const mayWrite = canManage(navEntry('segments'), session?.roles ?? []);
  const formatDate = useDateFormat();
  const navigate = useNavigate();
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(SEGMENTS_QUERY, {
    variables: { first: SEGMENTS_PAGE_SIZE },
  });
  const connection = (data ?? previousData)?.segments;
  const rows = useMemo(() => connection?.edges.map((e) => e.node) ?? [], [connection]);

  const loadMore = async () => {
    if (!connection?.pageInfo.hasNextPage) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };

  const columns: TableColumnsType<SegmentRow> = [
    {
      title: t('segments.col.name'),
      key: 'name',
      ellipsis: true,
      render: (_, s) => (
        <>
          <Link to={s.id} className="pcrm-ellipsis">
            {s.name}
          </Link>
          {s.ruleProblem && (
            <Tag color="warning" className="pcrm-segment-problem">
              {t('segments.ruleProblem')}
            </Tag>
          )}
        </>
      ),
    },
    {
      title: t('segments.col.description'),
      dataIndex: 'description',
      key: 'description',
      ellipsis: true,
      responsive: ['md'],
      render: (d: string | null) => d || '—',
    },
    {
      title: t('segments.col.count'),
      dataIndex: 'count',
      key: 'count',
      width: 110,
      align: 'right',
      render: (n: number | null) => (n === null ? '—' : t('segments.people', { n: n.toLocaleString() })),
    },
    {
      title: t('segments.col.updatedAt'),
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      width: 130,
      responsive: ['sm'],
      render: (at: string) => <time dateTime={at}>{formatDate(at)}</time>,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('segments.title')}
        description={t('segments.description')}
        extra={
          mayWrite && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => navigate('new')}>
              {t('segments.new')}
            </Button>
          )
        }
      />
      {error && <LoadErrorAlert error={error} onRetry={refetch} />}
      <Card className="pcrm-table-card">
        <Table<SegmentRow>
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={loading && !loadingMore && !connection}
          pagination={false}
          size="middle"
          tableLayout="fixed"
          data-testid="segments-table"
          locale={{
            emptyText: error ? (
              ' '
            ) : (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={t(mayWrite ? 'segments.emptyWrite' : 'segments.empty')}
              />
            ),
          }}
          title={() => (
            <Typography.Text className="pcrm-table-caption" aria-live="polite">
              {connection
                ? t('segments.count', { total: connection.totalCount, shown: rows.length })
                : t('common.loading')}
            </Typography.Text>
          )}
        />
        {connection?.pageInfo.hasNextPage && (
          <div className="pcrm-load-more">
            <Button onClick={() => void loadMore()} loading={loadingMore} size="large">
              {t('segments.more')} ({rows.length} / {connection.totalCount})
            </Button>
          </div>
        )}
      </Card>
    </>
  );
}
