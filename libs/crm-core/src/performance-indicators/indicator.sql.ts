import { sql, type Generated } from 'kysely';
import { queryBuilder, type StatementExamples } from '@pcrm/tenancy';
import type { Band } from './indicator-evaluation';
import type { IndicatorDefinition, IndicatorRow } from './indicator.model';

interface PerformanceIndicatorsTable {
  tenant_id: Generated<string>;
  code: string;
  version: number;
  measure_code: string;
  name_ko: string;
  name_en: string;
  type_tag: string;
  scope: string;
  period: string;
  weight: string | number;
  target: string | number;
  direction: string;
  bands: Band[] | string;
  active: boolean;
  created_by: string;
  created_at: Generated<Date>;
}
const db = queryBuilder<{ performance_indicators: PerformanceIndicatorsTable }>();

const COLUMNS = [
  'code',
  'version',
  'measure_code',
  'name_ko',
  'name_en',
  'type_tag',
  'scope',
  'period',
  'weight',
  'target',
  'direction',
  'bands',
  'active',
  'created_by',
  'created_at',
] as const;

export const IndicatorQueries = {
  /** The latest version of every code the tenant has saved. */
  latest: () =>
    db
      .selectFrom('performance_indicators')
      .distinctOn('code')
      .select(COLUMNS)
      .orderBy('code')
      .orderBy('version', 'desc')
      .$castTo<IndicatorRow>(),

  /** The latest version of one code, locked until the saving transaction ends. */
  latestOf: (code: string) =>
    db
      .selectFrom('performance_indicators')
      .select(COLUMNS)
      .where('code', '=', code)
      .orderBy('version', 'desc')
      .limit(1)
      .$castTo<IndicatorRow>(),

  /** Versions of one code older than `before` (newest first), one more than the page to tell if more follow. */
  versions: (code: string, before: number | null, limit: number) => {
    let q = db.selectFrom('performance_indicators').select(COLUMNS).where('code', '=', code);
    if (before !== null) q = q.where('version', '<', before);
    return q.orderBy('version', 'desc').limit(limit).$castTo<IndicatorRow>();
  },

  countVersions: (code: string) =>
    db
      .selectFrom('performance_indicators')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('code', '=', code),

  /** One save: the next version; the primary key refuses a concurrent save of the same version. */
  insert: (d: IndicatorDefinition, version: number, createdBy: string) =>
    db
      .insertInto('performance_indicators')
      .values({
        tenant_id: sql<string>`current_setting('app.tenant_id', true)`,
        code: d.code,
        version,
        measure_code: d.measureCode,
        name_ko: d.nameKo,
        name_en: d.nameEn,
        type_tag: d.typeTag,
        scope: d.scope,
        period: d.period,
        weight: d.weight,
        target: d.target,
        direction: d.direction,
        bands: JSON.stringify(d.bands),
        active: d.active,
        created_by: createdBy,
      })
      .returning(COLUMNS)
      .$castTo<IndicatorRow>(),

  /** Saves of one code wait for each other (the version check then sees the committed one). */
  lockCode: (code: string) =>
    db.selectNoFrom(
      sql<string>`pg_advisory_xact_lock(hashtext('performance-indicator:' || current_setting('app.tenant_id', true) || ':' || ${code}))::text`.as(
        'locked',
      ),
    ),
};

const EXAMPLE: IndicatorDefinition = {
  code: 'DEPT_TARGET_CLOSURE',
  measureCode: 'PETITION_CLOSED_WITHIN_TARGET',
  nameKo: '목표기한 내 처리율',
  nameEn: 'Closed within target',
  typeTag: 'EFFICIENCY' as IndicatorDefinition['typeTag'],
  scope: 'DEPARTMENT' as IndicatorDefinition['scope'],
  period: 'MONTH' as IndicatorDefinition['period'],
  weight: 30,
  target: 90,
  direction: 'HIGHER_IS_BETTER' as IndicatorDefinition['direction'],
  bands: [
    { grade: 'S', threshold: 95, score: 100 },
    { grade: 'D', threshold: null, score: 60 },
  ],
  active: true,
};

export const INDICATOR_STATEMENTS: { [K in keyof typeof IndicatorQueries]: StatementExamples[string] } = {
  latest: IndicatorQueries.latest(),
  latestOf: IndicatorQueries.latestOf('DEPT_TARGET_CLOSURE'),
  versions: {
    'first page': IndicatorQueries.versions('DEPT_TARGET_CLOSURE', null, 21),
    'after a version': IndicatorQueries.versions('DEPT_TARGET_CLOSURE', 3, 21),
  },
  countVersions: IndicatorQueries.countVersions('DEPT_TARGET_CLOSURE'),
  insert: IndicatorQueries.insert(EXAMPLE, 2, 'admin@jeonbuk'),
  lockCode: IndicatorQueries.lockCode('DEPT_TARGET_CLOSURE'),
};
