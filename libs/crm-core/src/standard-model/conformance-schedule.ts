import type { TenantSchedule } from '@pcrm/tenancy';

/** One tenant's published conformance summary, recomputed by a job (queue made by migration 1764720000520). */
export const CONFORMANCE_PUBLISH_JOB = 'standard-conformance-publish';

/** Every tenant's summary, every night at 02:45 Korean time, after the petition roll-ups. */
export const CONFORMANCE_PUBLISH_SCHEDULE: TenantSchedule = {
  kind: CONFORMANCE_PUBLISH_JOB,
  cron: '45 2 * * *',
  timezone: 'Asia/Seoul',
};
