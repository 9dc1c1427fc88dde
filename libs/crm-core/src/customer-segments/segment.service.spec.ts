import { CUSTOM_FIELD_KEY } from '@pcrm/customization';
import { Role } from '@pcrm/tenancy';
import { serviceTestbed, type ServiceTestbed } from '../../test/service-testbed';
import { bornYearsAgo, daysAgo, insertCustomerRow } from '../../test/customer-rows';
import { SegmentService } from './segment.service';
import { FIELD_KEY, type RuleGroup } from './segment-rules';

let bed: ServiceTestbed;
let segments: SegmentService;
const ids: Record<string, string> = {};

const dayBefore = (days: number) => daysAgo(days).toISOString().slice(0, 10);

beforeAll(async () => {
  bed = await serviceTestbed('segment service test');
  segments = bed.get(SegmentService);
  await bed.scope(async () => {
    const busan = { sido: '부산광역시' };
    ids.A = await insertCustomerRow(bed, {
      name: '김청년',
      birthDate: bornYearsAgo(25),
      sex: 'FEMALE',
      ...busan,
      sigungu: '연제구',
      eupmyeondong: '연산동',
      tags: ['다자녀'],
      consents: [{ purpose: 'ADMIN_NOTICE' }],
      lastContactAt: daysAgo(10),
    });
    ids.B = await insertCustomerRow(bed, {
      name: '박어르신',
      kind: 'ACQUIRED',
      birthDate: bornYearsAgo(72),
      sex: 'MALE',
      ...busan,
      sigungu: '해운대구',
      eupmyeondong: '우동',
      tags: ['어르신', '장애인'],
      consents: [{ purpose: 'PROMOTION' }],
      lastContactAt: daysAgo(400),
      source: '복지포털',
    });
    ids.C = await insertCustomerRow(bed, {
      name: '이중년',
      kind: 'POLICY',
      birthDate: bornYearsAgo(45),
      ...busan,
      sigungu: '연제구',
      eupmyeondong: '거제동',
    });
    ids.D = await insertCustomerRow(bed, {
      name: '(주)부산상사',
      partyType: 'ORGANIZATION',
      ...busan,
      sigungu: '중구',
      tags: ['수신거부'],
      consents: [{ purpose: 'ADMIN_NOTICE', withdrawn: true }],
      lastContactAt: daysAgo(800),
      source: '복지포털',
    });
    ids.E = await insertCustomerRow(bed, {
      name: '최아동',
      birthDate: bornYearsAgo(8),
      sex: 'FEMALE',
      tags: ['다자녀', '한부모'],
      lastContactAt: daysAgo(100),
    });
    // Anonymized: matches many rules by its columns but is never a member.
    await insertCustomerRow(bed, {
      name: '정익명',
      status: 'ANONYMIZED',
      birthDate: bornYearsAgo(72),
      tags: ['어르신', '다자녀'],
      sigungu: '연제구',
      consents: [{ purpose: 'ADMIN_NOTICE' }],
    });
  });
});

afterAll(async () => {
  await bed.close();
});

it('checks custom keys with the shape of a custom field key', () => {
  expect(FIELD_KEY.source).toBe(CUSTOM_FIELD_KEY.source);
});

const only = (condition: object): RuleGroup => ({ match: 'ALL', conditions: [condition] }) as RuleGroup;

it.each([
  [{ field: 'kind', op: 'IN', value: ['CURRENT', 'POLICY'] }, 'ACDE'],
  [{ field: 'kind', op: 'NOT_IN', value: ['ACQUIRED'] }, 'ACDE'],
  [{ field: 'partyType', op: 'IN', value: ['ORGANIZATION'] }, 'D'],
  [
    {
      field: 'area',
      op: 'IN',
      value: [{ sigungu: '연제구', eupmyeondong: '연산동' }, { sigungu: '해운대구' }],
    },
    'AB',
  ],
  [{ field: 'area', op: 'IN', value: [{ sigungu: '연제구' }] }, 'AC'],
  [{ field: 'area', op: 'NOT_IN', value: [{ sido: '부산광역시', sigungu: '중구' }] }, 'ABCE'],
  [{ field: 'tags', op: 'HAS_ANY', value: ['어르신', '한부모'] }, 'BE'],
  [{ field: 'tags', op: 'HAS_ALL', value: ['다자녀', '한부모'] }, 'E'],
  [{ field: 'tags', op: 'HAS_NONE', value: ['수신거부', '다자녀'] }, 'BC'],
  [{ field: 'consent', op: 'HAS', value: 'ADMIN_NOTICE' }, 'A'],
  [{ field: 'consent', op: 'LACKS', value: 'PROMOTION' }, 'ACDE'],
  [{ field: 'ageBand', op: 'IN', value: ['TWENTIES', 'SEVENTY_PLUS'] }, 'AB'],
  [{ field: 'ageBand', op: 'IN', value: ['UNDER_20', 'UNKNOWN'] }, 'DE'],
  [{ field: 'ageBand', op: 'IN', value: ['FORTIES'] }, 'C'],
  [{ field: 'lifeStage', op: 'IN', value: ['YOUTH', 'SENIOR'] }, 'AB'],
  [{ field: 'lifeStage', op: 'IN', value: ['CHILD', 'MIDDLE_AGED'] }, 'CE'],
  [{ field: 'sex', op: 'IN', value: ['FEMALE'] }, 'AE'],
  [{ field: 'sex', op: 'IN', value: ['MALE', 'UNKNOWN'] }, 'BCD'],
  [{ field: 'lastContactAt', op: 'WITHIN_DAYS', value: 90 }, 'A'],
  [{ field: 'lastContactAt', op: 'NOT_WITHIN_DAYS', value: 365 }, 'BCD'],
  [{ field: 'lastContactAt', op: 'BEFORE', value: dayBefore(500) }, 'D'],
  [{ field: 'lastContactAt', op: 'ON_OR_AFTER', value: dayBefore(200) }, 'AE'],
  [{ field: 'lastContactAt', op: 'NEVER' }, 'C'],
  [{ field: 'source', op: 'IN', value: ['복지포털'] }, 'BD'],
  [{ field: 'source', op: 'NOT_IN', value: ['복지포털'] }, 'ACE'],
])('counts active customers matching %j', async (condition, expected) => {
  expect(await bed.scope(() => segments.preview(only(condition)))).toBe(expected.length);
});

