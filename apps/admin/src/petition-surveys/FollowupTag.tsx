import { Tag } from 'antd';
import type { SurveyFollowupStatus } from '../graphql/generated/graphql';
import { useI18n } from '../i18n';
import '../petitions/petitions.css';

/** A follow-up's state in words, in the due-state tag colours (contrast-checked; colour only repeats the word). */
export function FollowupTag({ status }: { status: SurveyFollowupStatus }) {
  const { t } = useI18n();
  const tone = status === 'OPEN' ? 'pcrm-due-at-risk' : 'pcrm-due-on-track';
  return <Tag className={`pcrm-due-tag ${tone}`}>{t(`survey.status.${status}`)}</Tag>;
}
