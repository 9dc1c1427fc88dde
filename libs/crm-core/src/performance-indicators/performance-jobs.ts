import type { TenantSchedule } from '@pcrm/tenancy';

/** Recomputes the months touched since the last run (queue made by migration 1764720000300). */
export const ROLLUP_TOUCHED_JOB = 'performance-rollup';
/** Recomputes every month from scratch. */
export const ROLLUP_FULL_JOB = 'performance-rollup-full';

/** Scorecards lag writes by at most ten minutes. */
export const ROLLUP_TOUCHED_SCHEDULE: TenantSchedule = {
  kind: ROLLUP_TOUCHED_JOB,
  cron: '*/10 * * * *',
  timezone: 'Asia/Seoul',
};

/** Nightly, so loads outside a tenant scope (which mark no month) are counted by the next morning. */
export const ROLLUP_FULL_SCHEDULE: TenantSchedule = {
  kind: ROLLUP_FULL_JOB,
  cron: '10 3 * * *',
  timezone: 'Asia/Seoul',
};
