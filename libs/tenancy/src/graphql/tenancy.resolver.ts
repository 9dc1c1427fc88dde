import { Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { RequestContexts } from '../context/request-context';
import { TenantRegistry } from '../registry/tenant-registry';
import { Me, TenantModel } from './tenant.model';

@Resolver()
export class TenancyResolver {
  constructor(@Inject(TenantRegistry) private readonly registry: TenantRegistry) {}

  @Query(() => Me, { description: '로그인한 사용자와 소속 시·도' })
  me(): Me {
    const p = RequestContexts.require().principal;
    return {
      username: p.username,
      name: p.name,
      roles: [...p.roles],
      realm: p.realm,
      tenant: p.tenantId ? (this.registry.get(p.tenantId) ?? null) : null,
    };
  }

  @Query(() => [TenantModel], { description: '시·도 목록 (중앙부처 분석가 전용)' })
  tenants(): TenantModel[] {
    return this.registry.list();
  }
}
