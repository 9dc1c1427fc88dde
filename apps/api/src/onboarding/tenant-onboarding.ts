import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { UpgradeScope } from '@pcrm/crm-core';
import {
  AppError,
  ErrorCode,
  type AccessMode,
  Role,
  conflict,
  notFound,
  renderRealmExport,
  tenantRealmSpec,
  type Principal,
  type Sql,
  type TenantRegistry,
} from '@pcrm/tenancy';
import { seedVocReferenceData } from '../seed/petitions/voc-reference-seed';
import { insertDepartments, standardDepartments } from '../seed/seed';
import { checkNewTenant, type NewTenant } from './tenant-input';
import { operatorTransaction } from './operator-transaction';

/** The department of a new tenant's first administrator (the standard organization's IT team). */
const FIRST_ADMIN_DEPARTMENT = '정보화기획팀';

export interface PlatformTenantRow {
  id: string;
  name_ko: string;
  name_en: string;
  active: boolean;
  created_at: Date;
  deactivated_at: Date | null;
}

/** Brings a new tenant from edition 1 (what the seed writes) to the latest standard edition (docs/adr/0026). */
export interface StandardEditions {
  toLatest(scope: UpgradeScope): Promise<number>;
}

export interface OnboardedTenant {
  tenant: PlatformTenantRow;
  /** The standard-model edition the tenant starts on: the latest. */
  standardVersion: number;
  firstAdminSubject: string;
  departments: number;
  /** The realm export for a real Keycloak, as the checked-in files are written. */
  realmExport: string;
  elapsedMs: number;
}

export interface PlatformAuditRow {
  id: string;
  occurred_at: Date;
  actor: string;
  action: string;
  tenant_code: string;
  detail: Record<string, unknown>;
}

const TENANT_COLUMNS = 'id, name_ko, name_en, active, created_at, deactivated_at';
const UNIQUE_VIOLATION = '23505';

const actorOf = (p: Principal): string => `${p.realm}/${p.username}`;

const codeTaken = (code: string) =>
  conflict(
    'code',
    `"${code}" 코드의 시·도가 이미 있습니다.`,
    `A tenant with the code "${code}" already exists.`,
  );

/**
 * The platform operator's work on the tenant registry (ADR 0024). Each operation is one transaction of the
 * runtime role: a new tenant's row, its standard reference data, departments and first administrator are
 * written together or not at all. The development identity provider serves every realm the registry knows,
 * so the realm exists for it the moment the registry is refreshed after the commit (here at once; in other
 * processes through the `pcrm_tenants` notification); nothing of it exists before, so a failure leaves no
 * realm behind. A real Keycloak takes the realm export this returns.
 */
export class TenantOnboarding {
  readonly #runtime: DataSource;

  constructor(
    runtime: DataSource,
    private readonly registry: TenantRegistry,
  ) {
    this.#runtime = runtime;
  }

  async create(raw: NewTenant, by: Principal, standard: StandardEditions): Promise<OnboardedTenant> {
    const started = Date.now();
    const input = checkNewTenant(raw);
    const subject = randomUUID();
    const departments = standardDepartments(input.code);
    const { tenant, standardVersion } = await this.transaction(by, async (sql) => {
      if ((await sql.query('SELECT 1 FROM tenants WHERE id = $1', [input.code])).length)
        throw codeTaken(input.code);
      if ((await sql.query('SELECT 1 FROM tenants WHERE name_ko = $1', [input.nameKo])).length)
        throw conflict(
          'nameKo',
          `"${input.nameKo}" 이름의 시·도가 이미 있습니다.`,
          `A tenant named "${input.nameKo}" already exists.`,
        );
      const [row] = await sql
        .query<PlatformTenantRow>(
          `INSERT INTO tenants (id, name_ko, name_en) VALUES ($1, $2, $3) RETURNING ${TENANT_COLUMNS}`,
          [input.code, input.nameKo, input.nameEn],
        )
        .catch((error: unknown) => {
          // Another operator's creation of the same code committed while this one waited for its row lock.
          if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw codeTaken(input.code);
          throw error;
        });
      // From here on the transaction writes as the new tenant: row-level security holds as for its own requests.
      await sql.query(`SELECT set_config('app.tenant_id', $1, true)`, [input.code]);
      await seedVocReferenceData(sql);
      await sql.query(
        `INSERT INTO customer_settings (tenant_id) VALUES (current_setting('app.tenant_id', true))
         ON CONFLICT DO NOTHING`,
      );
      await insertDepartments(sql, departments);
      await sql.query(
        `INSERT INTO staff (tenant_id, username, keycloak_subject, name, email, roles, position, department_id)
         SELECT current_setting('app.tenant_id', true), $1, $2, $3, $4, $5, '시·도 관리자',
                (SELECT id FROM departments WHERE name = $6 ORDER BY sort_order LIMIT 1)`,
        [
          input.firstAdmin.username,
          subject,
          input.firstAdmin.name,
          input.firstAdmin.email,
          [Role.TenantAdmin],
          FIRST_ADMIN_DEPARTMENT,
        ],
      );
      // Edition 1 is what the seed wrote; each later edition's changes are applied as the screen's apply does
      // (history and audit in the tenant, recorded for the operator). A new tenant has nothing to conflict.
      const standardVersion = await standard.toLatest({
        sql,
        actor: { subject: by.subject, username: actorOf(by) },
      });
      await this.audit(sql, by, 'tenant.created', input.code, {
        nameKo: input.nameKo,
        nameEn: input.nameEn,
        firstAdmin: { username: input.firstAdmin.username, subject },
        departments: departments.length,
        standardVersion,
      });
      return { tenant: row, standardVersion };
    });
    await this.registry.refresh();
    return {
      tenant,
      standardVersion,
      firstAdminSubject: subject,
      departments: departments.length,
      realmExport: this.exportOf(tenant, [{ id: subject, ...input.firstAdmin, roles: [Role.TenantAdmin] }]),
      elapsedMs: Date.now() - started,
    };
  }

