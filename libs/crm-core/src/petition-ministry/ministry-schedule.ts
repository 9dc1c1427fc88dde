import type { TenantSchedule } from '@pcrm/tenancy';

/** One tenant's published monthly aggregates, recomputed by a job (queue made by migration 1764547200600). */
export const MINISTRY_ROLLUP_JOB = 'voc-ministry-rollup';

/** Every tenant's aggregates, every night at 02:30 Korean time (the comparison is monthly; a day's lag is fine). */
export const MINISTRY_ROLLUP_SCHEDULE: TenantSchedule = {
  kind: MINISTRY_ROLLUP_JOB,
  cron: '30 2 * * *',
  timezone: 'Asia/Seoul',
};
