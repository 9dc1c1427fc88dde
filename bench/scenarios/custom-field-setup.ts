import { gql, userToken } from '../../apps/api/test/support/api';

/** A field as the bench defines it (`DefineCustomFieldInput` without the entity). */
export interface BenchField {
  readonly key: string;
  readonly type: string;
  readonly options?: readonly string[];
}

const DEFINE = `mutation($i: DefineCustomFieldInput!) { defineCustomField(input: $i) { key } }`;
const LIST = `query($e: String!) { customFieldDefinitions(entity: $e) { key } }`;

/**
 * Defines `fields` on the customers of `realm` through the API, as the tenant's administrator (the demo
 * `admin`), skipping those already defined: the bench's scenarios write and filter against real definitions.
 */
export async function defineCustomerFields(
  apiUrl: string,
  realm: string,
  fields: readonly BenchField[],
): Promise<void> {
  const token = await userToken(realm, 'admin', undefined, apiUrl);
  const entity = 'crm-core.customers';
  const listed = await gql(token, LIST, { e: entity }, apiUrl);
  if (listed.errors) throw new Error(`custom fields of ${realm}: ${JSON.stringify(listed.errors)}`);
  const have = new Set((listed.data!.customFieldDefinitions as { key: string }[]).map((d) => d.key));
  for (const f of fields.filter((x) => !have.has(x.key))) {
    const res = await gql(
      token,
      DEFINE,
      {
        i: {
          entity,
          key: f.key,
          labelKo: f.key,
          labelEn: f.key,
          type: f.type,
          options: (f.options ?? []).map((value) => ({ value, labelKo: value, labelEn: value })),
        },
      },
      apiUrl,
    );
    if (res.errors) throw new Error(`defining ${f.key} in ${realm}: ${JSON.stringify(res.errors)}`);
  }
}
