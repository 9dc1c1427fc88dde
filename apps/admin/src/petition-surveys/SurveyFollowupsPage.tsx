import { useQuery } from '@apollo/client/react';
import { Card, Empty, Segmented, Spin, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { useDateFormat } from '../charts/format';
import { KeyboardScroll } from '../customers/KeyboardScroll';
import { LoadMore } from '../customers/LoadMore';
import '../customers/screens.css';
import './surveys.css';
import type { SurveyFollowupStatus, VocSurveyFollowupsQuery } from '../graphql/generated/graphql';
import { useI18n } from '../i18n';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { PageHeader } from '../layout/PageHeader';
import { score } from './items';
import { SURVEY_FOLLOWUPS_QUERY } from './queries';
import { ResolveFollowupButton } from './ResolveFollowupButton';
import { FollowupTag } from './FollowupTag';

type Followup = VocSurveyFollowupsQuery['vocSurveyFollowups']['edges'][number]['node'];
const FILTERS = ['OPEN', 'DONE', 'ALL'] as const;
type Filter = (typeof FILTERS)[number];
const PAGE = 50;

/** 만족도 후속조치: answers under the tenant's threshold, for the department heads to act on and close. */
export function SurveyFollowupsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const filter: Filter = FILTERS.find((f) => f === params.get('status')) ?? 'OPEN';
  const formatDate = useDateFormat();
  const formatTime = useDateFormat(true);
  const {
    data: current,
    previousData,
    loading,
    error,
    refetch,
    fetchMore,
  } = useQuery(SURVEY_FOLLOWUPS_QUERY, {
    variables: {
      status: filter === 'ALL' ? null : (filter as SurveyFollowupStatus),
      first: PAGE,
      after: null,
    },
  });
  const data = current ?? previousData;
  const page = data?.vocSurveyFollowups;

  const columns: TableColumnsType<Followup> = [
    {
      title: t('survey.col.receiptNo'),
      key: 'no',
      render: (_, f) => (
        <Link to={`/app/petitions/${f.vocId}`} className="pcrm-mono">
          {f.receiptNo}
        </Link>
      ),
    },
    { title: t('survey.col.meanScore'), key: 'score', align: 'right', render: (_, f) => score(f.meanScore) },
    { title: t('survey.col.status'), key: 'status', render: (_, f) => <FollowupTag status={f.status} /> },
    { title: t('survey.col.createdAt'), key: 'created', render: (_, f) => formatDate(f.createdAt) },
    {
      title: t('survey.col.note'),
      key: 'note',
      render: (_, f) =>
        f.note ? (
          <span className="pcrm-survey-comment">
            {f.note}
            <br />
            <span className="pcrm-muted">
              {t('survey.resolvedBy', { name: f.resolvedBy ?? '—', at: formatTime(f.resolvedAt) })}
            </span>
          </span>
        ) : (
          '—'
        ),
    },
    {
      title: t('survey.col.resolved'),
      key: 'action',
      render: (_, f) =>
        f.status === 'OPEN' ? <ResolveFollowupButton followup={f} onResolved={() => refetch()} /> : null,
    },
  ];

  return (
    <>
      <PageHeader title={t('survey.followups.title')} description={t('survey.followups.description')} />
      {error && <LoadErrorAlert error={error} onRetry={refetch} />}
      <Card className="pcrm-table-card">
        <Segmented
          aria-label={t('survey.followups.filter')}
          value={filter}
          onChange={(v) => setParams(v === 'OPEN' ? {} : { status: String(v) }, { replace: true })}
          options={FILTERS.map((f) => ({ value: f, label: t(`survey.followups.filter.${f}`) }))}
          style={{ marginBottom: 16 }}
        />
        {loading && !data && (
          <div className="pcrm-page-loading">
            <Spin />
          </div>
        )}
        {page && (
          <>
            <KeyboardScroll label={t('survey.followups.title')}>
              <Table<Followup>
                rowKey="id"
                columns={columns}
                dataSource={page.edges.map((e) => e.node)}
                pagination={false}
                size="small"
                scroll={{ x: 'max-content' }}
                locale={{ emptyText: <Empty description={t('survey.followups.empty')} /> }}
                title={() => (
                  <span className="pcrm-table-caption">
                    {t('survey.followups.count', { n: page.totalCount })}
                  </span>
                )}
              />
            </KeyboardScroll>
            <LoadMore pageInfo={page.pageInfo} fetchMore={({ variables }) => fetchMore({ variables })}>
              {t('survey.followups.more')}
            </LoadMore>
          </>
        )}
      </Card>
    </>
  );
}
