import { sql, type Expression, type ExpressionBuilder, type Generated, type SqlBool } from 'kysely';
import type { CustomValueCondition } from '@pcrm/customization';
import { queryBuilder, type StatementExamples } from '@pcrm/tenancy';
import { SUMMARY_COLUMNS, customValueCondition } from '../customers';
import {
  AGE_BANDS,
  LIFE_STAGES,
  isGroup,
  type Area,
  type Condition,
  type CustomCondition,
  type Rule,
  type RuleGroup,
} from './segment-rules';

/**
 * A rule ready for SQL: each custom condition of `rules` (by identity) with the SQL condition its field's
 * definition gives it, as `CustomFieldFilters` checked it for the caller.
 */
export interface CheckedRules {
  rules: RuleGroup;
  custom: ReadonlyMap<CustomCondition, CustomValueCondition>;
}

/** The columns of `customers` a rule can test (the table belongs to the customers capability). */
export interface SegmentCustomersTable {
  tenant_id: string;
  id: string;
  customer_no: string;
  status: string;
  kind: string;
  party_type: string;
  name: string;
  sido: string | null;
  sigungu: string | null;
  eupmyeondong: string | null;
  tags: string[];
  birth_date: Date | null;
  sex: string | null;
  last_contact_at: Date | null;
  source: string;
}

interface ConsentsTable {
  customer_id: string;
  purpose: string;
  withdrawn_at: Date | null;
}

export interface SegmentsTable {
  tenant_id: Generated<string>;
  id: Generated<string>;
  name: string;
  description: string | null;
  rules: unknown;
  created_by: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  version: Generated<number>;
}

interface SnapshotsTable {
  tenant_id: Generated<string>;
  id: string;
  segment_id: string;
  taken_at: Generated<Date>;
  member_count: number;
  rules: unknown;
  taken_by: string;
}

interface MembersTable {
  tenant_id: string;
  snapshot_id: string;
  customer_id: string;
}

type SegmentDatabase = {
  customers: SegmentCustomersTable;
  customer_consents: ConsentsTable;
  customer_segments: SegmentsTable;
  customer_segment_snapshots: SnapshotsTable;
  customer_segment_members: MembersTable;
};
const db = queryBuilder<SegmentDatabase>();

type Customers = ExpressionBuilder<SegmentDatabase, 'customers'>;

// ---- the rule compiler: every value bound, never part of the text --------------------------------------

/** `current_date` minus whole years, as a date (the birth-date bound of an age). */
const yearsAgo = (years: number) => sql<Date>`(current_date - make_interval(years => ${years}))::date`;

/** Customers aged `[from, to)` whole years today; `to` null means no upper bound. */
function ageBetween(eb: Customers, [from, to]: readonly [number, number | null]): Expression<SqlBool> {
  const parts = [eb('customers.birth_date', '<=', yearsAgo(from))];
  if (to !== null) parts.push(eb('customers.birth_date', '>', yearsAgo(to)));
  return eb.and(parts);
}

function inArea(eb: Customers, areas: Area[]): Expression<SqlBool> {
  return eb.or(
    areas.map((a) =>
      eb.and(
        (['sido', 'sigungu', 'eupmyeondong'] as const)
          .filter((part) => a[part] !== undefined)
          .map((part) => eb(`customers.${part}`, '=', a[part]!)),
      ),
    ),
  );
}

const textArray = (values: string[]) => sql<string[]>`${values}::text[]`;

/** A null (unknown) test result counts as not matching, so NOT of it matches. */
const isFalseOrUnknown = (e: Expression<SqlBool>) => sql<SqlBool>`(${e}) IS NOT TRUE`;

