import type { DataSource } from 'typeorm';

/** Where the seeded figures come from; the platform operator replaces them with the exact published ones. */
export const POPULATION_SOURCE = '행정안전부 주민등록 인구통계 (2025년, 천 명 단위 근사치)';
export const POPULATION_YEAR = 2025;

/**
 * Registered population (주민등록인구) of the 17 시·도 in 2025, rounded to thousands. 세종특별자치시 is listed
 * for completeness though it is not one of the 16 tenants; a figure is seeded only for a tenant that exists.
 */
export const POPULATION_2025: Readonly<Record<string, number>> = {
  seoul: 9_332_000,
  busan: 3_267_000,
  daegu: 2_364_000,
  incheon: 3_021_000,
  gwangju: 1_408_000,
  daejeon: 1_442_000,
  ulsan: 1_097_000,
  sejong: 391_000,
  gyeonggi: 13_695_000,
  gangwon: 1_518_000,
  chungbuk: 1_591_000,
  chungnam: 2_134_000,
  jeonbuk: 1_739_000,
  jeonnam: 1_789_000,
  gyeongbuk: 2_531_000,
  gyeongnam: 3_225_000,
  jeju: 669_000,
};

/**
 * Seeds each existing tenant's 2025 population once; a figure already there (the operator's) is kept. Each
 * row is written in a transaction pinned to its tenant, as the table's policy asks of every writer.
 */
export async function seedTenantPopulation(owner: DataSource): Promise<void> {
  const runner = owner.createQueryRunner();
  try {
    for (const [tenant, population] of Object.entries(POPULATION_2025)) {
      await runner.startTransaction();
      try {
        await runner.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenant]);
        await runner.query(
          `INSERT INTO tenant_population (tenant_id, year, population, source)
           SELECT id, $2, $3, $4 FROM tenants WHERE id = $1
           ON CONFLICT (tenant_id, year) DO NOTHING`,
          [tenant, POPULATION_YEAR, population, POPULATION_SOURCE],
        );
        await runner.commitTransaction();
      } catch (error) {
        await runner.rollbackTransaction();
        throw error;
      }
    }
  } finally {
    await runner.release();
  }
}
