import { Client } from 'pg';
import { gql, userToken } from './support/api';

/**
 * Straight at PostgreSQL as the ministry's own role (issue 11 #4, docs/adr/0019 "The ministry's own role"):
 * it reads the published roll-ups, the tenant registry and the population, and nothing else; it writes nothing.
 */
let ministry: Client;
let owner: Client;

beforeAll(async () => {
  ministry = new Client({ connectionString: process.env.PCRM_MINISTRY_DATABASE_URL });
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await Promise.all([ministry.connect(), owner.connect()]);
});

afterAll(async () => {
  await Promise.all([ministry.end(), owner.end()]);
});

/** A transaction as the API opens a ministry analyst's scope: no tenant, a ministry actor and role. */
async function inMinistryScope<T>(work: () => Promise<T>, readWrite = false): Promise<T> {
  // The role is read-only by default; READ WRITE shows what its grants alone allow.
  await ministry.query(readWrite ? 'BEGIN READ WRITE' : 'BEGIN');
  try {
    await ministry.query(
      `SELECT set_config('app.tenant_id', '', true), set_config('app.actor', 'ministry/analyst', true),
              set_config('app.actor_roles', 'ministry-analyst', true)`,
    );
    return await work();
  } finally {
    await ministry.query('ROLLBACK');
  }
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { code?: string; message: string }) => error,
  );

const PRIVILEGES = ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER'];

