import { gql, integratorToken, userToken } from './support/api';
import { roleClients } from './support/runtime-role';
import { insertCustomers } from './support/owner-customers';
import { insertClosedCases, refreshRollups, removeClosedCases } from './support/ministry-fixture';

/**
 * The platform operator maintains the population reference data (issue 11 #1/#2, docs/adr/0019 "Population"):
 * per 시·도 and per 시·군·구, through SQL functions that check the operator's scope again, audited, stale saves
 * refused, bad input refused with nothing written, tenant and ministry tokens refused; the ministry's equity
 * view divides each 시·군·구's received cases by its residents. gyeongnam only, in years no other spec uses
 * (1991–1993 figures, cases of June 2003).
 */
afterAll(async () => {
  await cleanUp();
  await removeClosedCases(db.owner, CREATOR);
  await db.owner.query(`DELETE FROM customers WHERE name = ANY($1)`, [CUSTOMER_NAMES]);
  await refreshRollups(db.app, TENANT);
});
const db = roleClients();
const TENANT = 'gyeongnam';
const CREATOR = 'population-maintenance-spec';
const CUSTOMER_NAMES = ['인구시험김해', '인구시험진주', '인구시험주소없음'];
const YEARS = [1991, 1992, 1993];

const SET = `mutation($t: ID!, $y: Int!, $p: Int!, $s: String!, $e: DateTime) {
  setTenantPopulation(tenantId: $t, year: $y, population: $p, source: $s, expectedUpdatedAt: $e) {
    tenantId year population source updatedAt districts
  }
}`;
const SET_DISTRICTS = `mutation($t: ID!, $y: Int!, $d: [DistrictPopulationInput!]!) {
  setDistrictPopulations(tenantId: $t, year: $y, districts: $d) { tenantId year sigungu population source updatedAt }
}`;
const LIST = `query($t: ID) {
  platformPopulations(tenantId: $t) { tenantId nameKo active figures { year population source updatedAt districts } }
}`;
const DISTRICTS = `query($t: ID!, $y: Int, $o: Int, $f: Int) {
  platformDistrictPopulations(tenantId: $t, year: $y, offset: $o, first: $f) {
    total items { sigungu year population source updatedAt }
  }
}`;
const HISTORY = `query($t: ID!) {
  platformPopulationHistory(tenantId: $t, first: 200) { eventId actor year sigungu before after source }
}`;

let operator: string;

async function cleanUp(): Promise<void> {
  await db.owner.query(`DELETE FROM tenant_population WHERE tenant_id = $1 AND year = ANY($2)`, [
    TENANT,
    YEARS,
  ]);
  await db.owner.query(`DELETE FROM district_population WHERE tenant_id = $1 AND year = ANY($2)`, [
    TENANT,
    YEARS,
  ]);
}

const figures = async (year: number) =>
  (
    await db.owner.query(
      `SELECT population, source FROM tenant_population WHERE tenant_id = $1 AND year = $2`,
      [TENANT, year],
    )
  ).rows;
const districtRows = async (year: number) =>
  (
    await db.owner.query(
      `SELECT sigungu, population FROM district_population WHERE tenant_id = $1 AND year = $2 ORDER BY sigungu`,
      [TENANT, year],
    )
  ).rows;
const auditCount = async () =>
  Number(
    (
      await db.owner.query(
        `SELECT count(*) FROM platform_audit_events WHERE tenant_code = $1 AND action LIKE 'population.%'`,
        [TENANT],
      )
    ).rows[0].count,
  );

beforeAll(async () => {
  operator = await userToken('platform', 'operator');
  await cleanUp();
});

