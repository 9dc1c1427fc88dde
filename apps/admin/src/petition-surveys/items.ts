/** The four survey items, in the order the survey asks them (신속, 친절, 공정, 편이). */
export const SURVEY_ITEMS = ['speed', 'kindness', 'fairness', 'convenience'] as const;
export type SurveyItem = (typeof SURVEY_ITEMS)[number];

/** An average with two decimals, or a dash when there is no answer. */
export const score = (v: number | null | undefined): string =>
  v === null || v === undefined ? '—' : v.toFixed(2);
