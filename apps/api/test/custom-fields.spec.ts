import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { gql, userToken } from './support/api';
import { asTenant, expectRefused, sqlState } from './support/customer-360';

/**
 * Custom fields end to end (issue 9 #1–#3): definitions through GraphQL, values checked on customer writes,
 * what each role sees, safe changes, bad input, and tenant isolation through the API and at the database.
 * Tenants chungnam (A) and jeonbuk (B): no other spec writes there, so their definitions touch no other file.
 */
const A = 'chungnam';
const B = 'jeonbuk';
const CUSTOMERS = 'crm-core.customers';
const run = randomBytes(3).toString('hex');
const k = (name: string) => `${name}_${run}`;

let owner: Client;
const t = {} as Record<'admin' | 'agent' | 'manager' | 'officer' | 'adminB' | 'agentB', string>;

const DEF = `id entity key labelKo labelEn type required defaultValue rules { minLength maxLength minimum maximum pattern }
  options { value labelKo labelEn } helpKo helpEn position group archived readRoles editRoles personalData version updatedBy canEdit`;
const DEFINE = `mutation($i: DefineCustomFieldInput!) { defineCustomField(input: $i) { ${DEF} } }`;
const UPDATE = `mutation($e: String!, $k: String!, $i: UpdateCustomFieldInput!, $v: Int!) {
  updateCustomField(entity: $e, key: $k, input: $i, expectedVersion: $v) { ${DEF} } }`;
const CHECK = `mutation($e: String!, $k: String!, $i: UpdateCustomFieldInput!) {
  checkCustomFieldChange(entity: $e, key: $k, input: $i) { conflictCount samples { recordId recordLabel value problemKo problemEn } } }`;
const ARCHIVE = `mutation($e: String!, $k: String!) { archiveCustomField(entity: $e, key: $k) { ${DEF} } }`;
const RESTORE = `mutation($e: String!, $k: String!) { restoreCustomField(entity: $e, key: $k) { ${DEF} } }`;
const LIST = `query($e: String!, $a: Boolean) { customFieldDefinitions(entity: $e, includeArchived: $a) { ${DEF} } }`;
const CHANGES = `query($e: String!, $k: String, $f: Int, $after: String) { customFieldChanges(entity: $e, key: $k, first: $f, after: $after) {
  edges { cursor node { id key action schemaVersion definitionVersion changedBy changedByStaffId changedAt before after } } pageInfo { hasNextPage endCursor } } }`;
const CREATE = `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id version customerNo customFields } }`;
const UPDATE_CUSTOMER = `mutation($i: UpdateCustomerInput!) { updateCustomer(input: $i) { id version customFields } }`;
const CUSTOMER = `query($id: ID!) { customer(id: $id) { id customFields } }`;

const define = (token: string, input: Record<string, unknown>) =>
  gql(token, DEFINE, { i: { entity: CUSTOMERS, labelKo: '항목', labelEn: 'Field', ...input } });
const createCustomer = (token: string, customFields?: Record<string, unknown>, name = '충남고객') =>
  gql(token, CREATE, { i: { name, ...(customFields === undefined ? {} : { customFields }) } });
const storedValues = async (id: string) =>
  (await owner.query(`SELECT custom_fields FROM customers WHERE id = $1`, [id])).rows[0].custom_fields;

beforeAll(async () => {
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
  [t.admin, t.agent, t.manager, t.officer, t.adminB, t.agentB] = await Promise.all([
    userToken(A, 'admin'),
    userToken(A, 'agent'),
    userToken(A, 'manager'),
    userToken(A, 'officer'),
    userToken(B, 'admin'),
    userToken(B, 'agent'),
  ]);
});

afterAll(async () => {
  await owner.end();
});