describe('a 시·도 figure', () => {
  it('is entered, changed with the time it was read, listed with its history and audited', async () => {
    const before = await auditCount();
    const created = await gql(operator, SET, {
      t: TENANT,
      y: 1991,
      p: 3_100_000,
      s: '  시험 출처 (근사치)  ',
    });
    expect(created.errors).toBeUndefined();
    expect(created.data!.setTenantPopulation).toMatchObject({
      tenantId: TENANT,
      year: 1991,
      population: 3_100_000,
      source: '시험 출처 (근사치)',
      districts: 0,
    });
    const changed = await gql(operator, SET, {
      t: TENANT,
      y: 1991,
      p: 3_150_000,
      s: '통계청 시험',
      e: created.data!.setTenantPopulation.updatedAt,
    });
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.setTenantPopulation).toMatchObject({ population: 3_150_000, source: '통계청 시험' });
    expect(await figures(1991)).toEqual([{ population: 3_150_000, source: '통계청 시험' }]);
    expect(await auditCount()).toBe(before + 2);

    const list = await gql(operator, LIST, { t: TENANT });
    expect(list.errors).toBeUndefined();
    const [tenant] = list.data!.platformPopulations;
    expect(tenant).toMatchObject({ tenantId: TENANT, nameKo: '경상남도', active: true });
    expect(tenant.figures.map((f: { year: number }) => f.year)).toEqual(
      [...tenant.figures.map((f: { year: number }) => f.year)].sort((a: number, b: number) => b - a),
    );
    expect(tenant.figures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ year: 1991, population: 3_150_000, source: '통계청 시험' }),
        expect.objectContaining({ year: 2025, population: 3_225_000 }),
      ]),
    );
    const all = await gql(operator, LIST, {});
    expect(all.data!.platformPopulations.length).toBeGreaterThanOrEqual(16);

    const history = await gql(operator, HISTORY, { t: TENANT });
    expect(history.errors).toBeUndefined();
    const mine = history.data!.platformPopulationHistory.filter((h: { year: number }) => h.year === 1991);
    expect(mine.slice(0, 2)).toEqual([
      expect.objectContaining({
        actor: 'platform/operator',
        sigungu: null,
        before: 3_100_000,
        after: 3_150_000,
        source: '통계청 시험',
      }),
      expect.objectContaining({ sigungu: null, before: null, after: 3_100_000 }),
    ]);
  });

  it('refuses a stale or missing expected time (CONFLICT), and of two concurrent saves exactly one wins', async () => {
    const first = await gql(operator, SET, { t: TENANT, y: 1992, p: 3_000_000, s: '시험' });
    expect(first.errors).toBeUndefined();
    const again = await gql(operator, SET, { t: TENANT, y: 1992, p: 3_000_001, s: '시험' });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedUpdatedAt' });
    const stale = await gql(operator, SET, {
      t: TENANT,
      y: 1992,
      p: 3_000_002,
      s: '시험',
      e: '2001-01-01T00:00:00.000Z',
    });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });

    const e = first.data!.setTenantPopulation.updatedAt;
    const audits = await auditCount();
    const saves = await Promise.all(
      [3_000_010, 3_000_020, 3_000_030].map((p) =>
        gql(operator, SET, { t: TENANT, y: 1992, p, s: '동시', e }),
      ),
    );
    const won = saves.filter((r) => !r.errors);
    expect(won).toHaveLength(1);
    expect(saves.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(2);
    expect(await figures(1992)).toEqual([
      { population: won[0].data!.setTenantPopulation.population, source: '동시' },
    ]);
    expect(await auditCount()).toBe(audits + 1);

    await cleanUp();
    const creations = await Promise.all(
      [1, 2].map((i) => gql(operator, SET, { t: TENANT, y: 1993, p: 3_000_000 + i, s: '동시 생성' })),
    );
    expect(creations.filter((r) => !r.errors)).toHaveLength(1);
    expect(creations.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(1);
    expect(await figures(1993)).toHaveLength(1);
  });

  it.each([
    ['an unknown tenant', { t: 'atlantis' }, 'NOT_FOUND', 'tenantId'],
    ['a future year', { y: new Date().getUTCFullYear() + 2 }, 'BAD_USER_INPUT', 'year'],
    ['a year before 1990', { y: 1989 }, 'BAD_USER_INPUT', 'year'],
    ['a population of 0', { p: 0 }, 'BAD_USER_INPUT', 'population'],
    ['a negative population', { p: -5 }, 'BAD_USER_INPUT', 'population'],
    ['an absurd population', { p: 20_000_001 }, 'BAD_USER_INPUT', 'population'],
    ['an empty source', { s: '' }, 'BAD_USER_INPUT', 'source'],
    ['a whitespace source', { s: ' \t\u3000 ' }, 'BAD_USER_INPUT', 'source'],
    ['an invisible source', { s: '\u200B\u200B' }, 'BAD_USER_INPUT', 'source'],
    ['a bidi override in the source', { s: '출처\u202E' }, 'BAD_USER_INPUT', 'source'],
    ['a NUL in the source', { s: '출\u0000처' }, 'BAD_USER_INPUT', 'source'],
    ['a 10 kB source', { s: '가'.repeat(10_000) }, 'BAD_USER_INPUT', 'source'],
  ])('refuses %s with its code and field, writing nothing', async (_, change, code, field) => {
    const audits = await auditCount();
    const res = await gql(operator, SET, { t: TENANT, y: 1991, p: 3_000_000, s: '시험', ...change });
    expect(res.errors?.[0].extensions).toMatchObject({ code });
    if (code === 'BAD_USER_INPUT') expect(res.errors?.[0].extensions?.field).toBe(field);
    expect(res.errors?.[0].message).toMatch(/[가-힣]/);
    expect(res.errors?.[0].extensions?.messageEn).toBeTruthy();
    expect(await auditCount()).toBe(audits);
    const year = (change as { y?: number }).y ?? 1991;
    if (year !== 1991) expect(await figures(year)).toEqual([]);
  });
});

