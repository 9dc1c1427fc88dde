import { lexicographicSortSchema } from 'graphql';
import { Module, type Provider } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { APP_PIPE } from '@nestjs/core';
import { InputValidationPipe, TenantDatabase, enforceAccessMap } from '@pcrm/tenancy';
import { AccessLogModule, AccessLogWriter, CrmCoreModule } from '@pcrm/crm-core';
import { CustomizationPackagesModule, ReferenceDataModule, TerminologyModule } from '@pcrm/customization';
import { APP_CONFIG } from '../config/app-config.token';
import type { AppConfig } from '../config/app-config';
import { formatError } from './format-error';
import { queryLimits } from './query-limits';
import { tenantTransactionHooks } from './tenant-transaction.hooks';
import { databaseUnavailableHooks } from './database-unavailable';
import { rollbackNoticeHooks } from './rollback-notice.hooks';
import { requestHooksPlugin } from './request-hooks';
import { JitGateway } from './jit-executor';
import { KnownReads } from './known-reads';
import { readPropertiesDirectly } from './property-fields';

export const GRAPHQL_PATH = '/graphql';

/**
 * Loaded as the ES module @nestjs/apollo itself loads, so both see the same Apollo plugin types. No field
 * sets cache hints, so the default cache-control plugin would wrap every field resolver for nothing; the
 * schema is no federation subgraph, so the inline-trace plugin would only be asked, and decline, on every request.
 */
const defaultPluginsDisabled = async () => {
  const disabled = await import('@apollo/server/plugin/disabled');
  return [
    disabled.ApolloServerPluginCacheControlDisabled(),
    disabled.ApolloServerPluginInlineTraceDisabled(),
  ];
};

/** The graphql-jit gateway (ADR 0011), or null with `PCRM_GRAPHQL_JIT=0`. */
export const JIT_GATEWAY = Symbol('JIT_GATEWAY');
/** The lean path's known reads (ADR 0010), or null with `PCRM_GRAPHQL_JIT=0`. */
export const KNOWN_READS = Symbol('KNOWN_READS');

const jitGateway: Provider = {
  provide: JIT_GATEWAY,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => (config.graphqlJit ? new JitGateway() : null),
};

@Module({ providers: [jitGateway], exports: [jitGateway] })
class GraphqlExecutionModule {}

/** One formatter and one rule set for Apollo and the known reads, so both answer alike. */
const formatErrors = formatError((m) => console.error(m));
const VALIDATION_RULES = [queryLimits];

const knownReads: Provider = {
  provide: KNOWN_READS,
  inject: [JIT_GATEWAY, TenantDatabase],
  useFactory: (gateway: JitGateway | null, db: TenantDatabase) =>
    gateway &&
    new KnownReads({
      gateway,
      db,
      validationRules: VALIDATION_RULES,
      formatError: formatErrors,
      log: (m) => console.error(m),
    }),
};

@Module({
  imports: [
    GraphqlExecutionModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [AccessLogModule, GraphqlExecutionModule],
      inject: [TenantDatabase, APP_CONFIG, AccessLogWriter, JIT_GATEWAY],
      useFactory: async (
        db: TenantDatabase,
        config: AppConfig,
        accessLog: AccessLogWriter,
        jit: JitGateway | null,
      ) => {
        // Apollo executes through the gateway interface: operations compiled once by graphql-jit (ADR 0011).
        return {
          path: GRAPHQL_PATH,
          autoSchemaFile: true,
          // Sorted here, not by Nest's `sortSchema` (which sorts after this transform into a new schema), so
          // the JIT gateway serves the very schema Apollo is given.
          sortSchema: false,
          // Operation and field permissions of @pcrm/access; personal-data reads go to the access log.
          transformSchema: (schema) => {
            const served = lexicographicSortSchema(
              enforceAccessMap(readPropertiesDirectly(schema), accessLog.record),
            );
            return jit ? jit.serve(served) : served;
          },
          ...(jit ? { gateway: jit } : {}),
          playground: false,
          introspection: config.graphqlIntrospection,
          includeStacktraceInErrorResponses: false,
          // Let an error's extensions.http decide the status: a refused operation is a 403, as the API promises.
          preserveHttpStatusForExecutionErrors: false,
          validationRules: VALIDATION_RULES,
          // Responses are personal and never cached: `Cache-Control: no-store` is set on /graphql in platform.ts.
          plugins: [
            requestHooksPlugin([
              tenantTransactionHooks(db, (m) => console.error(m)),
              databaseUnavailableHooks,
              rollbackNoticeHooks,
            ]),
            ...(await defaultPluginsDisabled()),
          ],
          formatError: formatErrors,
        };
      },
    }),
    CrmCoreModule,
    TerminologyModule,
    ReferenceDataModule,
    CustomizationPackagesModule,
  ],
  providers: [{ provide: APP_PIPE, useClass: InputValidationPipe }, knownReads],
})
export class GraphqlApiModule {}
