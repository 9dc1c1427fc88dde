import { randomUUID } from 'node:crypto';
import { serviceTestbed, type ServiceTestbed } from '../../test/service-testbed';
import { bornYearsAgo, insertCustomerRow } from '../../test/customer-rows';
import { isMobile, normalizeEmail, normalizePhone } from '../customer-keys';
import { DataQualityService } from './quality.service';
import { QUALITY_PATTERNS as P, QualityGroupBy } from './quality-rules';
import type { DataQualityRow } from './quality.model';

let bed: ServiceTestbed;
let quality: DataQualityService;
const batchX = randomUUID();
const batchY = randomUUID();

/** Six active customers (and one anonymized) whose every field is known to be filled/valid or not. */
beforeAll(async () => {
  bed = await serviceTestbed('quality service test');
  quality = bed.get(DataQualityService);
  const fullAddress = {
    sido: '부산광역시',
    sigungu: '연제구',
    eupmyeondong: '연산동',
    roadAddress: '부산광역시 연제구 중앙대로 1001',
    postalCode: '47545',
  };
  await bed.scope(async () => {
    await insertCustomerRow(bed, {
      name: '홍길동',
      birthDate: bornYearsAgo(40),
      ...fullAddress,
      phones: [
        { kind: 'MOBILE', digits: '01012345678' },
        { kind: 'HOME', digits: '0518881234' },
      ],
      emails: ['hong@example.com'],
    });
    await insertCustomerRow(bed, {
      name: '김영희',
      birthDate: '2099-01-01', // in the future: filled, not valid
      jibunAddress: '연산동 123', // filled, not standardized
      phones: [{ kind: 'MOBILE', digits: '0121234567' }], // 012 is no mobile prefix
      emails: ['kim@example.c0m'],
      source: '복지포털',
      importBatchId: batchX,
    });
    await insertCustomerRow(bed, { name: '미상', source: '복지포털', importBatchId: batchX });
    await insertCustomerRow(bed, {
      name: '(주)부산상사',
      partyType: 'ORGANIZATION',
      ...fullAddress,
      phones: [{ kind: 'WORK', digits: '0212345678' }],
    });
    await insertCustomerRow(bed, {
      name: 'John Smith',
      birthDate: '1900-06-01', // older than 120: not valid
      sido: '부산광역시',
      sigungu: '해운대구',
      roadAddress: '부산광역시 해운대구 해운대로 1', // no postal code: filled, not valid
      phones: [{ kind: 'HOME', digits: '0651234567' }], // 065 is no area code
      source: '주민센터',
      importBatchId: batchY,
    });
    await insertCustomerRow(bed, {
      name: '이순신',
      birthDate: bornYearsAgo(60),
      phones: [{ kind: 'MOBILE', digits: '01098765432' }],
      emails: ['lee@busan.go.kr'],
      createdAt: new Date('2020-01-01T00:00:00Z'),
    });
    await insertCustomerRow(bed, {
      name: '정익명',
      status: 'ANONYMIZED',
      phones: [{ kind: 'MOBILE', digits: '01011112222' }],
    });
  });
});

afterAll(async () => {
  await bed.close();
});

/** field → [total, filled, Null, 충실도, valid, 정확도] of one group (`key`) of a report's rows. */
const table = (rows: DataQualityRow[], key: string | null = null) =>
  Object.fromEntries(
    rows
      .filter((r) => r.key === key)
      .map((r) => [r.field, [r.total, r.filled, r.empty, r.completeness, r.valid, r.accuracy]]),
  );

/** The groups of a report in order, with their customers (the NAME row's total) and source. */
const groups = (rows: DataQualityRow[]) =>
  rows.filter((r) => r.field === 'NAME').map((r) => [r.key, r.source, r.total]);

it('reports 충실도 and 정확도 per field for the tenant, in the shape of Busan tables 4-1/4-2', async () => {
  const report = await bed.scope(() => quality.report({ groupBy: QualityGroupBy.TENANT }));
  expect(groups(report.rows)).toEqual([[null, null, 6]]);
  expect(report.rows).toHaveLength(6);
  expect(table(report.rows)).toEqual({
    //          total filled Null  충실도  valid 정확도
    NAME: [6, 6, 0, 100, 5, 83.33],
    ADDRESS: [6, 4, 2, 66.67, 2, 33.33],
    PHONE: [6, 3, 3, 50, 2, 33.33],
    MOBILE: [6, 3, 3, 50, 2, 33.33],
    EMAIL: [6, 3, 3, 50, 2, 33.33],
    BIRTH_DATE: [5, 4, 1, 80, 2, 40],
  });
});

it('groups by source and by import batch', async () => {
  const bySource = await bed.scope(() => quality.report({ groupBy: QualityGroupBy.SOURCE }));
  expect(groups(bySource.rows)).toEqual([
    ['manual', null, 3],
    ['복지포털', null, 2],
    ['주민센터', null, 1],
  ]);
  expect(table(bySource.rows, '복지포털').MOBILE).toEqual([2, 1, 1, 50, 0, 0]);

  const byBatch = await bed.scope(() => quality.report({ groupBy: QualityGroupBy.BATCH }));
  expect(new Set(groups(byBatch.rows).map((g) => JSON.stringify(g)))).toEqual(
    new Set([
      JSON.stringify([null, 'manual', 3]),
      JSON.stringify([batchX, '복지포털', 2]),
      JSON.stringify([batchY, '주민센터', 1]),
    ]),
  );
  expect(table(byBatch.rows, batchX).NAME).toEqual([2, 2, 0, 100, 1, 50]);
});

