import { Inject, Injectable } from '@nestjs/common';
import {
  AppError,
  ErrorCode,
  TenantDatabase,
  badInput,
  conflict,
  recordAudit,
  type Principal,
} from '@pcrm/tenancy';
import { AttachmentSql } from './attachment.sql';
import { toAttachment, type Attachment, type AttachmentRow } from './attachment.model';

/** Who owns claimed attachments: the owning capability's name for its records and one record's id. */
export interface AttachmentOwner {
  readonly ownerType: string;
  readonly ownerId: string;
}

/** A file to record, already stored under `storageKey`. */
export interface NewAttachment {
  readonly id: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly storageKey: string;
}

/** An attachment with what only this capability uses: who uploaded it and where its content is. */
export type StoredAttachment = Attachment & { uploadedBySubject: string; storageKey: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const OWNER_TYPE = /^[a-z][a-z0-9-]{0,49}$/;

export const isAttachmentId = (id: string): boolean => UUID.test(id);

const attachmentsNotFound = (ids: readonly string[]): AppError =>
  new AppError(
    ErrorCode.NotFound,
    `첨부파일을 찾을 수 없습니다: ${ids.join(', ')}`,
    `Attachments not found: ${ids.join(', ')}`,
    { field: 'attachmentIds', ids },
  );

/**
 * The `attachments` table, in the caller's transaction (a request's or a job's scope): the uploads'
 * records, claims by the owning capability, and the lists owners show.
 */
@Injectable()
export class AttachmentStore {
  constructor(@Inject(TenantDatabase) private readonly db: TenantDatabase) {}

  /** Records stored files as uploaded by `uploader`, unclaimed; audited. */
  async insert(files: readonly NewAttachment[], uploader: Principal): Promise<Attachment[]> {
    const sql = this.db.request();
    const rows = await sql.query<AttachmentRow>(AttachmentSql.insert, [
      files.map((f) => f.id),
      files.map((f) => f.fileName),
      files.map((f) => f.mediaType),
      files.map((f) => f.sizeBytes),
      files.map((f) => f.sha256),
      files.map((f) => f.storageKey),
      uploader.name ?? uploader.username,
      uploader.subject,
    ]);
    for (const r of rows)
      await recordAudit(sql, {
        action: 'create',
        entity: 'attachment',
        entityId: r.id,
        after: { fileName: r.file_name, mediaType: r.media_type, sizeBytes: r.size_bytes, sha256: r.sha256 },
      });
    return rows.map(toAttachment);
  }

  /** One attachment of the current tenant (another tenant's is not found: RLS), with its owner. */
  async find(id: string): Promise<StoredAttachment | null> {
    if (!isAttachmentId(id)) return null;
    const [row] = await this.db.request().query<AttachmentRow>(AttachmentSql.byId, [id.toLowerCase()]);
    return row
      ? { ...toAttachment(row), uploadedBySubject: row.uploaded_by_subject, storageKey: row.storage_key }
      : null;
  }

  /**
   * Gives unclaimed uploads to their owner, in the caller's transaction (it commits or rolls back with the
   * owner's change). An id that is not an upload of this tenant is `NOT_FOUND`, one already claimed is
   * `CONFLICT` (field `attachmentIds`); either way nothing is claimed. Audited per attachment.
   */
  async claim(ids: readonly string[], owner: AttachmentOwner): Promise<Attachment[]> {
    if (!OWNER_TYPE.test(owner.ownerType))
      throw badInput('ownerType', '첨부파일 소유 유형이 올바르지 않습니다.', 'The owner type is invalid.');
    if (owner.ownerId.length < 1 || owner.ownerId.length > 100)
      throw badInput('ownerId', '첨부파일 소유 ID가 올바르지 않습니다.', 'The owner id is invalid.');
    const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
    if (unique.length === 0) return [];
    const malformed = unique.filter((id) => !isAttachmentId(id));
    if (malformed.length > 0) throw attachmentsNotFound(malformed);
    const sql = this.db.request();
    const locked = await sql.query<{ id: string; owner_type: string | null }>(AttachmentSql.lockForClaim, [
      unique,
    ]);
    const found = new Set(locked.map((r) => r.id));
    const missing = unique.filter((id) => !found.has(id));
    if (missing.length > 0) throw attachmentsNotFound(missing);
    const claimed = locked.filter((r) => r.owner_type !== null).map((r) => r.id);
    if (claimed.length > 0)
      throw conflict(
        'attachmentIds',
        `이미 다른 곳에 첨부된 파일입니다: ${claimed.join(', ')}`,
        `Already attached elsewhere: ${claimed.join(', ')}`,
      );
    await sql.query(AttachmentSql.claim, [unique, owner.ownerType, owner.ownerId]);
    for (const id of unique)
      await recordAudit(sql, {
        action: 'update',
        entity: 'attachment',
        entityId: id,
        before: { ownerType: null, ownerId: null },
        after: { ownerType: owner.ownerType, ownerId: owner.ownerId },
      });
    const rows = await sql.query<AttachmentRow>(AttachmentSql.listFor, [owner.ownerType, [owner.ownerId]]);
    return rows.filter((r) => found.has(r.id)).map(toAttachment);
  }

  /** The attachments of each owner id, in the order of `ownerIds` (a DataLoader's batch function). */
  async listFor(ownerType: string, ownerIds: readonly string[]): Promise<Attachment[][]> {
    if (ownerIds.length === 0) return [];
    const rows = await this.db
      .request()
      .query<AttachmentRow>(AttachmentSql.listFor, [ownerType, [...new Set(ownerIds)]]);
    const byOwner = new Map<string, Attachment[]>();
    for (const r of rows) {
      const list = byOwner.get(r.owner_id!) ?? [];
      list.push(toAttachment(r));
      byOwner.set(r.owner_id!, list);
    }
    return ownerIds.map((id) => byOwner.get(id) ?? []);
  }
}