describe('시·군·구 figures', () => {
  it('are saved in bulk, listed in pages, audited per district, and a refused entry saves none', async () => {
    const audits = await auditCount();
    const saved = await gql(operator, SET_DISTRICTS, {
      t: TENANT,
      y: 1991,
      d: [
        { sigungu: '김해시', population: 500_000, source: '시험 (근사치)' },
        { sigungu: '창원시 의창구', population: 250_000, source: '시험 (근사치)' },
        { sigungu: '통영시', population: 130_000, source: '시험 (근사치)' },
      ],
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.setDistrictPopulations.map((d: { sigungu: string }) => d.sigungu)).toEqual([
      '김해시',
      '창원시 의창구',
      '통영시',
    ]);
    expect(await auditCount()).toBe(audits + 1);

    const page1 = await gql(operator, DISTRICTS, { t: TENANT, y: 1991, o: 0, f: 2 });
    expect(page1.errors).toBeUndefined();
    expect(page1.data!.platformDistrictPopulations.total).toBe(3);
    expect(page1.data!.platformDistrictPopulations.items.map((d: { sigungu: string }) => d.sigungu)).toEqual([
      '김해시',
      '창원시 의창구',
    ]);
    const page2 = await gql(operator, DISTRICTS, { t: TENANT, y: 1991, o: 2, f: 2 });
    expect(page2.data!.platformDistrictPopulations.items.map((d: { sigungu: string }) => d.sigungu)).toEqual([
      '통영시',
    ]);
    const seeded = await gql(operator, DISTRICTS, { t: TENANT, y: 2025, o: 0, f: 100 });
    expect(seeded.data!.platformDistrictPopulations.total).toBe(22);
    expect(seeded.data!.platformDistrictPopulations.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          sigungu: '김해시',
          population: 530_000,
          source: expect.stringContaining('근사치'),
        }),
      ]),
    );

    const gimhae = saved.data!.setDistrictPopulations[0];
    const mixed = await gql(operator, SET_DISTRICTS, {
      t: TENANT,
      y: 1991,
      d: [
        { sigungu: '김해시', population: 510_000, source: '수정', expectedUpdatedAt: gimhae.updatedAt },
        { sigungu: '통영시', population: 131_000, source: '수정' },
      ],
    });
    expect(mixed.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'districts' });
    expect(mixed.errors?.[0].message).toContain('통영시');
    expect(await districtRows(1991)).toEqual([
      { sigungu: '김해시', population: 500_000 },
      { sigungu: '창원시 의창구', population: 250_000 },
      { sigungu: '통영시', population: 130_000 },
    ]);

    const updated = await gql(operator, SET_DISTRICTS, {
      t: TENANT,
      y: 1991,
      d: [{ sigungu: '김해시', population: 510_000, source: '수정', expectedUpdatedAt: gimhae.updatedAt }],
    });
    expect(updated.errors).toBeUndefined();
    const history = await gql(operator, HISTORY, { t: TENANT });
    expect(history.data!.platformPopulationHistory[0]).toMatchObject({
      year: 1991,
      sigungu: '김해시',
      before: 500_000,
      after: 510_000,
      source: '수정',
    });
  });

  it('refuses concurrent bulk saves of the same districts but one', async () => {
    const list = await gql(operator, DISTRICTS, { t: TENANT, y: 1991, o: 0, f: 10 });
    const items = list.data!.platformDistrictPopulations.items as { sigungu: string; updatedAt: string }[];
    const entries = (p: number) =>
      items.map((d) => ({
        sigungu: d.sigungu,
        population: p,
        source: '동시',
        expectedUpdatedAt: d.updatedAt,
      }));
    const saves = await Promise.all(
      [200_001, 200_002].map((p) => gql(operator, SET_DISTRICTS, { t: TENANT, y: 1991, d: entries(p) })),
    );
    expect(saves.filter((r) => !r.errors)).toHaveLength(1);
    expect(saves.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(1);
    const rows = await districtRows(1991);
    expect(new Set(rows.map((r) => r.population)).size).toBe(1);
  });

  it.each([
    ['an empty list', [], 'districts'],
    [
      'a list over 100',
      Array.from({ length: 101 }, (_, i) => ({ sigungu: `구${i}`, population: 1000, source: '시험' })),
      'districts',
    ],
    [
      'a district twice',
      [
        { sigungu: '밀양시', population: 1000, source: '시험' },
        { sigungu: '밀양시', population: 2000, source: '시험' },
      ],
      'districts.1.sigungu',
    ],
    [
      'an invisible district name',
      [{ sigungu: '\u200B', population: 1000, source: '시험' }],
      'districts.0.sigungu',
    ],
    [
      'a 10 kB district name',
      [{ sigungu: '구'.repeat(10_000), population: 1000, source: '시험' }],
      'districts.0.sigungu',
    ],
    [
      'an absurd population after a good entry',
      [
        { sigungu: '밀양시', population: 100_000, source: '시험' },
        { sigungu: '거제시', population: 99_000_000, source: '시험' },
      ],
      'districts.1.population',
    ],
    ['an empty source', [{ sigungu: '밀양시', population: 100_000, source: '  ' }], 'districts.0.source'],
  ])('refuses %s, writing nothing', async (_, d, field) => {
    const audits = await auditCount();
    const res = await gql(operator, SET_DISTRICTS, { t: TENANT, y: 1992, d });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await districtRows(1992)).toEqual([]);
    expect(await auditCount()).toBe(audits);
  });

  it('refuses an unknown tenant and a future year', async () => {
    const d = [{ sigungu: '밀양시', population: 100_000, source: '시험' }];
    const unknown = await gql(operator, SET_DISTRICTS, { t: 'atlantis', y: 1992, d });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'tenantId' });
    const future = await gql(operator, SET_DISTRICTS, { t: TENANT, y: 3000, d });
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    const page = await gql(operator, DISTRICTS, { t: 'atlantis' });
    expect(page.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    const big = await gql(operator, DISTRICTS, { t: TENANT, f: 10_000 });
    expect(big.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('only the platform operator', () => {
  it('refuses tenant, integrator and ministry tokens on every population operation, changing nothing', async () => {
    const tokens = [
      await userToken(TENANT, 'admin'),
      await userToken('busan', 'admin'),
      await integratorToken(TENANT),
      await userToken('ministry', 'analyst'),
    ];
    const audits = await auditCount();
    for (const token of tokens) {
      const set = await gql(token, SET, { t: TENANT, y: 1993, p: 1000, s: '침입' });
      expect(set.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const bulk = await gql(token, SET_DISTRICTS, {
        t: TENANT,
        y: 1993,
        d: [{ sigungu: '밀양시', population: 1000, source: '침입' }],
      });
      expect(bulk.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      for (const [query, vars] of [
        [LIST, {}],
        [DISTRICTS, { t: TENANT }],
        [HISTORY, { t: TENANT }],
      ] as const) {
        const res = await gql(token, query, vars);
        expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
    }
    expect(await auditCount()).toBe(audits);
    expect(await districtRows(1993)).toEqual([]);
  });

  it("passes the SQL functions' own check: the runtime role as a tenant or the ministry is refused", async () => {
    const call = async (tenant: string, actor: string, roles: string) => {
      await db.app.query('BEGIN');
      try {
        await db.app.query(
          `SELECT set_config('app.tenant_id', $1, true), set_config('app.actor', $2, true),
                  set_config('app.actor_roles', $3, true)`,
          [tenant, actor, roles],
        );
        await db.app.query(`SELECT * FROM set_tenant_population('gyeongnam', 1993, 1000, 'x', NULL)`);
        return null;
      } catch (error) {
        return (error as { code?: string }).code;
      } finally {
        await db.app.query('ROLLBACK');
      }
    };
    const before = await figures(1993);
    expect(await call(TENANT, 'gyeongnam/admin', 'tenant-admin,platform-operator')).toBe('42501');
    expect(await call('', 'ministry/analyst', 'ministry-analyst')).toBe('42501');
    expect(await call('', 'busan/admin', 'platform-operator')).toBe('42501');
    expect(await call('', 'platform/operator', 'tenant-admin')).toBe('42501');
    // The runtime role cannot write the tables around the functions either.
    await db.app.query('BEGIN');
    try {
      await db.app.query(`SELECT set_config('app.tenant_id', 'gyeongnam', true)`);
      await expect(
        db.app.query(
          `INSERT INTO district_population (tenant_id, year, sigungu, population, source)
           VALUES ('gyeongnam', 1993, '밀양시', 1, 'x')`,
        ),
      ).rejects.toMatchObject({ code: '42501' });
    } finally {
      await db.app.query('ROLLBACK');
    }
    expect(await figures(1993)).toEqual(before);
  });
});

describe('the equity view per 1,000 residents of a 시·군·구', () => {
  it("divides each published district's received cases by its residents, by hand", async () => {
    const [gimhae, jinju, nowhere] = await insertCustomers(db.owner, TENANT, [
      { name: CUSTOMER_NAMES[0], birthDate: '1960-01-01', sigungu: '김해시' },
      { name: CUSTOMER_NAMES[1], birthDate: '1960-01-01', sigungu: '진주시' },
      { name: CUSTOMER_NAMES[2], birthDate: '1960-01-01' },
    ]);
    const at = new Date('2003-06-10T10:00:00+09:00');
    await insertClosedCases(db.owner, TENANT, CREATOR, [
      ...Array.from({ length: 6 }, () => ({ receivedAt: at, answeredAfterDays: 2, customerId: gimhae })),
      ...Array.from({ length: 5 }, () => ({ receivedAt: at, answeredAfterDays: 2, customerId: jinju })),
      ...Array.from({ length: 5 }, () => ({ receivedAt: at, answeredAfterDays: 2, customerId: nowhere })),
    ]);
    await refreshRollups(db.app, TENANT);
    const analyst = await userToken('ministry', 'analyst');
    const res = await gql(
      analyst,
      `query { ministryEquity(from: "2003-06", to: "2003-06", dimension: DISTRICT) {
        groups { tenantId month group received receivedPer1000 } } }`,
    );
    expect(res.errors).toBeUndefined();
    const mine = res.data!.ministryEquity.groups.filter((g: { tenantId: string }) => g.tenantId === TENANT);
    const per1000 = Object.fromEntries(
      mine.map((g: { group: string; receivedPer1000: number | null }) => [g.group, g.receivedPer1000]),
    );
    const gimhaeNow = (await districtRows(1991)).find((r) => r.sigungu === '김해시')!.population;
    // 김해시: the operator's 1991 figure (the latest of 2003 or before); 진주시: only the seeded 2025 one.
    expect(per1000['김해시']).toBeCloseTo((6 * 1000) / gimhaeNow, 12);
    expect(per1000['진주시']).toBeCloseTo((5 * 1000) / 340_000, 12);
    expect(per1000['UNKNOWN']).toBeNull();
  });
});
