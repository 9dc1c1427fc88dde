import { Inject, Injectable, Logger } from '@nestjs/common';
import { RequestContexts, TenantDatabase, recordAudit, type TenantSchedule } from '@pcrm/tenancy';
import { ATTACHMENT_LIMITS } from './attachment-limits';
import { AttachmentSql } from './attachment.sql';
import { ATTACHMENT_STORAGE, type AttachmentStorage } from './attachment-storage';

/** Deletes a tenant's uploads no record claimed within a day, files included; a job, nightly per tenant. */
export const ATTACHMENT_PURGE_JOB = 'attachment-purge';

/** Every night at 03:10 Korean time, after the import-upload purge. */
export const ATTACHMENT_PURGE_SCHEDULE: TenantSchedule = {
  kind: ATTACHMENT_PURGE_JOB,
  cron: '10 3 * * *',
  timezone: 'Asia/Seoul',
};

@Injectable()
export class AttachmentPurge {
  private readonly logger = new Logger(AttachmentPurge.name);

  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(ATTACHMENT_STORAGE) private readonly storage: AttachmentStorage,
  ) {}

  /**
   * Deletes the current tenant's unclaimed uploads older than `hours`, audited, then their files (before the
   * job's transaction commits: should the commit fail, the rows stay and the next night deletes them again,
   * a missing file being no error). Returns how many.
   */
  async purge(hours: number = ATTACHMENT_LIMITS.unclaimedRetentionHours): Promise<number> {
    const sql = this.db.request();
    const purged = await sql.query<{ id: string; file_name: string; storage_key: string }>(
      AttachmentSql.purgeUnclaimed,
      [hours],
    );
    for (const { id, file_name } of purged)
      await recordAudit(sql, {
        action: 'purge',
        entity: 'attachment',
        entityId: id,
        after: { fileName: file_name, unclaimedHours: hours },
      });
    for (const { storage_key } of purged) await this.storage.delete(storage_key);
    await this.sweepStrays(hours);
    return purged.length;
  }

  /**
   * Files with no row, older than the retention: an upload whose transaction never committed (the process or
   * the database died between writing the file and the commit) or a write interrupted half-way.
   */
  private async sweepStrays(hours: number): Promise<void> {
    const sql = this.db.request();
    const tenantId = RequestContexts.require().principal.tenantId;
    if (!tenantId) return;
    const before = new Date(Date.now() - hours * 3_600_000);
    const removed = await this.storage.sweep(tenantId, before, async (ids) => {
      const rows = await sql.query<{ id: string }>(AttachmentSql.existing, [ids]);
      return new Set(rows.map((r) => r.id));
    });
    if (removed > 0) this.logger.log(`${tenantId}: removed ${removed} attachment file(s) without a record`);
  }
}
