import 'reflect-metadata';
import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { ApolloDriver } from '@nestjs/apollo';
import {
  BackgroundJobs,
  JOB_FILES_PATH,
  RequestContexts,
  STANDARD_TENANTS,
  TenantRegistry,
  TenantScopes,
  TokenVerifier,
  bearerAuth,
  jobFileDownload,
} from '@pcrm/tenancy';
import {
  ATTACHMENTS_PATH,
  AttachmentEndpoints,
  CUSTOMER_IMPORT_UPLOAD_PATH,
  CustomerImportUpload,
  PublicTasks,
  ResidentCases,
  MinistryOpenData,
  ResidentIntake,
  SurveyInvitations,
  refuseUnconfiguredProduction,
  startNotificationDelivery,
  type RunningNotificationDelivery,
} from '@pcrm/crm-core';
import type { AppConfig } from './config/app-config';
import { prepareDatabase } from './database/database-setup';
import { ownerDataSource, runtimeDataSource } from './database/data-sources';
import { MINISTRY_POOL_SIZE } from './database/provision';
import { seedTenants } from './seed/seed';
import { seedTenantPopulation } from './seed/tenant-population';
import { seedDistrictPopulation } from './seed/district-population';
import { PlatformPopulation } from './platform-population/platform-population';
import { seedDemoDataApart } from './seed/demo-seed-apart';
import { AppModule } from './app.module';
import { AccountDirectory } from './identity/account-directory';
import { TenantOnboarding } from './onboarding/tenant-onboarding';
import { mountDevIdentityProvider } from './identity/dev-identity-provider';
import { mountAdminBundle } from './admin-static/admin-static';
import { protectiveHeaders, securityHeaders } from './http/security-headers';
import { GRAPHQL_PATH, KNOWN_READS } from './graphql/graphql-api.module';
import type { KnownReads } from './graphql/known-reads';
import { BODY_LIMIT_BYTES, requestBodyErrors } from './graphql/request-body-errors';
import { FrontedExpressAdapter } from './http/fronted-express-adapter';
import { graphqlFastPath } from './http/graphql-fast-path';
import { PrincipalLimits } from './http/principal-limits';
import { callerLimits } from './http/caller-admission';
import { RESIDENT_PATH, residentPages } from './resident-pages/resident-pages';
import { OPEN_DATA_PATH, openDataRouter } from './open-data/open-data';

