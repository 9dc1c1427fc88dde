import { Client } from 'pg';
import { RUNTIME_ROLE } from './migrations/tenant-table-sql';

/**
 * Makes sure the runtime role exists with NOBYPASSRLS and owns nothing. Where the owner connection may
 * not create roles (a managed database), the role must have been made by the DBA; we then only check it.
 */
export async function ensureRuntimeRole(ownerUrl: string, password: string): Promise<void> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ rolbypassrls: boolean; rolsuper: boolean }>(
      'SELECT rolbypassrls, rolsuper FROM pg_roles WHERE rolname = $1',
      [RUNTIME_ROLE],
    );
    if (rows.length === 0) {
      await client.query(`CREATE ROLE ${RUNTIME_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE`);
    } else if (rows[0].rolbypassrls || rows[0].rolsuper) {
      throw new Error(`Role ${RUNTIME_ROLE} can bypass row-level security; refusing to run.`);
    }
    if (password) {
      await client.query(`ALTER ROLE ${RUNTIME_ROLE} PASSWORD ${client.escapeLiteral(password)}`);
    }
    const { rows: db } = await client.query<{ datname: string }>('SELECT current_database() AS datname');
    await client.query(
      `GRANT CONNECT ON DATABASE ${client.escapeIdentifier(db[0].datname)} TO ${RUNTIME_ROLE}`,
    );
    await client.query(`GRANT USAGE ON SCHEMA public TO ${RUNTIME_ROLE}`);
  } finally {
    await client.end();
  }
}

/** The runtime URL: the owner's host and database with the runtime role's credentials. */
export function runtimeUrlFrom(ownerUrl: string, password: string): string {
  const url = new URL(ownerUrl);
  url.username = RUNTIME_ROLE;
  url.password = password;
  return url.toString();
}
