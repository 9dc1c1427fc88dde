import { Inject, Module, type DynamicModule } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { StandardModelModule, StandardUpgrades } from '@pcrm/crm-core';
import { RequestContexts, badInput, type Principal } from '@pcrm/tenancy';
import { CreateTenantInput, OnboardedTenant, PlatformAuditEvent, PlatformTenant } from './onboarding.model';
import { TenantOnboarding, type PlatformTenantRow } from './tenant-onboarding';

const MAX_AUDIT_EVENTS = 500;

const operator = (): Principal => RequestContexts.require().principal;

const toTenant = (row: PlatformTenantRow): PlatformTenant => ({
  code: row.id,
  nameKo: row.name_ko,
  nameEn: row.name_en,
  active: row.active,
  createdAt: row.created_at,
  deactivatedAt: row.deactivated_at,
});

/** The platform operator's operations (permission `platform:operate`, the `platform` realm only; ADR 0024). */
@Resolver()
export class OnboardingResolver {
  constructor(
    @Inject(TenantOnboarding) private readonly onboarding: TenantOnboarding,
    @Inject(StandardUpgrades) private readonly standard: StandardUpgrades,
  ) {}

  @Query(() => [PlatformTenant], { description: '모든 시·도 (사용 중지된 곳 포함), 등록 순' })
  async platformTenants(): Promise<PlatformTenant[]> {
    return (await this.onboarding.list(operator())).map(toTenant);
  }

  @Query(() => [PlatformAuditEvent], { description: '플랫폼 운영 감사 기록, 최근 것부터' })
  async platformAuditEvents(
    @Args('tenantCode', { type: () => String, nullable: true }) tenantCode: string | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<PlatformAuditEvent[]> {
    if (first < 1 || first > MAX_AUDIT_EVENTS)
      throw badInput(
        'first',
        `first 는 1~${MAX_AUDIT_EVENTS} 사이여야 합니다.`,
        `first must be between 1 and ${MAX_AUDIT_EVENTS}.`,
      );
    const rows = await this.onboarding.auditEvents(operator(), tenantCode ?? null, first);
    return rows.map((r) => ({
      id: r.id,
      occurredAt: r.occurred_at,
      actor: r.actor,
      action: r.action,
      tenantCode: r.tenant_code,
      detail: JSON.stringify(r.detail),
    }));
  }

  @Query(() => String, { description: '시·도의 Keycloak realm 내보내기 (JSON; 사람은 포함하지 않음)' })
  tenantRealmExport(@Args('code') code: string): Promise<string> {
    return this.onboarding.realmExport(code, operator());
  }

  @Mutation(() => OnboardedTenant, {
    description:
      '새 시·도 등록: 테넌트, realm, 최신 표준 모델 판의 참조 데이터·항목·용어, 표준 조직도, 첫 시·도 관리자를 한 번에 (실패하면 아무것도 남지 않음)',
  })
  async createTenant(@Args('input') input: CreateTenantInput): Promise<OnboardedTenant> {
    const done = await this.onboarding.create(input, operator(), this.standard);
    return {
      tenant: toTenant(done.tenant),
      firstAdminUsername: input.firstAdmin.username,
      firstAdminSubject: done.firstAdminSubject,
      departments: done.departments,
      realmExport: done.realmExport,
      elapsedMs: done.elapsedMs,
    };
  }

  @Mutation(() => PlatformTenant, {
    description: '시·도 사용 중지: 발급된 토큰까지 바로 거절, 데이터는 보존',
  })
  async deactivateTenant(@Args('code') code: string): Promise<PlatformTenant> {
    return toTenant(await this.onboarding.setActive(code, false, operator()));
  }

  @Mutation(() => PlatformTenant, { description: '사용 중지된 시·도를 다시 사용' })
  async reactivateTenant(@Args('code') code: string): Promise<PlatformTenant> {
    return toTenant(await this.onboarding.setActive(code, true, operator()));
  }
}

@Module({})
export class OnboardingModule {
  static register(onboarding: TenantOnboarding): DynamicModule {
    return {
      module: OnboardingModule,
      imports: [StandardModelModule],
      providers: [{ provide: TenantOnboarding, useValue: onboarding }, OnboardingResolver],
    };
  }
}
