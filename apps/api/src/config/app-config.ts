import { join } from 'node:path';
import { loadJobsConfig, type JobsConfig } from '@pcrm/tenancy';
import { loadNotificationConfig, type NotificationConfig } from '@pcrm/crm-core';

/** Every environment variable the API reads; README.md lists them. */
export interface AppConfig {
  readonly production: boolean;
  readonly port: number;
  readonly host: string;
  /** Origin residents and staff reach the platform at; the development identity provider's issuer base. */
  readonly publicUrl: string;
  /** Base URL of Keycloak (`<url>/realms/<realm>`); in development the API itself. */
  readonly keycloakUrl: string;
  /** Owner connection (migrations, seed provisioning). Unset: an embedded PostgreSQL is started. */
  readonly databaseUrl: string | undefined;
  /** Runtime connection as the role that owns nothing and cannot bypass RLS. */
  readonly databaseAppUrl: string | undefined;
  readonly appDbPassword: string;
  /** The ministry's connection (`DATABASE_MINISTRY_URL`) as its read-only role (docs/adr/0019); unset: made from the owner's. */
  readonly databaseMinistryUrl: string | undefined;
  /** The ministry role's password (`PCRM_MINISTRY_DB_PASSWORD`) when the API provisions it. */
  readonly ministryDbPassword: string;
  readonly dataDir: string;
  /** Where uploaded attachments are kept (`ATTACHMENTS_DIR`, default `<PCRM_DATA_DIR>/attachments`). */
  readonly attachmentsDir: string;
  readonly embeddedPgPort: number;
  readonly devIdentityProvider: boolean;
  readonly seedDemoData: boolean;
  /** Demo customers per tenant when seeding demo data (`PCRM_SEED_CUSTOMERS`, 0 for none). */
  readonly seedDemoCustomers: number;
  /** Demo petitions (VOC cases, a year of history) per tenant when seeding demo data (`PCRM_SEED_CASES`, 0 for none). */
  readonly seedDemoCases: number;
  readonly graphqlIntrospection: boolean;
  /** Execute operations compiled by graphql-jit (`PCRM_GRAPHQL_JIT`, on); off: graphql-js's `execute`. */
  readonly graphqlJit: boolean;
  readonly adminDistDir: string;
  readonly dbPoolSize: number;
  /** Longest a statement of a tenant transaction may run (`PCRM_STATEMENT_TIMEOUT_MS`, 15 s). */
  readonly statementTimeoutMs: number;
  /** Longest a tenant transaction may sit idle before PostgreSQL ends it (`PCRM_IDLE_IN_TRANSACTION_TIMEOUT_MS`, 60 s). */
  readonly idleInTransactionTimeoutMs: number;
  /** Test-only GraphQL probes of the tenant scope (`PCRM_TEST_HOOKS=1`, refused in production). */
  readonly testHooks: boolean;
  /** How long a request waits for a free runtime connection before it is answered 503. */
  readonly dbAcquireTimeoutMs: number;
  /** Per caller (token subject of a realm) on /graphql: see apps/api/src/http/principal-limits.ts. */
  readonly callerLimits: {
    readonly concurrency: number;
    readonly queue: number;
    readonly ratePerSecond: number;
    readonly burst: number;
  };
  readonly jobs: JobsConfig;
  /** Resident notifications: SMTP, SMS gateway, dispatcher pace (docs/adr/0015). */
  readonly notifications: NotificationConfig;
}

const milliseconds = (name: string, value: string | undefined, fallback: number): number => {
  if (value === undefined || value === '') return fallback;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 100 || ms > 3_600_000)
    throw new Error(`${name} must be a whole number of milliseconds from 100 to 3600000: ${value}`);
  return ms;
};

/** Demo customers per tenant: a list worth paging through while the first start stays within a minute. */
const DEMO_CUSTOMERS = 1500;
/** Demo petitions per tenant: a year of history for every analytics screen and the ministry comparison. */
const DEMO_CASES = 2500;

const wholeNumber = (name: string, value: string | undefined, fallback: number, max: number): number => {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > max)
    throw new Error(`${name} must be a whole number from 0 to ${max}: ${value}`);
  return n;
};

const bool = (value: string | undefined, fallback: boolean): boolean =>
  value === undefined || value === '' ? fallback : ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());

