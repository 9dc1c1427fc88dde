import type { DataSource } from 'typeorm';
import { AppError, ErrorCode, conflict, forbidden, type Principal } from '@pcrm/tenancy';
import { operatorTransaction } from '../onboarding/operator-transaction';
import {
  checkDistrictFigures,
  checkPopulation,
  checkSource,
  checkYear,
  type DistrictFigureInput,
} from './population-input';

export interface TenantFigureRow {
  tenant_id: string;
  name_ko: string;
  name_en: string;
  active: boolean;
  year: number | null;
  population: number | null;
  source: string | null;
  updated_at: Date | null;
  districts: number;
}

export interface DistrictFigureRow {
  tenant_id: string;
  year: number;
  sigungu: string;
  population: number;
  source: string;
  updated_at: Date;
}

export type FigureRow = Omit<DistrictFigureRow, 'sigungu'> & { districts: number };

export interface PopulationChangeRow {
  id: string;
  occurred_at: Date;
  actor: string;
  tenant_code: string;
  year: number;
  sigungu: string | null;
  before: number | null;
  after: number;
  source: string;
}

const unknownTenant = (): AppError =>
  new AppError(ErrorCode.NotFound, '시·도를 찾을 수 없습니다.', 'Tenant not found.', { field: 'tenantId' });

/** The refusals the SQL functions raise (migration 1764720000720), as the API answers them. */
function refusal(error: unknown): unknown {
  const pg = ((error as { driverError?: { code?: string; detail?: string } }).driverError ?? error) as {
    code?: string;
    detail?: string;
  };
  if (pg?.code === '42501') return forbidden();
  if (pg?.code === 'PP404') return unknownTenant();
  if (pg?.code === 'PP409')
    return pg.detail
      ? conflict(
          'districts',
          `"${pg.detail}" 인구가 그사이 바뀌었습니다. 새로 불러온 뒤 다시 저장해 주세요.`,
          `The population of "${pg.detail}" changed meanwhile. Reload and save again.`,
        )
      : conflict(
          'expectedUpdatedAt',
          '인구 기준자료가 그사이 바뀌었거나 이미 있습니다. 새로 불러온 뒤 다시 저장해 주세요.',
          'The population figure changed meanwhile or already exists. Reload and save again.',
        );
  return error;
}

const FIGURE_COLUMNS = 'f.tenant_id, f.year, f.population, f.source, f.updated_at';
const DISTRICT_COLUMNS = 'tenant_id, year, sigungu, population, source, updated_at';

/**
 * The platform operator's maintenance of the population reference data (docs/adr/0019 "Population"): the
 * figures per 시·도 and per 시·군·구 the ministry's per-1,000-residents values divide by. Writes go through the
 * SQL functions only (the runtime role may not write the tables), which check the operator's scope again,
 * pin each row to its tenant and record the platform audit event in the same transaction.
 */
export class PlatformPopulation {
  readonly #runtime: DataSource;

  constructor(runtime: DataSource) {
    this.#runtime = runtime;
  }

  async setTenantFigure(
    by: Principal,
    input: {
      tenantId: string;
      year: number;
      population: number;
      source: string;
      expectedUpdatedAt: Date | null;
    },
  ): Promise<FigureRow> {
    const year = checkYear(input.year);
    const population = checkPopulation(input.population);
    const source = checkSource(input.source);
    const [row] = await this.write(by, (sql) =>
      sql.query<FigureRow>(
        `SELECT ${FIGURE_COLUMNS}, (SELECT count(*)::int FROM district_population d
                  WHERE d.tenant_id = f.tenant_id AND d.year = f.year) AS districts
         FROM set_tenant_population($1, $2, $3, $4, $5) f`,
        [input.tenantId, year, population, source, input.expectedUpdatedAt],
      ),
    );
    return row;
  }

