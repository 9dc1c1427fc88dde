import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  DEMO_TENANT_USERS,
  STANDARD_TENANTS,
  type Sql,
  type TenantScopes,
  type TenantSeed,
} from '@pcrm/tenancy';
import {
  AGENCY_CODES,
  AREA_CODES,
  COMMON_ORGANIZATION,
  LOCAL_BUREAUS,
  type OrgNode,
} from './organization-template';

/** The tenant registry: the 16 시·도 exist in every installation (production too). Idempotent. */
export async function seedTenants(
  owner: DataSource,
  tenants: readonly TenantSeed[] = STANDARD_TENANTS,
): Promise<void> {
  for (const t of tenants) {
    await owner.query(
      `INSERT INTO tenants (id, name_ko, name_en) VALUES ($1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET name_ko = EXCLUDED.name_ko, name_en = EXCLUDED.name_en`,
      [t.code, t.nameKo, t.nameEn],
    );
  }
}

export interface FlatDepartment {
  code: string;
  name: string;
  parentCode: string | null;
  depth: number;
}

function flatten(tenant: string, nodes: OrgNode[]): FlatDepartment[] {
  const prefix = (AGENCY_CODES[tenant] ?? '9990000').slice(0, 3);
  const out: FlatDepartment[] = [];
  const walk = (list: OrgNode[], parentCode: string | null, depth: number) => {
    for (const node of list) {
      const code = `${prefix}${String(out.length + 1).padStart(4, '0')}`;
      out.push({ code, name: node.name, parentCode, depth });
      walk(node.children ?? [], code, depth + 1);
    }
  };
  walk(nodes, null, 0);
  return out;
}

/** The departments every tenant starts with: the common core of the 시·도 plus the bureaus of its own, if any. */
export const standardDepartments = (tenant: string): FlatDepartment[] =>
  flatten(tenant, [...COMMON_ORGANIZATION, ...(LOCAL_BUREAUS[tenant] ?? [])]);

/** Writes departments (parents first) into the scope's tenant; existing codes are kept. */
export async function insertDepartments(sql: Sql, departments: readonly FlatDepartment[]): Promise<void> {
  for (const [i, d] of departments.entries()) {
    await sql.query(
      `INSERT INTO departments (tenant_id, code, name, parent_id, sort_order)
       VALUES (current_setting('app.tenant_id', true), $1, $2, (SELECT id FROM departments WHERE code = $3), $4)
       ON CONFLICT (tenant_id, code) DO NOTHING`,
      [d.code, d.name, d.parentCode, i],
    );
  }
}

/** A stable UUID for a seeded login, so re-seeding never changes anyone's Keycloak subject. */
const subjectFor = (tenant: string, username: string): string => {
  const h = createHash('sha1').update(`pcrm:${tenant}:${username}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/** A stable office number in the 시·도's area code (Seoul's exchanges have four digits): 051-888-1234. */
const officePhoneFor = (tenant: string, username: string): string => {
  const n = createHash('sha1').update(`pcrm:phone:${tenant}:${username}`).digest().readUInt32BE(0);
  const area = AREA_CODES[tenant] ?? '02';
  const exchange = area === '02' ? 2000 + (n % 1000) : 200 + (n % 800);
  return `${area}-${exchange}-${String(Math.floor(n / 1000) % 10000).padStart(4, '0')}`;
};

interface StaffSeed {
  username: string;
  name: string;
  departmentCode: string;
  position: string;
  roles: string[];
}

const POSITION_BY_DEPTH = ['국장', '과장', '팀장'];

/** Demo departments and staff of one tenant (development only). Idempotent: existing rows are kept (a missing phone is filled). */
export async function seedDemoOrganization(db: TenantScopes, tenant: TenantSeed): Promise<void> {
  // The Korean locale alone: the package root loads every locale (~30 MB more resident memory for good).
  const { faker: fakerKO } = await import('@faker-js/faker/locale/ko');
  fakerKO.seed([...tenant.code].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7));
  const departments = standardDepartments(tenant.code);
  const personName = () => `${fakerKO.person.lastName()}${fakerKO.person.firstName()}`;
  const codeOf = (name: string) => departments.find((d) => d.name === name)!.code;

  const demoLogins: [keyof typeof DEMO_TENANT_USERS, string, string][] = [
    ['admin', '정보화기획팀', '주무관'],
    ['manager', '민원정책과', '과장'],
    ['officer', '고객만족팀', '주무관'],
    ['agent', '콜센터운영팀', '상담원'],
  ];
  const member = (username: string, departmentCode: string, position: string, role: string): StaffSeed => ({
    username,
    name: personName(),
    departmentCode,
    position,
    roles: [role],
  });
  const staff = demoLogins.map(([username, department, position]) =>
    member(username, codeOf(department), position, DEMO_TENANT_USERS[username]),
  );
  for (const d of departments) {
    const isTeam = d.depth >= 2;
    staff.push(
      member(`e${d.code}01`, d.code, POSITION_BY_DEPTH[Math.min(d.depth, 2)], isTeam ? 'officer' : 'manager'),
    );
    if (isTeam) for (const n of [2, 3]) staff.push(member(`e${d.code}0${n}`, d.code, '주무관', 'officer'));
  }

  await db.withTenant(tenant.code, async (sql: Sql) => {
    await insertDepartments(sql, departments);
    await sql.query(
      `INSERT INTO staff (tenant_id, username, keycloak_subject, name, department_id, position, roles, email, phone)
       SELECT current_setting('app.tenant_id', true), s.username, s.subject, s.name, d.id, s.position,
              string_to_array(s.roles, ','), s.username || '@' || current_setting('app.tenant_id', true) || '.example.go.kr',
              s.phone
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
            AS s(username, subject, name, department_code, position, roles, phone)
       JOIN departments d ON d.code = s.department_code
       ON CONFLICT (tenant_id, username) DO UPDATE SET phone = EXCLUDED.phone WHERE staff.phone IS NULL`,
      [
        staff.map((s) => s.username),
        staff.map((s) => subjectFor(tenant.code, s.username)),
        staff.map((s) => s.name),
        staff.map((s) => s.departmentCode),
        staff.map((s) => s.position),
        staff.map((s) => s.roles.join(',')),
        staff.map((s) => officePhoneFor(tenant.code, s.username)),
      ],
    );
  });
}
