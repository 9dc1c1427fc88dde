import {
  AppError,
  ErrorCode,
  RequestContexts,
  conflict,
  recordAudit,
  type Actor,
  type Sql,
} from '@pcrm/tenancy';

/** A customization area whose changes are numbered per tenant (docs/adr/0025). */
export type SettingArea = 'terminology' | 'voc_settings' | 'service_standards' | 'approval_matrix';

export interface SettingChange {
  version: number;
  changedByStaffId: string | null;
  changedBy: string;
  changedAt: Date;
  before: unknown;
  after: unknown;
}

interface ChangeRow {
  version: number;
  changed_by_staff_id: string | null;
  changed_by: string;
  changed_at: Date;
  before: unknown;
  after: unknown;
}

const toChange = (r: ChangeRow): SettingChange => ({
  version: r.version,
  changedByStaffId: r.changed_by_staff_id,
  changedBy: r.changed_by,
  changedAt: r.changed_at,
  before: r.before,
  after: r.after,
});

/** The area's version in the caller's tenant: the number of changes made to it (0 = the standard as shipped). */
export async function settingVersion(sql: Sql, area: SettingArea): Promise<number> {
  const [row] = await sql.query<{ version: number }>(
    `SELECT coalesce(max(version), 0)::int AS version FROM tenant_setting_changes WHERE area = $1`,
    [area],
  );
  return row.version;
}

/** The latest changes of the area, newest first. */
export async function settingChanges(sql: Sql, area: SettingArea, limit: number): Promise<SettingChange[]> {
  const rows = await sql.query<ChangeRow>(
    `SELECT version, changed_by_staff_id, changed_by, changed_at, before, after FROM tenant_setting_changes
     WHERE area = $1 ORDER BY version DESC LIMIT $2`,
    [area, limit],
  );
  return rows.map(toChange);
}

/**
 * PostgreSQL's unique_violation, as node-postgres or TypeORM (driverError) hand it over, or as the request's
 * database layer already turned it into a CONFLICT (the only key the change insert can violate is its own).
 */
const isUniqueViolation = (error: unknown): boolean => {
  if (error instanceof AppError) return error.extensions.code === ErrorCode.Conflict;
  const e = error as { code?: string; driverError?: { code?: string } };
  return (e?.driverError?.code ?? e?.code) === '23505';
};

const staleVersion = (expected: number, current: number) =>
  conflict(
    'expectedVersion',
    `다른 사용자가 먼저 변경했습니다 (현재 버전 ${current}, 보낸 버전 ${expected}). 새로 불러온 뒤 다시 저장해 주세요.`,
    `Someone else changed this first (current version ${current}, sent ${expected}). Reload and save again.`,
  );

/** Refuses the change unless the caller saw the current version; call before writing anything. */
export async function checkSettingVersion(sql: Sql, area: SettingArea, expected: number): Promise<number> {
  const current = await settingVersion(sql, area);
  if (current !== expected) throw staleVersion(expected, current);
  return current;
}

/**
 * Appends the change as version `expected + 1` and the audit entry, in the caller's transaction. Two editors
 * racing from the same version both pass `checkSettingVersion`; the second one's insert waits on the first's
 * primary key and then fails, so its whole transaction (its writes included) rolls back as a conflict.
 */
export async function recordSettingChange(
  sql: Sql,
  area: SettingArea,
  expected: number,
  change: { before: unknown; after: unknown },
  actor: Actor = RequestContexts.require().principal,
): Promise<number> {
  const version = expected + 1;
  try {
    await sql.query(
      `INSERT INTO tenant_setting_changes (tenant_id, area, version, changed_by_staff_id, changed_by, before, after)
       VALUES (current_setting('app.tenant_id', true), $1, $2,
               (SELECT id FROM staff WHERE keycloak_subject = $3 AND active), $4, $5, $6)`,
      [
        area,
        version,
        actor.subject,
        actor.username,
        JSON.stringify(change.before),
        JSON.stringify(change.after),
      ],
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw staleVersion(expected, version);
    throw error;
  }
  await recordAudit(sql, {
    action: 'update',
    entity: area,
    entityId: `${area}@${version}`,
    before: change.before,
    after: change.after,
  });
  return version;
}
