import { Global, Module, type DynamicModule } from '@nestjs/common';
import { TenantDatabase } from './database/tenant-database';
import { TenantRegistry } from './registry/tenant-registry';
import { TenancyResolver } from './graphql/tenancy.resolver';
import { BackgroundJobs } from './jobs/background-jobs';
import { JobsResolver } from './jobs/jobs.resolver';

export interface TenancyServices {
  database: TenantDatabase;
  registry: TenantRegistry;
  /**
   * The same tenant transactions on a small pool of their own, for records that must be committed
   * before a request answers and survive its rollback (the personal-data access log). A pool apart from
   * the requests' own, so a request holding its connection never waits for one its peers hold.
   */
  separateDatabase: TenantDatabase;
  jobs: BackgroundJobs;
}

/** Injection token of `TenancyServices.separateDatabase`. */
export const SEPARATE_TENANT_DATABASE = 'pcrm:separate-tenant-database';

/** Made before Nest starts (the auth middleware needs them first), then shared with every capability. */
@Global()
@Module({})
export class TenancyModule {
  static register(services: TenancyServices): DynamicModule {
    return {
      module: TenancyModule,
      providers: [
        { provide: TenantDatabase, useValue: services.database },
        { provide: TenantRegistry, useValue: services.registry },
        { provide: SEPARATE_TENANT_DATABASE, useValue: services.separateDatabase },
        { provide: BackgroundJobs, useValue: services.jobs },
        TenancyResolver,
        JobsResolver,
      ],
      exports: [TenantDatabase, TenantRegistry, SEPARATE_TENANT_DATABASE, BackgroundJobs],
    };
  }
}
