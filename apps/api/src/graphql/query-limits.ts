import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export const MAX_QUERY_DEPTH = 10;
/** Field values one operation may produce: one full page of 200 staff with every field fits, 50 pages do not. */
export const MAX_QUERY_COST = 5_000;
/** Items a list without `first` (e.g. `departments`) is assumed to hold. */
export const DEFAULT_LIST_SIZE = 100;
/** Items a `first` given through a variable is assumed to ask for: the largest page the API serves. */
export const MAX_PAGE_SIZE = 200;

export type QueryLimit = 'depth' | 'cost';

/** Depth (field levels) and cost (field values at one item per list) of a selection set. */
interface Measure {
  readonly depth: number;
  readonly cost: number;
}

class LimitExceeded extends Error {
  constructor(readonly limit: QueryLimit) {
    super(limit);
  }
}

const LIMIT_TEXT: Record<QueryLimit, { ko: string; en: string; maximum: number }> = {
  depth: {
    ko: `질의 깊이가 한도 ${MAX_QUERY_DEPTH}단계를 넘습니다. 중첩을 줄여 주세요.`,
    en: `Query depth exceeds the limit of ${MAX_QUERY_DEPTH} levels. Nest less deeply.`,
    maximum: MAX_QUERY_DEPTH,
  },
  cost: {
    ko:
      `질의 비용이 한도 ${MAX_QUERY_COST}을(를) 넘습니다. 필드는 목록 항목마다 한 번씩 셉니다` +
      ` (first 값, first 가 없는 목록은 ${DEFAULT_LIST_SIZE}개). first 나 필드, 별칭 수를 줄여 나눠 요청해 주세요.`,
    en:
      `Query cost exceeds the limit of ${MAX_QUERY_COST}. Each field counts once per list item it may return` +
      ` (first, or ${DEFAULT_LIST_SIZE} for lists without first). Ask for fewer items, fields or aliases per request.`,
    maximum: MAX_QUERY_COST,
  },
};

const tooBig = (limit: QueryLimit) =>
  new GraphQLError(LIMIT_TEXT[limit].ko, {
    extensions: {
      code: 'GRAPHQL_VALIDATION_FAILED',
      messageEn: LIMIT_TEXT[limit].en,
      limit,
      maximum: LIMIT_TEXT[limit].maximum,
    },
  });

/**
 * Lists served whole, with no database work per item, and bounded by limits the API enforces, so they count as
 * one item: from an in-process cache (docs/adr/0022: at most 200 custom fields per entity, 200 options per
 * field), or from the parent's own row (an import mapping: at most 40 columns, MAX_MAPPING_COLUMNS; a
 * published conformance summary: one entry per standard area; an indicator's evaluation bands: at most 10,
 * BAND_LIMITS; a scorecard row's trend: the 12 months of its year; the ministry's indicator comparison).
 */
export const SERVED_WHOLE: ReadonlySet<string> = new Set([
  'Query.customFieldDefinitions',
  'CustomFieldDefinition.options',
  'CustomerImportSource.mapping',
  'ImportBatch.mapping',
  // From the published row itself: one entry per standard area (six).
  'MinistryTenantConformance.areas',
  'PerformanceIndicator.bands',
  'ScorecardRow.trend',
  // One read of published rows, shaped in memory: the standard indicators (eight), the active tenants (16), the
  // months of the range (at most 24, ministry-scope.ts).
  'MinistryIndicatorComparison.indicators',
  'MinistryIndicator.tenants',
  'MinistryIndicatorTenantValue.trend',
  // From the same statement as the tenant: one figure per year, 1990 to this year (checkYear).
  'TenantPopulations.figures',
]);

