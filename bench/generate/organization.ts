import { createHash } from 'node:crypto';
import type { Faker } from '@faker-js/faker' with { 'resolution-mode': 'import' };
import {
  AGENCY_CODES,
  COMMON_ORGANIZATION,
  LOCAL_BUREAUS,
} from '../../apps/api/src/seed/organization-template';
import { officePhone } from './korean-address';

/**
 * 과/담당관 the demo organization does not have, each with its 팀 and the 국/실 it usually sits under.
 * Generated divisions go under the first of those bureaus the tenant has; a tenant without any gets none of them.
 */
interface DivisionTemplate {
  readonly name: string;
  readonly teams: readonly string[];
  readonly bureaus: readonly string[];
}

const d = (name: string, teams: string[], ...bureaus: string[]): DivisionTemplate => ({
  name,
  teams,
  bureaus,
});

export const DIVISIONS: readonly DivisionTemplate[] = [
  d('청년정책과', ['청년정책팀', '청년일자리팀', '청년활동지원팀'], '행정자치국', '경제산업국'),
  d('여성가족과', ['여성정책팀', '가족지원팀', '양성평등팀'], '복지국'),
  d('출산보육과', ['출산지원팀', '보육정책팀', '어린이집지원팀'], '복지국'),
  d('아동청소년과', ['아동정책팀', '아동보호팀', '청소년육성팀'], '복지국'),
  d('보건정책과', ['보건정책팀', '공공의료팀', '의약관리팀'], '복지국'),
  d('건강증진과', ['건강증진팀', '정신건강팀', '구강보건팀'], '복지국'),
  d('감염병관리과', ['감염병대응팀', '예방접종팀', '역학조사팀'], '복지국'),
  d('식품안전과', ['식품안전팀', '위생관리팀', '먹거리정책팀'], '복지국'),
  d('보훈선양과', ['보훈정책팀', '보훈복지팀'], '복지국'),
  d('문화예술과', ['문화정책팀', '예술진흥팀', '문화시설팀'], '관광교류국', '행정자치국'),
  d('체육진흥과', ['체육정책팀', '생활체육팀', '체육시설팀'], '관광교류국', '행정자치국'),
  d('관광진흥과', ['관광진흥팀', '관광시설팀', '관광안내팀'], '관광교류국'),
  d('마이스산업과', ['마이스유치팀', '국제회의팀'], '관광교류국'),
  d('안전정책과', ['안전정책팀', '생활안전팀', '안전점검팀'], '행정자치국'),
  d('재난대응과', ['재난대응팀', '자연재난팀', '민방위팀'], '행정자치국'),
  d('평생교육과', ['평생교육팀', '교육협력팀', '학교지원팀'], '행정자치국'),
  d('회계과', ['회계운영팀', '계약팀', '재산관리팀'], '행정자치국'),
  d('외국인주민과', ['외국인정책팀', '다문화가족팀'], '행정자치국', '복지국'),
  d('도로계획과', ['도로계획팀', '도로시설팀', '도로안전팀'], '교통국'),
  d('도시철도과', ['도시철도팀', '철도건설팀'], '교통국'),
  d('주차정책과', ['주차정책팀', '주차시설팀'], '교통국'),
  d('교통운영과', ['교통운영팀', '교통신호팀', '교통단속팀'], '교통국'),
  d('주택정책과', ['주택정책팀', '공공주택팀', '주거복지팀'], '도시계획국'),
  d('도시재생과', ['도시재생팀', '도시정비팀', '마을만들기팀'], '도시계획국'),
  d('토지정보과', ['토지정보팀', '지적관리팀', '부동산관리팀'], '도시계획국'),
  d('스마트도시과', ['스마트도시팀', '공간정보팀', '디지털서비스팀'], '기획조정실', '도시계획국'),
  d('공원녹지과', ['공원정책팀', '녹지조성팀', '도시숲팀'], '환경국'),
  d('대기환경과', ['대기정책팀', '미세먼지대응팀', '소음진동팀'], '환경국'),
  d('물관리정책과', ['수질관리팀', '상수도팀', '하천관리팀'], '환경국'),
  d('기후에너지과', ['에너지정책팀', '신재생에너지팀', '탄소중립팀'], '환경국', '경제산업국'),
  d('동물보호과', ['동물복지팀', '반려동물팀'], '농정국', '환경국'),
  d('투자유치과', ['투자유치팀', '외국인투자팀'], '경제산업국'),
  d('기업지원과', ['기업지원팀', '중소기업팀', '창업지원팀'], '경제산업국'),
  d('사회적경제과', ['사회적경제팀', '협동조합팀'], '경제산업국'),
  d('노동정책과', ['노동정책팀', '노동권익팀'], '경제산업국', '행정자치국'),
  d('인구정책과', ['인구정책팀', '저출생대응팀'], '기획조정실'),
  d('감사담당관', ['감사팀', '조사팀', '청렴팀'], '기획조정실'),
  d('홍보담당관', ['홍보기획팀', '언론팀', '뉴미디어팀'], '시민소통관'),
  d('민원봉사과', ['민원봉사팀', '민원접수팀', '민원상담팀'], '시민소통관'),
  d('갈등조정담당관', ['갈등관리팀', '고충민원팀'], '시민소통관'),
  d('수산자원과', ['수산자원팀', '양식어업팀'], '해양농수산국'),
  d('연안관리과', ['연안정책팀', '해양환경팀'], '해양농수산국'),
  d('축산과', ['축산정책팀', '가축방역팀'], '농정국'),
  d('산림자원과', ['산림자원팀', '산불방지팀'], '농정국', '환경국'),
];

