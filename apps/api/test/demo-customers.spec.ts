import { Client } from 'pg';
import type { Sql } from '@pcrm/tenancy';
import { STANDARD_TENANTS } from '../../../libs/tenancy/src/registry/tenant-catalog';
import {
  hangulInitials,
  householdKey,
  normalizePhone,
  searchGrams,
} from '../../../libs/crm-core/src/customer-keys';
import { sido } from '../src/seed/korean-regions';
import {
  businessNumber,
  CustomerPlanner,
  FILL,
  SEED_CREATOR,
  type PlannedCustomer,
} from '../src/seed/customers/customer-plan';
import { splitName } from '../src/seed/customers/korean-names';
import { Random } from '../src/seed/customers/random';
import { seedDemoCustomers } from '../src/seed/customers/seed-customers';
import { TEST_DEMO_CUSTOMERS } from './support/demo-customers';

const NOW = new Date('2026-11-26T00:00:00Z');
const STAFF = [
  {
    id: '00000000-0000-4000-8000-000000000001',
    departmentId: '00000000-0000-4000-8000-0000000000d1',
    username: 'e1',
  },
];
const plan = (sidoName: string, count: number, seed = 'spec') =>
  new CustomerPlanner({
    sidoName,
    seed,
    firstCustomerNo: 1,
    staff: STAFF,
    contactsPerCustomer: 2,
    now: NOW,
  }).take(count);
const share = (rows: readonly PlannedCustomer[], pred: (c: PlannedCustomer) => boolean) =>
  rows.filter(pred).length / rows.length;

