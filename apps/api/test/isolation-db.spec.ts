import { Client } from 'pg';

/** Straight at PostgreSQL, as the API's runtime role: RLS, not the application, keeps tenants apart. */
let app: Client;
let owner: Client;
let tenantTables: string[];

beforeAll(async () => {
  app = new Client({ connectionString: process.env.PCRM_APP_DATABASE_URL });
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await Promise.all([app.connect(), owner.connect()]);
  const { rows } = await owner.query<{ table_name: string }>(
    `SELECT c.table_name FROM information_schema.columns c
     JOIN information_schema.tables t USING (table_schema, table_name)
     WHERE c.table_schema = 'public' AND c.column_name = 'tenant_id' AND t.table_type = 'BASE TABLE'
     ORDER BY 1`,
  );
  tenantTables = rows.map((r) => r.table_name);
});

afterAll(async () => {
  await Promise.all([app.end(), owner.end()]);
});

async function asTenant<T>(tenant: string | null, work: () => Promise<T>): Promise<T> {
  await app.query('BEGIN');
  try {
    if (tenant !== null) await app.query("SELECT set_config('app.tenant_id', $1, true)", [tenant]);
    return await work();
  } finally {
    await app.query('ROLLBACK');
  }
}

it('finds the tenant tables from the catalog', () => {
  expect(tenantTables).toEqual(expect.arrayContaining(['audit_events', 'departments', 'staff']));
});

it('has row level security enabled and forced on every tenant table', async () => {
  const { rows } = await owner.query<{
    relname: string;
    relrowsecurity: boolean;
    relforcerowsecurity: boolean;
  }>(
    `SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class
     WHERE relnamespace = 'public'::regnamespace AND relname = ANY($1)`,
    [tenantTables],
  );
  expect(rows).toHaveLength(tenantTables.length);
  for (const row of rows)
    expect([row.relname, row.relrowsecurity, row.relforcerowsecurity]).toEqual([row.relname, true, true]);
});

it('leads every primary key and foreign key of a tenant table with tenant_id', async () => {
  const { rows } = await owner.query<{ conname: string; first_column: string }>(
    `SELECT con.conname, a.attname AS first_column FROM pg_constraint con
     JOIN pg_class c ON c.oid = con.conrelid
     JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]
     WHERE c.relname = ANY($1) AND con.contype IN ('p', 'f', 'u')`,
    [tenantTables],
  );
  expect(rows.length).toBeGreaterThan(tenantTables.length);
  for (const row of rows) expect([row.conname, row.first_column]).toEqual([row.conname, 'tenant_id']);
});

it('runs as a role that owns nothing and cannot bypass RLS', async () => {
  const { rows: role } = await app.query(
    'SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user',
  );
  expect(role[0]).toEqual({ rolsuper: false, rolbypassrls: false });
  const { rows: owned } = await app.query(
    `SELECT relname FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)`,
  );
  expect(owned).toEqual([]);
});

it('with app.tenant_id = busan, shows no row of seoul (or any other tenant) in any tenant table', async () => {
  for (const table of tenantTables) {
    const counts = await asTenant('busan', () =>
      app.query<{ tenant_id: string; n: number }>(
        `SELECT tenant_id, count(*)::int AS n FROM ${table} GROUP BY tenant_id`,
      ),
    );
    expect(counts.rows.filter((r) => r.tenant_id !== 'busan')).toEqual([]);
  }
  const busanDepartments = await asTenant('busan', () => app.query('SELECT * FROM departments'));
  expect(busanDepartments.rowCount).toBeGreaterThan(10);
});

it('with no app.tenant_id, shows no row at all', async () => {
  for (const table of tenantTables) {
    const { rowCount } = await asTenant(null, () => app.query(`SELECT * FROM ${table}`));
    expect([table, rowCount]).toEqual([table, 0]);
  }
});

it('refuses to write a row for another tenant', async () => {
  await expect(
    asTenant('busan', () =>
      app.query(`INSERT INTO departments (tenant_id, code, name) VALUES ('seoul', 'X-RLS', '침투')`),
    ),
  ).rejects.toThrow(/row-level security/);
  const moved = await asTenant('busan', () =>
    app.query(`UPDATE departments SET tenant_id = 'seoul' WHERE code LIKE '626%' RETURNING id`),
  ).catch((e: Error) => e);
  expect(moved).toBeInstanceOf(Error);
  const seoulTouched = await asTenant('busan', () =>
    app.query(`UPDATE staff SET name = 'x' WHERE tenant_id = 'seoul'`),
  );
  expect(seoulTouched.rowCount).toBe(0);
});

it('keeps the audit trail append-only for the runtime role', async () => {
  await expect(asTenant('busan', () => app.query('DELETE FROM audit_events'))).rejects.toThrow(
    /permission denied/,
  );
});
