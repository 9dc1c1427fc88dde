import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { gql, userToken } from './support/api';
import { expectRefused } from './support/customer-360';

/**
 * The same field defined by several administrators at once (two tabs, a retried request): exactly one
 * definition and one change row, every other request a stable CONFLICT on `input.key` — never a 500 from
 * the unique index, a deadlock or a serialization failure. Tenant daejeon; the fields are optional, so no
 * other spec's writes there are affected.
 */
const TENANT = 'daejeon';
const CONCURRENT = 8;
const DEFINE = `mutation($i: DefineCustomFieldInput!) { defineCustomField(input: $i) { key version } }`;

let owner: Client;
let admin: string;

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  admin = await userToken(TENANT, 'admin');
});

afterAll(async () => {
  await owner.end();
});

const defineAll = (entity: string, key: string) =>
  Promise.all(
    Array.from({ length: CONCURRENT }, (_, i) =>
      gql(admin, DEFINE, {
        i: { entity, key, labelKo: `동시 항목 ${i}`, labelEn: `Concurrent ${i}`, type: 'TEXT' },
      }),
    ),
  );

const stored = async (entity: string, key: string) => ({
  definitions: (
    await owner.query(
      `SELECT count(*)::int AS n FROM custom_field_definitions WHERE tenant_id = $1 AND entity = $2 AND key = $3`,
      [TENANT, entity, key],
    )
  ).rows[0].n,
  changes: (
    await owner.query(
      `SELECT count(*)::int AS n FROM custom_field_changes WHERE tenant_id = $1 AND entity = $2 AND key = $3`,
      [TENANT, entity, key],
    )
  ).rows[0].n,
});

it.each(['crm-core.staff', 'crm-core.department', 'crm-core.petition'])(
  `defines one key of %s sent ${CONCURRENT} times at once: one definition, the other requests CONFLICT`,
  async (entity) => {
    const key = `dup_${randomBytes(4).toString('hex')}`;
    const answers = await defineAll(entity, key);
    const won = answers.filter((a) => !a.errors);
    const lost = answers.filter((a) => a.errors);
    expect(won).toHaveLength(1);
    expect(won[0].data!.defineCustomField).toMatchObject({ key, version: 1 });
    expect(lost).toHaveLength(CONCURRENT - 1);
    for (const answer of lost) expectRefused(answer, 'CONFLICT', 'input.key');
    expect(await stored(entity, key)).toEqual({ definitions: 1, changes: 1 });

    // Sent again later, one at a time: the same answer.
    expectRefused((await defineAll(entity, key))[0], 'CONFLICT', 'input.key');
    expect(await stored(entity, key)).toEqual({ definitions: 1, changes: 1 });
  },
);
