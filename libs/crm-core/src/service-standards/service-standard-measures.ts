import {
  IndicatorType,
  MeasureSubject,
  MeasureUnit,
  ScopeKind,
  type Measure,
} from '../performance-indicators';
import { ServiceStandardFactRows, ServiceStandardFacts } from './service-standards.sql';

const RECORDED = { subject: MeasureSubject.RECORD, scopes: [ScopeKind.DEPARTMENT] } as const;

/**
 * The monitored service figures as performance-indicator measures (issue 10 #5, #6a): department scope only
 * (a record names no officer), each record a drill-down row. CSI and courtesy are 0–100 scores averaged with
 * the respondents or calls as weights, so their unit is AVERAGE_PERCENT (numerator / denominator).
 */
export const SERVICE_STANDARD_MEASURES: readonly Measure[] = [
  {
    ...RECORDED,
    code: 'SERVICE_STANDARD_ATTAINMENT',
    labelKo: '서비스 이행표준 달성률',
    labelEn: 'Service standard attainment',
    definitionKo: '그 달의 이행표준 측정에서 목표를 충족한 점검 건수 ÷ 점검 건수',
    definitionEn: 'Checks meeting their service standard’s target ÷ checks, in the month’s measurements',
    unit: MeasureUnit.PERCENT,
    typeTag: IndicatorType.EFFICIENCY,
    facts: ServiceStandardFacts.standardAttainment,
    subjectRows: ServiceStandardFactRows.standardAttainment,
  },
  {
    ...RECORDED,
    code: 'SERVICE_CSI_INDEX',
    labelKo: '고객만족도(CSI) 지수',
    labelEn: 'CSI index',
    definitionKo: '그 달에 조사한 CSI 회차 지수(0–100)의 응답자 수 가중 평균',
    definitionEn: 'The CSI rounds surveyed in the month: their indices (0–100) weighted by respondents',
    unit: MeasureUnit.AVERAGE_PERCENT,
    typeTag: IndicatorType.SATISFACTION,
    facts: ServiceStandardFacts.csiIndex,
    subjectRows: ServiceStandardFactRows.csiIndex,
  },
  {
    ...RECORDED,
    code: 'SERVICE_PHONE_COURTESY',
    labelKo: '전화친절도',
    labelEn: 'Phone courtesy',
    definitionKo: '그 달의 전화친절도 점검 총점(0–100)의 점검 통화 수 가중 평균',
    definitionEn: 'The month’s phone-courtesy checks: their totals (0–100) weighted by calls checked',
    unit: MeasureUnit.AVERAGE_PERCENT,
    typeTag: IndicatorType.SATISFACTION,
    facts: ServiceStandardFacts.phoneCourtesy,
    subjectRows: ServiceStandardFactRows.phoneCourtesy,
  },
];
