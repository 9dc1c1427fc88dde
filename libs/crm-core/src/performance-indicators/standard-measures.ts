import { IndicatorType, MeasureSubject, MeasureUnit, ScopeKind, type Measure } from './measure';
import { StandardMeasureFacts, type StandardMeasureCode } from './measures.sql';

const BOTH = [ScopeKind.DEPARTMENT, ScopeKind.OFFICER] as const;

type Description = Omit<Measure, 'code' | 'facts' | 'scopes'> & { scopes?: readonly ScopeKind[] };

const petitions = (d: Omit<Description, 'subject'>): Description => ({
  ...d,
  subject: MeasureSubject.PETITION,
});
const surveyItem = (labelKo: string, labelEn: string, item: string): Description =>
  petitions({
    labelKo: `만족도 평균 (${labelKo})`,
    labelEn: `Survey average (${labelEn})`,
    definitionKo: `그 달에 제출된 만족도 조사 응답의 ${item} 점수 평균 (1–5점, 종결 당시 부서·담당자 기준)`,
    definitionEn: `Average ${labelEn.toLowerCase()} score (1–5) of the survey answers submitted in the month, for the department and officer at closure`,
    unit: MeasureUnit.POINTS,
    typeTag: IndicatorType.SATISFACTION,
  });

const DESCRIPTIONS: Record<StandardMeasureCode, Description> = {
  PETITION_CLOSED_WITHIN_TARGET: petitions({
    labelKo: '목표기한 내 종결률',
    labelEn: 'Closed within the target',
    definitionKo: '그 달에 종결된 민원 중 목표 처리기한(target_due_at) 안에 종결된 비율',
    definitionEn: 'Share of the petitions closed in the month that were closed by their target date',
    unit: MeasureUnit.PERCENT,
    typeTag: IndicatorType.EFFICIENCY,
  }),
  PETITION_CLOSED_WITHIN_STATUTORY: petitions({
    labelKo: '법정기한 내 종결률',
    labelEn: 'Closed within the statutory period',
    definitionKo: '그 달에 종결된 민원 중 법정 처리기한(due_at) 안에 종결된 비율',
    definitionEn: 'Share of the petitions closed in the month that were closed by their statutory deadline',
    unit: MeasureUnit.PERCENT,
    typeTag: IndicatorType.PUBLIC_INTEREST,
  }),
  SURVEY_SPEED: surveyItem('신속', 'speed', '신속성'),
  SURVEY_KINDNESS: surveyItem('친절', 'kindness', '친절성'),
  SURVEY_FAIRNESS: surveyItem('공정', 'fairness', '공정성'),
  SURVEY_CONVENIENCE: surveyItem('편이', 'convenience', '편이성'),
  SURVEY_OVERALL: petitions({
    labelKo: '만족도 평균 (종합)',
    labelEn: 'Survey average (overall)',
    definitionKo:
      '그 달에 제출된 응답마다 네 문항(신속·친절·공정·편이) 점수의 평균을 내어 다시 평균한 값 (1–5점)',
    definitionEn:
      'Average over the answers submitted in the month of each answer’s mean of its four scores (1–5)',
    unit: MeasureUnit.POINTS,
    typeTag: IndicatorType.SATISFACTION,
  }),
  TASK_DEADLINE_COMPLIANCE: {
    labelKo: '과업 처리기간 준수도',
    labelEn: 'Task deadline compliance',
    definitionKo: '그 달에 완료된 과업의 처리기간 준수도(계획 대비 실제 처리일수, 실행계획 저장 시점) 평균',
    definitionEn:
      'Average deadline compliance (planned against actual days, as of the last plan save) of the tasks completed in the month',
    unit: MeasureUnit.AVERAGE_PERCENT,
    typeTag: IndicatorType.EFFICIENCY,
    subject: MeasureSubject.TASK,
  },
  TASK_PROGRESS: {
    labelKo: '과업 진행률',
    labelEn: 'Task progress',
    definitionKo: '그 달에 종료(완료·처리불가)된 과업의 최종 진행률(Σ 가중치 × 단계 진행률) 평균',
    definitionEn:
      'Average final progress (Σ weight × step progress) of the tasks closed (completed or impossible) in the month',
    unit: MeasureUnit.AVERAGE_PERCENT,
    typeTag: IndicatorType.PUBLIC_INTEREST,
    subject: MeasureSubject.TASK,
  },
  REPEAT_PETITION_SHARE: petitions({
    labelKo: '반복민원 비율',
    labelEn: 'Repeat petition share',
    definitionKo:
      '그 달에 접수된 고객 연결 민원 중 같은 민원인이 직전 12개월 안에 다른 민원을 낸 비율 (낮을수록 좋음: 반복민원 감축)',
    definitionEn:
      'Share of the petitions received in the month from a known petitioner who filed another one in the 12 months before (lower is better: repeat-petition reduction)',
    unit: MeasureUnit.PERCENT,
    typeTag: IndicatorType.PUBLIC_INTEREST,
  }),
  PETITION_DATA_COMPLETENESS: petitions({
    labelKo: '민원 고객정보 충실도',
    labelEn: 'Petition data completeness',
    definitionKo: '그 달에 접수된 민원 중 고객과 연결되고 회신 채널(SMS·이메일)에 맞는 연락처가 있는 비율',
    definitionEn:
      'Share of the petitions received in the month linked to a customer and holding the contact their reply channel (SMS, e-mail) needs',
    unit: MeasureUnit.PERCENT,
    typeTag: IndicatorType.ADOPTION,
  }),
  CONTACTS_LOGGED: petitions({
    labelKo: '접촉이력 등록률',
    labelEn: 'Contacts logged',
    definitionKo: '그 달에 접수된 민원 중 고객 접촉이력에 등록된(contact_history 연결) 비율',
    definitionEn:
      'Share of the petitions received in the month whose contact was logged in the customer’s contact history',
    unit: MeasureUnit.PERCENT,
    typeTag: IndicatorType.ADOPTION,
  }),
};

/** The measures the platform ships with, in the designer's order. */
export const STANDARD_MEASURES: readonly Measure[] = (Object.keys(DESCRIPTIONS) as StandardMeasureCode[]).map(
  (code) => ({
    ...DESCRIPTIONS[code],
    code,
    scopes: DESCRIPTIONS[code].scopes ?? BOTH,
    facts: StandardMeasureFacts[code],
  }),
);
