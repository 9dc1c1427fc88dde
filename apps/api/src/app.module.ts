import { Module, type DynamicModule } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TenancyModule, type TenancyServices } from '@pcrm/tenancy';
import { AttachmentStorageModule, LocalDiskAttachmentStorage } from '@pcrm/crm-core';
import { APP_CONFIG } from './config/app-config.token';
import type { AppConfig } from './config/app-config';
import { GraphqlApiModule } from './graphql/graphql-api.module';
import { HealthController } from './health/health.controller';
import { RealmsController } from './realms/realms.controller';
import { ScopeProbeModule } from './test-hooks/scope-probe.resolver';
import { OnboardingModule } from './onboarding/onboarding.resolver';
import type { TenantOnboarding } from './onboarding/tenant-onboarding';
import { PopulationModule } from './platform-population/population.resolver';
import type { PlatformPopulation } from './platform-population/platform-population';

@Module({})
export class AppModule {
  static register(
    config: AppConfig,
    dataSource: DataSource,
    tenancy: TenancyServices,
    onboarding: TenantOnboarding,
    population: PlatformPopulation,
  ): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TenancyModule.register(tenancy),
        AttachmentStorageModule.register(new LocalDiskAttachmentStorage(config.attachmentsDir)),
        GraphqlApiModule,
        OnboardingModule.register(onboarding),
        PopulationModule.register(population),
        ...(config.testHooks ? [ScopeProbeModule] : []),
      ],
      controllers: [HealthController, RealmsController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        // For the health check only: capabilities reach tenant data through TenantDatabase, never the pool.
        { provide: DataSource, useValue: dataSource },
      ],
      exports: [APP_CONFIG],
    };
  }
}
