import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Module, type INestApplicationContext, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import {
  BackgroundJobs,
  loadJobsConfig,
  Role,
  TenancyModule,
  TenantRegistry,
  TenantScopes,
  type AccessMode,
  type Principal,
  type Sql,
  type Tenant,
} from '@pcrm/tenancy';
import { AttachmentStorageModule, CrmCoreModule, LocalDiskAttachmentStorage } from '../src';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value)
    throw new Error(`${name} is not set: run service tests through jest (its global setup makes it)`);
  return value;
};

/**
 * The capabilities' Nest container, in-process, on the test run's real PostgreSQL as the runtime role (in the
 * database set apart for service tests, apps/api/test/support/service-database.ts), with a tenant of its own:
 * each test file calls `serviceTestbed()` once and so never shares a tenant's data with another file, which
 * lets files run in parallel.
 */
export interface ServiceTestbed {
  readonly tenant: Tenant;
  /** The `application_name` of this testbed's connections alone (files run in parallel). */
  readonly applicationName: string;
  readonly app: INestApplicationContext;
  get<T>(type: Type<T>): T;
  /**
   * Runs `work` in a scope of its own (a job's, `TenantScopes.run`) as a user with `roles` in the testbed's
   * tenant; commits when it succeeds, else rolls back.
   */
  scope<T>(work: () => Promise<T>, roles?: readonly string[], access?: AccessMode): Promise<T>;
  /** Like `scope`, as `principal` (e.g. a resident's anonymous submission), read-write. */
  scopeAs<T>(principal: Principal, work: () => Promise<T>): Promise<T>;
  /** Runs raw SQL as the owner role (outside RLS): for checks of what the database holds. */
  owner<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
  /** The request transaction of the current scope, for factories that insert rows directly. */
  sql(): Sql;
  close(): Promise<void>;
}

export async function serviceTestbed(name = 'service test'): Promise<ServiceTestbed> {
  const code = `svc-${randomBytes(6).toString('hex')}`;
  const owner = new Client({ connectionString: env('PCRM_SERVICE_OWNER_DATABASE_URL') });
  await owner.connect();
  await owner.query('INSERT INTO tenants (id, name_ko, name_en) VALUES ($1, $2, $3)', [code, name, name]);

  const dataSource = await new DataSource({
    type: 'postgres',
    url: env('PCRM_SERVICE_APP_DATABASE_URL'),
    poolSize: 4,
    applicationName: `pcrm-service-test-${code}`,
  }).initialize();
  const registry = new TenantRegistry(dataSource);
  await registry.refresh();
  const tenant = registry.get(code);
  if (!tenant) throw new Error(`tenant ${code} is not in the registry`);
  const scopes = new TenantScopes(dataSource);
  const database = scopes.database;
  const attachmentsDir = await mkdtemp(join(tmpdir(), `pcrm-service-attachments-${code}-`));

  @Module({
    imports: [
      TenancyModule.register({
        database,
        registry,
        separateDatabase: database,
        // Never started: service tests call services directly; a queued job stays in the queue.
        jobs: new BackgroundJobs(
          env('PCRM_SERVICE_APP_DATABASE_URL'),
          scopes,
          loadJobsConfig({}),
          () => undefined,
        ),
      }),
      AttachmentStorageModule.register(new LocalDiskAttachmentStorage(attachmentsDir)),
      CrmCoreModule,
    ],
  })
  class ServiceTestModule {}
  const app = await NestFactory.createApplicationContext(ServiceTestModule, {
    logger: false,
    abortOnError: false,
  });

  const principal = (roles: readonly string[]): Principal => ({
    realm: tenant.code,
    tenantId: tenant.code,
    subject: `service-test-${roles.join('+')}`,
    username: 'service-test',
    name: null,
    roles,
    clientId: null,
  });

  return {
    tenant,
    applicationName: `pcrm-service-test-${code}`,
    app,
    get: (type) => app.get(type),
    scope: (work, roles = [Role.TenantAdmin], access = 'read-write') =>
      scopes.run(principal(roles), access, () => work()),
    scopeAs: (who, work) => scopes.run(who, 'read-write', () => work()),
    owner: async (text, params) => (await owner.query(text, params)).rows,
    sql: () => database.request(),
    close: async () => {
      await app.close();
      await dataSource.destroy();
      await rm(attachmentsDir, { recursive: true, force: true });
      await owner.end();
    },
  };
}
