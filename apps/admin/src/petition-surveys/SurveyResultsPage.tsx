import { useQuery } from '@apollo/client/react';
import { Card, Descriptions, Empty, Select, Spin, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { mayRun, useAuth } from '../auth';
import { canReadField } from '@pcrm/access';
import { useDateFormat } from '../charts/format';
import { KeyboardScroll } from '../customers/KeyboardScroll';
import { LoadMore } from '../customers/LoadMore';
import '../customers/screens.css';
import './surveys.css';
import type { VocSurveyAnswersQuery } from '../graphql/generated/graphql';
import { useI18n } from '../i18n';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { PageHeader } from '../layout/PageHeader';
import { MonthRangeFilter, pct, useMonthRange } from '../petition-analytics/month-range';
import { VOC_DEPARTMENTS_QUERY, VOC_STAFF_QUERY } from '../petitions/queries';
import { SURVEY_ITEMS, score } from './items';
import { SURVEY_ANSWERS_QUERY, SURVEY_SUMMARY_QUERY } from './queries';

type Answer = VocSurveyAnswersQuery['vocSurveyAnswers']['edges'][number]['node'];
const PAGE = 50;

/** 만족도 조사 결과: averages and response rate over a month range, for the tenant, a department or an officer. */
export function SurveyResultsPage() {
  const { t } = useI18n();
  const { session } = useAuth();
  const roles = session?.roles ?? [];
  const range = useMonthRange();
  const departmentId = range.params.get('department') ?? undefined;
  const officerId = range.params.get('officer') ?? undefined;
  const withComment = canReadField(roles, 'SurveyAnswer.comment');
  const formatDate = useDateFormat();

  const departments = useQuery(VOC_DEPARTMENTS_QUERY, { skip: !mayRun(roles, 'departments') });
  const staff = useQuery(VOC_STAFF_QUERY, {
    variables: { departmentId },
    skip: !departmentId || !mayRun(roles, 'staff'),
  });
  const departmentName = new Map((departments.data?.departments ?? []).map((d) => [d.id, d.name]));

  const scope = { from: range.from, to: range.to, departmentId, officerId };
  const summaryQuery = useQuery(SURVEY_SUMMARY_QUERY, { variables: scope, skip: !range.valid });
  const answersQuery = useQuery(SURVEY_ANSWERS_QUERY, {
    variables: { ...scope, first: PAGE, after: null, withComment },
    skip: !range.valid,
  });
  // The previous answer stays on screen while a changed filter loads.
  const results = (summaryQuery.data ?? summaryQuery.previousData)?.vocSurveyResults;
  const answers = (answersQuery.data ?? answersQuery.previousData)?.vocSurveyAnswers;
  const error = summaryQuery.error ?? answersQuery.error;
  const refetch = () => Promise.all([summaryQuery.refetch(), answersQuery.refetch()]);

  const columns: TableColumnsType<Answer> = [
    {
      title: t('survey.col.receiptNo'),
      key: 'no',
      render: (_, a) => (
        <Link to={`/app/petitions/${a.vocId}`} className="pcrm-mono">
          {a.receiptNo}
        </Link>
      ),
    },
    { title: t('survey.col.submittedAt'), key: 'at', render: (_, a) => formatDate(a.submittedAt) },
    {
      title: t('survey.col.department'),
      key: 'dept',
      render: (_, a) => (a.departmentId && departmentName.get(a.departmentId)) || '—',
    },
    ...SURVEY_ITEMS.map((item) => ({
      title: t(`survey.item.${item}`),
      key: item,
      align: 'right' as const,
      render: (_: unknown, a: Answer) => a[item],
    })),
    ...(withComment
      ? [
          {
            title: t('survey.col.comment'),
            key: 'comment',
            render: (_: unknown, a: Answer) => (
              <span className="pcrm-survey-comment">{a.comment ?? t('survey.noComment')}</span>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader title={t('survey.results.title')} description={t('survey.results.description')} />
      <MonthRangeFilter range={range} idPrefix="survey">
        <div className="pcrm-filter-field">
          <label htmlFor="survey-department">{t('survey.results.department')}</label>
          <Select
            id="survey-department"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={departmentId}
            placeholder={t('survey.results.anyDepartment')}
            loading={departments.loading}
            onChange={(v?: string) => range.setParam({ department: v, officer: undefined })}
            options={(departments.data?.departments ?? [])
              .filter((d) => d.active)
              .map((d) => ({ value: d.id, label: d.name }))}
            style={{ width: 200 }}
          />
        </div>
        <div className="pcrm-filter-field">
          <label htmlFor="survey-officer">{t('survey.results.officer')}</label>
          <Select
            id="survey-officer"
            allowClear
            disabled={!departmentId}
            value={officerId}
            placeholder={t('survey.results.anyOfficer')}
            loading={staff.loading}
            onChange={(v?: string) => range.setParam({ officer: v })}
            options={(staff.data?.staff.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }))}
            style={{ width: 170 }}
          />
        </div>
      </MonthRangeFilter>
      {error && <LoadErrorAlert error={error} onRetry={refetch} />}
      {!results && !error && range.valid && (
        <div className="pcrm-page-loading">
          <Spin />
        </div>
      )}
      {results && (
        <Card
          className="pcrm-table-card"
          title={<h2 className="pcrm-card-title">{t('survey.results.summary')}</h2>}
        >
          <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} bordered data-testid="survey-summary">
            <Descriptions.Item label={t('survey.results.count')}>{results.count}</Descriptions.Item>
            <Descriptions.Item label={t('survey.results.rate')}>
              {t('survey.results.rateDetail', {
                rate: pct(results.responseRate),
                responded: results.responded,
                invited: results.invited,
              })}
            </Descriptions.Item>
            {SURVEY_ITEMS.map((item) => (
              <Descriptions.Item key={item} label={t(`survey.item.${item}`)}>
                {score(results[item])}
              </Descriptions.Item>
            ))}
            <Descriptions.Item label={t('survey.item.overall')}>{score(results.overall)}</Descriptions.Item>
          </Descriptions>
        </Card>
      )}
      {answers && (
        <Card className="pcrm-table-card">
          <KeyboardScroll label={t('survey.results.title')}>
            <Table<Answer>
              rowKey="vocId"
              columns={columns}
              dataSource={answers.edges.map((e) => e.node)}
              pagination={false}
              size="small"
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: <Empty description={t('survey.results.empty')} /> }}
              title={() => (
                <span className="pcrm-table-caption">
                  {t('survey.results.answers', { n: answers.totalCount })}
                </span>
              )}
            />
          </KeyboardScroll>
          <LoadMore
            pageInfo={answers.pageInfo}
            fetchMore={({ variables }) => answersQuery.fetchMore({ variables })}
          >
            {t('survey.results.more')}
          </LoadMore>
        </Card>
      )}
    </>
  );
}
