import type { TenantSchedule } from '@pcrm/tenancy';

/** Today's data-quality results of one tenant, recorded by a job (the dated history's charts). */
export const DATA_QUALITY_SNAPSHOT_JOB = 'data-quality-snapshot';

/** Every tenant's snapshot, every night at 03:00 Korean time (after the day's imports, before office hours). */
export const DATA_QUALITY_SCHEDULE: TenantSchedule = {
  kind: DATA_QUALITY_SNAPSHOT_JOB,
  cron: '0 3 * * *',
  timezone: 'Asia/Seoul',
};
