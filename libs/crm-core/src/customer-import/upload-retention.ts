import { Inject, Injectable } from '@nestjs/common';
import { TenantDatabase, recordAudit, type TenantSchedule } from '@pcrm/tenancy';
import { IMPORT_LIMITS } from './import-limits';

/** Empties the content of a tenant's old uploads (their personal data); a job, nightly per tenant. */
export const IMPORT_UPLOAD_PURGE_JOB = 'customer-import-purge';

/** Every night at 02:30 Korean time, before the data-quality snapshot. */
export const IMPORT_UPLOAD_PURGE_SCHEDULE: TenantSchedule = {
  kind: IMPORT_UPLOAD_PURGE_JOB,
  cron: '30 2 * * *',
  timezone: 'Asia/Seoul',
};

/**
 * Uploads older than `$1` days lose their content, unless a batch of theirs is still queued, running or
 * retrying (it reads the file when it runs). The row keeps what the batches and the audit show.
 */
const PURGE = `UPDATE customer_import_uploads u SET content = NULL, purged_at = now()
  WHERE u.content IS NOT NULL AND u.created_at < now() - make_interval(days => $1)
    AND NOT EXISTS (SELECT 1 FROM customer_import_batches b JOIN jobs j ON j.id = b.job_id
                     WHERE b.upload_id = u.id AND j.state IN ('queued', 'running', 'retrying'))
  RETURNING u.id, u.file_name`;

@Injectable()
export class UploadRetentionService {
  constructor(@Inject(TenantDatabase) private readonly db: TenantDatabase) {}

  /** Purges the current tenant's expired uploads, audited; returns how many. */
  async purge(days: number = IMPORT_LIMITS.uploadRetentionDays): Promise<number> {
    const sql = this.db.request();
    const purged = await sql.query<{ id: string; file_name: string }>(PURGE, [days]);
    for (const { id, file_name } of purged)
      await recordAudit(sql, {
        action: 'purge',
        entity: 'customer_import_upload',
        entityId: id,
        after: { fileName: file_name, retentionDays: days },
      });
    return purged.length;
  }
}