/** Items a field may return per parent: its `first`, a default for other lists of objects, else one. */
function listSize(
  field: FieldNode,
  def: GraphQLField<unknown, unknown> | undefined,
  paged: boolean,
  parent: GraphQLCompositeType | undefined,
): number {
  if (!def) return 1;
  if (parent && SERVED_WHOLE.has(`${parent.name}.${def.name}`)) return 1;
  if (def.args.some((a) => a.name === 'first')) {
    const arg = field.arguments?.find((a) => a.name.value === 'first');
    if (!arg) {
      const fallback = def.args.find((a) => a.name === 'first')?.defaultValue;
      return typeof fallback === 'number' ? fallback : MAX_PAGE_SIZE;
    }
    if (arg.value.kind === Kind.INT) return Math.max(1, Number(arg.value.value));
    return MAX_PAGE_SIZE;
  }
  const type = getNullableType(def.type);
  // A paged field's `first` already counts the items of its edge list.
  if (isListType(type) && isCompositeType(getNamedType(type))) return paged ? 1 : DEFAULT_LIST_SIZE;
  return 1;
}

const fieldsOf = (type: GraphQLCompositeType | undefined) =>
  type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields() : undefined;

/**
 * Measures a document in one pass: every fragment once (memoized), so a fragment spread any number of
 * times costs one lookup; the walk stops at the first limit exceeded.
 */
function measureDocument(schema: GraphQLSchema, fragments: Map<string, FragmentDefinitionNode>) {
  const measured = new Map<string, Measure | 'measuring'>();

  const check = (m: Measure): Measure => {
    if (m.depth > MAX_QUERY_DEPTH) throw new LimitExceeded('depth');
    if (m.cost > MAX_QUERY_COST) throw new LimitExceeded('cost');
    return m;
  };

  const fragment = (name: string, paged: boolean): Measure => {
    const key = `${name}\n${paged}`;
    const known = measured.get(key);
    // A fragment cycle is refused by graphql-js's own rule; count it as nothing here.
    if (known === 'measuring') return { depth: 0, cost: 0 };
    if (known) return known;
    const def = fragments.get(name);
    if (!def) return { depth: 0, cost: 0 };
    measured.set(key, 'measuring');
    const type = schema.getType(def.typeCondition.name.value);
    const m = set(def.selectionSet, isCompositeType(type) ? type : undefined, paged);
    measured.set(key, m);
    return m;
  };

  const set = (node: SelectionSetNode, type: GraphQLCompositeType | undefined, paged: boolean): Measure => {
    let depth = 0;
    let cost = 0;
    for (const selection of node.selections) {
      let m: Measure;
      if (selection.kind === Kind.FIELD) {
        // Introspection is governed by its own switch (off in production), not by these limits.
        if (selection.name.value.startsWith('__')) continue;
        const def = fieldsOf(type)?.[selection.name.value];
        const items = listSize(selection, def, paged, type);
        const inner = selection.selectionSet
          ? set(
              selection.selectionSet,
              def && (getNamedType(def.type) as GraphQLCompositeType),
              def?.args.some((a) => a.name === 'first') ?? false,
            )
          : { depth: 0, cost: 0 };
        m = { depth: inner.depth + 1, cost: 1 + items * inner.cost };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const named = selection.typeCondition && schema.getType(selection.typeCondition.name.value);
        m = set(selection.selectionSet, named && isCompositeType(named) ? named : type, paged);
      } else {
        m = fragment(selection.name.value, paged);
      }
      depth = Math.max(depth, m.depth);
      cost += m.cost;
      check({ depth, cost });
    }
    return { depth, cost };
  };

  return (selectionSet: SelectionSetNode, root: GraphQLCompositeType | undefined): QueryLimit | null => {
    try {
      set(selectionSet, root, false);
      return null;
    } catch (error) {
      if (error instanceof LimitExceeded) return error.limit;
      throw error;
    }
  };
}

/**
 * Refuses operations nested deeper than MAX_QUERY_DEPTH or costing more than MAX_QUERY_COST, where every
 * field counts once per list item it may return (`first`, or DEFAULT_LIST_SIZE for other lists of objects),
 * so one request cannot ask for unbounded work. Runs once per distinct document, linear in its size.
 */
export function queryLimits(context: ValidationContext): ASTVisitor {
  const schema = context.getSchema();
  const fragments = new Map(
    context
      .getDocument()
      .definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
  );
  const measure = measureDocument(schema, fragments);
  return {
    OperationDefinition(node) {
      const exceeded = measure(node.selectionSet, schema.getRootType(node.operation) ?? undefined);
      if (exceeded) context.reportError(tooBig(exceeded));
    },
  };
}
