import { registerEnumType } from '@nestjs/graphql';

export enum Touchpoint {
  VISIT = 'VISIT',
  PHONE = 'PHONE',
  INTERNET = 'INTERNET',
  FIELD = 'FIELD',
  MAIL = 'MAIL',
}

export enum StandardUnit {
  MINUTES = 'MINUTES',
  DAYS = 'DAYS',
  WORKING_DAYS = 'WORKING_DAYS',
  RINGS = 'RINGS',
  PERCENT = 'PERCENT',
}

export enum TargetDirection {
  AT_MOST = 'AT_MOST',
  AT_LEAST = 'AT_LEAST',
}

/** A survey or recognition period: the whole year or one half (stored as 0, 1, 2). */
export enum SurveyPeriod {
  YEAR = 'YEAR',
  FIRST_HALF = 'FIRST_HALF',
  SECOND_HALF = 'SECOND_HALF',
}

export enum RecognitionKind {
  EXCELLENT_DEPARTMENT = 'EXCELLENT_DEPARTMENT',
  COURTESY_DEPARTMENT = 'COURTESY_DEPARTMENT',
  MOST_IMPROVED = 'MOST_IMPROVED',
}

const HALVES = [SurveyPeriod.YEAR, SurveyPeriod.FIRST_HALF, SurveyPeriod.SECOND_HALF] as const;
export const halfOf = (period: SurveyPeriod): number => HALVES.indexOf(period);
export const periodOf = (half: number): SurveyPeriod => HALVES[half];

/** The months of a period as a month range (`YYYY-MM-01`, inclusive). */
export function periodMonths(year: number, period: SurveyPeriod): { from: string; to: string } {
  const [first, last] =
    period === SurveyPeriod.FIRST_HALF ? [1, 6] : period === SurveyPeriod.SECOND_HALF ? [7, 12] : [1, 12];
  const month = (m: number) => `${year}-${String(m).padStart(2, '0')}-01`;
  return { from: month(first), to: month(last) };
}

registerEnumType(Touchpoint, {
  name: 'Touchpoint',
  description: '고객 접점: VISIT 방문, PHONE 전화, INTERNET 인터넷, FIELD 현장, MAIL 우편',
});
registerEnumType(StandardUnit, {
  name: 'StandardUnit',
  description: '목표 단위: MINUTES 분, DAYS 일, WORKING_DAYS 근무일, RINGS 벨 울림 횟수, PERCENT %',
});
registerEnumType(TargetDirection, {
  name: 'TargetDirection',
  description: 'AT_MOST 목표 이하이면 달성 (대기 시간 등), AT_LEAST 목표 이상이면 달성 (만족 비율 등)',
});
registerEnumType(SurveyPeriod, {
  name: 'SurveyPeriod',
  description: 'YEAR 연간, FIRST_HALF 상반기, SECOND_HALF 하반기',
});
registerEnumType(RecognitionKind, {
  name: 'RecognitionKind',
  description: 'EXCELLENT_DEPARTMENT 우수부서, COURTESY_DEPARTMENT 친절부서, MOST_IMPROVED 향상부서',
});