it('combines ALL and ANY groups, and an empty rule counts every active customer', async () => {
  const rules = {
    match: 'ALL',
    conditions: [
      { field: 'partyType', op: 'IN', value: ['PERSON'] },
      {
        match: 'ANY',
        conditions: [
          { field: 'lifeStage', op: 'IN', value: ['SENIOR'] },
          { field: 'tags', op: 'HAS_ANY', value: ['다자녀'] },
        ],
      },
    ],
  };
  expect(await bed.scope(() => segments.preview(rules))).toBe(3); // A, B, E
  expect(await bed.scope(() => segments.preview({ match: 'ANY', conditions: [] }))).toBe(5);
});

it('refuses a bad rule with BAD_USER_INPUT on its path', async () => {
  await expect(
    bed.scope(() => segments.preview(only({ field: 'kind', op: 'IN', value: ['VIP'] }))),
  ).rejects.toMatchObject({
    extensions: { code: 'BAD_USER_INPUT', field: 'rules.conditions[0].value[0]' },
  });
});

describe('a saved segment', () => {
  const rules = only({ field: 'tags', op: 'HAS_ANY', value: ['다자녀'] });

  it('is created, counted, snapshotted, updated with its version and deleted, each audited', async () => {
    const segment = await bed.scope(
      () => segments.create({ name: '다자녀 가정', description: ' 양육 지원 ', rules }),
      [Role.Manager],
    );
    expect(segment).toMatchObject({ name: '다자녀 가정', description: '양육 지원', version: 1, rules });
    expect(await bed.scope(() => segments.count(segment))).toBe(2);

    const first = await bed.scope(() => segments.snapshot(segment.id));
    expect(first.memberCount).toBe(2);
    const members = await bed.owner<{ customer_id: string }>(
      'SELECT customer_id FROM customer_segment_members WHERE snapshot_id = $1 ORDER BY customer_id',
      [first.id],
    );
    expect(members.map((m) => m.customer_id)).toEqual([ids.A, ids.E].sort());

    const updated = await bed.scope(() =>
      segments.update({
        id: segment.id,
        version: 1,
        rules: only({ field: 'sex', op: 'IN', value: ['FEMALE', 'MALE'] }),
      }),
    );
    expect(updated).toMatchObject({ version: 2, name: '다자녀 가정', description: '양육 지원' });
    const second = await bed.scope(() => segments.snapshot(segment.id));
    expect(second.memberCount).toBe(3);
    expect((await bed.scope(() => segments.snapshots(segment.id, 30))).map((s) => s.memberCount)).toEqual([
      2, 3,
    ]);
    expect((await bed.scope(() => segments.snapshots(segment.id, 1))).map((s) => s.memberCount)).toEqual([3]);

    await expect(
      bed.scope(() => segments.update({ id: segment.id, version: 1, name: '늦은 변경' })),
    ).rejects.toMatchObject({ extensions: { code: 'CONFLICT', field: 'version' } });

    expect(await bed.scope(() => segments.delete(segment.id))).toBe(segment.id);
    expect(await bed.scope(() => segments.find(segment.id))).toBeNull();
    const left = await bed.owner<{ n: number }>(
      'SELECT count(*)::int AS n FROM customer_segment_members WHERE snapshot_id = ANY($1)',
      [[first.id, second.id]],
    );
    expect(left[0].n).toBe(0);

    const audit = await bed.owner<{ action: string; entity: string }>(
      `SELECT action, entity FROM audit_events WHERE tenant_id = $1 AND entity LIKE 'customer_segment%'
       ORDER BY id`,
      [bed.tenant.code],
    );
    expect(audit).toEqual([
      { action: 'create', entity: 'customer_segment' },
      { action: 'create', entity: 'customer_segment_snapshot' },
      { action: 'update', entity: 'customer_segment' },
      { action: 'create', entity: 'customer_segment_snapshot' },
      { action: 'delete', entity: 'customer_segment' },
    ]);
  });

  it('has a name unique in the tenant', async () => {
    await bed.scope(() => segments.create({ name: '어르신', rules }));
    await expect(bed.scope(() => segments.create({ name: '어르신', rules }))).rejects.toMatchObject({
      extensions: { code: 'CONFLICT', field: 'name' },
    });
  });

  it('pages by name with a keyset cursor', async () => {
    for (const name of ['가', '나', '다'])
      await bed.scope(() => segments.create({ name: `순서 ${name}`, rules }));
    const first = await bed.scope(() => segments.page(2, null));
    const second = await bed.scope(() => segments.page(2, first.pageInfo.endCursor));
    const names = [...first.edges, ...second.edges].map((e) => e.node.name);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(names.length);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.totalCount).toBe(second.totalCount);
  });
});