function compileCondition(eb: Customers, c: Condition, checked: CheckedRules): Expression<SqlBool> {
  switch (c.field) {
    case 'kind':
      return eb('customers.kind', c.op === 'IN' ? 'in' : 'not in', c.value);
    case 'partyType':
      return eb('customers.party_type', 'in', c.value);
    case 'area':
      return c.op === 'IN' ? inArea(eb, c.value) : isFalseOrUnknown(inArea(eb, c.value));
    case 'tags':
      if (c.op === 'HAS_ALL') return sql<SqlBool>`${eb.ref('customers.tags')} @> ${textArray(c.value)}`;
      if (c.op === 'HAS_ANY') return sql<SqlBool>`${eb.ref('customers.tags')} && ${textArray(c.value)}`;
      return sql<SqlBool>`NOT (${eb.ref('customers.tags')} && ${textArray(c.value)})`;
    case 'consent': {
      const active = eb
        .selectFrom('customer_consents')
        .select(sql`1`.as('one'))
        .whereRef('customer_consents.customer_id', '=', 'customers.id')
        .where('customer_consents.purpose', '=', c.value)
        .where('customer_consents.withdrawn_at', 'is', null);
      return c.op === 'HAS' ? eb.exists(active) : eb.not(eb.exists(active));
    }
    case 'ageBand':
      return eb.or(
        c.value.map((band) => {
          const range = AGE_BANDS[band];
          return range === null ? eb('customers.birth_date', 'is', null) : ageBetween(eb, range);
        }),
      );
    case 'lifeStage':
      return eb.or(c.value.map((stage) => ageBetween(eb, LIFE_STAGES[stage])));
    case 'sex': {
      const known = c.value.filter((s) => s !== 'UNKNOWN');
      const parts: Expression<SqlBool>[] = [];
      if (known.length) parts.push(eb('customers.sex', 'in', known));
      if (known.length < c.value.length) parts.push(eb('customers.sex', 'is', null));
      return eb.or(parts);
    }
    case 'lastContactAt': {
      const since = (n: number) => sql<Date>`now() - make_interval(days => ${n})`;
      const at = (day: string) => sql<Date>`${day}::date`;
      switch (c.op) {
        case 'WITHIN_DAYS':
          return eb('customers.last_contact_at', '>=', since(c.value));
        case 'NOT_WITHIN_DAYS':
          return eb.or([
            eb('customers.last_contact_at', 'is', null),
            eb('customers.last_contact_at', '<', since(c.value)),
          ]);
        case 'BEFORE':
          return eb('customers.last_contact_at', '<', at(c.value));
        case 'ON_OR_AFTER':
          return eb('customers.last_contact_at', '>=', at(c.value));
        case 'NEVER':
          return eb('customers.last_contact_at', 'is', null);
      }
    }
    // falls through: the inner switch covers every operator
    case 'source':
      return eb('customers.source', c.op === 'IN' ? 'in' : 'not in', c.value);
    case 'custom': {
      const condition = checked.custom.get(c);
      if (!condition) throw new Error(`custom condition on '${c.key}' was not checked`);
      return customValueCondition(condition);
    }
  }
}

function compileRule(eb: Customers, rule: Rule, checked: CheckedRules): Expression<SqlBool> {
  if (!isGroup(rule)) return compileCondition(eb, rule, checked);
  if (rule.conditions.length === 0) return sql<SqlBool>`true`;
  const parts = rule.conditions.map((r) => compileRule(eb, r, checked));
  return rule.match === 'ALL' ? eb.and(parts) : eb.or(parts);
}

/** A segment's members: active customers (not merged away, not anonymized) matching the rule. */
const members = (checked: CheckedRules) => {
  const active = db.selectFrom('customers').where('customers.status', '=', 'ACTIVE');
  return checked.rules.conditions.length
    ? active.where((eb) => compileRule(eb, checked.rules, checked))
    : active;
};

// ---- statements ---------------------------------------------------------------------------------------

const SEGMENT_COLUMNS = [
  'id',
  'name',
  'description',
  'rules',
  'created_by',
  'created_at',
  'updated_at',
  'version',
] as const;

const SNAPSHOT_COLUMNS = ['id', 'segment_id', 'taken_at', 'member_count', 'taken_by'] as const;

