import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App as AntApp, Button, Card, Descriptions, Select, Space } from 'antd';
import { useState } from 'react';
import { canReadField } from '@pcrm/access';
import { mayRun, useAuth } from '../auth';
import { useDateFormat } from '../charts/format';
import { errorMessage } from '../graphql';
import type { HandlingClass } from '../graphql/generated/graphql';
import { useI18n } from '../i18n';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { FollowupTag } from './FollowupTag';
import { SURVEY_ITEMS } from './items';
import {
  QUALITY_RATING_QUERY,
  RATE_VOC_QUALITY,
  SURVEY_FOLLOWUPS_QUERY,
  SURVEY_ANSWERS_QUERY,
} from './queries';
import { ResolveFollowupButton } from './ResolveFollowupButton';
import './surveys.css';

/** The handling classes (복합, 장기) a supervisor rates for quality; the API refuses the others. */
const QUALITY_RATED: readonly HandlingClass[] = ['COMPLEX', 'LONG_TERM'];

/**
 * 민원 상세's survey card: the resident's answer, its follow-up (for those who manage follow-ups) and, for complex
 * and long-term cases, the supervisor's quality rating. Shown only to roles that may read survey results.
 */
export function VocSurveySection({ voc }: { voc: { id: string; handlingClass: HandlingClass } }) {
  const { t } = useI18n();
  const { session } = useAuth();
  const roles = session?.roles ?? [];
  if (!mayRun(roles, 'vocSurveyResults')) return null;
  return (
    <Card title={<h2 className="pcrm-card-title">{t('survey.section.title')}</h2>} data-testid="voc-survey">
      <Space vertical size="middle" style={{ width: '100%' }}>
        <SurveyAnswer vocId={voc.id} roles={roles} />
        {QUALITY_RATED.includes(voc.handlingClass) && (
          <QualityRating vocId={voc.id} mayRate={mayRun(roles, 'rateVocQuality')} />
        )}
      </Space>
    </Card>
  );
}

function SurveyAnswer({ vocId, roles }: { vocId: string; roles: readonly string[] }) {
  const { t } = useI18n();
  const formatTime = useDateFormat(true);
  const mayManage = mayRun(roles, 'vocSurveyFollowups');
  const results = useQuery(SURVEY_ANSWERS_QUERY, {
    variables: { vocId, first: 1, after: null, withComment: canReadField(roles, 'SurveyAnswer.comment') },
  });
  const followups = useQuery(SURVEY_FOLLOWUPS_QUERY, {
    variables: { vocId, first: 1, after: null },
    skip: !mayManage,
  });
  if (results.error) return <LoadErrorAlert error={results.error} onRetry={() => results.refetch()} />;
  const answer = results.data?.vocSurveyAnswers.edges[0]?.node;
  if (!results.data) return null;
  if (!answer) return <p className="pcrm-muted">{t('survey.section.none')}</p>;
  const followup = followups.data?.vocSurveyFollowups.edges[0]?.node;
  return (
    <Descriptions column={{ xs: 1, sm: 2 }} size="small">
      {SURVEY_ITEMS.map((item) => (
        <Descriptions.Item key={item} label={t(`survey.item.${item}`)}>
          {answer[item]} / 5
        </Descriptions.Item>
      ))}
      <Descriptions.Item label={t('survey.section.submittedAt')}>
        {formatTime(answer.submittedAt)}
      </Descriptions.Item>
      {answer.comment != null && (
        <Descriptions.Item label={t('survey.col.comment')} span={2}>
          <span className="pcrm-survey-comment">{answer.comment || t('survey.noComment')}</span>
        </Descriptions.Item>
      )}
      {mayManage && followups.data && (
        <Descriptions.Item label={t('survey.section.followup')} span={2}>
          {followup ? (
            <Space wrap>
              <FollowupTag status={followup.status} />
              {followup.note && <span className="pcrm-survey-comment">{followup.note}</span>}
              {followup.status === 'OPEN' && (
                <ResolveFollowupButton followup={followup} onResolved={() => followups.refetch()} />
              )}
            </Space>
          ) : (
            t('survey.section.noFollowup')
          )}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

function QualityRating({ vocId, mayRate }: { vocId: string; mayRate: boolean }) {
  const { t, lang } = useI18n();
  const { message } = AntApp.useApp();
  const rating = useQuery(QUALITY_RATING_QUERY, { variables: { vocId } });
  const [rate, saving] = useMutation(RATE_VOC_QUALITY);
  const [draft, setDraft] = useState<number | undefined>();
  const current = rating.data?.vocQualityRating;
  const save = async () => {
    if (draft === undefined) return;
    await rate({ variables: { input: { vocId, score: draft } } });
    void message.success(t('survey.quality.saved'));
    setDraft(undefined);
    await rating.refetch();
  };
  return (
    <section aria-labelledby="voc-quality-title">
      <h3 id="voc-quality-title" className="pcrm-filter-label">
        {t('survey.quality.title')}
      </h3>
      {rating.error && <LoadErrorAlert error={rating.error} onRetry={() => rating.refetch()} />}
      {rating.data && (
        <p data-testid="voc-quality-value">
          {current
            ? [
                t('survey.quality.value', { score: current.qualityScore }),
                current.qualityRatedByName && t('survey.quality.by', { name: current.qualityRatedByName }),
              ]
                .filter(Boolean)
                .join(' · ')
            : t('survey.quality.none')}
        </p>
      )}
      {mayRate && (
        <Space wrap align="end">
          <div className="pcrm-filter-field">
            <label htmlFor="voc-quality-score">{t('survey.quality.score')}</label>
            <Select
              id="voc-quality-score"
              value={draft ?? current?.qualityScore}
              onChange={(v: number) => setDraft(v)}
              options={[1, 2, 3, 4, 5].map((n) => ({ value: n, label: String(n) }))}
              style={{ width: 120 }}
            />
          </div>
          <Button
            type="primary"
            disabled={draft === undefined}
            loading={saving.loading}
            onClick={() => void save().catch(() => undefined)}
          >
            {t('survey.quality.save')}
          </Button>
        </Space>
      )}
      {saving.error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={errorMessage(saving.error, lang)}
          style={{ marginTop: 12 }}
        />
      )}
    </section>
  );
}
