import { CompiledSchemas, CustomFieldDefinitionsService, type CustomFieldSpec } from '@pcrm/customization';
import { serviceTestbed, type ServiceTestbed } from '../../test/service-testbed';
import { CUSTOMER_ENTITY, CustomersService } from '../customers';

let bed: ServiceTestbed;
let definitions: CustomFieldDefinitionsService;
let customers: CustomersService;
let schemas: CompiledSchemas;

const field = (type: CustomFieldSpec['type'], extra: Partial<CustomFieldSpec> = {}) => ({
  labelKo: '항목',
  labelEn: 'Field',
  type,
  required: false,
  defaultValue: null,
  rules: {},
  options: [],
  helpKo: null,
  helpEn: null,
  position: null,
  group: null,
  readRoles: [],
  editRoles: [],
  personalData: false,
  ...extra,
});

beforeAll(async () => {
  bed = await serviceTestbed('custom field values');
  definitions = bed.get(CustomFieldDefinitionsService);
  customers = bed.get(CustomersService);
  schemas = bed.get(CompiledSchemas);
  await bed.scope(async () => {
    await definitions.define(
      CUSTOMER_ENTITY.id,
      'grade',
      field('SELECT', {
        options: ['A', 'B', 'C', 'D'].map((v) => ({ value: v, labelKo: v, labelEn: v })),
      }),
    );
    await definitions.define(CUSTOMER_ENTITY.id, 'score', field('INTEGER'));
  });
});
afterAll(() => bed?.close());

it('compiles the tenant’s schema once for many writes, and once more after a definition changes', async () => {
  const before = schemas.compileCount;
  for (let i = 0; i < 40; i++)
    await bed.scope(() =>
      customers.create({
        partyType: 'PERSON',
        kind: 'CURRENT',
        name: `고객${i}`,
        customFields: { score: i },
      }),
    );
  expect(schemas.compileCount - before).toBe(1);
  const first = await bed.scope(() => definitions.compiled(CUSTOMER_ENTITY.id));

  await bed.scope(() => definitions.define(CUSTOMER_ENTITY.id, 'memo', field('TEXT')));
  for (let i = 0; i < 10; i++)
    await bed.scope(() =>
      customers.create({
        partyType: 'PERSON',
        kind: 'CURRENT',
        name: `새고객${i}`,
        customFields: { memo: '메모' },
      }),
    );
  expect(schemas.compileCount - before).toBe(2);
  const second = await bed.scope(() => definitions.compiled(CUSTOMER_ENTITY.id));
  expect(second.stamp).not.toBe(first.stamp);
  expect(second.validate).not.toBe(first.validate);
  expect(second.active.map((d) => d.key)).toEqual(['grade', 'score', 'memo']);
});

it('a definition change rolled back leaves no schema behind: the next change of the same version compiles anew', async () => {
  const stamp = (await bed.scope(() => definitions.compiled(CUSTOMER_ENTITY.id))).stamp;
  await expect(
    bed.scope(async () => {
      await definitions.define(CUSTOMER_ENTITY.id, 'ghost', field('TEXT'));
      await definitions.compiled(CUSTOMER_ENTITY.id);
      throw new Error('rolled back');
    }),
  ).rejects.toThrow('rolled back');
  await bed.scope(() => definitions.define(CUSTOMER_ENTITY.id, 'real', field('BOOLEAN')));
  const after = await bed.scope(() => definitions.compiled(CUSTOMER_ENTITY.id));
  expect(after.stamp).not.toBe(stamp);
  expect(after.active.map((d) => d.key)).toContain('real');
  expect(after.active.map((d) => d.key)).not.toContain('ghost');
  expect(after.validate({ real: true })).toBe(true);
  expect(after.validate({ real: 'yes' })).toBe(false);
});

it('finds the customers holding a custom value among 30,000', async () => {
  await bed.owner(
    `INSERT INTO customers (tenant_id, customer_no, party_type, kind, name, name_initials, search_grams, tags, source, created_by, custom_fields)
     SELECT $1, 8000000000 + g, 'PERSON', 'CURRENT', '색인고객' || g, 'ㅅㅇㄱㄱ', '{}', '{}', 'bench', 'test',
            jsonb_build_object('grade', CASE WHEN g % 1000 = 0 THEN 'A' ELSE 'D' END, 'score', g % 100)
     FROM generate_series(1, 30000) AS g`,
    [bed.tenant.code],
  );
  await bed.owner(`ANALYZE customers`);
  const filtered = await bed.scope(async () => {
    const page = await customers.search(20, null, { customFields: [{ key: 'grade', op: 'EQ', value: 'A' }] });
    return { edges: page.edges.length, total: await page.count() };
  });
  expect(filtered).toEqual({ edges: 20, total: 30 });
});

it('filters by range, text, presence and refuses a field the caller may not search by', async () => {
  const page = (filters: { key: string; op: 'GTE' | 'LT' | 'EMPTY' | 'IN'; value?: unknown }[]) =>
    bed.scope(async () => (await customers.search(200, null, { customFields: filters })).count());
  expect(await page([{ key: 'score', op: 'GTE', value: 98 }])).toBe(600);
  expect(
    await page([
      { key: 'score', op: 'LT', value: 1 },
      { key: 'grade', op: 'IN', value: ['A', 'B'] },
    ]),
  ).toBe(30);
  expect(await page([{ key: 'memo', op: 'EMPTY', value: false }])).toBe(10);
  await expect(page([{ key: 'score', op: 'GTE', value: 'high' }])).rejects.toMatchObject({
    extensions: { code: 'BAD_USER_INPUT', field: 'filter.customFields[0].value' },
  });
  await expect(page([{ key: 'nope', op: 'EMPTY' }])).rejects.toMatchObject({
    extensions: { code: 'BAD_USER_INPUT', field: 'filter.customFields[0].key' },
  });
});