export interface SegmentKey {
  name: string;
  id: string;
}

export interface SegmentWrite {
  name: string;
  description: string | null;
  rules: RuleGroup;
}

/** Every statement of customer segments; `segment.queries.sql` holds each shape. */
export const SegmentQueries = {
  /** How many customers a rule selects now. */
  count: (rules: CheckedRules) => members(rules).select(sql<number>`count(*)::int`.as('n')),

  /** A page of a rule's members as customer list rows, keyset on (name, id) like every customer list. */
  memberSummaries: (rules: CheckedRules, after: SegmentKey | null, limit: number) => {
    let q = members(rules).select(SUMMARY_COLUMNS);
    if (after)
      q = q.where((eb) =>
        eb(eb.refTuple('customers.name', 'customers.id'), '>', eb.tuple(after.name, after.id)),
      );
    return q.orderBy('customers.name').orderBy('customers.id').limit(limit);
  },

  /** The member ids of a rule in customer-number order, keyset after `afterNo`; `limit` = page size + 1. */
  memberPage: (rules: CheckedRules, afterNo: string | null, limit: number) => {
    let q = members(rules).select(['customers.id', 'customers.customer_no']);
    if (afterNo !== null) q = q.where('customers.customer_no', '>', afterNo);
    return q.orderBy('customers.customer_no').limit(limit);
  },

  /** Fixes today's members in one statement: the member rows, and the snapshot row with their count. */
  snapshot: (segmentId: string, snapshotId: string, rules: CheckedRules, takenBy: string) =>
    db
      .with('added', (w) =>
        w
          .insertInto('customer_segment_members')
          .columns(['tenant_id', 'snapshot_id', 'customer_id'])
          .expression(
            members(rules).select([
              'customers.tenant_id',
              sql<string>`${snapshotId}::uuid`.as('snapshot_id'),
              'customers.id',
            ]),
          )
          .returning('customer_id'),
      )
      .insertInto('customer_segment_snapshots')
      .columns(['tenant_id', 'id', 'segment_id', 'member_count', 'rules', 'taken_by'])
      .expression((eb) =>
        eb
          .selectFrom('added')
          .select([
            sql<string>`current_setting('app.tenant_id', true)`.as('tenant_id'),
            sql<string>`${snapshotId}::uuid`.as('id'),
            sql<string>`${segmentId}::uuid`.as('segment_id'),
            sql<number>`count(*)::int`.as('member_count'),
            sql<unknown>`${JSON.stringify(rules.rules)}::jsonb`.as('rules'),
            sql<string>`${takenBy}`.as('taken_by'),
          ]),
      )
      .returning(SNAPSHOT_COLUMNS),

  /** A segment's most recent snapshots (newest first; the service orders them for charts). */
  snapshots: (segmentIds: readonly string[], last: number) =>
    db
      .selectFrom('customer_segments as s')
      .innerJoinLateral(
        (eb) =>
          eb
            .selectFrom('customer_segment_snapshots')
            .select(SNAPSHOT_COLUMNS)
            .whereRef('customer_segment_snapshots.segment_id', '=', 's.id')
            .orderBy('taken_at', 'desc')
            .orderBy('id', 'desc')
            .limit(last)
            .as('snap'),
        (join) => join.onTrue(),
      )
      .select(SNAPSHOT_COLUMNS.map((c) => `snap.${c}` as const))
      .where('s.id', 'in', segmentIds),

  page: (after: SegmentKey | null, limit: number) => {
    let q = db.selectFrom('customer_segments').select(SEGMENT_COLUMNS);
    if (after) q = q.where((eb) => eb(eb.refTuple('name', 'id'), '>', eb.tuple(after.name, after.id)));
    return q.orderBy('name').orderBy('id').limit(limit);
  },

  total: () => db.selectFrom('customer_segments').select(sql<number>`count(*)::int`.as('n')),

  byId: (id: string) => db.selectFrom('customer_segments').select(SEGMENT_COLUMNS).where('id', '=', id),

  insert: (s: SegmentWrite, createdBy: string) =>
    db
      .insertInto('customer_segments')
      .values({
        tenant_id: sql<string>`current_setting('app.tenant_id', true)`,
        name: s.name,
        description: s.description,
        rules: sql`${JSON.stringify(s.rules)}::jsonb`,
        created_by: createdBy,
      })
      .returning(SEGMENT_COLUMNS),

  /** Optimistic: changes the row only at the version the caller read. */
  update: (id: string, version: number, s: SegmentWrite) =>
    db
      .updateTable('customer_segments')
      .set({
        name: s.name,
        description: s.description,
        rules: sql`${JSON.stringify(s.rules)}::jsonb`,
        updated_at: sql<Date>`now()`,
        version: sql<number>`version + 1`,
      })
      .where('id', '=', id)
      .where('version', '=', version)
      .returning(SEGMENT_COLUMNS),

  delete: (id: string) => db.deleteFrom('customer_segments').where('id', '=', id).returning(SEGMENT_COLUMNS),
};

