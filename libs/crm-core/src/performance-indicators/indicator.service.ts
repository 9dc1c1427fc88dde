import { Inject, Injectable } from '@nestjs/common';
import {
  Cursor,
  RequestContexts,
  TenantDatabase,
  badInput,
  conflict,
  notFound,
  recordAudit,
  run,
  runOne,
  toConnection,
  type Connection,
  type Sql,
} from '@pcrm/tenancy';
import { MeasureCatalogue } from './measure-catalogue';
import { bandProblem } from './indicator-evaluation';
import {
  rowDefinition,
  toPerformanceMeasure,
  type IndicatorDefinition,
  type IndicatorRow,
  type PerformanceIndicator,
  type PerformanceMeasure,
} from './indicator.model';
import type { SavePerformanceIndicatorInput } from './indicator.inputs';
import { IndicatorQueries as Q } from './indicator.sql';
import { STANDARD_INDICATORS } from './standard-indicators';
import type { ScopeKind } from './measure';

const STANDARD = new Map(STANDARD_INDICATORS.map((d) => [d.code, d]));

const fromStandard = (d: IndicatorDefinition): PerformanceIndicator => ({
  ...d,
  bands: d.bands.map((b) => ({ ...b })),
  version: 0,
  standard: true,
  overridden: false,
  createdBy: null,
  createdAt: null,
});

const fromRow = (r: IndicatorRow): PerformanceIndicator => ({
  ...rowDefinition(r),
  version: r.version,
  standard: STANDARD.has(r.code),
  overridden: STANDARD.has(r.code),
  createdBy: r.created_by,
  createdAt: r.created_at,
});

const definitionOf = (i: SavePerformanceIndicatorInput): IndicatorDefinition => ({
  code: i.code,
  measureCode: i.measureCode,
  nameKo: i.nameKo.trim(),
  nameEn: i.nameEn.trim(),
  typeTag: i.typeTag,
  scope: i.scope,
  period: i.period,
  weight: i.weight,
  target: i.target,
  direction: i.direction,
  bands: i.bands.map((b) => ({ grade: b.grade, threshold: b.threshold ?? null, score: b.score })),
  active: i.active,
});

const isUniqueViolation = (error: unknown): boolean => {
  const driver = (error as { driverError?: { code?: string } }).driverError ?? error;
  return (driver as { code?: string }).code === '23505';
};

/** Indicator definitions (issue 10 #5): the standard set with the tenant's versioned overrides and additions. */
@Injectable()
export class PerformanceIndicatorService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(MeasureCatalogue) private readonly catalogue: MeasureCatalogue,
  ) {}

  private get sql(): Sql {
    return this.db.request();
  }

  measures(): PerformanceMeasure[] {
    return this.catalogue.list().map(toPerformanceMeasure);
  }

  /** Every indicator in effect: each standard one (or the tenant's latest version of it), then the tenant's own. */
  async effective(scope?: ScopeKind | null): Promise<PerformanceIndicator[]> {
    const saved = new Map((await run(this.sql, Q.latest())).map((r) => [r.code, fromRow(r)]));
    const all = [
      ...STANDARD_INDICATORS.map((d) => saved.get(d.code) ?? fromStandard(d)),
      ...[...saved.values()].filter((i) => !i.standard),
    ];
    return scope ? all.filter((i) => i.scope === scope) : all;
  }

  /** The saved versions of one code, newest first (a standard code without an override has none). */
  async versions(
    code: string,
    first: number,
    after?: string | null,
  ): Promise<Connection<PerformanceIndicator>> {
    let before: number | null = null;
    if (after) {
      const [version] = Cursor.decode(after, 1);
      if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
        throw badInput('after', '커서가 올바르지 않습니다.', 'The cursor is not valid.');
      before = version;
    }
    const rows = await run(this.sql, Q.versions(code, before, first + 1));
    const { n } = await runOne(this.sql, Q.countVersions(code));
    if (n === 0 && !STANDARD.has(code)) throw notFound('성과지표', 'performance indicator');
    return toConnection(rows, first, n, fromRow, (r) => [r.version]);
  }

  /** Saves the next version of an indicator; refused (and nothing written) when it cannot be evaluated. */
  async save(input: SavePerformanceIndicatorInput): Promise<PerformanceIndicator> {
    const definition = definitionOf(input);
    const measure = this.catalogue.get(definition.measureCode);
    if (!measure)
      throw badInput(
        'measureCode',
        `측정항목 '${definition.measureCode}'은(는) 측정항목 목록에 없습니다. 목록에 있는 측정항목만 지표로 쓸 수 있습니다.`,
        `Measure '${definition.measureCode}' is not in the measure catalogue; an indicator can only use a listed measure.`,
      );
    if (!measure.scopes.includes(definition.scope))
      throw badInput(
        'scope',
        `측정항목 '${measure.labelKo}'은(는) 이 평가 대상으로 계산할 수 없습니다.`,
        `Measure '${measure.labelEn}' is not computed for this scope.`,
      );
    const problem = bandProblem(definition.direction, definition.bands);
    if (problem) throw badInput('bands', problem[0], problem[1]);

    const sql = this.sql;
    await run(sql, Q.lockCode(definition.code));
    const [latest] = await run(sql, Q.latestOf(definition.code));
    const current = latest?.version ?? 0;
    if (input.expectedVersion !== current)
      throw conflict(
        'expectedVersion',
        `그 사이 다른 사람이 이 지표를 저장했습니다 (현재 버전 ${current}). 새로 불러온 뒤 다시 저장하세요.`,
        `Someone else saved this indicator meanwhile (now version ${current}); reload and save again.`,
      );
    const before = latest
      ? fromRow(latest)
      : STANDARD.has(definition.code)
        ? fromStandard(STANDARD.get(definition.code)!)
        : null;
    let saved: IndicatorRow;
    try {
      saved = await runOne(
        sql,
        Q.insert(definition, current + 1, RequestContexts.require().principal.username),
      );
    } catch (error) {
      if (isUniqueViolation(error))
        throw conflict(
          'expectedVersion',
          '그 사이 다른 사람이 이 지표를 저장했습니다. 새로 불러온 뒤 다시 저장하세요.',
          'Someone else saved this indicator meanwhile; reload and save again.',
        );
      throw error;
    }
    const after = fromRow(saved);
    await recordAudit(sql, {
      action: before ? 'update' : 'create',
      entity: 'performance-indicator',
      entityId: definition.code,
      before: before ?? undefined,
      after,
    });
    return after;
  }
}