  async setDistrictFigures(
    by: Principal,
    input: { tenantId: string; year: number; districts: readonly DistrictFigureInput[] },
  ): Promise<DistrictFigureRow[]> {
    const year = checkYear(input.year);
    const entries = checkDistrictFigures(input.districts).map((d) => ({
      sigungu: d.sigungu,
      population: d.population,
      source: d.source,
      expected: d.expectedUpdatedAt?.toISOString() ?? null,
    }));
    return this.write(by, (sql) =>
      sql.query<DistrictFigureRow>(
        `SELECT ${DISTRICT_COLUMNS} FROM set_district_population($1, $2, $3::jsonb) ORDER BY sigungu`,
        [input.tenantId, year, JSON.stringify(entries)],
      ),
    );
  }

  /** Every tenant (or one) with each year's figure, latest year first, and how many districts have figures. */
  async tenantFigures(by: Principal, tenantId: string | null): Promise<TenantFigureRow[]> {
    const rows = await this.read(by, (sql) =>
      sql.query<TenantFigureRow>(
        `SELECT t.id AS tenant_id, t.name_ko, t.name_en, t.active, p.year, p.population, p.source, p.updated_at,
                (SELECT count(*)::int FROM district_population d
                 WHERE d.tenant_id = t.id AND d.year = p.year) AS districts
         FROM tenants t LEFT JOIN tenant_population p ON p.tenant_id = t.id
         WHERE $1::text IS NULL OR t.id = $1
         ORDER BY t.created_at, t.id, p.year DESC`,
        [tenantId],
      ),
    );
    if (tenantId !== null && rows.length === 0) throw unknownTenant();
    return rows;
  }

  /** One page of a tenant's district figures of a year (every year when null), by year (latest first) and name. */
  async districtFigures(
    by: Principal,
    tenantId: string,
    year: number | null,
    offset: number,
    limit: number,
  ): Promise<{ total: number; rows: DistrictFigureRow[] }> {
    return this.read(by, async (sql) => {
      if (!(await sql.query('SELECT 1 FROM tenants WHERE id = $1', [tenantId])).length) throw unknownTenant();
      const where = `WHERE tenant_id = $1 AND ($2::int IS NULL OR year = $2)`;
      const [count] = await sql.query<{ total: number }>(
        `SELECT count(*)::int AS total FROM district_population ${where}`,
        [tenantId, year],
      );
      const rows = await sql.query<DistrictFigureRow>(
        `SELECT ${DISTRICT_COLUMNS} FROM district_population ${where}
         ORDER BY year DESC, sigungu OFFSET $3 LIMIT $4`,
        [tenantId, year, offset, limit],
      );
      return { total: count.total, rows };
    });
  }

  /** The changes of a tenant's figures, latest first: one row per figure changed (from the platform audit). */
  history(by: Principal, tenantId: string, first: number): Promise<PopulationChangeRow[]> {
    return this.read(by, (sql) =>
      sql.query<PopulationChangeRow>(
        `SELECT e.id::text AS id, e.occurred_at, e.actor, e.tenant_code, (e.detail->>'year')::int AS year,
                c.sigungu, c.before, c.after, c.source
         FROM platform_audit_events e
         CROSS JOIN LATERAL (
           SELECT NULL::text AS sigungu, (e.detail->'before'->>'population')::int AS before,
                  (e.detail->'after'->>'population')::int AS after, e.detail->'after'->>'source' AS source
           WHERE e.action = 'population.set'
           UNION ALL
           SELECT d->>'sigungu', (d->>'before')::int, (d->>'after')::int, d->>'source'
           FROM jsonb_array_elements(e.detail->'districts') AS d
           WHERE e.action = 'population.districts.set'
         ) c
         WHERE e.tenant_code = $1 AND e.action IN ('population.set', 'population.districts.set')
         ORDER BY e.id DESC, c.sigungu NULLS FIRST LIMIT $2`,
        [tenantId, first],
      ),
    );
  }

  private write<T>(by: Principal, work: Parameters<typeof operatorTransaction<T>>[2]): Promise<T> {
    return operatorTransaction(this.#runtime, by, work, 'read-write', refusal);
  }

  private read<T>(by: Principal, work: Parameters<typeof operatorTransaction<T>>[2]): Promise<T> {
    return operatorTransaction(this.#runtime, by, work, 'read-only', refusal);
  }
}
