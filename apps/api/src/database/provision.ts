import { Client } from 'pg';
import type { ScopeLimits } from '@pcrm/tenancy';
import { MINISTRY_ROLE, RUNTIME_ROLE } from './migrations/tenant-table-sql';

/** The databases every cluster starts with; a new role may connect to them unless PUBLIC loses CONNECT. */
const DEFAULT_DATABASES = ['postgres', 'template1'];

/** Functions that show other sessions' SQL text (pg_stat_activity is a view over the first). */
const SESSION_TEXT_FUNCTIONS = ['pg_stat_get_activity(integer)', 'pg_stat_get_backend_activity(integer)'];

/**
 * Makes sure the runtime role exists with NOBYPASSRLS, owns nothing and can do no more than the API needs:
 * connect to this database only, no temporary tables (a temp `departments` would shadow the real one), a
 * pinned search_path, timeouts on statements and idle transactions, and no view of other sessions' SQL.
 * Where the owner connection may not create roles (a managed database), the role must have been made by the
 * DBA; we then only check it. Steps that need a superuser are skipped with a note when the owner is not one.
 */
export async function ensureRuntimeRole(
  ownerUrl: string,
  password: string,
  limits: ScopeLimits,
  log: (m: string) => void = console.log,
): Promise<void> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await lockProvisioning(client);
    await ensureLoginRole(client, RUNTIME_ROLE, password, limits);

    const { rows: me } = await client.query<{ datname: string; superuser: boolean }>(
      `SELECT current_database() AS datname, rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`,
    );
    const database = client.escapeIdentifier(me[0].datname);
    await client.query(`REVOKE CONNECT, TEMPORARY ON DATABASE ${database} FROM PUBLIC`);

    if (!me[0].superuser) {
      log(
        `소유자 역할이 슈퍼유저가 아니어서 ${RUNTIME_ROLE} 의 다른 데이터베이스 접속과 세션 조회 제한은 DBA 가 설정해야 합니다 (docs/adr/0007).`,
      );
      return;
    }
    const { rows: others } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname = ANY($1) AND datname <> current_database()',
      [DEFAULT_DATABASES],
    );
    for (const { datname } of others) {
      await client.query(
        `REVOKE CONNECT, TEMPORARY ON DATABASE ${client.escapeIdentifier(datname)} FROM PUBLIC`,
      );
    }
    // Monitoring keeps its view through the predefined pg_read_all_stats role (pg_monitor includes it).
    await client.query('REVOKE SELECT ON pg_catalog.pg_stat_activity FROM PUBLIC');
    await client.query('GRANT SELECT ON pg_catalog.pg_stat_activity TO pg_read_all_stats');
    for (const fn of SESSION_TEXT_FUNCTIONS) {
      await client.query(`REVOKE EXECUTE ON FUNCTION pg_catalog.${fn} FROM PUBLIC`);
      await client.query(`GRANT EXECUTE ON FUNCTION pg_catalog.${fn} TO pg_read_all_stats`);
    }
  } finally {
    await client.end();
  }
}

/**
 * Makes sure the ministry's role exists like the runtime role (NOBYPASSRLS, owns nothing, this database only,
 * no temporary tables, pinned search_path, the same timeouts) and, beyond it, read-only by default. What it may
 * read is granted by the migrations: the published roll-ups and the tenant registry, nothing else
 * (docs/adr/0019). Run after `ensureRuntimeRole`, which takes CONNECT and TEMPORARY from PUBLIC.
 */
export async function ensureMinistryRole(
  ownerUrl: string,
  password: string,
  limits: ScopeLimits,
): Promise<void> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await lockProvisioning(client);
    await ensureLoginRole(client, MINISTRY_ROLE, password, limits);
    await client.query(`ALTER ROLE ${MINISTRY_ROLE} SET default_transaction_read_only = on`);
  } finally {
    await client.end();
  }
}

/**
 * Replicas starting together would update the same role and database rows at once ("tuple concurrently
 * updated"): one provisions at a time. The lock ends with the session.
 */
async function lockProvisioning(client: Client): Promise<void> {
  await client.query('SELECT pg_advisory_lock(hashtext($1))', ['pcrm:provision']);
}

/**
 * A login role that owns nothing and cannot bypass row-level security (made here unless a DBA made it), with
 * its password, `search_path = public, pg_temp` (pg_temp last: even a temporary table could never shadow one
 * of ours), the scope timeouts, CONNECT on this database and USAGE on the schema. Refuses a role that can
 * bypass RLS.
 */
async function ensureLoginRole(
  client: Client,
  role: string,
  password: string,
  limits: ScopeLimits,
): Promise<void> {
  const { rows } = await client.query<{ rolbypassrls: boolean; rolsuper: boolean }>(
    'SELECT rolbypassrls, rolsuper FROM pg_roles WHERE rolname = $1',
    [role],
  );
  if (rows.length === 0) {
    await client.query(`CREATE ROLE ${role} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE`);
  } else if (rows[0].rolbypassrls || rows[0].rolsuper) {
    throw new Error(`Role ${role} can bypass row-level security; refusing to run.`);
  }
  if (password) {
    await client.query(`ALTER ROLE ${role} PASSWORD ${client.escapeLiteral(password)}`);
  }
  await client.query(`ALTER ROLE ${role} SET search_path = public, pg_temp`);
  for (const [setting, ms] of [
    ['statement_timeout', limits.statementTimeoutMs],
    ['idle_in_transaction_session_timeout', limits.idleInTransactionTimeoutMs],
  ] as const) {
    await client.query(`ALTER ROLE ${role} SET ${setting} = ${Math.trunc(ms)}`);
  }
  await client.query(
    `GRANT CONNECT ON DATABASE ${client.escapeIdentifier(await currentDatabase(client))} TO ${role}`,
  );
  await client.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
}

async function currentDatabase(client: Client): Promise<string> {
  const { rows } = await client.query<{ datname: string }>('SELECT current_database() AS datname');
  return rows[0].datname;
}

/** A role's URL: the owner's host and database with that role's credentials. */
function roleUrlFrom(ownerUrl: string, role: string, password: string): string {
  const url = new URL(ownerUrl);
  url.username = role;
  url.password = password;
  return url.toString();
}

/** The runtime URL: the owner's host and database with the runtime role's credentials. */
export const runtimeUrlFrom = (ownerUrl: string, password: string): string =>
  roleUrlFrom(ownerUrl, RUNTIME_ROLE, password);

/** Connections of the ministry's read-only role: a handful of analysts reading roll-ups (docs/adr/0019). */
export const MINISTRY_POOL_SIZE = 3;

/** The ministry's URL: the owner's host and database with the ministry role's credentials. */
export const ministryUrlFrom = (ownerUrl: string, password: string): string =>
  roleUrlFrom(ownerUrl, MINISTRY_ROLE, password);
