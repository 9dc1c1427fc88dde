import { GraphQLError, Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext } from 'graphql';

export const MAX_QUERY_DEPTH = 10;
export const MAX_QUERY_FIELDS = 300;

const tooBig = (ko: string, en: string) =>
  new GraphQLError(ko, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', messageEn: en } });

/**
 * Refuses operations nested deeper than MAX_QUERY_DEPTH or selecting more than MAX_QUERY_FIELDS fields
 * (fragments expanded), so one request cannot ask for unbounded work.
 */
export function queryLimits(context: ValidationContext): ASTVisitor {
  const fragments = new Map(
    context
      .getDocument()
      .definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
  );
  const measure = (
    set: SelectionSetNode,
    depth: number,
    seen: Set<string>,
  ): { depth: number; fields: number } => {
    let deepest = depth;
    let fields = 0;
    for (const selection of set.selections) {
      let inner: SelectionSetNode | undefined;
      if (selection.kind === Kind.FIELD) {
        // Introspection is governed by its own switch (off in production), not by these limits.
        if (selection.name.value.startsWith('__')) continue;
        fields += 1;
        inner = selection.selectionSet;
        if (inner) {
          const m = measure(inner, depth + 1, seen);
          deepest = Math.max(deepest, m.depth);
          fields += m.fields;
        }
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) inner = selection.selectionSet;
      else if (!seen.has(selection.name.value)) inner = fragments.get(selection.name.value)?.selectionSet;
      if (inner) {
        const m = measure(
          inner,
          depth,
          selection.kind === Kind.FRAGMENT_SPREAD ? new Set([...seen, selection.name.value]) : seen,
        );
        deepest = Math.max(deepest, m.depth);
        fields += m.fields;
      }
    }
    return { depth: deepest, fields };
  };
  return {
    OperationDefinition(node) {
      const { depth, fields } = measure(node.selectionSet, 1, new Set());
      if (depth > MAX_QUERY_DEPTH) {
        context.reportError(
          tooBig(
            `질의 깊이 ${depth}이(가) 한도 ${MAX_QUERY_DEPTH}을(를) 넘습니다.`,
            `Query depth ${depth} exceeds the limit of ${MAX_QUERY_DEPTH}.`,
          ),
        );
      }
      if (fields > MAX_QUERY_FIELDS) {
        context.reportError(
          tooBig(
            `선택한 필드 ${fields}개가 한도 ${MAX_QUERY_FIELDS}개를 넘습니다.`,
            `${fields} selected fields exceed the limit of ${MAX_QUERY_FIELDS}.`,
          ),
        );
      }
    },
  };
}