  /** Switches a tenant off (its tokens are refused from the next request on; its data stays) or on again. */
  async setActive(code: string, active: boolean, by: Principal): Promise<PlatformTenantRow> {
    const tenant = await this.transaction(by, async (sql) => {
      const [row] = await sql.query<PlatformTenantRow>(
        `UPDATE tenants SET active = $2, deactivated_at = CASE WHEN $2 THEN NULL ELSE now() END
         WHERE id = $1 AND active <> $2 RETURNING ${TENANT_COLUMNS}`,
        [code, active],
      );
      if (!row) {
        const [exists] = await sql.query<{ active: boolean }>('SELECT active FROM tenants WHERE id = $1', [
          code,
        ]);
        if (!exists) throw notFound('시·도', 'Tenant');
        throw new AppError(
          ErrorCode.Conflict,
          active ? '이미 사용 중인 시·도입니다.' : '이미 사용이 중지된 시·도입니다.',
          active ? 'The tenant is already active.' : 'The tenant is already deactivated.',
          { field: 'code' },
        );
      }
      await this.audit(sql, by, active ? 'tenant.reactivated' : 'tenant.deactivated', code, {});
      return row;
    });
    await this.registry.refresh();
    return tenant;
  }

  list(by: Principal): Promise<PlatformTenantRow[]> {
    return this.transaction(
      by,
      (sql) => sql.query<PlatformTenantRow>(`SELECT ${TENANT_COLUMNS} FROM tenants ORDER BY created_at, id`),
      'read-only',
    );
  }

  auditEvents(by: Principal, tenant: string | null, first: number): Promise<PlatformAuditRow[]> {
    return this.transaction(
      by,
      (sql) =>
        sql.query<PlatformAuditRow>(
          `SELECT id::text, occurred_at, actor, action, tenant_code, detail FROM platform_audit_events
         WHERE $1::text IS NULL OR tenant_code = $1 ORDER BY id DESC LIMIT $2`,
          [tenant, first],
        ),
      'read-only',
    );
  }

  /** The realm export of an existing tenant (no people: its staff are managed in Keycloak). */
  async realmExport(code: string, by: Principal): Promise<string> {
    const [tenant] = await this.transaction(
      by,
      (sql) => sql.query<PlatformTenantRow>(`SELECT ${TENANT_COLUMNS} FROM tenants WHERE id = $1`, [code]),
      'read-only',
    );
    if (!tenant) throw notFound('시·도', 'Tenant');
    return this.exportOf(tenant, []);
  }

  private exportOf(
    tenant: PlatformTenantRow,
    users: { id: string; username: string; name: string; email: string; roles: Role[] }[],
  ): string {
    return renderRealmExport({
      ...tenantRealmSpec({ code: tenant.id, nameKo: tenant.name_ko, nameEn: tenant.name_en }),
      users,
    });
  }

  private audit(sql: Sql, by: Principal, action: string, tenant: string, detail: object): Promise<unknown> {
    return sql.query(
      `INSERT INTO platform_audit_events (actor, action, tenant_code, detail) VALUES ($1, $2, $3, $4::jsonb)`,
      [actorOf(by), action, tenant, JSON.stringify(detail)],
    );
  }

  private transaction<T>(
    by: Principal,
    work: (sql: Sql) => Promise<T>,
    access: AccessMode = 'read-write',
  ): Promise<T> {
    return operatorTransaction(this.#runtime, by, work, access);
  }
}