describe('the demo customer generator', () => {
  it('gives the same customers for the same seed (ids aside) and others for another seed', () => {
    const strip = (rows: PlannedCustomer[]) => rows.map(({ id: _id, ...rest }) => rest);
    const a = plan('부산광역시', 300);
    expect(strip(a.customers)).toEqual(strip(plan('부산광역시', 300).customers));
    expect(a.customers.map((c) => c.name)).not.toEqual(
      plan('부산광역시', 300, 'other').customers.map((c) => c.name),
    );
    expect(a.customers.map((c) => c.customerNo)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
  });

  it('draws surnames as often as Koreans bear them and given names of the birth decade', () => {
    const persons = plan('서울특별시', 12_000).customers.filter((c) => c.partyType === 'PERSON');
    const surnameShare = (s: string) =>
      persons.filter((c) => splitName(c.name)[0] === s).length / persons.length;
    expect(surnameShare('김')).toBeGreaterThan(0.19);
    expect(surnameShare('김')).toBeLessThan(0.24);
    expect(surnameShare('이')).toBeGreaterThan(0.13);
    expect(surnameShare('박')).toBeGreaterThan(0.07);
    for (const c of persons) expect(c.name).toMatch(/^[가-힣]{2,4}$/);
    // 순자 is a name of the 1940s and 50s, 서연 of the 2000s and 2010s.
    const born = (c: PlannedCustomer) => Number(c.birthDate?.slice(0, 4));
    const sunja = persons.filter((c) => c.name.endsWith('순자') && c.birthDate);
    expect(sunja.length).toBeGreaterThan(0);
    expect(sunja.filter((c) => born(c) < 1970).length / sunja.length).toBeGreaterThan(0.7);
  });

  it("keeps every address inside the tenant's 시·도 with a consistent 시·군·구, 읍·면·동, postal code and road address", () => {
    for (const tenant of STANDARD_TENANTS) {
      const where = sido(tenant.nameKo);
      for (const c of plan(tenant.nameKo, 200, tenant.code).customers) {
        const a = c.address;
        if (!a) continue;
        expect(a.sido).toBe(tenant.nameKo);
        if (where.districts.length) expect(where.districts).toContain(a.sigungu);
        expect(a.eupmyeondong).toMatch(/^[가-힣0-9]+(동|읍|면)$/);
        expect(a.roadAddress.startsWith([a.sido, a.sigungu].filter(Boolean).join(' ') + ' ')).toBe(true);
        expect(a.roadAddress.endsWith(` ${a.buildingNo}`)).toBe(true);
        expect(a.roadAddress).toMatch(/(로|길) \d+(-\d+)?$/);
        expect(a.jibunAddress).toMatch(/ \d+(-\d+)?$/);
        const prefix = Number(a.postalCode.slice(0, 2));
        expect(a.postalCode).toMatch(/^\d{5}$/);
        expect(prefix).toBeGreaterThanOrEqual(where.postal[0]);
        expect(prefix).toBeLessThanOrEqual(where.postal[1]);
        expect(a.addressDetail).toMatch(/^(\d{3}동 \d{3,4}호|\d{3}호|\d{1,2}층|)$/);
      }
    }
  });

  it('computes every search key with customer-keys.ts and forms households that share a dwelling', () => {
    const { customers, relations } = plan('부산광역시', 3000);
    for (const c of customers) {
      expect(c.nameInitials).toBe(hangulInitials(c.name));
      expect(c.searchGrams).toEqual(searchGrams(c.name));
      expect(c.householdKey).toBe(c.address && c.partyType === 'PERSON' ? householdKey(c.address) : null);
      for (const p of c.phones) {
        expect(normalizePhone(p.digits)).toBe(p.digits);
        expect(p.kind === 'MOBILE').toBe(p.digits.startsWith('010'));
      }
      expect(c.phones.filter((p) => p.isPrimary).length).toBe(c.phones.length ? 1 : 0);
      if (c.partyType === 'PERSON' && c.phones.some((p) => p.kind === 'HOME'))
        expect(c.phones.find((p) => p.kind === 'HOME')!.digits.startsWith('051')).toBe(true);
    }
    const byId = new Map(customers.map((c) => [c.id, c]));
    const family = relations.filter((r) => r.kind === 'FAMILY');
    expect(family.length).toBeGreaterThan(300);
    for (const r of family)
      expect(byId.get(r.relatedCustomerId)!.householdKey).toBe(byId.get(r.customerId)!.householdKey);
    const households = new Map<string, number>();
    for (const c of customers)
      if (c.householdKey) households.set(c.householdKey, (households.get(c.householdKey) ?? 0) + 1);
    expect([...households.values()].some((n) => n >= 3)).toBe(true);
  });

  it('makes organizations with a valid business number and their representative, some of them customers too', () => {
    const { customers, relations } = plan('경기도', 4000);
    const orgs = customers.filter((c) => c.partyType === 'ORGANIZATION');
    expect(orgs.length / customers.length).toBeGreaterThan(0.02);
    const valid = (no: string) => {
      const d = no.split('').map(Number);
      const w = [1, 3, 7, 1, 3, 7, 1, 3, 5];
      const sum = d.slice(0, 9).reduce((s, x, i) => s + x * w[i], 0) + Math.floor((d[8] * 5) / 10);
      return (10 - (sum % 10)) % 10 === d[9];
    };
    for (const o of orgs) {
      expect(o.businessNo).toMatch(/^\d{10}$/);
      expect(valid(o.businessNo!)).toBe(true);
      expect(o.representativeName).toMatch(/^[가-힣]{2,4}$/);
      expect(o.birthDate).toBeNull();
      expect(o.householdKey).toBeNull();
    }
    expect(valid(businessNumber(new Random('x'), true))).toBe(true);
    const byId = new Map(customers.map((c) => [c.id, c]));
    const reps = relations.filter((r) => r.kind === 'REPRESENTATIVE');
    expect(reps.length).toBeGreaterThan(orgs.length * 0.3);
    for (const r of reps)
      expect(byId.get(r.relatedCustomerId)!.name).toBe(byId.get(r.customerId)!.representativeName);
  });

  it('fills fields at the documented rates and spreads contacts over every channel, newest first', () => {
    const { customers } = plan('부산광역시', 10_000);
    const persons = customers.filter((c) => c.partyType === 'PERSON');
    const near = (x: number, rate: number, slack = 0.05) => {
      expect(x).toBeGreaterThan(rate - slack);
      expect(x).toBeLessThan(rate + slack);
    };
    near(
      share(persons, (c) => c.address !== null),
      FILL.address.person,
    );
    near(
      share(persons, (c) => c.birthDate !== null),
      FILL.birthDate,
    );
    near(
      share(persons, (c) => c.phones.some((p) => p.kind === 'MOBILE')),
      0.8,
      0.08,
    );
    near(
      share(persons, (c) => c.emails.length > 0),
      0.4,
      0.1,
    );
    const consents = customers.flatMap((c) => c.consents);
    expect(new Set(consents.map((x) => x.purpose))).toEqual(
      new Set(['ADMIN_NOTICE', 'SATISFACTION_SURVEY', 'PROMOTION']),
    );
    for (const x of consents)
      if (x.withdrawnAt) expect(x.withdrawnAt.getTime()).toBeGreaterThanOrEqual(x.grantedAt.getTime());
    const contacts = customers.flatMap((c) => c.contacts);
    expect(new Set(contacts.map((x) => x.channel))).toEqual(
      new Set(['VISIT', 'PHONE', 'WEB', 'MOBILE', 'EMAIL', 'MAIL', 'KIOSK', 'SMS']),
    );
    for (const c of customers) {
      const times = c.contacts.map((x) => x.occurredAt.getTime());
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect(c.lastContactAt?.getTime() ?? null).toBe(times[0] ?? null);
      for (const t of times) expect(t).toBeLessThanOrEqual(NOW.getTime());
    }
  });
});

describe('the demo seed in the shared test database', () => {
  let owner: Client;
  beforeAll(async () => {
    owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
    await owner.connect();
  });
  afterAll(() => owner.end());

  it('gave every tenant its demo customers, numbered from 1 and inside its own 시·도, handled by its own staff', async () => {
    const { rows } = await owner.query<{
      tenant_id: string;
      n: number;
      min: string;
      max: string;
      outside: number;
      next: string;
    }>(
      `SELECT c.tenant_id, count(*)::int AS n, min(c.customer_no) AS min, max(c.customer_no) AS max,
              count(*) FILTER (WHERE c.sido IS DISTINCT FROM t.name_ko AND c.sido IS NOT NULL)::int AS outside,
              (SELECT next_customer_no FROM customer_settings s WHERE s.tenant_id = c.tenant_id) AS next
       FROM customers c JOIN tenants t ON t.id = c.tenant_id
       WHERE c.created_by = $1 GROUP BY c.tenant_id`,
      [SEED_CREATOR],
    );
    expect(rows.map((r) => r.tenant_id).sort()).toEqual(STANDARD_TENANTS.map((t) => t.code).sort());
    for (const r of rows) {
      expect(r).toMatchObject({
        n: TEST_DEMO_CUSTOMERS,
        min: '1',
        max: String(TEST_DEMO_CUSTOMERS),
        outside: 0,
      });
      // Numbers the API hands out continue after the seed's.
      expect(Number(r.next)).toBeGreaterThan(TEST_DEMO_CUSTOMERS);
    }
    const { rows: contacts } = await owner.query<{ n: number; foreign: number; channels: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT h.channel)::int AS channels,
              count(*) FILTER (WHERE s.tenant_id <> h.tenant_id OR c.tenant_id <> h.tenant_id)::int AS foreign
       FROM contact_history h JOIN customers c ON c.id = h.customer_id LEFT JOIN staff s ON s.id = h.staff_id
       WHERE c.created_by = $1`,
      [SEED_CREATOR],
    );
    expect(contacts[0].n).toBeGreaterThan(STANDARD_TENANTS.length * TEST_DEMO_CUSTOMERS);
    expect(contacts[0]).toMatchObject({ foreign: 0, channels: 8 });
  });

  it('seeds a tenant once: a second run adds nothing and allocates no numbers', async () => {
    const app = new Client({ connectionString: process.env.PCRM_APP_DATABASE_URL });
    await app.connect();
    const scopes = {
      withTenant: async <T>(tenant: string, work: (sql: Sql) => Promise<T>): Promise<T> => {
        await app.query('BEGIN');
        try {
          await app.query("SELECT set_config('app.tenant_id', $1, true)", [tenant]);
          const result = await work({ query: async (text, params) => (await app.query(text, params)).rows });
          await app.query('COMMIT');
          return result;
        } catch (error) {
          await app.query('ROLLBACK');
          throw error;
        }
      },
    };
    const state = async () =>
      (
        await owner.query(
          `SELECT (SELECT count(*)::int FROM customers WHERE tenant_id = 'busan') AS customers,
                  (SELECT next_customer_no FROM customer_settings WHERE tenant_id = 'busan') AS next`,
        )
      ).rows[0];
    try {
      const before = await state();
      const busan = STANDARD_TENANTS.find((t) => t.code === 'busan')!;
      expect(await seedDemoCustomers(scopes, busan, { count: 50 })).toBe(0);
      expect(await state()).toEqual(before);
    } finally {
      await app.end();
    }
  });

  it('shows a tenant only its own demo customers through row-level security', async () => {
    const app = new Client({ connectionString: process.env.PCRM_APP_DATABASE_URL });
    await app.connect();
    try {
      await app.query('BEGIN');
      await app.query("SELECT set_config('app.tenant_id', 'busan', true)");
      const { rows } = await app.query<{ tenant_id: string; sido: string }>(
        'SELECT DISTINCT tenant_id, sido FROM customers WHERE created_by = $1 AND sido IS NOT NULL',
        [SEED_CREATOR],
      );
      expect(rows).toEqual([{ tenant_id: 'busan', sido: '부산광역시' }]);
      await app.query('ROLLBACK');
    } finally {
      await app.end();
    }
  });
});