describe('definitions', () => {
  it('lists the customizable entities, petitions included, for every tenant role', async () => {
    const res = await gql(t.agent, `{ customizableEntities { id labelKo labelEn } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.customizableEntities.map((e: { id: string }) => e.id)).toEqual([
      'crm-core.customers',
      'crm-core.department',
      'crm-core.petition',
      'crm-core.staff',
      'crm-core.task',
    ]);
  });

  it('defines a field (tenant-admin only), lists it in form order and keeps who changed what', async () => {
    const refused = await define(t.manager, { key: k('refused'), type: 'TEXT' });
    expectRefused(refused, 'FORBIDDEN');

    const created = await define(t.admin, {
      key: k('interest'),
      labelKo: '관심 분야',
      labelEn: 'Interest',
      type: 'SELECT',
      options: [
        { value: 'welfare', labelKo: '복지', labelEn: 'Welfare' },
        { value: 'traffic', labelKo: '교통', labelEn: 'Traffic' },
      ],
      defaultValue: 'welfare',
      group: '관심',
      helpKo: '주된 관심 분야',
    });
    expect(created.errors).toBeUndefined();
    expect(created.data!.defineCustomField).toMatchObject({
      entity: CUSTOMERS,
      key: k('interest'),
      type: 'SELECT',
      defaultValue: 'welfare',
      group: '관심',
      archived: false,
      version: 1,
      updatedBy: 'admin',
      canEdit: true,
      rules: null,
    });

    const listed = await gql(t.agent, LIST, { e: CUSTOMERS });
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.customFieldDefinitions.map((d: { key: string }) => d.key)).toContain(k('interest'));

    const changes = await gql(t.agent, CHANGES, { e: CUSTOMERS, k: k('interest') });
    expect(changes.errors).toBeUndefined();
    const [change] = changes.data!.customFieldChanges.edges;
    expect(change.node).toMatchObject({
      key: k('interest'),
      action: 'DEFINE',
      changedBy: 'admin',
      before: null,
    });
    expect(change.node.changedByStaffId).toMatch(/^[0-9a-f-]{36}$/);
    expect(change.node.after).toMatchObject({ type: 'SELECT', defaultValue: 'welfare' });
    const audit = await owner.query(
      `SELECT actor, action FROM audit_events WHERE tenant_id = $1 AND entity = 'custom_field' AND entity_id = $2`,
      [A, created.data!.defineCustomField.id],
    );
    expect(audit.rows).toEqual([expect.objectContaining({ action: 'create' })]);
  });

  it.each([
    ['an invalid key', { key: 'Bad-Key', type: 'TEXT' }, 'input.key'],
    ['a select without options', { key: k('noopts'), type: 'SELECT' }, 'input.options'],
    [
      'duplicate option values',
      {
        key: k('dupopts'),
        type: 'SELECT',
        options: [
          { value: 'a', labelKo: '가', labelEn: 'A' },
          { value: 'a', labelKo: '나', labelEn: 'B' },
        ],
      },
      'input.options[1].value',
    ],
    [
      'an invalid pattern',
      { key: k('badre'), type: 'TEXT', rules: { pattern: '([a-z' } },
      'input.rules.pattern',
    ],
    [
      'a catastrophic-backtracking pattern',
      { key: k('redos'), type: 'TEXT', rules: { pattern: '^(a+)+$' } },
      'input.rules.pattern',
    ],
    [
      'a pattern too long',
      { key: k('longre'), type: 'TEXT', rules: { pattern: 'a'.repeat(201) } },
      'input.rules.pattern',
    ],
    [
      'a default that breaks its own rules',
      { key: k('baddef'), type: 'INTEGER', rules: { minimum: 1, maximum: 10 }, defaultValue: 11 },
      'input.defaultValue',
    ],
    [
      'a length rule on a number',
      { key: k('lenint'), type: 'INTEGER', rules: { maxLength: 3 } },
      'input.rules.maxLength',
    ],
    [
      'an unknown role',
      { key: k('badrole'), type: 'TEXT', readRoles: ['ministry-analyst'] },
      'input.readRoles',
    ],
    [
      'a max length above the cap',
      { key: k('hugelen'), type: 'TEXT', rules: { maxLength: 100000 } },
      'input.rules.maxLength',
    ],
  ])('refuses %s with the reason and writes nothing', async (_case, input, field) => {
    const before = (
      await owner.query(`SELECT count(*)::int AS n FROM custom_field_definitions WHERE tenant_id = $1`, [A])
    ).rows[0].n;
    const res = await define(t.admin, input);
    expectRefused(res, 'BAD_USER_INPUT', field);
    const after = (
      await owner.query(`SELECT count(*)::int AS n FROM custom_field_definitions WHERE tenant_id = $1`, [A])
    ).rows[0].n;
    expect(after).toBe(before);
  });

  it('refuses an unknown type and an unknown entity', async () => {
    const type = await define(t.admin, { key: k('weird'), type: 'COLOR' });
    expect(type.errors?.[0].extensions.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    expect(type.errors?.[0].message).toMatch(/[가-힣]/);
    const entity = await gql(t.admin, DEFINE, {
      i: { entity: 'crm-core.nothing', key: k('x1'), labelKo: '가', labelEn: 'A', type: 'TEXT' },
    });
    expectRefused(entity, 'BAD_USER_INPUT', 'entity');
  });

  it('refuses a duplicate key, also of an archived field', async () => {
    expect((await define(t.admin, { key: k('dup'), type: 'TEXT' })).errors).toBeUndefined();
    expectRefused(await define(t.admin, { key: k('dup'), type: 'TEXT' }), 'CONFLICT', 'input.key');
    expect((await gql(t.admin, ARCHIVE, { e: CUSTOMERS, k: k('dup') })).errors).toBeUndefined();
    expectRefused(await define(t.admin, { key: k('dup'), type: 'INTEGER' }), 'CONFLICT', 'input.key');
  });
});

describe('values on customers', () => {
  beforeAll(async () => {
    for (const input of [
      { key: k('score'), type: 'INTEGER', rules: { minimum: 0, maximum: 100 } },
      { key: k('note'), type: 'TEXT', rules: { maxLength: 10, pattern: '^[가-힣a-z ]+$' } },
      {
        key: k('tags'),
        type: 'MULTI_SELECT',
        options: [
          { value: 'a', labelKo: '가', labelEn: 'A' },
          { value: 'b', labelKo: '나', labelEn: 'B' },
        ],
      },
      { key: k('visit'), type: 'DATE' },
      { key: k('manager_only'), type: 'TEXT', editRoles: ['manager', 'tenant-admin'] },
      { key: k('secret'), type: 'TEXT', readRoles: ['tenant-admin'] },
      { key: k('referrer'), type: 'CUSTOMER_REF' },
      { key: k('home'), type: 'ADDRESS', personalData: true },
      { key: k('mobile'), type: 'PHONE', personalData: true },
    ]) {
      const res = await define(t.admin, input);
      expect(res.errors).toBeUndefined();
    }
  });

  it('stores valid values with defaults on create, and the PATCH keeps, sets and clears', async () => {
    const created = await createCustomer(t.agent, {
      [k('score')]: 42,
      [k('tags')]: ['a', 'b'],
      [k('visit')]: '2026-11-27',
    });
    expect(created.errors).toBeUndefined();
    const c = created.data!.createCustomer;
    expect(await storedValues(c.id)).toEqual({
      [k('interest')]: 'welfare',
      [k('score')]: 42,
      [k('tags')]: ['a', 'b'],
      [k('visit')]: '2026-11-27',
    });
    const updated = await gql(t.agent, UPDATE_CUSTOMER, {
      i: { id: c.id, version: c.version, customFields: { [k('score')]: 7, [k('visit')]: null } },
    });
    expect(updated.errors).toBeUndefined();
    expect(await storedValues(c.id)).toEqual({
      [k('interest')]: 'welfare',
      [k('score')]: 7,
      [k('tags')]: ['a', 'b'],
    });
    // An update without customFields keeps them.
    const renamed = await gql(t.agent, UPDATE_CUSTOMER, {
      i: { id: c.id, version: c.version + 1, name: '새이름' },
    });
    expect(renamed.errors).toBeUndefined();
    expect((await storedValues(c.id))[k('score')]).toBe(7);
    // A value cleared with null that has a default stays cleared (defaults fill new records only).
    const noDefault = await createCustomer(t.agent, { [k('interest')]: null });
    expect(await storedValues(noDefault.data!.createCustomer.id)).toEqual({});
  });

  it.each([
    ['an integer out of range', 'score', 101],
    ['a decimal for an integer', 'score', 4.5],
    ['a string for an integer', 'score', '42'],
    ['text over its max length', 'note', '가나다라마바사아자차카'],
    ['text not matching the pattern', 'note', 'ABC'],
    ['an option not offered', 'interest', 'sports'],
    ['a repeated option', 'tags', ['a', 'a']],
    ['a date that does not exist', 'visit', '2026-02-30'],
    ['an address without road', 'home', { postalCode: '12345' }],
    ['a phone that is not one', 'mobile', 'call me'],
    ['a customer reference that is no uuid', 'referrer', 'nobody'],
  ])('refuses %s on customFields.<key> and writes nothing', async (_case, name, value) => {
    const before = (await owner.query(`SELECT count(*)::int AS n FROM customers WHERE tenant_id = $1`, [A]))
      .rows[0].n;
    const res = await createCustomer(t.agent, { [k(name)]: value });
    expectRefused(res, 'BAD_USER_INPUT', `customFields.${k(name)}`);
    const after = (await owner.query(`SELECT count(*)::int AS n FROM customers WHERE tenant_id = $1`, [A]))
      .rows[0].n;
    expect(after).toBe(before);
  });

  it('refuses unknown, archived and not-editable keys, and huge values', async () => {
    expectRefused(
      await createCustomer(t.agent, { nosuch_key: 1 }),
      'BAD_USER_INPUT',
      'customFields.nosuch_key',
    );
    expectRefused(
      await createCustomer(t.agent, { [k('dup')]: 'x' }),
      'BAD_USER_INPUT',
      `customFields.${k('dup')}`,
    );
    expectRefused(
      await createCustomer(t.agent, { [k('manager_only')]: 'x' }),
      'BAD_USER_INPUT',
      `customFields.${k('manager_only')}`,
    );
    expect((await createCustomer(t.manager, { [k('manager_only')]: 'x' })).errors).toBeUndefined();
    expectRefused(
      await createCustomer(t.agent, { [k('secret')]: 'x' }),
      'BAD_USER_INPUT',
      `customFields.${k('secret')}`,
    );
    // Over the cap of the whole patch (256 KB), under the request body limit (1 MB).
    expectRefused(
      await createCustomer(t.agent, { [k('note')]: 'a'.repeat(300_000) }),
      'BAD_USER_INPUT',
      'customFields',
    );
  });

  it('checks a customer reference names a customer of the same tenant', async () => {
    const mine = (await createCustomer(t.agent)).data!.createCustomer.id;
    const theirs = (await createCustomer(t.agentB, undefined, '전북고객')).data!.createCustomer.id;
    expect((await createCustomer(t.agent, { [k('referrer')]: mine })).errors).toBeUndefined();
    expectRefused(
      await createCustomer(t.agent, { [k('referrer')]: theirs }),
      'BAD_USER_INPUT',
      `customFields.${k('referrer')}`,
    );
  });

  it('shows only readable fields, masks personal data without customer:personal:read and logs every read', async () => {
    const created = await createCustomer(t.admin, {
      [k('secret')]: '비밀',
      [k('home')]: { postalCode: '32249', road: '충청남도 홍성군 홍북읍 충남대로 21', detail: '101동 202호' },
      [k('mobile')]: '010-1234-5678',
    });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createCustomer.id;
    const agentView = (await gql(t.agent, CUSTOMER, { id })).data!.customer.customFields;
    expect(agentView[k('secret')]).toBeUndefined();
    expect(agentView[k('home')]).toEqual({
      road: '충청남도 홍성군 홍북읍 ***',
      postalCode: '322**',
      detail: '***',
    });
    expect(agentView[k('mobile')]).toBe('010-****-5678');
    const managerView = (await gql(t.manager, CUSTOMER, { id })).data!.customer.customFields;
    expect(managerView[k('mobile')]).toBe('010-1234-5678');
    expect(managerView[k('secret')]).toBeUndefined();
    const adminView = (await gql(t.admin, CUSTOMER, { id })).data!.customer.customFields;
    expect(adminView[k('secret')]).toBe('비밀');
    const log = await owner.query(
      `SELECT actor, fields, masked FROM access_log WHERE tenant_id = $1 AND record_id = $2 ORDER BY id`,
      [A, id],
    );
    const entries = log.rows.filter((r) => r.fields.some((f: string) => f.startsWith('customFields.')));
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actor: 'agent', masked: true }),
        expect.objectContaining({ actor: 'manager', masked: false }),
      ]),
    );
    expect(entries.find((e) => e.actor === 'agent')!.fields.join(',')).toContain(
      `customFields.${k('mobile')}`,
    );
  });
});

describe('safe changes', () => {
  it('reports conflicting records, refuses the change while they exist, and accepts it once fixed', async () => {
    expect((await define(t.admin, { key: k('code'), type: 'TEXT' })).errors).toBeUndefined();
    const ids: string[] = [];
    for (const v of ['12', 'abc', '34'])
      ids.push((await createCustomer(t.agent, { [k('code')]: v })).data!.createCustomer.id);
    const withoutValue = (await createCustomer(t.agent)).data!.createCustomer;

    const check = await gql(t.admin, CHECK, { e: CUSTOMERS, k: k('code'), i: { type: 'INTEGER' } });
    expect(check.errors).toBeUndefined();
    expect(check.data!.checkCustomFieldChange.conflictCount).toBe(3);
    expect(
      check.data!.checkCustomFieldChange.samples.map((s: { recordId: string }) => s.recordId).sort(),
    ).toEqual([...ids].sort());

    const current = (await gql(t.admin, LIST, { e: CUSTOMERS })).data!.customFieldDefinitions.find(
      (d: { key: string }) => d.key === k('code'),
    );
    const refused = await gql(t.admin, UPDATE, {
      e: CUSTOMERS,
      k: k('code'),
      i: { type: 'INTEGER' },
      v: current.version,
    });
    expectRefused(refused, 'CONFLICT', 'input');
    expect(refused.errors![0].extensions).toMatchObject({ conflictCount: 3 });

    const stale = await gql(t.admin, UPDATE, {
      e: CUSTOMERS,
      k: k('code'),
      i: { labelKo: '코드' },
      v: current.version + 5,
    });
    expectRefused(stale, 'CONFLICT', 'expectedVersion');

    // Required: every customer without a value conflicts too (the count, not only the samples).
    const required = await gql(t.admin, CHECK, { e: CUSTOMERS, k: k('code'), i: { required: true } });
    const total = (
      await owner.query(
        `SELECT count(*)::int AS n FROM customers WHERE tenant_id = $1 AND NOT (custom_fields ? $2)`,
        [A, k('code')],
      )
    ).rows[0].n;
    expect(required.data!.checkCustomFieldChange.conflictCount).toBe(total);
    expect(required.data!.checkCustomFieldChange.samples.length).toBeLessThanOrEqual(20);
    expect(total).toBeGreaterThan(0);
    void withoutValue;

    // Fix the one non-numeric value by clearing it, move the values to numbers: the type change passes.
    for (const id of ids) {
      const cur = (await owner.query(`SELECT version FROM customers WHERE id = $1`, [id])).rows[0].version;
      expect(
        (
          await gql(t.agent, UPDATE_CUSTOMER, {
            i: { id, version: cur, customFields: { [k('code')]: null } },
          })
        ).errors,
      ).toBeUndefined();
    }
    const changed = await gql(t.admin, UPDATE, {
      e: CUSTOMERS,
      k: k('code'),
      i: { type: 'INTEGER' },
      v: current.version,
    });
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.updateCustomField).toMatchObject({ type: 'INTEGER', version: current.version + 1 });
    expect((await createCustomer(t.agent, { [k('code')]: 'abc' })).errors?.[0].extensions.field).toBe(
      `customFields.${k('code')}`,
    );
    expect((await createCustomer(t.agent, { [k('code')]: 12 })).errors).toBeUndefined();
  });

  it('archiving hides a field and keeps its values; restoring brings them back', async () => {
    expect((await define(t.admin, { key: k('legacy'), type: 'TEXT' })).errors).toBeUndefined();
    const id = (await createCustomer(t.agent, { [k('legacy')]: '예전 값' })).data!.createCustomer.id;
    expect(
      (await gql(t.admin, ARCHIVE, { e: CUSTOMERS, k: k('legacy') })).data!.archiveCustomField.archived,
    ).toBe(true);
    expect((await gql(t.agent, CUSTOMER, { id })).data!.customer.customFields[k('legacy')]).toBeUndefined();
    expect((await storedValues(id))[k('legacy')]).toBe('예전 값');
    const listed = await gql(t.agent, LIST, { e: CUSTOMERS });
    expect(listed.data!.customFieldDefinitions.map((d: { key: string }) => d.key)).not.toContain(k('legacy'));
    const withArchived = await gql(t.agent, LIST, { e: CUSTOMERS, a: true });
    expect(withArchived.data!.customFieldDefinitions.map((d: { key: string }) => d.key)).toContain(
      k('legacy'),
    );
    expect(
      (await gql(t.admin, RESTORE, { e: CUSTOMERS, k: k('legacy') })).data!.restoreCustomField.archived,
    ).toBe(false);
    expect((await gql(t.agent, CUSTOMER, { id })).data!.customer.customFields[k('legacy')]).toBe('예전 값');
    const history = await gql(t.admin, CHANGES, { e: CUSTOMERS, k: k('legacy'), f: 2 });
    expect(
      history.data!.customFieldChanges.edges.map((e: { node: { action: string } }) => e.node.action),
    ).toEqual(['RESTORE', 'ARCHIVE']);
    expect(history.data!.customFieldChanges.pageInfo.hasNextPage).toBe(true);
    const next = await gql(t.admin, CHANGES, {
      e: CUSTOMERS,
      k: k('legacy'),
      f: 2,
      after: history.data!.customFieldChanges.pageInfo.endCursor,
    });
    expect(
      next.data!.customFieldChanges.edges.map((e: { node: { action: string } }) => e.node.action),
    ).toEqual(['DEFINE']);
  });
});

describe('tenant isolation', () => {
  it('one tenant never sees, changes or is validated by another tenant’s definitions', async () => {
    const listed = await gql(t.adminB, LIST, { e: CUSTOMERS, a: true });
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.customFieldDefinitions.filter((d: { key: string }) => d.key.endsWith(run))).toEqual(
      [],
    );
    expectRefused(await gql(t.adminB, ARCHIVE, { e: CUSTOMERS, k: k('interest') }), 'NOT_FOUND');
    expectRefused(
      await gql(t.adminB, UPDATE, { e: CUSTOMERS, k: k('interest'), i: { labelKo: '탈취' }, v: 1 }),
      'NOT_FOUND',
    );
    // B's customers take none of A's fields (no default from A, A's key unknown in B).
    const plain = await createCustomer(t.agentB, undefined, '전북고객');
    expect(await storedValues(plain.data!.createCustomer.id)).toEqual({});
    expectRefused(
      await createCustomer(t.agentB, { [k('score')]: 1 }),
      'BAD_USER_INPUT',
      `customFields.${k('score')}`,
    );
    // B may define the same key with another type; A's validation is untouched.
    expect((await define(t.adminB, { key: k('score'), type: 'TEXT' })).errors).toBeUndefined();
    expect((await createCustomer(t.agentB, { [k('score')]: 'high' })).errors).toBeUndefined();
    expectRefused(
      await createCustomer(t.agent, { [k('score')]: 'high' }),
      'BAD_USER_INPUT',
      `customFields.${k('score')}`,
    );
  });

  it('the database lets a tenant read and write only its own definitions and never rewrite history', async () => {
    await asTenant(B, async (db) => {
      const seen = await db.query(`SELECT tenant_id FROM custom_field_definitions WHERE key = $1`, [
        k('interest'),
      ]);
      expect(seen.rows).toEqual([]);
      const changed = await db.query(`UPDATE custom_field_definitions SET label_ko = '탈취' WHERE key = $1`, [
        k('interest'),
      ]);
      expect(changed.rowCount).toBe(0);
      expect(
        await sqlState(
          db.query(
            `INSERT INTO custom_field_definitions (tenant_id, entity, key, label_ko, label_en, type, position, updated_by)
             VALUES ($1, $2, 'sneaky_key', '가', 'A', 'TEXT', 1, 'x')`,
            [A, CUSTOMERS],
          ),
        ),
      ).toBe('42501');
    });
    // Each in a transaction of its own: the first refusal aborts a transaction.
    for (const statement of [
      `UPDATE custom_field_changes SET changed_by = 'x'`,
      `DELETE FROM custom_field_changes`,
      `DELETE FROM custom_field_definitions`,
    ])
      expect(await asTenant(A, (db) => sqlState(db.query(statement)))).toBe('42501');
  });
});
