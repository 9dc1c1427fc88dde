/**
 * @jest-environment ./bench/generate/faker-environment.ts
 */
import { Client } from 'pg';
import { AGENCY_CODES } from '../../apps/api/src/seed/organization-template';
import { STANDARD_TENANTS } from '../../libs/tenancy/src/registry/tenant-catalog';
import { planAll } from './bench-data';
import { DEFAULT_SEED, koreanFaker, type FakerModule } from './faker';
import { koreanAddress, officePhone, SIDO, sido } from './korean-address';
import {
  DIVISIONS,
  DIVISIONS_PER_SCALE,
  FIRST_GENERATED_SEQUENCE,
  TEAM_MEMBERS,
  bureausOf,
  numbered,
  planTenant,
  type TenantPlan,
} from './organization';

const faker = (globalThis as Record<string, unknown>).__pcrmFaker as typeof FakerModule;
const hangul = /^[가-힣]+$/;

const divisionsOf = (plan: TenantPlan) => plan.departments.filter((d) => d.parentBureau !== null);
const teamsOf = (plan: TenantPlan) => plan.departments.filter((d) => d.parentCode !== null);

describe('the organization generator', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = planAll(faker, 2, DEFAULT_SEED);
    const b = planAll(faker, 2, DEFAULT_SEED);
    const c = planAll(faker, 2, DEFAULT_SEED + 1);
    expect(a).toEqual(b);
    expect(a.map((p) => p.staff.map((s) => s.name))).not.toEqual(c.map((p) => p.staff.map((s) => s.name)));
  });

  it("keeps one tenant's data independent of the others and of the scale's later units", () => {
    const busan = (scale: number) =>
      planTenant(koreanFaker(faker, 7, 'org:busan'), 'busan', '부산광역시', scale);
    const alone = busan(1);
    const together = planAll(faker, 1, 7).find((p) => p.tenant === 'busan')!;
    expect(together).toEqual(alone);
    // A bigger scale adds units after the first ones; the first division keeps its code and name.
    expect(busan(3).departments[0]).toEqual(alone.departments[0]);
  });

  it('adds nothing at scale 0 and DIVISIONS_PER_SCALE × scale 과 per tenant otherwise, each with its 팀 and staff', () => {
    expect(planAll(faker, 0).every((p) => p.departments.length === 0 && p.staff.length === 0)).toBe(true);
    for (const scale of [1, 3]) {
      const plans = planAll(faker, scale);
      expect(plans.map((p) => p.tenant)).toEqual(STANDARD_TENANTS.map((t) => t.code));
      for (const plan of plans) {
        const divisions = divisionsOf(plan);
        const teams = teamsOf(plan);
        expect(divisions).toHaveLength(DIVISIONS_PER_SCALE * scale);
        expect(divisions.length + teams.length).toBe(plan.departments.length);
        // 과장 (or 담당관) per 과, 팀장 per 팀, 2–6 주무관 per 팀
        const members = plan.staff.filter((s) => s.position === '주무관').length;
        expect(plan.staff.filter((s) => s.position === '팀장')).toHaveLength(teams.length);
        expect(plan.staff.filter((s) => ['과장', '담당관'].includes(s.position))).toHaveLength(
          divisions.length,
        );
        expect(members).toBeGreaterThanOrEqual(TEAM_MEMBERS.min * teams.length);
        expect(members).toBeLessThanOrEqual(TEAM_MEMBERS.max * teams.length);
        expect(plan.staff).toHaveLength(divisions.length + teams.length + members);
      }
    }
  });

  it('hangs 과 under a fitting existing 국/실 and 팀 under a generated 과, with fresh codes and names', () => {
    for (const plan of planAll(faker, 8)) {
      const bureaus = bureausOf(plan.tenant);
      const codes = new Set(plan.departments.map((d) => d.code));
      expect(codes.size).toBe(plan.departments.length);
      const divisionCodes = new Set(divisionsOf(plan).map((d) => d.code));
      for (const d of plan.departments) {
        expect(d.code.startsWith(AGENCY_CODES[plan.tenant].slice(0, 3))).toBe(true);
        expect(Number(d.code.slice(3))).toBeGreaterThanOrEqual(FIRST_GENERATED_SEQUENCE);
        expect(d.name).toMatch(/^[가-힣0-9]+(과|팀|담당관)$/);
        if (d.parentBureau) {
          expect(bureaus).toContain(d.parentBureau);
          const base = d.name.replace(/\d+(?=(과|팀|담당관)$)/, '');
          expect(DIVISIONS.find((t) => t.name === base)?.bureaus).toContain(d.parentBureau);
        } else {
          expect(divisionCodes.has(d.parentCode!)).toBe(true);
        }
      }
      // Names repeat nowhere within a tenant, even once the vocabulary runs out and copies are numbered.
      const names = plan.departments.map((d) => d.name);
      expect(new Set(names).size).toBe(names.length);
      expect(names.some((n) => /\d(과|팀|담당관)$/.test(n))).toBe(true);
    }
  });

  it('gives staff Korean names, unique logins and office phones of their 시·도', () => {
    for (const plan of planAll(faker, 2)) {
      const tenant = STANDARD_TENANTS.find((t) => t.code === plan.tenant)!;
      const usernames = new Set(plan.staff.map((s) => s.username));
      expect(usernames.size).toBe(plan.staff.length);
      for (const s of plan.staff) {
        expect(s.name).toMatch(hangul);
        expect(s.name.length).toBeGreaterThanOrEqual(2);
        expect(s.name.length).toBeLessThanOrEqual(5);
        expect(s.phone.startsWith(`${sido(tenant.nameKo).areaCode}-`)).toBe(true);
        expect(s.email).toBe(`${s.username}@${plan.tenant}.example.go.kr`);
        expect(s.subject).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
      }
    }
  });

  it('numbers copies of a unit in the Korean way', () => {
    expect(numbered('청년정책과', 1)).toBe('청년정책과');
    expect(numbered('청년정책과', 2)).toBe('청년정책2과');
    expect(numbered('감사담당관', 3)).toBe('감사3담당관');
    expect(numbered('민원상담팀', 2)).toBe('민원상담2팀');
  });
});

