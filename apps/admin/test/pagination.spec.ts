/**
 * The admin's Relay-paged lists (`PAGED_QUERY_FIELDS`, the cache's relayStylePagination policies) against the API's
 * schema and the admin's own queries: a paged query without a policy would store each "더 보기" page apart from the
 * list on screen (the button would seem to do nothing), and a policy missing a filter argument would mix the pages
 * of two filters into one list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, visit, type FieldNode } from 'graphql';
import { PAGE_BY_PAGE_FIELDS, PAGED_QUERY_FIELDS } from '../src/graphql/pagination';

const root = join(__dirname, '..', '..', '..');
const schema = buildSchema(readFileSync(join(root, 'apps/api/schema.graphql'), 'utf8'));
const queryFields = schema.getQueryType()!.getFields();

/** Every document the admin sends, as codegen listed them (the keys of gql.ts's `documents`). */
function adminDocuments(): string[] {
  const source = readFileSync(join(root, 'apps/admin/src/graphql/generated/gql.ts'), 'utf8');
  const block = source.slice(source.indexOf('const documents: Documents = {'));
  return [...block.matchAll(/^ {4}("(?:[^"\\]|\\.)*"): types\.\w+,$/gm)].map(
    (m) => JSON.parse(m[1]) as string,
  );
}

/** Query fields the admin asks for with an `after` argument: the lists it pages through. */
function pagedInAdmin(): Set<string> {
  const paged = new Set<string>();
  for (const text of adminDocuments()) {
    visit(parse(text), {
      OperationDefinition(operation) {
        if (operation.operation !== 'query') return false;
        for (const selection of operation.selectionSet.selections) {
          const field = selection as FieldNode;
          if (field.kind === 'Field' && field.arguments?.some((a) => a.name.value === 'after'))
            paged.add(field.name.value);
        }
        return false;
      },
    });
  }
  return paged;
}

it('reads every document of the admin', () => {
  expect(adminDocuments().length).toBeGreaterThan(100);
});

it.each(Object.entries(PAGED_QUERY_FIELDS))(
  '%s: a paged Query field whose policy tells its lists apart by every filter argument',
  (field, keyArgs) => {
    const args = queryFields[field]?.args.map((a) => a.name) ?? [];
    expect(args).toContain('after');
    // Arguments other than the cursor and the page size tell one list from another.
    const filters = args.filter((a) => a !== 'after' && a !== 'first');
    expect([...keyArgs].filter((a) => a !== 'first').sort()).toEqual(filters.sort());
    expect(args).toEqual(expect.arrayContaining([...keyArgs]));
  },
);

it('has a policy for every list the admin pages through with `after`, unless it shows one page at a time', () => {
  const missing = [...pagedInAdmin()].filter(
    (field) => !(field in PAGED_QUERY_FIELDS) && !PAGE_BY_PAGE_FIELDS.includes(field),
  );
  expect(missing).toEqual([]);
});
