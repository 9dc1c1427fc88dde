import 'reflect-metadata';
import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import type { INestApplication } from '@nestjs/common';
import { STANDARD_TENANTS, TenantRegistry, TenantScopes, TokenVerifier, bearerAuth } from '@pcrm/tenancy';
import type { AppConfig } from './config/app-config';
import { prepareDatabase } from './database/database-setup';
import { ownerDataSource, runtimeDataSource } from './database/data-sources';
import { seedDemoOrganization, seedTenants } from './seed/seed';
import { AppModule } from './app.module';
import { AccountDirectory } from './identity/account-directory';
import { mountDevIdentityProvider } from './identity/dev-identity-provider';
import { mountAdminBundle } from './admin-static/admin-static';
import { securityHeaders } from './http/security-headers';
import { GRAPHQL_PATH } from './graphql/graphql-api.module';
import { requestBodyErrors } from './graphql/request-body-errors';

export interface RunningPlatform {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

const BODY_LIMIT = '1mb';
/** Connections for the access log's own short transactions (see TenancyServices.separateDatabase). */
const SEPARATE_POOL_SIZE = 2;

/** GraphQL answers carry personal data: no browser or proxy keeps them. */
const noStore = (_req: express.Request, res: express.Response, next: express.NextFunction): void => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};

/** Database, migrations, seed, API, admin UI and (in development) the identity provider, on one port. */
export async function startPlatform(
  config: AppConfig,
  log: (m: string) => void = console.log,
): Promise<RunningPlatform> {
  const urls = await prepareDatabase(config, log);
  const runtime = await runtimeDataSource(urls.runtime, config.dbPoolSize).initialize();
  const separate = await runtimeDataSource(urls.runtime, SEPARATE_POOL_SIZE).initialize();
  const registry = new TenantRegistry(runtime);
  let app: INestApplication | undefined;
  try {
    const owner = await ownerDataSource(urls.owner).initialize();
    try {
      await seedTenants(owner);
    } finally {
      await owner.destroy();
    }
    const scopes = new TenantScopes(runtime, config);
    const database = scopes.database;
    if (config.seedDemoData) {
      for (const tenant of STANDARD_TENANTS) await seedDemoOrganization(scopes, tenant);
      log(`데모 데이터 준비 완료: 시·도 ${STANDARD_TENANTS.length}곳의 부서와 직원`);
    }
    await registry.start();

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
      express.json({ limit: BODY_LIMIT }),
      requestBodyErrors,
    );
    mountAdminBundle(server, config.adminDistDir, config.keycloakUrl, log);

    app = await NestFactory.create(
      AppModule.register(config, runtime, {
        database,
        registry,
        separateDatabase: new TenantScopes(separate, config).database,
      }),
      new ExpressAdapter(server),
      {
        bodyParser: false,
        logger: config.production ? ['error', 'warn', 'log'] : ['error', 'warn'],
      },
    );
    await app.listen(config.port, config.host);
    const port = (app.getHttpServer() as Server).address() as AddressInfo;
    log(`PCRM 이 ${config.publicUrl} 에서 동작합니다 (GraphQL ${GRAPHQL_PATH}, 상태 /health)`);
    const nest = app;
    return {
      url: config.publicUrl,
      port: port.port,
      close: async () => {
        registry.stop();
        await nest.close();
        await runtime.destroy();
        await separate.destroy();
        await urls.embedded?.stop();
      },
    };
  } catch (error) {
    registry.stop();
    await app?.close().catch(() => undefined);
    await runtime.destroy().catch(() => undefined);
    await separate.destroy().catch(() => undefined);
    await urls.embedded?.stop();
    throw error;
  }
}