describe('the Korean address generator', () => {
  it('keeps every address inside its 시·도: 시·군·구, postal code and area code agree', () => {
    for (const tenant of STANDARD_TENANTS) {
      const f = koreanFaker(faker, DEFAULT_SEED, `address-test:${tenant.code}`);
      const where = sido(tenant.nameKo);
      for (let i = 0; i < 200; i++) {
        const a = koreanAddress(f, tenant.nameKo);
        expect(a.sido).toBe(tenant.nameKo);
        expect(where.districts).toContain(a.sigungu);
        expect(a.full.startsWith(`${tenant.nameKo} ${a.sigungu} ${a.road}`)).toBe(true);
        expect(a.postalCode).toMatch(/^\d{5}$/);
        const prefix = Number(a.postalCode.slice(0, 2));
        expect(prefix).toBeGreaterThanOrEqual(where.postal[0]);
        expect(prefix).toBeLessThanOrEqual(where.postal[1]);
        expect(a.road).toMatch(/^[가-힣0-9]+(로|길) \d+(-\d+)?$/);
      }
      expect(officePhone(f, tenant.nameKo)).toMatch(new RegExp(`^${where.areaCode}-\\d{3}-\\d{4}$`));
    }
  });

  it('never puts a district in the wrong 시·도 (해운대구 is Busan, 부평구 is Incheon)', () => {
    const f = koreanFaker(faker, 1, 'address-any');
    const seen = new Map<string, Set<string>>();
    for (let i = 0; i < 3000; i++) {
      const a = koreanAddress(f);
      if (!seen.has(a.sigungu)) seen.set(a.sigungu, new Set());
      seen.get(a.sigungu)!.add(a.sido);
    }
    expect([...seen.get('해운대구')!]).toEqual(['부산광역시']);
    expect([...seen.get('부평구')!]).toEqual(['인천광역시']);
    expect(seen.get('중구')!.has('경기도')).toBe(false);
    // Every 시·도 appears when none is asked for, 세종 without a 시·군·구.
    expect(new Set([...seen.values()].flatMap((s) => [...s])).size).toBe(SIDO.length);
    expect([...seen.get('')!]).toEqual(['세종특별자치시']);
  });

  it('gives the same addresses for the same seed', () => {
    const draw = () => {
      const f = koreanFaker(faker, 42, 'address:busan');
      return Array.from({ length: 20 }, () => koreanAddress(f, '부산광역시').full);
    };
    expect(draw()).toEqual(draw());
    expect(new Set(draw()).size).toBeGreaterThan(15);
  });

  it('rejects a 시·도 it does not know', () => {
    expect(() => koreanAddress(koreanFaker(faker, 1, 'x'), '부산시')).toThrow(/unknown 시·도/);
  });
});

describe('the generator against the seeded demo database (read only)', () => {
  it('finds every 국/실 it hangs 과 under among the top-level departments of each tenant', async () => {
    const owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
    await owner.connect();
    try {
      const { rows } = await owner.query<{ tenant_id: string; name: string }>(
        'SELECT tenant_id, name FROM departments WHERE parent_id IS NULL',
      );
      for (const plan of planAll(faker, 3)) {
        const top = new Set(rows.filter((r) => r.tenant_id === plan.tenant).map((r) => r.name));
        for (const d of divisionsOf(plan)) expect(top).toContain(d.parentBureau);
      }
    } finally {
      await owner.end();
    }
  });
});
