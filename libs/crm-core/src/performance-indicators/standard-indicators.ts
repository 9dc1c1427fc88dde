import { IndicatorType, ScopeKind } from './measure';
import { Direction, type Band } from './indicator-evaluation';
import { IndicatorPeriod, type IndicatorDefinition } from './indicator.model';

/** S–D on a percentage where higher is better, S at or above `s` and each grade `step` points lower. */
const percentBands = (s: number, step: number): Band[] => [
  { grade: 'S', threshold: s, score: 100 },
  { grade: 'A', threshold: s - step, score: 90 },
  { grade: 'B', threshold: s - 2 * step, score: 80 },
  { grade: 'C', threshold: s - 3 * step, score: 70 },
  { grade: 'D', threshold: null, score: 60 },
];

const SURVEY_BANDS: Band[] = [
  { grade: 'S', threshold: 4.5, score: 100 },
  { grade: 'A', threshold: 4.2, score: 90 },
  { grade: 'B', threshold: 3.9, score: 80 },
  { grade: 'C', threshold: 3.5, score: 70 },
  { grade: 'D', threshold: null, score: 60 },
];

const REPEAT_BANDS: Band[] = [
  { grade: 'S', threshold: 5, score: 100 },
  { grade: 'A', threshold: 10, score: 90 },
  { grade: 'B', threshold: 15, score: 80 },
  { grade: 'C', threshold: 20, score: 70 },
  { grade: 'D', threshold: null, score: 60 },
];

const monthly = (
  d: Omit<IndicatorDefinition, 'period' | 'active' | 'direction'> & { direction?: Direction },
): IndicatorDefinition => ({
  direction: Direction.HIGHER_IS_BETTER,
  ...d,
  period: IndicatorPeriod.MONTH,
  active: true,
});

/**
 * The standard indicator set of the standard model (docs/adr/0030): a department scorecard and an officer
 * scorecard whose active weights each sum to 100. A tenant's saved version of one of these codes overrides it.
 */
export const STANDARD_INDICATORS: readonly IndicatorDefinition[] = [
  monthly({
    code: 'DEPT_TARGET_CLOSURE',
    measureCode: 'PETITION_CLOSED_WITHIN_TARGET',
    nameKo: '목표기한 내 처리율',
    nameEn: 'Closed within target',
    typeTag: IndicatorType.EFFICIENCY,
    scope: ScopeKind.DEPARTMENT,
    weight: 30,
    target: 90,
    bands: percentBands(95, 5),
  }),
  monthly({
    code: 'DEPT_STATUTORY_CLOSURE',
    measureCode: 'PETITION_CLOSED_WITHIN_STATUTORY',
    nameKo: '법정기한 준수율',
    nameEn: 'Closed within the statutory period',
    typeTag: IndicatorType.PUBLIC_INTEREST,
    scope: ScopeKind.DEPARTMENT,
    weight: 20,
    target: 98,
    bands: percentBands(99, 2),
  }),
  monthly({
    code: 'DEPT_SATISFACTION',
    measureCode: 'SURVEY_OVERALL',
    nameKo: '민원 만족도',
    nameEn: 'Petition satisfaction',
    typeTag: IndicatorType.SATISFACTION,
    scope: ScopeKind.DEPARTMENT,
    weight: 25,
    target: 4.2,
    bands: SURVEY_BANDS,
  }),
  monthly({
    code: 'DEPT_TASK_COMPLIANCE',
    measureCode: 'TASK_DEADLINE_COMPLIANCE',
    nameKo: '과업 처리기간 준수도',
    nameEn: 'Task deadline compliance',
    typeTag: IndicatorType.EFFICIENCY,
    scope: ScopeKind.DEPARTMENT,
    weight: 15,
    target: 90,
    bands: percentBands(95, 5),
  }),
  monthly({
    code: 'DEPT_REPEAT_REDUCTION',
    measureCode: 'REPEAT_PETITION_SHARE',
    nameKo: '반복민원 감축',
    nameEn: 'Repeat-petition reduction',
    typeTag: IndicatorType.PUBLIC_INTEREST,
    scope: ScopeKind.DEPARTMENT,
    weight: 10,
    target: 10,
    direction: Direction.LOWER_IS_BETTER,
    bands: REPEAT_BANDS,
  }),
  monthly({
    code: 'OFFICER_TARGET_CLOSURE',
    measureCode: 'PETITION_CLOSED_WITHIN_TARGET',
    nameKo: '목표기한 내 처리율 (담당자)',
    nameEn: 'Closed within target (officer)',
    typeTag: IndicatorType.EFFICIENCY,
    scope: ScopeKind.OFFICER,
    weight: 40,
    target: 90,
    bands: percentBands(95, 5),
  }),
  monthly({
    code: 'OFFICER_SATISFACTION',
    measureCode: 'SURVEY_OVERALL',
    nameKo: '민원 만족도 (담당자)',
    nameEn: 'Petition satisfaction (officer)',
    typeTag: IndicatorType.SATISFACTION,
    scope: ScopeKind.OFFICER,
    weight: 40,
    target: 4.2,
    bands: SURVEY_BANDS,
  }),
  monthly({
    code: 'OFFICER_CONTACTS_LOGGED',
    measureCode: 'CONTACTS_LOGGED',
    nameKo: '접촉이력 등록률 (담당자)',
    nameEn: 'Contacts logged (officer)',
    typeTag: IndicatorType.ADOPTION,
    scope: ScopeKind.OFFICER,
    weight: 20,
    target: 80,
    bands: percentBands(90, 10),
  }),
];