// ---- snapshot examples: every condition kind, both group kinds, nesting --------------------------------

const ID = '00000000-0000-4000-8000-000000000001';
const SNAPSHOT = '00000000-0000-4000-8000-000000000002';

/** One example of each field and operator (the compiler's every branch). */
export const EXAMPLE_CONDITIONS: Record<string, Condition> = {
  'kind in': { field: 'kind', op: 'IN', value: ['CURRENT', 'POLICY'] },
  'kind not in': { field: 'kind', op: 'NOT_IN', value: ['ACQUIRED'] },
  'party type': { field: 'partyType', op: 'IN', value: ['PERSON'] },
  'area in': {
    field: 'area',
    op: 'IN',
    value: [{ sigungu: '연제구', eupmyeondong: '연산동' }, { sigungu: '해운대구' }],
  },
  'area not in': { field: 'area', op: 'NOT_IN', value: [{ sido: '부산광역시', sigungu: '중구' }] },
  'tags has any': { field: 'tags', op: 'HAS_ANY', value: ['어르신', '장애인'] },
  'tags has all': { field: 'tags', op: 'HAS_ALL', value: ['다자녀', '한부모'] },
  'tags has none': { field: 'tags', op: 'HAS_NONE', value: ['수신거부'] },
  'consent has': { field: 'consent', op: 'HAS', value: 'ADMIN_NOTICE' },
  'consent lacks': { field: 'consent', op: 'LACKS', value: 'PROMOTION' },
  'age band': { field: 'ageBand', op: 'IN', value: ['TWENTIES', 'SEVENTY_PLUS', 'UNKNOWN'] },
  'life stage': { field: 'lifeStage', op: 'IN', value: ['YOUTH', 'SENIOR'] },
  'sex known and unknown': { field: 'sex', op: 'IN', value: ['FEMALE', 'UNKNOWN'] },
  'last contact within days': { field: 'lastContactAt', op: 'WITHIN_DAYS', value: 90 },
  'last contact not within days': { field: 'lastContactAt', op: 'NOT_WITHIN_DAYS', value: 365 },
  'last contact before': { field: 'lastContactAt', op: 'BEFORE', value: '2025-01-01' },
  'last contact on or after': { field: 'lastContactAt', op: 'ON_OR_AFTER', value: '2025-07-01' },
  'never contacted': { field: 'lastContactAt', op: 'NEVER' },
  'source in': { field: 'source', op: 'IN', value: ['manual', '복지포털'] },
  'source not in': { field: 'source', op: 'NOT_IN', value: ['manual'] },
};

