import type { Sql } from '../database/tenant-database';

export interface AuditEntry {
  action: 'create' | 'update' | 'delete' | 'export' | 'download' | 'purge';
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends to the tenant's audit trail in the same transaction as the change it records. The database sets
 * the tenant, actor, roles and time itself (from the scope's settings and `now()`); the runtime role may not
 * write those columns.
 */
export async function recordAudit(sql: Sql, entry: AuditEntry): Promise<void> {
  await sql.query(
    `INSERT INTO audit_events (action, entity, entity_id, before, after) VALUES ($1, $2, $3, $4, $5)`,
    [
      entry.action,
      entry.entity,
      entry.entityId,
      entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === undefined ? null : JSON.stringify(entry.after),
    ],
  );
}
