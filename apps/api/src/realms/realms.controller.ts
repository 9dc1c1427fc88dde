import { Controller, Get, Inject } from '@nestjs/common';
import { MINISTRY_REALM, PLATFORM_REALM, TenantRegistry } from '@pcrm/tenancy';
import { APP_CONFIG } from '../config/app-config.token';
import type { AppConfig } from '../config/app-config';

export interface RealmEntry {
  realm: string;
  nameKo: string;
  nameEn: string;
  kind: 'tenant' | 'ministry' | 'platform';
}

/** The login start page's list of realms: public registry data only (codes and names). */
@Controller('auth/realms')
export class RealmsController {
  constructor(
    @Inject(TenantRegistry) private readonly registry: TenantRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  realms(): { keycloakUrl: string; realms: RealmEntry[] } {
    return {
      // Where the admin UI sends staff to log in: one admin bundle serves any Keycloak.
      keycloakUrl: this.config.keycloakUrl,
      realms: [
        ...this.registry
          .list()
          .map((t) => ({ realm: t.code, nameKo: t.nameKo, nameEn: t.nameEn, kind: 'tenant' as const })),
        {
          realm: MINISTRY_REALM,
          nameKo: '중앙부처(행정안전부)',
          nameEn: 'Central ministry (MOIS)',
          kind: 'ministry',
        },
        { realm: PLATFORM_REALM, nameKo: '플랫폼 운영', nameEn: 'Platform operations', kind: 'platform' },
      ],
    };
  }
}