export interface RunningPlatform {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Connections for the access log's own short transactions (see TenancyServices.separateDatabase). */
const SEPARATE_POOL_SIZE = 2;

/** GraphQL answers carry personal data: no browser or proxy keeps them. */
const NO_STORE = { 'Cache-Control': 'no-store' } as const;
const noStore = (_req: express.Request, res: express.Response, next: express.NextFunction): void => {
  res.setHeader('Cache-Control', NO_STORE['Cache-Control']);
  next();
};

/** Database, migrations, seed, API, admin UI and (in development) the identity provider, on one port. */
export async function startPlatform(
  config: AppConfig,
  log: (m: string) => void = console.log,
): Promise<RunningPlatform> {
  refuseUnconfiguredProduction(config.notifications);
  const urls = await prepareDatabase(config, log);
  const runtime = await runtimeDataSource(
    urls.runtime,
    config.dbPoolSize,
    config.dbAcquireTimeoutMs,
  ).initialize();
  const separate = await runtimeDataSource(
    urls.runtime,
    SEPARATE_POOL_SIZE,
    config.dbAcquireTimeoutMs,
  ).initialize();
  const ministry = await runtimeDataSource(
    urls.ministry,
    MINISTRY_POOL_SIZE,
    config.dbAcquireTimeoutMs,
    'pcrm-api-ministry',
  ).initialize();
  const registry = new TenantRegistry(runtime, { listenUrl: urls.runtime, log });
  const limits = new PrincipalLimits(config.callerLimits);
  let jobs: BackgroundJobs | undefined;
  let app: INestApplication | undefined;
  let resident: ReturnType<typeof residentPages> | undefined;
  let openData: ReturnType<typeof openDataRouter> | undefined;
  let notifications: RunningNotificationDelivery | undefined;
  try {
    const owner = await ownerDataSource(urls.owner).initialize();
    try {
      await seedTenants(owner);
      await seedTenantPopulation(owner);
      await seedDistrictPopulation(owner);
    } finally {
      await owner.destroy();
    }
    const scopes = new TenantScopes(runtime, config, ministry);
    const database = scopes.database;
    if (config.seedDemoData) {
      const started = Date.now();
      const { customers, cases } = await seedDemoDataApart({
        runtimeUrl: urls.runtime,
        customersPerTenant: config.seedDemoCustomers,
        casesPerTenant: config.seedDemoCases,
      });
      log(
        `데모 데이터 준비 완료: 시·도 ${STANDARD_TENANTS.length}곳의 부서와 직원` +
          (customers ? `, 새 고객 ${customers}명` : '') +
          (cases ? `, 새 민원 ${cases}건` : '') +
          ` (${Date.now() - started} ms)`,
      );
    }
    await registry.start();
    jobs = new BackgroundJobs(urls.runtime, scopes, config.jobs, log);
    await jobs.start();

    const server = express();
    server.disable('x-powered-by');
    server.set('etag', false); // API responses are never revalidated; hashing every body costs time
    server.use(securityHeaders(config.production));
    if (config.production) server.set('trust proxy', 1);
    if (config.devIdentityProvider) {
      await mountDevIdentityProvider(server, {
        publicUrl: config.publicUrl,
        dataDir: config.dataDir,
        registry,
        accounts: new AccountDirectory(scopes),
        log,
      });
    }
    const verifier = new TokenVerifier(config.keycloakUrl, registry.isKnownRealm);
    server.use(
      GRAPHQL_PATH,
      noStore,
      bearerAuth(verifier),
      callerLimits(limits, () => RequestContexts.current()?.principal),
      express.json({ limit: BODY_LIMIT_BYTES }),
      requestBodyErrors,
    );
    server.get(`${JOB_FILES_PATH}/:id`, noStore, bearerAuth(verifier), jobFileDownload(jobs, database));
    // The upload endpoints are Nest providers (owners register access rules there, the import reads the
    // tenant's custom fields): bound once Nest is up.
    const endpoints: { attachments?: AttachmentEndpoints; imports?: CustomerImportUpload } = {};
    const ready = <K extends keyof typeof endpoints>(name: K): NonNullable<(typeof endpoints)[K]> => {
      const endpoint = endpoints[name];
      if (!endpoint) throw new Error(`The ${name} endpoints are not ready yet`);
      return endpoint;
    };
    server.post(CUSTOMER_IMPORT_UPLOAD_PATH, noStore, bearerAuth(verifier), (req, res) =>
      ready('imports').upload(req, res),
    );
    server.post(ATTACHMENTS_PATH, noStore, bearerAuth(verifier), (req, res) =>
      ready('attachments').upload(req, res),
    );
    server.get<{ id: string }>(`${ATTACHMENTS_PATH}/:id`, bearerAuth(verifier), (req, res, next) =>
      ready('attachments').download(req, res, next),
    );
    resident = residentPages({ scopes, registry, secureCookies: config.production });
    server.use(RESIDENT_PATH, resident.router);
    openData = openDataRouter(scopes);
    server.use(OPEN_DATA_PATH, openData.router);
    mountAdminBundle(server, config.adminDistDir, config.keycloakUrl, log);

    const adapter = new FrontedExpressAdapter(server);
    app = await NestFactory.create(
      AppModule.register(
        config,
        runtime,
        {
          database,
          registry,
          separateDatabase: new TenantScopes(separate, config).database,
          jobs,
        },
        new TenantOnboarding(runtime, registry),
        new PlatformPopulation(runtime),
      ),
      adapter,
      {
        bodyParser: false,
        logger: config.production ? ['error', 'warn', 'log'] : ['error', 'warn'],
      },
    );
    await app.init();
    endpoints.attachments = app.get(AttachmentEndpoints);
    endpoints.imports = app.get(CustomerImportUpload);
    resident.attach({
      cases: app.get(ResidentCases, { strict: false }),
      intake: app.get(ResidentIntake, { strict: false }),
      surveys: app.get(SurveyInvitations, { strict: false }),
      tasks: app.get(PublicTasks, { strict: false }),
    });
    openData.attach(app.get(MinistryOpenData, { strict: false }));
    adapter.setFront(
      graphqlFastPath({
        apollo: app.get(GraphQLModule<ApolloDriver>).graphQlAdapter.instance,
        HeaderMap: (await import('@apollo/server')).HeaderMap,
        verifier,
        limits,
        headers: { ...protectiveHeaders(config.production), ...NO_STORE },
        log: (m) => console.error(m),
        known: app.get<KnownReads | null>(KNOWN_READS, { strict: false }),
      }),
    );
    // Listening comes last: /health answers only a platform that has fully started, so nothing outside can
    // act on (or kill the database under) a start that is still registering its job workers.
    await jobs.startWorkers();
    notifications = await startNotificationDelivery(scopes, config.notifications, log);
    await app.listen(config.port, config.host);
    const sending = notifications;
    const port = (app.getHttpServer() as Server).address() as AddressInfo;
    log(`PCRM 이 ${config.publicUrl} 에서 동작합니다 (GraphQL ${GRAPHQL_PATH}, 상태 /health)`);
    const nest = app;
    const queue = jobs;
    const pages = resident;
    const published = openData;
    return {
      url: config.publicUrl,
      port: port.port,
      close: async () => {
        // Every step runs even if one before it fails, and the embedded PostgreSQL always stops last: a failed
        // step must not leave the database running after the process has gone.
        const steps: [string, () => unknown][] = [
          ['notifications', () => sending.stop()],
          ['jobs', () => queue.stop()],
          ['tenant registry', () => registry.stop()],
          ['caller limits', () => limits.stop()],
          ['resident pages', () => pages.stop()],
          ['open data', () => published.stop()],
          ['api', () => nest.close()],
          ['runtime pool', () => runtime.destroy()],
          ['owner pool', () => separate.destroy()],
          ['ministry pool', () => ministry.destroy()],
        ];
        for (const [name, step] of steps) {
          try {
            await step();
          } catch (error) {
            log(
              `종료 중 ${name} 정리에 실패했습니다: ${error instanceof Error ? error.message : String(error)}`,
            );
          }
        }
        await urls.embedded?.stop();
      },
    };
  } catch (error) {
    await notifications?.stop().catch(() => undefined);
    await jobs?.stop().catch(() => undefined);
    registry.stop();
    limits.stop();
    resident?.stop();
    openData?.stop();
    await app?.close().catch(() => undefined);
    await runtime.destroy().catch(() => undefined);
    await separate.destroy().catch(() => undefined);
    await ministry.destroy().catch(() => undefined);
    await urls.embedded?.stop();
    throw error;
  }
}
