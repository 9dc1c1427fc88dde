import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TenantDatabase } from './database/tenant-database';
import { TenantRegistry } from './registry/tenant-registry';
import { RolesGuard } from './auth/roles.guard';
import { TenancyResolver } from './graphql/tenancy.resolver';

export interface TenancyServices {
  database: TenantDatabase;
  registry: TenantRegistry;
}

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
        { provide: APP_GUARD, useClass: RolesGuard },
        TenancyResolver,
      ],
      exports: [TenantDatabase, TenantRegistry],
    };
  }
}
