import type { Sql } from '../database/tenant-database';
import type { Principal } from '../context/request-context';

export interface AuditEntry {
  action: 'create' | 'update' | 'delete';
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Appends to the tenant's audit trail in the same transaction as the change it records. */
export async function recordAudit(sql: Sql, principal: Principal, entry: AuditEntry): Promise<void> {
  await sql.query(
    `INSERT INTO audit_events (tenant_id, actor, actor_roles, action, entity, entity_id, before, after)
     VALUES (current_setting('app.tenant_id', true), $1, $2, $3, $4, $5, $6, $7)`,
    [
      `${principal.realm}/${principal.username}`,
      principal.roles,
      entry.action,
      entry.entity,
      entry.entityId,
      entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === undefined ? null : JSON.stringify(entry.after),
    ],
  );
}