/** Custom conditions with the SQL condition `CustomFieldFilters` gives each (one per kind). */
const CUSTOM_EXAMPLES: Record<string, [CustomCondition, CustomValueCondition]> = {
  'custom equals': [
    { field: 'custom', key: 'income_band', op: 'EQ', value: 'LOW' },
    { kind: 'equals', key: 'income_band', values: ['LOW'], multi: false },
  ],
  'custom in': [
    { field: 'custom', key: 'income_band', op: 'IN', value: ['LOW', 'MID'] },
    { kind: 'equals', key: 'income_band', values: ['LOW', 'MID'], multi: false },
  ],
  'custom at least': [
    { field: 'custom', key: 'household_size', op: 'GTE', value: 3 },
    { kind: 'compare', key: 'household_size', op: '>=', cast: 'numeric', value: '3' },
  ],
  'custom contains': [
    { field: 'custom', key: 'memo', op: 'CONTAINS', value: '돌봄' },
    { kind: 'like', key: 'memo', pattern: '%돌봄%' },
  ],
  'custom empty': [
    { field: 'custom', key: 'memo', op: 'EMPTY' },
    { kind: 'present', key: 'memo', present: false },
  ],
  'custom not empty': [
    { field: 'custom', key: 'memo', op: 'EMPTY', value: false },
    { kind: 'present', key: 'memo', present: true },
  ],
};
const CUSTOM_SQL = new Map(Object.values(CUSTOM_EXAMPLES));

const NESTED: RuleGroup = {
  match: 'ALL',
  conditions: [
    { field: 'partyType', op: 'IN', value: ['PERSON'] },
    {
      match: 'ANY',
      conditions: [
        { field: 'lifeStage', op: 'IN', value: ['SENIOR'] },
        { field: 'tags', op: 'HAS_ANY', value: ['장애인'] },
      ],
    },
    { field: 'consent', op: 'HAS', value: 'ADMIN_NOTICE' },
  ],
};

const checked = (rules: RuleGroup): CheckedRules => ({ rules, custom: CUSTOM_SQL });
const only = (c: Condition) => checked({ match: 'ALL', conditions: [c] });
const NESTED_CHECKED = checked(NESTED);

export const SEGMENT_STATEMENTS: { [K in keyof typeof SegmentQueries]: StatementExamples[string] } = {
  count: {
    'everyone (empty rule)': SegmentQueries.count(checked({ match: 'ALL', conditions: [] })),
    ...Object.fromEntries(
      Object.entries(EXAMPLE_CONDITIONS).map(([k, c]) => [k, SegmentQueries.count(only(c))]),
    ),
    ...Object.fromEntries(
      Object.entries(CUSTOM_EXAMPLES).map(([k, [c]]) => [k, SegmentQueries.count(only(c))]),
    ),
    'nested ALL with ANY': SegmentQueries.count(NESTED_CHECKED),
  },
  memberSummaries: {
    'first page': SegmentQueries.memberSummaries(NESTED_CHECKED, null, 51),
    'after a cursor': SegmentQueries.memberSummaries(NESTED_CHECKED, { name: '홍길동', id: ID }, 51),
  },
  memberPage: {
    'first page': SegmentQueries.memberPage(NESTED_CHECKED, null, 51),
    'after a cursor': SegmentQueries.memberPage(NESTED_CHECKED, '1042', 51),
  },
  snapshot: SegmentQueries.snapshot(ID, SNAPSHOT, NESTED_CHECKED, 'busan/manager'),
  snapshots: SegmentQueries.snapshots([ID], 30),
  page: {
    'first page': SegmentQueries.page(null, 51),
    'after a cursor': SegmentQueries.page({ name: '어르신 돌봄', id: ID }, 51),
  },
  total: SegmentQueries.total(),
  byId: SegmentQueries.byId(ID),
  insert: SegmentQueries.insert({ name: '어르신 돌봄', description: null, rules: NESTED }, 'busan/manager'),
  update: SegmentQueries.update(ID, 3, { name: '어르신 돌봄', description: '65세 이상', rules: NESTED }),
  delete: SegmentQueries.delete(ID),
};