describe('the ministry role', () => {
  it('logs in, cannot bypass row-level security, owns nothing and is read-only by default', async () => {
    const { rows } = await owner.query(
      `SELECT r.rolcanlogin, r.rolsuper, r.rolbypassrls, r.rolcreaterole, r.rolcreatedb,
              (SELECT count(*)::int FROM pg_class WHERE relowner = r.oid) AS owns
       FROM pg_roles r WHERE rolname = 'pcrm_ministry'`,
    );
    expect(rows).toEqual([
      {
        rolcanlogin: true,
        rolsuper: false,
        rolbypassrls: false,
        rolcreaterole: false,
        rolcreatedb: false,
        owns: 0,
      },
    ]);
    const settings = await ministry.query(
      `SELECT current_setting('default_transaction_read_only') AS read_only,
              current_setting('search_path') AS search_path, current_setting('statement_timeout') AS statement`,
    );
    expect(settings.rows[0]).toEqual({ read_only: 'on', search_path: 'public, pg_temp', statement: '15s' });
  });

  it('holds privileges on exactly the published roll-ups, the tenant registry and the population: SELECT and nothing more', async () => {
    const { rows } = await owner.query<{ relname: string; privilege: string }>(
      `SELECT c.relname, p.privilege FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       CROSS JOIN unnest($1::text[]) AS p (privilege)
       WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
         AND (has_table_privilege('pcrm_ministry', c.oid, p.privilege)
              OR (c.relkind <> 'S' AND p.privilege IN ('SELECT', 'INSERT', 'UPDATE', 'REFERENCES')
                  AND has_any_column_privilege('pcrm_ministry', c.oid, p.privilege)))
       ORDER BY 1, 2`,
      [PRIVILEGES],
    );
    expect(rows).toEqual([
      { relname: 'district_population', privilege: 'SELECT' },
      { relname: 'performance_indicators_published', privilege: 'SELECT' },
      { relname: 'performance_ministry_monthly', privilege: 'SELECT' },
      { relname: 'standard_conformance_published', privilege: 'SELECT' },
      { relname: 'tenant_population', privilege: 'SELECT' },
      { relname: 'tenants', privilege: 'SELECT' },
      { relname: 'voc_ministry_equity_monthly', privilege: 'SELECT' },
      { relname: 'voc_ministry_monthly', privilege: 'SELECT' },
    ]);
  });

  it('may execute no function of ours that runs with its owner’s rights (SECURITY DEFINER)', async () => {
    const { rows } = await owner.query<{ name: string; ministry: boolean }>(
      `SELECT p.oid::regprocedure::text AS name, has_function_privilege('pcrm_ministry', p.oid, 'EXECUTE') AS ministry
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
       WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND p.prosecdef ORDER BY 1`,
    );
    expect(rows.map((r) => r.name)).toEqual(
      expect.arrayContaining([
        'refresh_voc_ministry_monthly()',
        'refresh_voc_ministry_equity()',
        'refresh_performance_ministry()',
        'set_tenant_population(text,integer,integer,text,timestamp with time zone)',
        'set_district_population(text,integer,jsonb)',
      ]),
    );
    expect(rows.filter((r) => r.ministry)).toEqual([]);
  });

  it.each([
    'voc_items',
    'voc_survey_responses',
    'voc_transitions',
    'customers',
    'staff',
    'departments',
    'audit_events',
    'access_log',
    'performance_rollups',
    'performance_indicators',
  ])('is refused %s (permission denied), even in a ministry scope', async (table) => {
    const error = await failure(inMinistryScope(() => ministry.query(`SELECT 1 FROM ${table} LIMIT 1`)));
    expect([table, error?.code]).toEqual([table, '42501']);
  });

  it('reads every tenant’s published aggregates and population in a ministry scope, none outside it', async () => {
    const rows = await inMinistryScope(async () => {
      const { rows } = await ministry.query<{
        tenants: number;
        populations: number;
        jeju: number;
        districts: number;
        seogwipo: number;
      }>(
        `SELECT (SELECT count(*)::int FROM tenants) AS tenants,
                (SELECT count(DISTINCT tenant_id)::int FROM tenant_population WHERE year = 2025) AS populations,
                (SELECT population FROM tenant_population WHERE tenant_id = 'jeju' AND year = 2025) AS jeju,
                (SELECT count(DISTINCT tenant_id)::int FROM district_population WHERE year = 2025) AS districts,
                (SELECT population FROM district_population
                 WHERE tenant_id = 'jeju' AND year = 2025 AND sigungu = '서귀포시') AS seogwipo`,
      );
      await ministry.query('SELECT count(*) FROM voc_ministry_monthly');
      return rows;
    });
    expect(rows[0].tenants).toBeGreaterThanOrEqual(16);
    expect(rows[0]).toMatchObject({ populations: 16, jeju: 669_000, districts: 16, seogwipo: 182_000 });
    // Row-level security applies to the role as to any other: without the ministry scope, no row.
    await ministry.query('BEGIN');
    try {
      await ministry.query(`SELECT set_config('app.actor', 'busan/admin', true)`);
      const { rows: none } = await ministry.query(
        `SELECT (SELECT count(*)::int FROM voc_ministry_monthly) AS monthly,
                (SELECT count(*)::int FROM tenant_population) AS population,
                (SELECT count(*)::int FROM district_population) AS districts`,
      );
      expect(none[0]).toEqual({ monthly: 0, population: 0, districts: 0 });
    } finally {
      await ministry.query('ROLLBACK');
    }
  });

  it.each([
    `INSERT INTO voc_ministry_monthly (tenant_id, month, received) VALUES ('busan', '2001-05-01', 100)`,
    `UPDATE voc_ministry_monthly SET received = 999`,
    `DELETE FROM voc_ministry_monthly`,
    `UPDATE tenant_population SET population = 1`,
    `UPDATE district_population SET population = 1`,
    `SELECT set_district_population('jeju', 2025, '[]')`,
    `INSERT INTO tenants (id, name_ko, name_en) VALUES ('zz-ministry', '가', 'A')`,
    `UPDATE tenants SET active = false`,
    `SELECT refresh_voc_ministry_monthly()`,
    `CREATE TEMP TABLE tenants (id text)`,
    `CREATE TABLE ministry_probe (id int)`,
  ])('writes nothing, even with read-only switched off: %s', async (statement) => {
    const readOnly = await failure(inMinistryScope(() => ministry.query(statement)));
    expect(['25006', '42501']).toContain(readOnly?.code);
    const permission = await failure(inMinistryScope(() => ministry.query(statement), true));
    expect([statement, permission?.code]).toEqual([statement, '42501']);
  });

  it('cannot connect to the postgres database', async () => {
    const url = new URL(process.env.PCRM_MINISTRY_DATABASE_URL!);
    url.pathname = '/postgres';
    const other = new Client({ connectionString: url.toString() });
    const error = await failure(other.connect());
    await other.end().catch(() => undefined);
    expect(error?.message).toMatch(/permission denied for database/);
  });
});

describe("a ministry analyst's request", () => {
  it('runs on a connection of the ministry role, and answers', async () => {
    const token = await userToken('ministry', 'analyst');
    const res = await gql(
      token,
      `{ ministryPetitionComparison(from: "2001-01", to: "2001-01") { months tenants { id } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.ministryPetitionComparison.months).toEqual(['2001-01']);
    // The pool keeps the connection it used for a while: it is the ministry role's, named for it.
    const { rows } = await owner.query(
      `SELECT usename, application_name FROM pg_stat_activity WHERE application_name = 'pcrm-api-ministry'`,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.usename))).toEqual(new Set(['pcrm_ministry']));
  });
});
