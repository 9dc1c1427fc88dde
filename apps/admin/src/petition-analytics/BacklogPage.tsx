import { useQuery } from '@apollo/client/react';
import { ReportLoading } from '../layout';
import { Button, Card, Checkbox, Descriptions, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useDateFormat } from '../charts/format';
import { KeyboardScroll } from '../customers/KeyboardScroll';
import '../customers/screens.css';
import './analytics.css';
import type { PetitionBacklogQuery } from '../graphql/generated/graphql';
import { useI18n, type MessageKey } from '../i18n';
import { PageHeader } from '../layout/PageHeader';
import { BACKLOG_QUERY } from './queries';

type Item = PetitionBacklogQuery['petitionBacklog']['edges'][number]['node'];
const PAGE = 50;

/** Open petitions by statutory due date, overdue first, with the counts of open, overdue and at-risk cases. */
export function BacklogPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const overdueOnly = params.get('overdue') === '1';
  const {
    data: current,
    previousData,
    loading,
    error,
    refetch,
    fetchMore,
  } = useQuery(BACKLOG_QUERY, {
    variables: { overdueOnly, first: PAGE, after: null },
  });
  // The previous answer stays on screen while a changed filter loads (the filter itself stays in place).
  const data = current ?? previousData;
  const formatDate = useDateFormat();
  const formatTime = useDateFormat(true);
  const page = data?.petitionBacklog;
  const summary = data?.petitionBacklogSummary;
  const items = page?.edges.map((e) => e.node) ?? [];

  const columns: TableColumnsType<Item> = [
    {
      title: t('backlog.col.receiptNo'),
      dataIndex: 'receiptNo',
      key: 'no',
      render: (v: string) => <span className="pcrm-mono">{v}</span>,
    },
    { title: t('backlog.col.title'), dataIndex: 'title', key: 'title' },
    {
      title: t('backlog.col.late'),
      key: 'late',
      render: (_, i) =>
        i.overdue ? (
          <Tag color="red">{t('backlog.lateDays', { n: Math.floor(i.overdueDays) })}</Tag>
        ) : (
          <Tag>{t('backlog.inTime')}</Tag>
        ),
    },
    { title: t('backlog.col.due'), key: 'due', render: (_, i) => formatTime(i.dueAt) },
    {
      title: t('backlog.col.status'),
      key: 'status',
      render: (_, i) => t(`analytics.status.${i.status}` as MessageKey),
    },
    {
      title: t('backlog.col.class'),
      key: 'class',
      render: (_, i) => t(`analytics.class.${i.handlingClass}` as MessageKey),
    },
    { title: t('backlog.col.department'), key: 'dept', render: (_, i) => i.departmentName ?? '—' },
    { title: t('backlog.col.officer'), key: 'officer', render: (_, i) => i.officerName ?? '—' },
    { title: t('backlog.col.received'), key: 'received', render: (_, i) => formatDate(i.receivedAt) },
  ];

  return (
    <>
      <PageHeader title={t('backlog.title')} description={t('backlog.description')} />
      <ReportLoading error={error} loading={loading && !data} onRetry={refetch} />
      {summary && (
        <Card className="pcrm-table-card">
          <Descriptions size="small" column={{ xs: 1, sm: 3 }} bordered>
            <Descriptions.Item label={t('backlog.open')}>{summary.open}</Descriptions.Item>
            <Descriptions.Item label={t('backlog.overdue')}>{summary.overdue}</Descriptions.Item>
            <Descriptions.Item label={t('backlog.atRisk')}>{summary.atRisk}</Descriptions.Item>
          </Descriptions>
        </Card>
      )}
      {page && (
        <Card className="pcrm-table-card">
          <KeyboardScroll label={t('backlog.title')}>
            <Table<Item>
              rowKey="id"
              columns={columns}
              dataSource={items}
              pagination={false}
              size="small"
              scroll={{ x: 'max-content' }}
              title={() => (
                <div className="pcrm-backlog-caption">
                  <span className="pcrm-table-caption">{t('backlog.list', { n: page.totalCount })}</span>
                  <Checkbox
                    checked={overdueOnly}
                    onChange={(e) => setParams(e.target.checked ? { overdue: '1' } : {}, { replace: true })}
                  >
                    {t('backlog.overdueOnly')}
                  </Checkbox>
                </div>
              )}
            />
          </KeyboardScroll>
          {page.pageInfo.hasNextPage && (
            <Button
              block
              style={{ marginTop: 12 }}
              onClick={() => fetchMore({ variables: { after: page.pageInfo.endCursor } })}
            >
              {t('backlog.more')}
            </Button>
          )}
        </Card>
      )}
    </>
  );
}
