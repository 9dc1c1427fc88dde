import { defineCustomerFields, type BenchField } from './custom-field-setup';
import type { PrepareContext, Scenario } from './scenario';

/** 강원특별자치도: no other scenario writes its customers. */
const TENANT = 'gangwon';

const OPTIONS = ['a', 'b', 'c', 'd', 'e'];

/** 30 fields of a tenant's customers, of the types a 시·도 uses most. */
export const WRITE_FIELDS: readonly BenchField[] = [
  ...Array.from({ length: 10 }, (_, i) => ({ key: `bw_text_${i}`, type: 'TEXT' })),
  ...Array.from({ length: 5 }, (_, i) => ({ key: `bw_int_${i}`, type: 'INTEGER' })),
  ...Array.from({ length: 3 }, (_, i) => ({ key: `bw_dec_${i}`, type: 'DECIMAL' })),
  ...Array.from({ length: 3 }, (_, i) => ({ key: `bw_date_${i}`, type: 'DATE' })),
  ...Array.from({ length: 2 }, (_, i) => ({ key: `bw_bool_${i}`, type: 'BOOLEAN' })),
  ...Array.from({ length: 3 }, (_, i) => ({ key: `bw_sel_${i}`, type: 'SELECT', options: OPTIONS })),
  ...Array.from({ length: 2 }, (_, i) => ({ key: `bw_multi_${i}`, type: 'MULTI_SELECT', options: OPTIONS })),
  { key: 'bw_phone', type: 'PHONE' },
  { key: 'bw_email', type: 'EMAIL' },
];

/** A value of each field's type, as a form sends it. */
function valueOf(f: BenchField, i: number): unknown {
  switch (f.type) {
    case 'TEXT':
      return `강원 항목 값 ${i}`;
    case 'INTEGER':
      return 10 + i;
    case 'DECIMAL':
      return 1.5 + i;
    case 'DATE':
      return `2026-0${1 + (i % 9)}-1${i % 10}`;
    case 'BOOLEAN':
      return i % 2 === 0;
    case 'SELECT':
      return OPTIONS[i % OPTIONS.length];
    case 'MULTI_SELECT':
      return [OPTIONS[0], OPTIONS[1 + (i % 4)]];
    case 'PHONE':
      return '010-2345-6789';
    case 'EMAIL':
      return 'resident@example.kr';
    default:
      throw new Error(`no bench value for ${f.type}`);
  }
}

const QUERY = `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id customerNo } }`;
const customer = { name: '김강원' };

async function prepare(ctx: PrepareContext): Promise<void> {
  await defineCustomerFields(ctx.apiUrl, TENANT, WRITE_FIELDS);
  ctx.log(`custom-fields-write: ${WRITE_FIELDS.length} customer fields defined in ${TENANT}`);
}

/**
 * What 30 custom fields cost a customer create: `createCustomer` with a value for each of the tenant's 30
 * fields (checked by the compiled schema, references and roles, stored as jsonb) against the same create
 * without custom fields, in the same tenant with the same definitions, both through the API.
 */
export const customFieldsWrite: Scenario = {
  name: 'custom-fields-write',
  description: `createCustomer in ${TENANT} with 30 custom fields vs without`,
  targetRatio: 0.8,
  targetRssMb: 250,
  token: { kind: 'integrator', realm: TENANT },
  request: {
    method: 'POST',
    path: '/graphql',
    body: {
      query: QUERY,
      variables: {
        i: {
          ...customer,
          customFields: Object.fromEntries(WRITE_FIELDS.map((f, i) => [f.key, valueOf(f, i)])),
        },
      },
    },
  },
  baseline: {
    description: 'the same createCustomer without custom fields',
    body: { query: QUERY, variables: { i: customer } },
  },
  stableBody: false,
  prepare,
};
