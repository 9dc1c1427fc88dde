import { Inject, Module, type DynamicModule } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequestContexts, badInput, type Principal } from '@pcrm/tenancy';
import {
  DistrictPopulationFigure,
  DistrictPopulationInput,
  DistrictPopulationPage,
  PopulationChange,
  PopulationFigure,
  SetTenantPopulationArgs,
  TenantPopulations,
} from './population.model';
import { PlatformPopulation, type DistrictFigureRow, type TenantFigureRow } from './platform-population';

const MAX_PAGE = 200;

const operator = (): Principal => RequestContexts.require().principal;

function pageSize(field: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max)
    throw badInput(field, `${field} 는 1~${max} 사이여야 합니다.`, `${field} must be between 1 and ${max}.`);
  return value;
}

const district = (r: DistrictFigureRow): DistrictPopulationFigure => ({
  tenantId: r.tenant_id,
  year: r.year,
  sigungu: r.sigungu,
  population: r.population,
  source: r.source,
  updatedAt: r.updated_at,
});

function byTenant(rows: readonly TenantFigureRow[]): TenantPopulations[] {
  const tenants = new Map<string, TenantPopulations>();
  for (const r of rows) {
    const tenant = tenants.get(r.tenant_id) ?? {
      tenantId: r.tenant_id,
      nameKo: r.name_ko,
      nameEn: r.name_en,
      active: r.active,
      figures: [],
    };
    tenants.set(r.tenant_id, tenant);
    if (r.year !== null)
      tenant.figures.push({
        tenantId: r.tenant_id,
        year: r.year,
        population: r.population!,
        source: r.source!,
        updatedAt: r.updated_at!,
        districts: r.districts,
      });
  }
  return [...tenants.values()];
}

/** The platform operator's population reference data (permission `platform:operate`; docs/adr/0019). */
@Resolver()
export class PopulationResolver {
  constructor(@Inject(PlatformPopulation) private readonly population: PlatformPopulation) {}

  @Query(() => [TenantPopulations], { description: '시·도별 인구 기준자료 (연도별, 최근 연도부터)' })
  async platformPopulations(
    @Args('tenantId', { type: () => ID, nullable: true }) tenantId: string | null,
  ): Promise<TenantPopulations[]> {
    return byTenant(await this.population.tenantFigures(operator(), tenantId ?? null));
  }

  @Query(() => DistrictPopulationPage, { description: '한 시·도의 시·군·구별 인구 (연도 최근부터, 이름순)' })
  async platformDistrictPopulations(
    @Args('tenantId', { type: () => ID }) tenantId: string,
    @Args('year', { type: () => Int, nullable: true }) year: number | null,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<DistrictPopulationPage> {
    if (!Number.isInteger(offset) || offset < 0)
      throw badInput('offset', 'offset 은 0 이상이어야 합니다.', 'offset must be 0 or more.');
    const page = await this.population.districtFigures(
      operator(),
      tenantId,
      year ?? null,
      offset,
      pageSize('first', first, MAX_PAGE),
    );
    return { total: page.total, items: page.rows.map(district) };
  }

  @Query(() => [PopulationChange], { description: '한 시·도의 인구 기준자료 변경 이력, 최근 것부터' })
  async platformPopulationHistory(
    @Args('tenantId', { type: () => ID }) tenantId: string,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<PopulationChange[]> {
    const rows = await this.population.history(operator(), tenantId, pageSize('first', first, MAX_PAGE));
    return rows.map((r) => ({
      eventId: r.id,
      occurredAt: r.occurred_at,
      actor: r.actor,
      year: r.year,
      sigungu: r.sigungu,
      before: r.before,
      after: r.after,
      source: r.source,
    }));
  }

  @Mutation(() => PopulationFigure, {
    description:
      '시·도의 한 해 인구 입력·수정 (플랫폼 운영자; 감사 기록과 함께, 값이 그사이 바뀌었으면 CONFLICT)',
  })
  async setTenantPopulation(@Args() args: SetTenantPopulationArgs): Promise<PopulationFigure> {
    const row = await this.population.setTenantFigure(operator(), {
      ...args,
      expectedUpdatedAt: args.expectedUpdatedAt ?? null,
    });
    return {
      tenantId: row.tenant_id,
      year: row.year,
      population: row.population,
      source: row.source,
      updatedAt: row.updated_at,
      districts: row.districts,
    };
  }

  @Mutation(() => [DistrictPopulationFigure], {
    description:
      '한 시·도의 시·군·구 인구를 한 번에 입력·수정 (최대 100곳; 하나라도 거절되면 아무것도 저장하지 않음)',
  })
  async setDistrictPopulations(
    @Args('tenantId', { type: () => ID }) tenantId: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('districts', { type: () => [DistrictPopulationInput] }) districts: DistrictPopulationInput[],
  ): Promise<DistrictPopulationFigure[]> {
    return (await this.population.setDistrictFigures(operator(), { tenantId, year, districts })).map(
      district,
    );
  }
}

@Module({})
export class PopulationModule {
  static register(population: PlatformPopulation): DynamicModule {
    return {
      module: PopulationModule,
      providers: [{ provide: PlatformPopulation, useValue: population }, PopulationResolver],
    };
  }
}
