import { Client } from 'pg';
import { STANDARD_TENANTS } from '../../libs/tenancy/src/registry/tenant-catalog';
import { DEFAULT_SEED, koreanFaker, loadFaker, type FakerModule } from './faker';
import { koreanAddress } from './korean-address';
import { planTenant, type TenantPlan } from './organization';

export interface GenerateOptions {
  /** Runtime-role connection (pcrm_app): every row goes in through RLS, tenant by tenant. */
  readonly databaseUrl: string;
  readonly scale: number;
  readonly seed?: number;
  readonly log?: (line: string) => void;
}

export interface GenerateSummary {
  readonly scale: number;
  readonly seed: number;
  readonly tenants: number;
  readonly departments: number;
  readonly staff: number;
  /** Departments and active staff per tenant after generation (seed + generated). */
  readonly totals: Record<string, { departments: number; staff: number }>;
}

/** Every tenant's plan, in the standard order. Pure: no database; the same seed gives the same plans. */
export function planAll(faker: typeof FakerModule, scale: number, seed = DEFAULT_SEED): TenantPlan[] {
  return STANDARD_TENANTS.map((t) =>
    planTenant(koreanFaker(faker, seed, `org:${t.code}`), t.code, t.nameKo, scale),
  );
}

const SET_TENANT = "SELECT set_config('app.tenant_id', $1, true)";

const INSERT_DIVISIONS = `
  INSERT INTO departments (tenant_id, code, name, parent_id, sort_order)
  SELECT current_setting('app.tenant_id', true), d.code, d.name, b.id, d.sort_order
  FROM unnest($1::text[], $2::text[], $3::text[], $4::int[]) AS d(code, name, bureau, sort_order)
  JOIN departments b ON b.parent_id IS NULL AND b.name = d.bureau
  ON CONFLICT (tenant_id, code) DO NOTHING`;

const INSERT_TEAMS = `
  INSERT INTO departments (tenant_id, code, name, parent_id, sort_order)
  SELECT current_setting('app.tenant_id', true), d.code, d.name, p.id, d.sort_order
  FROM unnest($1::text[], $2::text[], $3::text[], $4::int[]) AS d(code, name, parent_code, sort_order)
  JOIN departments p ON p.code = d.parent_code
  ON CONFLICT (tenant_id, code) DO NOTHING`;

const INSERT_STAFF = `
  INSERT INTO staff (tenant_id, username, keycloak_subject, name, department_id, position, roles, email, phone)
  SELECT current_setting('app.tenant_id', true), s.username, s.subject, s.name, d.id, s.position,
         string_to_array(s.roles, ','), s.email, s.phone
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
       AS s(username, subject, name, department_code, position, roles, email, phone)
  JOIN departments d ON d.code = s.department_code
  ON CONFLICT (tenant_id, username) DO NOTHING`;

async function writeTenant(
  client: Client,
  plan: TenantPlan,
): Promise<{ departments: number; staff: number }> {
  await client.query('BEGIN');
  try {
    await client.query(SET_TENANT, [plan.tenant]);
    const divisions = plan.departments.filter((d) => d.parentBureau);
    const teams = plan.departments.filter((d) => d.parentCode);
    const insert = async (
      sql: string,
      rows: typeof divisions,
      parent: (d: (typeof divisions)[number]) => string | null,
    ) =>
      (
        await client.query(sql, [
          rows.map((d) => d.code),
          rows.map((d) => d.name),
          rows.map(parent),
          rows.map((d) => d.sortOrder),
        ])
      ).rowCount ?? 0;
    const inserted =
      (await insert(INSERT_DIVISIONS, divisions, (d) => d.parentBureau)) +
      (await insert(INSERT_TEAMS, teams, (d) => d.parentCode));
    if (inserted !== plan.departments.length) {
      // Either the generator already ran on this database (codes taken) or a 국/실 it expects is missing.
      throw new Error(
        `${plan.tenant}: inserted ${inserted} of ${plan.departments.length} departments; is this a fresh demo database?`,
      );
    }
    const s = plan.staff;
    const staff =
      (
        await client.query(INSERT_STAFF, [
          s.map((x) => x.username),
          s.map((x) => x.subject),
          s.map((x) => x.name),
          s.map((x) => x.departmentCode),
          s.map((x) => x.position),
          s.map((x) => x.roles.join(',')),
          s.map((x) => x.email),
          s.map((x) => x.phone),
        ])
      ).rowCount ?? 0;
    if (staff !== plan.staff.length)
      throw new Error(`${plan.tenant}: inserted ${staff} of ${plan.staff.length} staff`);
    const [totals] = (
      await client.query<{ departments: number; staff: number }>(
        'SELECT (SELECT count(*)::int FROM departments) AS departments, (SELECT count(*)::int FROM staff WHERE active) AS staff',
      )
    ).rows;
    await client.query('COMMIT');
    return totals;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/**
 * Scales the demo organization: per tenant, generated 과/팀 under its existing 국/실 and their staff, written
 * as the runtime role inside `set_config('app.tenant_id', …)` transactions (RLS checks every row).
 */
export async function generateBenchData(options: GenerateOptions): Promise<GenerateSummary> {
  const seed = options.seed ?? DEFAULT_SEED;
  const log = options.log ?? (() => undefined);
  const faker = await loadFaker();
  const plans = planAll(faker, options.scale, seed);
  const client = new Client({
    connectionString: options.databaseUrl,
    application_name: 'pcrm-bench-generator',
  });
  await client.connect();
  const totals: GenerateSummary['totals'] = {};
  try {
    for (const plan of plans) totals[plan.tenant] = await writeTenant(client, plan);
  } finally {
    await client.end();
  }
  const summary: GenerateSummary = {
    scale: options.scale,
    seed,
    tenants: plans.length,
    departments: plans.reduce((n, p) => n + p.departments.length, 0),
    staff: plans.reduce((n, p) => n + p.staff.length, 0),
    totals,
  };
  log(
    `생성 (scale ${summary.scale}, seed ${seed}): 시·도 ${summary.tenants}곳에 부서 ${summary.departments}개, 직원 ${summary.staff}명 추가`,
  );
  for (const plan of plans) {
    const t = totals[plan.tenant];
    const division = plan.departments.find((d) => d.parentBureau);
    const head = plan.staff[0];
    const tenant = STANDARD_TENANTS.find((x) => x.code === plan.tenant)!;
    const address = koreanAddress(koreanFaker(faker, seed, `address:${plan.tenant}`), tenant.nameKo);
    log(
      `  ${plan.tenant.padEnd(9)} +부서 ${String(plan.departments.length).padStart(3)} +직원 ${String(plan.staff.length).padStart(4)} → 부서 ${t.departments}, 직원 ${t.staff}` +
        (division
          ? `  예: ${division.parentBureau} ${division.name} ${head.position} ${head.name} (${head.phone}); 주소 예: ${address.postalCode} ${address.full}`
          : ''),
    );
  }
  return summary;
}