const positive = (env: NodeJS.ProcessEnv, name: string, fallback: number): number => {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number: ${raw}`);
  return value;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT is not a port number: ${env.PORT}`);
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, '');
  const devIdentityProvider = bool(env.PCRM_DEV_IDP, !production);
  const appDbPassword = env.PCRM_APP_DB_PASSWORD ?? (production ? '' : 'pcrm-app-dev');
  if (production && !env.DATABASE_APP_URL && !appDbPassword) {
    throw new Error(
      'Production needs DATABASE_APP_URL or PCRM_APP_DB_PASSWORD for the runtime database role',
    );
  }
  const ministryDbPassword = env.PCRM_MINISTRY_DB_PASSWORD ?? (production ? '' : 'pcrm-ministry-dev');
  if (production && !env.DATABASE_MINISTRY_URL && !ministryDbPassword) {
    throw new Error(
      'Production needs DATABASE_MINISTRY_URL or PCRM_MINISTRY_DB_PASSWORD for the ministry database role',
    );
  }
  const testHooks = bool(env.PCRM_TEST_HOOKS, false);
  if (production && testHooks) throw new Error('PCRM_TEST_HOOKS is for tests only and refused in production');
  const dbPoolSize = Math.floor(positive(env, 'PCRM_DB_POOL_SIZE', 10));
  const dataDir = env.PCRM_DATA_DIR ?? join(process.cwd(), '.data');
  return {
    production,
    port,
    // 'localhost' binds the address that 'localhost' resolves to first, which is where the API's own
    // certificate fetches from PUBLIC_URL (http://localhost:…) connect, whether that is 127.0.0.1 or ::1.
    host: env.HOST ?? (production ? '0.0.0.0' : 'localhost'),
    publicUrl,
    keycloakUrl: (env.KEYCLOAK_URL ?? publicUrl).replace(/\/+$/, ''),
    databaseUrl: env.DATABASE_URL || undefined,
    databaseAppUrl: env.DATABASE_APP_URL || undefined,
    appDbPassword,
    databaseMinistryUrl: env.DATABASE_MINISTRY_URL || undefined,
    ministryDbPassword,
    dataDir,
    attachmentsDir: env.ATTACHMENTS_DIR || join(dataDir, 'attachments'),
    embeddedPgPort: Number(env.PCRM_EMBEDDED_PG_PORT ?? 54329),
    devIdentityProvider,
    seedDemoData: bool(env.PCRM_SEED_DEMO, !production),
    seedDemoCustomers: wholeNumber('PCRM_SEED_CUSTOMERS', env.PCRM_SEED_CUSTOMERS, DEMO_CUSTOMERS, 100_000),
    seedDemoCases: wholeNumber('PCRM_SEED_CASES', env.PCRM_SEED_CASES, DEMO_CASES, 100_000),
    graphqlIntrospection: bool(env.GRAPHQL_INTROSPECTION, !production),
    graphqlJit: bool(env.PCRM_GRAPHQL_JIT, true),
    adminDistDir: env.PCRM_ADMIN_DIST ?? join(process.cwd(), 'dist', 'admin'),
    statementTimeoutMs: milliseconds('PCRM_STATEMENT_TIMEOUT_MS', env.PCRM_STATEMENT_TIMEOUT_MS, 15_000),
    idleInTransactionTimeoutMs: milliseconds(
      'PCRM_IDLE_IN_TRANSACTION_TIMEOUT_MS',
      env.PCRM_IDLE_IN_TRANSACTION_TIMEOUT_MS,
      60_000,
    ),
    testHooks,
    dbPoolSize,
    dbAcquireTimeoutMs: positive(env, 'PCRM_DB_ACQUIRE_TIMEOUT_MS', 5000),
    callerLimits: {
      // Half the pool: one caller's burst leaves the other half of the connections to everyone else.
      concurrency: Math.floor(
        positive(env, 'PCRM_CALLER_CONCURRENCY', Math.max(1, Math.floor(dbPoolSize / 2))),
      ),
      queue: Math.floor(positive(env, 'PCRM_CALLER_QUEUE', 50)),
      ratePerSecond: positive(env, 'PCRM_RATE_LIMIT', 100),
      burst: Math.floor(positive(env, 'PCRM_RATE_BURST', 200)),
    },
    jobs: loadJobsConfig(env),
    notifications: loadNotificationConfig(env),
  };
}
