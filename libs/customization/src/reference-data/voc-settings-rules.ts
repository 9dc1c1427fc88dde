import { badInput } from '@pcrm/tenancy';

export interface VocSettingsValues {
  targetShare: number;
  surveyThreshold: number;
  surveyValidDays: number;
  progressNoticeDays: number;
}

interface Rule {
  min: number;
  max: number;
  /** Decimal places the column keeps: a value with more would be silently rounded, so it is refused. */
  decimals: number;
  ko: string;
  en: string;
}

const RULES: Record<keyof VocSettingsValues, Rule> = {
  targetShare: {
    min: 0.1,
    max: 1,
    decimals: 2,
    ko: '목표 처리 비율은 0.10 이상 1.00 이하, 소수 둘째 자리까지입니다.',
    en: 'targetShare must be from 0.10 to 1.00 with at most two decimals.',
  },
  surveyThreshold: {
    min: 1,
    max: 5,
    decimals: 1,
    ko: '후속조치 기준 점수는 1.0 이상 5.0 이하, 소수 첫째 자리까지입니다.',
    en: 'surveyThreshold must be from 1.0 to 5.0 with at most one decimal.',
  },
  surveyValidDays: {
    min: 1,
    max: 90,
    decimals: 0,
    ko: '만족도 조사 응답 기한은 1일 이상 90일 이하입니다.',
    en: 'surveyValidDays must be a whole number of days from 1 to 90.',
  },
  progressNoticeDays: {
    min: 1,
    max: 365,
    decimals: 0,
    ko: '중간 통지 주기는 1일 이상 365일 이하입니다.',
    en: 'progressNoticeDays must be a whole number of days from 1 to 365.',
  },
};

const hasAtMostDecimals = (value: number, decimals: number) => {
  const scaled = value * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-9;
};

/** Refuses the first value out of its range or finer than its column keeps. */
export function checkVocSettings(values: VocSettingsValues): void {
  for (const field of Object.keys(RULES) as (keyof VocSettingsValues)[]) {
    const rule = RULES[field];
    const value = values[field];
    if (
      !Number.isFinite(value) ||
      value < rule.min ||
      value > rule.max ||
      !hasAtMostDecimals(value, rule.decimals)
    )
      throw badInput(field, rule.ko, rule.en);
  }
}
