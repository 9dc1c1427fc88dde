import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Pool } from 'pg';
import { SCENARIOS } from '../scenarios';
import { hasFloor } from '../scenarios/scenario';
import {
  floorKey,
  type FloorContext,
  type FloorPrincipal,
  type FloorSql,
  type FloorTenant,
  type FloorScenario,
} from '../scenarios/scenario';
import { decodePrincipal } from './principal';
import {
  DEFAULT_SCOPE_LIMITS,
  SET_SCOPE,
  isMinistry,
  scopeParams,
} from '../../libs/tenancy/src/database/tenant-database';
import type { AccessMode } from '../../libs/tenancy/src/context/request-context';

/**
 * The floor: a bare node:http server running each scenario's SQL with `pg` as the runtime role, in the API's
 * transaction shape, answering with the API's JSON. What the work costs with no framework at all.
 * Runs as its own process (started by floor-process.ts), so it never shares an event loop with the load generator.
 *
 * Environment: FLOOR_DATABASE_URL (runtime role), FLOOR_PORT, FLOOR_POOL_SIZE (the API's PCRM_DB_POOL_SIZE, 10),
 * FLOOR_MINISTRY_DATABASE_URL and FLOOR_MINISTRY_POOL_SIZE (the ministry's read-only role and the API's pool
 * size for it, 3): a ministry scope runs there, as in the API (ADR 0019, "The ministry's own role").
 */

/** TenantDatabase's statements, verbatim (TypeORM's startTransaction/commitTransaction send these texts). */
const START = 'START TRANSACTION';
const COMMIT = 'COMMIT';
const ROLLBACK = 'ROLLBACK';

const url = process.env.FLOOR_DATABASE_URL;
const port = Number(process.env.FLOOR_PORT ?? 0);
const poolSize = Number(process.env.FLOOR_POOL_SIZE ?? 10);
const ministryUrl = process.env.FLOOR_MINISTRY_DATABASE_URL;
const ministryPoolSize = Number(process.env.FLOOR_MINISTRY_POOL_SIZE ?? 3);
if (!url) throw new Error('FLOOR_DATABASE_URL is not set');

let stopping = false;

// The API's DataSources: the pool's size in connections, 30 s idle timeout.
function floorPool(connectionString: string, max: number, name: string): Pool {
  const pool = new Pool({ connectionString, max, idleTimeoutMillis: 30_000, application_name: name });
  // A connection PostgreSQL ends (its shutdown, a restart) must not crash the floor; while loading it is a failure.
  pool.on(
    'error',
    (error) => stopping || process.stderr.write(`[floor] idle connection: ${error.message}\n`),
  );
  pool.on('connect', (client) =>
    client.on('error', (error) => stopping || process.stderr.write(`[floor] connection: ${error.message}\n`)),
  );
  return pool;
}

const pool = floorPool(url, poolSize, 'pcrm-floor');
const ministryPool = ministryUrl ? floorPool(ministryUrl, ministryPoolSize, 'pcrm-floor-ministry') : null;

/** The API's choice of pool (TenantScopes): a ministry scope on the ministry's role, refused without one. */
function poolFor(principal: FloorPrincipal): Pool {
  if (!isMinistry(principal)) return pool;
  if (!ministryPool) throw new Error('a ministry scope needs FLOOR_MINISTRY_DATABASE_URL');
  return ministryPool;
}

async function withTenant<T>(
  caller: FloorPrincipal,
  tenantId: string | null,
  work: (sql: FloorSql) => Promise<T>,
  access: AccessMode = 'read-only',
): Promise<T> {
  const principal = { ...caller, tenantId };
  const client = await poolFor(principal).connect();
  try {
    await client.query(START);
    await client.query(SET_SCOPE, scopeParams(principal, access, DEFAULT_SCOPE_LIMITS));
    const result = await work({
      query: async <R>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as R[],
    });
    await client.query(COMMIT);
    return result;
  } catch (error) {
    await client.query(ROLLBACK).catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

const byKey = new Map<string, FloorScenario>(
  SCENARIOS.filter(hasFloor).map((s) => [floorKey(s.request.method, s.request.path, s.request.body), s]),
);

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  tenants: ReadonlyMap<string, FloorTenant>,
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  let body: unknown = undefined;
  if (raw) {
    try {
      body = JSON.parse(raw);
    } catch {
      return send(res, 400, '{"error":"body is not JSON"}\n');
    }
  }
  const path = (req.url ?? '/').split('?')[0];
  const scenario = byKey.get(floorKey(req.method ?? 'GET', path, body));
  if (!scenario) return send(res, 404, '{"error":"no scenario for this request"}\n');
  const principal = decodePrincipal(req.headers.authorization);
  if (!principal) return send(res, 401, '{"error":"no bearer token"}\n');
  const ctx: FloorContext = {
    principal,
    tenants,
    withTenant: (tenantId, work, access) => withTenant(principal, tenantId, work, access),
  };
  const out = await scenario.floor(ctx, body);
  send(res, out.status, out.body);
}

async function main(): Promise<void> {
  // The tenants table, held in memory like the API's TenantRegistry (same statement).
  const { rows } = await pool.query<{ id: string; name_ko: string; name_en: string }>(
    'SELECT id, name_ko, name_en FROM tenants WHERE active ORDER BY created_at, id',
  );
  const tenants = new Map(rows.map((r) => [r.id, { code: r.id, nameKo: r.name_ko, nameEn: r.name_en }]));
  const server = createServer((req, res) => {
    handle(req, res, tenants).catch((error: unknown) => {
      if (!stopping)
        process.stderr.write(
          `[floor] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
        );
      if (!res.headersSent) send(res, 500, '{"error":"internal"}\n');
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5_000;
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    process.send?.({ ready: true, port: typeof address === 'object' && address ? address.port : port });
  });
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close();
    server.closeAllConnections();
    void Promise.all([pool.end(), ministryPool?.end()]).finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.on('disconnect', stop); // the orchestrator died: do not linger
}

main().catch((error: unknown) => {
  process.stderr.write(
    `[floor] failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