/** Divisions added per tenant for each unit of `--scale`. */
export const DIVISIONS_PER_SCALE = 8;
/** Generated department codes continue the tenant's 행정표준기관코드 prefix from here (the seed uses 0001…). */
export const FIRST_GENERATED_SEQUENCE = 5001;
/** Generated departments sort after the seeded ones. */
const FIRST_SORT_ORDER = 1000;
/** 주무관 per 팀 besides the 팀장. */
export const TEAM_MEMBERS = { min: 2, max: 6 } as const;

export interface PlannedDepartment {
  readonly code: string;
  readonly name: string;
  /** A generated 과's parent is an existing 국/실, found by name among the top-level departments. */
  readonly parentBureau: string | null;
  /** A generated 팀's parent is a generated 과. */
  readonly parentCode: string | null;
  readonly sortOrder: number;
}

export interface PlannedStaff {
  readonly username: string;
  readonly subject: string;
  readonly name: string;
  readonly departmentCode: string;
  readonly position: string;
  readonly roles: readonly string[];
  readonly email: string;
  readonly phone: string;
}

export interface TenantPlan {
  readonly tenant: string;
  readonly departments: readonly PlannedDepartment[];
  readonly staff: readonly PlannedStaff[];
}

/** The seed's top-level 국/실 of a tenant. */
export const bureausOf = (tenant: string): string[] =>
  [...COMMON_ORGANIZATION, ...(LOCAL_BUREAUS[tenant] ?? [])].map((b) => b.name);

/** The names the seed already gives a tenant, at every level. */
const seededNames = (tenant: string): Set<string> => {
  const names = new Set<string>();
  const walk = (nodes: { name: string; children?: unknown[] }[]) =>
    nodes.forEach((n) => {
      names.add(n.name);
      walk((n.children ?? []) as { name: string; children?: unknown[] }[]);
    });
  walk([...COMMON_ORGANIZATION, ...(LOCAL_BUREAUS[tenant] ?? [])]);
  return names;
};

/** 청년정책과 → 청년정책2과, 감사담당관 → 감사2담당관, 청년정책팀 → 청년정책2팀: the n-th copy of a unit. */
export function numbered(name: string, n: number): string {
  if (n <= 1) return name;
  const suffix = ['담당관', '과', '팀'].find((s) => name.endsWith(s)) ?? '';
  return `${name.slice(0, name.length - suffix.length)}${n}${suffix}`;
}

/** The seed's subject scheme (seed.ts): a stable UUID per tenant and username, so generated staff can log in. */
export const subjectFor = (tenant: string, username: string): string => {
  const h = createHash('sha1').update(`pcrm:${tenant}:${username}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/**
 * What `--scale` adds to one tenant: DIVISIONS_PER_SCALE × scale 과 under its 국/실, each with its 팀,
 * a 과장, and per 팀 a 팀장 and 2–6 주무관 with Korean names and office phones of the 시·도. Pure: the same
 * seeded faker gives the same plan.
 */
export function planTenant(faker: Faker, tenant: string, sidoName: string, scale: number): TenantPlan {
  if (!Number.isInteger(scale) || scale < 0)
    throw new Error(`scale must be a whole number ≥ 0, got ${scale}`);
  const prefix = (AGENCY_CODES[tenant] ?? '9990000').slice(0, 3);
  const bureaus = bureausOf(tenant);
  const taken = seededNames(tenant);
  // Only divisions whose usual 국/실 this tenant has (no 관광진흥과 under 환경국), and none the seed already made.
  const pool = faker.helpers.shuffle(
    DIVISIONS.filter((t) => !taken.has(t.name) && t.bureaus.some((b) => bureaus.includes(b))),
  );
  const departments: PlannedDepartment[] = [];
  const staff: PlannedStaff[] = [];
  const perDepartment = new Map<string, number>();
  const nextCode = () => `${prefix}${FIRST_GENERATED_SEQUENCE + departments.length}`;
  const personName = () => `${faker.person.lastName()}${faker.person.firstName()}`;
  const addStaff = (departmentCode: string, position: string, roles: string[]) => {
    const n = (perDepartment.get(departmentCode) ?? 0) + 1;
    perDepartment.set(departmentCode, n);
    const username = `g${departmentCode}${String(n).padStart(2, '0')}`;
    staff.push({
      username,
      subject: subjectFor(tenant, username),
      name: personName(),
      departmentCode,
      position,
      roles,
      email: `${username}@${tenant}.example.go.kr`,
      phone: officePhone(faker, sidoName),
    });
  };

  const count = DIVISIONS_PER_SCALE * scale;
  for (let i = 0; i < count && pool.length; i++) {
    const template = pool[i % pool.length];
    const copy = Math.floor(i / pool.length) + 1;
    const bureau = template.bureaus.find((b) => bureaus.includes(b))!;
    const divisionCode = nextCode();
    departments.push({
      code: divisionCode,
      name: numbered(template.name, copy),
      parentBureau: bureau,
      parentCode: null,
      sortOrder: FIRST_SORT_ORDER + departments.length,
    });
    addStaff(divisionCode, template.name.endsWith('담당관') ? '담당관' : '과장', ['manager']);
    for (const team of template.teams) {
      const teamCode = nextCode();
      departments.push({
        code: teamCode,
        name: numbered(team, copy),
        parentBureau: null,
        parentCode: divisionCode,
        sortOrder: FIRST_SORT_ORDER + departments.length,
      });
      addStaff(teamCode, '팀장', ['officer']);
      const members = faker.number.int(TEAM_MEMBERS);
      for (let m = 0; m < members; m++) addStaff(teamCode, '주무관', ['officer']);
    }
  }
  return { tenant, departments, staff };
}
