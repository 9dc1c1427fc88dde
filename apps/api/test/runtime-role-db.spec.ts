import { Client } from 'pg';
import { fromDatabaseError } from '../../../libs/tenancy/src/database/database-errors';
import { AppError } from '../../../libs/tenancy/src/errors/app-errors';
import { DEFAULT_SCOPE_LIMITS } from '../../../libs/tenancy/src/database/tenant-database';
import { ensureRuntimeRole } from '../src/database/provision';

/** Straight at PostgreSQL as the API's runtime role: what it may do beyond its tenant's rows is nothing. */
let app: Client;
let owner: Client;

beforeAll(async () => {
  app = new Client({ connectionString: process.env.PCRM_APP_DATABASE_URL });
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await Promise.all([app.connect(), owner.connect()]);
});

afterAll(async () => {
  await Promise.all([app.end(), owner.end()]);
});

/** A transaction as the API's scope opens it: tenant and actor pinned by transaction-local settings. */
async function inScope<T>(work: () => Promise<T>): Promise<T> {
  await app.query('BEGIN');
  try {
    await app.query(
      `SELECT set_config('app.tenant_id', 'busan', true), set_config('app.actor', 'busan/admin', true),
              set_config('app.actor_roles', 'tenant-admin', true)`,
    );
    return await work();
  } finally {
    await app.query('ROLLBACK');
  }
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { code?: string; message: string }) => error,
  );

describe('the audit trail', () => {
  it.each([
    ['actor', `'busan/forged'`],
    ['occurred_at', `'2001-01-01'`],
    ['actor_roles', `'{tenant-admin}'`],
    ['tenant_id', `'busan'`],
  ])('refuses a runtime insert that sets %s', async (column, value) => {
    const error = await failure(
      inScope(() =>
        app.query(
          `INSERT INTO audit_events (${column}, action, entity, entity_id) VALUES (${value}, 'create', 'x', '1')`,
        ),
      ),
    );
    expect(error?.code).toBe('42501');
  });

  it('takes tenant, actor, roles and time from the database', async () => {
    const row = await inScope(async () => {
      const { rows } = await app.query(
        `INSERT INTO audit_events (action, entity, entity_id) VALUES ('create', 'probe', '1')
         RETURNING tenant_id, actor, actor_roles, occurred_at = now() AS now`,
      );
      return rows[0];
    });
    expect(row).toEqual({
      tenant_id: 'busan',
      actor: 'busan/admin',
      actor_roles: ['tenant-admin'],
      now: true,
    });
  });

  it('refuses an audit row when the scope set no actor', async () => {
    await app.query('BEGIN');
    try {
      await app.query(`SELECT set_config('app.tenant_id', 'busan', true)`);
      const error = await failure(
        app.query(`INSERT INTO audit_events (action, entity, entity_id) VALUES ('create', 'probe', '1')`),
      );
      expect(error?.code).toBe('23502');
    } finally {
      await app.query('ROLLBACK');
    }
  });
});

it('refuses an access-log entry with a time of its own', async () => {
  const error = await failure(
    inScope(() =>
      app.query(
        `INSERT INTO access_log (tenant_id, actor, actor_subject, purpose, operation, entity, record_id, fields,
                                 masked, occurred_at)
         VALUES ('busan', 'admin', 's', '업무', 'staff', 'Staff', '1', '{phone}', false, '2001-01-01')`,
      ),
    ),
  );
  expect(error?.code).toBe('42501');
});

describe('the runtime role', () => {
  it('cannot connect to the postgres database', async () => {
    const url = new URL(process.env.PCRM_APP_DATABASE_URL!);
    url.pathname = '/postgres';
    const other = new Client({ connectionString: url.toString() });
    const error = await failure(other.connect());
    await other.end().catch(() => undefined);
    expect(error?.message).toMatch(/permission denied for database/);
  });

  it('cannot create a temporary table, so none can shadow departments', async () => {
    const error = await failure(inScope(() => app.query('CREATE TEMP TABLE departments (id int)')));
    expect(error?.code).toBe('42501');
  });

  it('is provisioned by replicas starting together without tripping over each other', async () => {
    const provision = () =>
      ensureRuntimeRole(
        process.env.PCRM_OWNER_DATABASE_URL!,
        'pcrm-app-test',
        DEFAULT_SCOPE_LIMITS,
        () => {},
      );
    await expect(Promise.all([provision(), provision(), provision(), provision()])).resolves.toHaveLength(4);
  });

  it('has a pinned search_path and timeouts of its own', async () => {
    const { rows } = await app.query(
      `SELECT current_setting('search_path') AS search_path, current_setting('statement_timeout') AS statement,
              current_setting('idle_in_transaction_session_timeout') AS idle`,
    );
    expect(rows[0]).toEqual({ search_path: 'public, pg_temp', statement: '15s', idle: '1min' });
  });

  it("cannot read other sessions' SQL", async () => {
    for (const sql of [
      'SELECT query FROM pg_stat_activity',
      'SELECT pg_stat_get_backend_activity(1)',
      'SELECT query FROM pg_stat_get_activity(NULL)',
    ]) {
      expect([sql, (await failure(app.query(sql)))?.code]).toEqual([sql, '42501']);
    }
  });
});

describe('database errors as callers see them', () => {
  const mapped = async (sql: string, params: unknown[] = []) => {
    const error = await failure(inScope(() => app.query(sql, params)));
    expect(error).not.toBeNull();
    const result = fromDatabaseError(error);
    expect(result).toBeInstanceOf(AppError);
    return (result as AppError).extensions as { code: string; field?: string; messageEn: string };
  };

  it('a unique violation is a CONFLICT on the field of the key', async () => {
    const [{ code }] = (
      await inScope(() => app.query<{ code: string }>('SELECT code FROM departments LIMIT 1'))
    ).rows;
    expect(
      await mapped(`INSERT INTO departments (tenant_id, code, name) VALUES ('busan', $1, '중복')`, [code]),
    ).toMatchObject({ code: 'CONFLICT', field: 'code' });
  });

  it('a NUL character, a broken id and a check violation are BAD_USER_INPUT', async () => {
    expect((await mapped('SELECT $1::text', ['a\u0000b'])).code).toBe('BAD_USER_INPUT');
    expect((await mapped('SELECT * FROM departments WHERE id = $1', ['not-a-uuid'])).code).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      (
        await mapped(
          `INSERT INTO departments (tenant_id, code, name) VALUES ('busan', 'LONG-X', repeat('가', 101))`,
        )
      ).code,
    ).toBe('BAD_USER_INPUT');
  });

  it('a reference to a missing row is BAD_USER_INPUT on its field', async () => {
    expect(
      await mapped(
        `INSERT INTO departments (tenant_id, code, name, parent_id) VALUES ('busan', 'ORPHAN-X', '고아', gen_random_uuid())`,
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
  });

  it('a statement timeout is TIMEOUT', async () => {
    const error = await failure(
      inScope(async () => {
        await app.query(`SELECT set_config('statement_timeout', '100', true)`);
        return app.query('SELECT pg_sleep(2)');
      }),
    );
    expect((fromDatabaseError(error) as AppError).extensions.code).toBe('TIMEOUT');
  });

  it('anything else stays unexpected (a masked INTERNAL_SERVER_ERROR)', async () => {
    const error = await failure(inScope(() => app.query('SELECT * FROM no_such_table')));
    expect(fromDatabaseError(error)).toBe(error);
  });
});