it('limits the report to customers registered in [from, to)', async () => {
  const report = await bed.scope(() =>
    quality.report({ groupBy: QualityGroupBy.TENANT, from: new Date('2021-01-01T00:00:00Z') }),
  );
  expect(groups(report.rows)).toEqual([[null, null, 5]]);
  expect(table(report.rows).MOBILE).toEqual([5, 2, 3, 40, 1, 20]);
  await expect(
    bed.scope(() =>
      quality.report({
        groupBy: QualityGroupBy.TENANT,
        from: new Date('2022-01-01'),
        to: new Date('2021-01-01'),
      }),
    ),
  ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'to' } });
});

it('keeps one dated result per day and answers a series per field in date order', async () => {
  const first = await bed.scope(() => quality.snapshot());
  expect(first.groups).toBe(1 + 3 + 3); // the tenant, three sources, three batches (one of them "none")
  const again = await bed.scope(() => quality.snapshot()); // the same day: replaced, not added
  expect(again).toEqual(first);
  await bed.owner(
    `INSERT INTO customer_quality_snapshots (tenant_id, group_by, taken_on, group_key, field, total, filled, valid)
     VALUES ($1, 'TENANT', $2::date - 1, '', 'MOBILE', 4, 1, 1)`,
    [bed.tenant.code, first.date],
  );
  const history = await bed.scope(() => quality.history({ groupBy: QualityGroupBy.TENANT }));
  const mobile = history.points.filter((p) => p.field === 'MOBILE');
  expect(mobile.map((p) => [p.total, p.filled, p.completeness, p.accuracy])).toEqual([
    [4, 1, 25, 25],
    [6, 3, 50, 33.33],
  ]);
  expect(mobile[1].date).toBe(first.date);
  expect(history.points.filter((p) => p.date === first.date).map((p) => p.field)).toEqual([
    'NAME',
    'ADDRESS',
    'PHONE',
    'MOBILE',
    'EMAIL',
    'BIRTH_DATE',
  ]);

  const batch = await bed.scope(() => quality.history({ groupBy: QualityGroupBy.BATCH, key: batchX }));
  expect(batch.points.filter((p) => p.field === 'NAME').map((p) => [p.total, p.valid])).toEqual([[2, 1]]);
});

it.each([
  [{ from: '2026-02-30' }, 'from'],
  [{ from: '2026-03-01', to: '2026-02-01' }, 'to'],
  [{ from: '2024-01-01', to: '2026-01-01' }, 'from'],
])('refuses a history period %j', async (period, field) => {
  await expect(
    bed.scope(() => quality.history({ groupBy: QualityGroupBy.TENANT, ...period })),
  ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
});

describe('the validity patterns (sent to PostgreSQL, checked here as JavaScript RegExps)', () => {
  const matches = (pattern: string, value: string) => new RegExp(pattern, 'u').test(value);

  const MOBILES = ['01012345678', '0111234567', '01698765432', '0191234567'];
  const LANDLINES = [
    '0212345678',
    '021234567',
    '0518881234',
    '0311234567',
    '0641234567',
    '07012345678',
    '0801234567',
    '05051234567',
  ];
  /** Stored digits (the table only checks `^0[0-9]{8,10}$`) that are no Korean number of their kind. */
  const NEITHER = ['0121234567', '0151234567', '0012345678', '0711234567', '0901234567', '0651234567'];

  it('a valid mobile is exactly what normalizePhone keeps and isMobile accepts', () => {
    for (const digits of MOBILES) {
      expect([digits, matches(P.mobile, digits)]).toEqual([normalizePhone(digits), true]);
      expect(isMobile(digits)).toBe(true);
    }
    for (const digits of [...LANDLINES, ...NEITHER])
      expect([digits, matches(P.mobile, digits)]).toEqual([digits, false]);
  });

  it('a valid landline is one normalizePhone keeps, not a mobile, on a Korean network prefix', () => {
    for (const digits of LANDLINES) {
      expect([digits, matches(P.landline, digits)]).toEqual([normalizePhone(digits), true]);
      expect(isMobile(digits)).toBe(false);
    }
    for (const digits of [...MOBILES, ...NEITHER])
      expect([digits, matches(P.landline, digits)]).toEqual([digits, false]);
  });

  it('a valid e-mail is one normalizeEmail accepts with a real-looking domain', () => {
    for (const address of ['hong@example.com', 'kim.min-su@busan.go.kr', 'a_b+c@mail.co.kr'])
      expect([address, matches(P.email, address), normalizeEmail(address)]).toEqual([address, true, address]);
    for (const address of ['hong@example', 'hong@example.c0m', 'hong@-x.com', 'hong@x..com', 'hong@.com']) {
      expect([address, matches(P.email, address)]).toEqual([address, false]);
    }
  });

  it('names: Hangul 2–6 syllables or a Latin-script name for persons; a word for organizations', () => {
    for (const name of ['홍길동', '남궁민수', '이산', 'John Smith', "O'Brien"])
      expect([name, matches(P.personName, name)]).toEqual([name, true]);
    for (const name of ['홍', '홍길동1', 'ㅎㄱㄷ', '???', '가나다라마바사'])
      expect([name, matches(P.personName, name)]).toEqual([name, false]);
    for (const name of ['(주)부산상사', '부산시민연대', 'BNK'])
      expect([name, matches(P.organizationName, name)]).toEqual([name, true]);
    for (const name of ['1', '123', '--'])
      expect([name, matches(P.organizationName, name)]).toEqual([name, false]);
  });
});
