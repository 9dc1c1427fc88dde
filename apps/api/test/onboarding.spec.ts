import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { gql, userToken } from './support/api';
import { freePort } from './support/free-port';
import { startServerProcess, type ServerProcess } from './support/server-process';
import { createFreshDatabase, type TestDatabase } from './support/test-database';
import { readFileSync } from 'node:fs';
import type { JsonWebKey } from 'node:crypto';
import { keycloakClaims, signJwt, strangerKey } from './support/tokens';
import { buildRealmExport, tenantRealmSpec } from '../../../libs/tenancy/src/realm-export/realm-export';

/**
 * Onboarding a tenant at run time (issue 9 #7, ADR 0024), against two real server processes on one database
 * of their own (a new tenant must not change what the other spec files see): the platform operator creates
 * 세종 with no restart, its first administrator logs in through the development provider's real login flow,
 * creates a customer and files a petition, the ministry comparison lists it, and the other process learns of
 * it through the `pcrm_tenants` notification. The new tenant starts on the latest standard edition (ADR 0026).
 * Deactivation cuts the tenant's issued tokens off in both processes at once and keeps its data. Bad input,
 * forbidden callers and a failure half-way (in the first administrator or in the standard upgrade) create nothing.
 */
jest.setTimeout(300_000);

let database: TestDatabase;
let dataDir: string;
let owner: Client;
let a: ServerProcess;
let b: ServerProcess;
let operator: string;

const env = (ownerUrl: string, extra: Record<string, string> = {}) => ({
  DATABASE_URL: ownerUrl,
  PCRM_DATA_DIR: dataDir,
  PCRM_APP_DB_PASSWORD: 'pcrm-app-test',
  PCRM_SEED_CUSTOMERS: '0',
  PCRM_SEED_CASES: '0',
  ...extra,
});

beforeAll(async () => {
  database = await createFreshDatabase(process.env.PCRM_OWNER_DATABASE_URL!);
  dataDir = await mkdtemp(join(tmpdir(), 'pcrm-test-onboarding-'));
  a = await startServerProcess(env(database.ownerUrl), await freePort());
  // B verifies the tokens A's identity provider issues, as two API processes behind one Keycloak do.
  b = await startServerProcess(env(database.ownerUrl, { KEYCLOAK_URL: a.url }), await freePort());
  owner = new Client({ connectionString: database.ownerUrl });
  await owner.connect();
  operator = await userToken('platform', 'operator', undefined, a.url);
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await owner?.end();
  await database?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const CREATE = `mutation($i: CreateTenantInput!) {
  createTenant(input: $i) {
    tenant { code nameKo nameEn active createdAt deactivatedAt }
    firstAdminUsername firstAdminSubject departments realmExport elapsedMs
  } }`;
const DEACTIVATE = `mutation($c: String!) { deactivateTenant(code: $c) { code active deactivatedAt } }`;
const REACTIVATE = `mutation($c: String!) { reactivateTenant(code: $c) { code active deactivatedAt } }`;
const ME = `query { me { username roles realm tenant { code nameKo } } }`;
const COMPARISON = `query($from: String!, $to: String!) {
  ministryPetitionComparison(from: $from, to: $to) { tenants { id nameKo } } }`;

const input = (code: string, over: Record<string, unknown> = {}, admin: Record<string, unknown> = {}) => ({
  code,
  nameKo: '세종특별자치시',
  nameEn: 'Sejong Special Self-Governing City',
  firstAdmin: { username: 'kim-admin', name: '김세종', email: 'kim.admin@sejong.example.go.kr', ...admin },
  ...over,
});

/** What a tenant code leaves behind in the database: its row and every row written for it. */
async function traces(code: string): Promise<Record<string, number>> {
  const { rows } = await owner.query(
    `SELECT (SELECT count(*) FROM tenants WHERE id = $1)::int AS tenants,
            (SELECT count(*) FROM voc_categories WHERE tenant_id = $1)::int AS categories,
            (SELECT count(*) FROM voc_workflows WHERE tenant_id = $1)::int AS workflows,
            (SELECT count(*) FROM departments WHERE tenant_id = $1)::int AS departments,
            (SELECT count(*) FROM staff WHERE tenant_id = $1)::int AS staff,
            (SELECT count(*) FROM custom_field_definitions WHERE tenant_id = $1)::int AS fields,
            (SELECT count(*) FROM tenant_setting_changes WHERE tenant_id = $1)::int AS setting_changes,
            (SELECT count(*) FROM audit_events WHERE tenant_id = $1)::int AS tenant_audit,
            (SELECT count(*) FROM platform_audit_events WHERE tenant_code = $1)::int AS audit`,
    [code],
  );
  return rows[0];
}
const NOTHING = {
  tenants: 0,
  categories: 0,
  workflows: 0,
  departments: 0,
  staff: 0,
  fields: 0,
  setting_changes: 0,
  tenant_audit: 0,
  audit: 0,
};

/** A realm's signing key as server A's development provider stored it. */
function realmKey(realm: string): { jwk: JsonWebKey; kid: string } {
  const jwk = JSON.parse(
    readFileSync(join(dataDir, 'dev-idp', `${realm}.signing-key.json`), 'utf8'),
  ) as JsonWebKey & {
    kid: string;
  };
  return { jwk, kid: jwk.kid };
}

const discovery = (server: ServerProcess, realm: string) =>
  fetch(`${server.url}/realms/${realm}/.well-known/openid-configuration`).then((r) => r.status);

async function until(what: string, probe: () => Promise<boolean>, timeoutMs = 3_000): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await probe()) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('bad input is refused with a stable code, Korean and English text, and creates nothing', () => {
  it.each([
    ['uppercase', input('Sejong'), 'code'],
    ['too long', input('s'.repeat(32)), 'code'],
    ['starting with a digit', input('1sejong'), 'code'],
    ['reserved: ministry', input('ministry'), 'code'],
    ['reserved: platform', input('platform'), 'code'],
    ['reserved: admin', input('admin'), 'code'],
    ['blank Korean name', input('blankname', { nameKo: ' \u200b ' }), 'nameKo'],
    ['bad username', input('baduser', {}, { username: 'Kim Admin' }), 'firstAdmin.username'],
    ['bad e-mail', input('bademail', {}, { email: 'not-an-address' }), 'firstAdmin.email'],
  ])('%s', async (_what, i, field) => {
    const before = (await owner.query('SELECT count(*)::int AS n FROM tenants')).rows[0].n;
    const res = await gql(operator, CREATE, { i }, a.url);
    expect(res.data?.createTenant ?? null).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors?.[0].message).toMatch(/[가-힣]/);
    expect(res.errors?.[0].extensions.messageEn).toBeTruthy();
    expect((await owner.query('SELECT count(*)::int AS n FROM tenants')).rows[0].n).toBe(before);
  });

  it('refuses a code that is taken (CONFLICT) and leaves the tenant as it was', async () => {
    const res = await gql(operator, CREATE, { i: input('busan', { nameKo: '새부산' }) }, a.url);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'code' });
    expect(res.errors?.[0].message).toMatch(/이미 있습니다/);
    const { rows } = await owner.query(`SELECT name_ko FROM tenants WHERE id = 'busan'`);
    expect(rows).toEqual([{ name_ko: '부산광역시' }]);
    expect(
      (
        await owner.query(
          `SELECT count(*)::int AS n FROM staff WHERE tenant_id = 'busan' AND username = 'kim-admin'`,
        )
      ).rows[0].n,
    ).toBe(0);
  });
});

describe('only the platform operator reaches the platform operations, and the operator reaches nothing else', () => {
  it('refuses tenant and ministry tokens, and a tenant token claiming the operator role', async () => {
    const tokens = [
      await userToken('busan', 'admin', undefined, a.url),
      await userToken('ministry', 'analyst', undefined, a.url),
    ];
    for (const token of tokens) {
      const res = await gql(token, CREATE, { i: input('forbidden') }, a.url);
      expect(res.status).toBe(403);
      expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
      const list = await gql(token, `{ platformTenants { code } }`, undefined, a.url);
      expect(list.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    expect(await traces('forbidden')).toEqual(NOTHING);
  });

  it('refuses a platform token signed by a stranger (401) and a tenant-realm token claiming the role (403)', async () => {
    const claims = (realm: string, roles: string[]) => ({
      ...keycloakClaims(realm, { realm_access: { roles } }),
      iss: `${a.url}/realms/${realm}`,
    });
    const stranger = signJwt(
      claims('platform', ['platform-operator']),
      strangerKey(realmKey('platform').kid),
    );
    const res = await gql(stranger, CREATE, { i: input('forged') }, a.url);
    expect(res.status).toBe(401);
    const busanOperator = signJwt(claims('busan', ['platform-operator']), realmKey('busan'));
    const claimed = await gql(busanOperator, CREATE, { i: input('forged') }, a.url);
    expect(claimed.status).toBe(403);
    expect(claimed.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(await traces('forged')).toEqual(NOTHING);
  });

  it('gives the operator no tenant data and no ministry comparison', async () => {
    const me = await gql(operator, ME, undefined, a.url);
    expect(me.data?.me).toMatchObject({ realm: 'platform', roles: ['platform-operator'], tenant: null });
    for (const query of [
      `{ customers(first: 5) { totalCount } }`,
      `{ departments { id } }`,
      `query { ministryPetitionComparison(from: "2026-01", to: "2026-02") { months } }`,
    ]) {
      const res = await gql(operator, query, undefined, a.url);
      expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
  });
});

describe('a failure half-way', () => {
  const booms: { name: string; table: string }[] = [];

  /** Makes an INSERT into `table` fail in the database when `condition` holds for the new row. */
  async function failInsertsInto(name: string, table: string, condition: string): Promise<void> {
    booms.push({ name, table });
    await owner.query(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF ${condition} THEN RAISE EXCEPTION 'forced failure'; END IF; RETURN NEW; END $$`);
    await owner.query(
      `CREATE TRIGGER ${name} BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION ${name}()`,
    );
  }

  /** Creates tenant `code` with an administrator `username`, and expects it refused with nothing left behind. */
  async function expectNothingLeft(code: string, nameKo: string, username: string): Promise<void> {
    const res = await gql(operator, CREATE, { i: input(code, { nameKo }, { username }) }, a.url);
    expect(res.data?.createTenant ?? null).toBeNull();
    expect(res.errors?.[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await traces(code)).toEqual(NOTHING);
    expect(await discovery(a, code)).toBe(404);
  }

  afterAll(async () => {
    for (const { name, table } of booms) {
      await owner.query(`DROP TRIGGER IF EXISTS ${name} ON ${table}`);
      await owner.query(`DROP FUNCTION IF EXISTS ${name}()`);
    }
  });

  it('leaves no tenant, no reference data, no departments, no audit and no realm behind', async () => {
    // The last write of the onboarding (the first administrator) fails in the database.
    await failInsertsInto('onboarding_spec_boom', 'staff', `NEW.username = 'boom-admin'`);
    await expectNothingLeft('failtown', '실패시', 'boom-admin');
    const list = await gql(operator, `{ platformTenants { code } }`, undefined, a.url);
    expect(list.data!.platformTenants.map((t: { code: string }) => t.code)).not.toContain('failtown');
  });

  it('rolls back the edition-1 seed and the edition-2 fields and settings when the standard upgrade fails', async () => {
    // The upgrade's last write (its history row) fails: everything before it in the transaction goes too.
    await failInsertsInto(
      'onboarding_spec_boom_std',
      'standard_version_changes',
      `NEW.tenant_id = 'failstd'`,
    );
    await expectNothingLeft('failstd', '표준실패시', 'std-admin');
  });
});

it('lets exactly one of two concurrent creations of the same code win, through two processes', async () => {
  const [first, second] = await Promise.all([
    gql(operator, CREATE, { i: input('twincity', { nameKo: '쌍둥이시' }) }, a.url),
    gql(operator, CREATE, { i: input('twincity', { nameKo: '쌍둥이시' }) }, b.url),
  ]);
  const outcomes = [first, second].map((r) => (r.errors ? r.errors[0].extensions.code : 'CREATED')).sort();
  expect(outcomes).toEqual(['CONFLICT', 'CREATED']);
  expect(await traces('twincity')).toMatchObject({ tenants: 1, staff: 1, workflows: 2, audit: 1 });
});

describe('세종 onboarded at run time, used end to end at once', () => {
  let created: Record<string, any>;
  let admin: string;
  let customerId: string;

  beforeAll(async () => {
    expect(await discovery(a, 'sejong')).toBe(404);
    expect(await discovery(b, 'sejong')).toBe(404);
    const res = await gql(operator, CREATE, { i: input('sejong') }, a.url);
    expect(res.errors).toBeUndefined();
    created = res.data!.createTenant;
  });

  it('creates the tenant with the standard in one go, in seconds', async () => {
    expect(created.tenant).toMatchObject({
      code: 'sejong',
      nameKo: '세종특별자치시',
      active: true,
      deactivatedAt: null,
    });
    expect(created.elapsedMs).toBeLessThan(5_000);
    const t = await traces('sejong');
    expect(t).toMatchObject({ tenants: 1, workflows: 2, staff: 1, audit: 1 });
    expect(t.categories).toBeGreaterThan(10);
    expect(t.departments).toBe(created.departments);
    // A seeded tenant's standard (edition 1: categories, periods, settings, workflow version 1) with what
    // edition 2 adds: here the category and statutory period of companion animals (busan stays on edition 1).
    const { rows } = await owner.query(
      `SELECT (SELECT array_agg(code ORDER BY code) FROM voc_categories WHERE tenant_id = 'sejong') =
              (SELECT array_agg(code ORDER BY code) FROM (SELECT code FROM voc_categories WHERE tenant_id = 'busan'
                 UNION ALL SELECT 'ANIMAL') c) AS same_categories,
              (SELECT count(*) FROM voc_periods WHERE tenant_id = 'sejong') =
              (SELECT count(*) + 1 FROM voc_periods WHERE tenant_id = 'busan') AS same_periods,
              (SELECT definition FROM voc_workflows WHERE tenant_id = 'sejong' AND key = 'petition' AND version = 1) =
              (SELECT definition FROM voc_workflows WHERE tenant_id = 'busan' AND key = 'petition' AND version = 1) AS same_workflow,
              (SELECT count(*) FROM voc_settings WHERE tenant_id = 'sejong')::int AS settings,
              (SELECT roles FROM staff WHERE tenant_id = 'sejong' AND username = 'kim-admin') AS roles,
              (SELECT keycloak_subject::text FROM staff WHERE tenant_id = 'sejong' AND username = 'kim-admin') AS subject`,
    );
    expect(rows[0]).toEqual({
      same_categories: true,
      same_periods: true,
      same_workflow: true,
      settings: 1,
      roles: ['tenant-admin'],
      subject: created.firstAdminSubject,
    });
  });

  it('starts the tenant on the latest standard edition, applied for the operator with history and audit', async () => {
    const { rows } = await owner.query(
      `SELECT (SELECT standard_version FROM tenants WHERE id = 'sejong') AS version,
              (SELECT json_agg(json_build_object('to', to_version, 'from', from_version, 'by', applied_by,
                 'staff', applied_by_staff_id)) FROM standard_version_changes WHERE tenant_id = 'sejong') AS history,
              (SELECT json_agg(actor) FROM audit_events WHERE tenant_id = 'sejong' AND entity = 'standard_version') AS audit,
              (SELECT array_agg(entity || '/' || key ORDER BY key) FROM custom_field_definitions
                 WHERE tenant_id = 'sejong') AS fields,
              (SELECT array_agg(area ORDER BY area) FROM tenant_setting_changes WHERE tenant_id = 'sejong') AS areas,
              (SELECT count(*)::int FROM tenant_terms WHERE tenant_id = 'sejong') AS term_rows`,
    );
    expect(rows[0]).toEqual({
      version: 2,
      history: [{ to: 2, from: 1, by: 'platform/operator', staff: null }],
      audit: ['platform/operator'],
      fields: ['crm-core.customers/preferred_contact', 'crm-core.petition/repeat_petition'],
      areas: ['terminology', 'voc_settings'],
      term_rows: 0,
    });
    const audit = await gql(
      operator,
      `{ platformAuditEvents(tenantCode: "sejong") { detail } }`,
      undefined,
      a.url,
    );
    expect(JSON.parse(audit.data!.platformAuditEvents[0].detail)).toMatchObject({ standardVersion: 2 });
  });

  it('answers the realm export of the same generator as infra/keycloak/realms, with the first administrator', async () => {
    const exported = JSON.parse(created.realmExport);
    const expected = buildRealmExport({
      ...tenantRealmSpec({
        code: 'sejong',
        nameKo: '세종특별자치시',
        nameEn: 'Sejong Special Self-Governing City',
      }),
      users: [
        {
          id: created.firstAdminSubject,
          username: 'kim-admin',
          name: '김세종',
          email: 'kim.admin@sejong.example.go.kr',
          roles: ['tenant-admin'],
        },
      ],
    });
    expect(exported).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(exported.users.find((u: any) => u.username === 'kim-admin')).toMatchObject({
      id: created.firstAdminSubject,
      realmRoles: ['tenant-admin'],
      requiredActions: ['UPDATE_PASSWORD'],
      credentials: [],
    });
    const again = await gql(operator, `query { tenantRealmExport(code: "sejong") }`, undefined, a.url);
    const plain = JSON.parse(again.data!.tenantRealmExport);
    expect(plain.realm).toBe('sejong');
    expect(plain.users.map((u: any) => u.username)).toEqual(['service-account-pcrm-integrator']);
  });

  it('serves the realm in the development provider at once; the first admin logs in through the real flow', async () => {
    expect(await discovery(a, 'sejong')).toBe(200);
    admin = await userToken('sejong', 'kim-admin', undefined, a.url);
    const me = await gql(admin, ME, undefined, a.url);
    expect(me.data?.me).toEqual({
      username: 'kim-admin',
      roles: ['tenant-admin'],
      realm: 'sejong',
      tenant: { code: 'sejong', nameKo: '세종특별자치시' },
    });
  });

  it('shows the first administrator the latest edition: its fields, category, terms and a full score', async () => {
    const res = await gql(
      admin,
      `{ standardModel { currentVersion latestVersion history { fromVersion toVersion appliedBy } }
         standardConformance { standardVersion score }
         customFieldDefinitions(entity: "crm-core.customers") { key type }
         vocSettings { surveyValidDays progressNoticeDays }
         terminology { terms { key ko en customized } } }`,
      undefined,
      a.url,
    );
    expect(res.errors).toBeUndefined();
    const d = res.data!;
    expect(d.standardModel).toEqual({
      currentVersion: d.standardModel.latestVersion,
      latestVersion: 2,
      history: [{ fromVersion: 1, toVersion: 2, appliedBy: 'platform/operator' }],
    });
    expect(d.standardConformance).toEqual({ standardVersion: 2, score: 1 });
    expect(d.customFieldDefinitions).toContainEqual({ key: 'preferred_contact', type: 'SELECT' });
    expect(d.vocSettings).toEqual({ surveyValidDays: 7, progressNoticeDays: 14 });
    expect(d.terminology.terms).toContainEqual({
      key: 'term.channel',
      ko: '접수 경로',
      en: 'Intake channel',
      customized: false,
    });
    const dryRun = await gql(
      admin,
      `{ standardUpgradeDryRun(toVersion: 3) { toVersion } }`,
      undefined,
      a.url,
    );
    expect(dryRun.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toVersion' });
  });

  it('creates a customer and files a petition in the new tenant, seen by the ministry comparison', async () => {
    const customer = await gql(
      admin,
      `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id name } }`,
      {
        i: {
          name: '이세종',
          phones: [{ number: '010-4412-0001' }],
          customFields: { preferred_contact: 'sms' },
        },
      },
      a.url,
    );
    expect(customer.errors).toBeUndefined();
    customerId = customer.data!.createCustomer.id;
    const voc = await gql(
      admin,
      `mutation($i: ReceiveVocInput!) { receiveVoc(input: $i) { id receiptNo status department { name } } }`,
      {
        i: {
          source: 'PETITION',
          channel: 'WEB',
          kind: 'GRIEVANCE',
          handlingClass: 'SIMPLE_CONSULT',
          categoryCode: 'TRAFFIC',
          title: '정부세종청사 앞 버스 정류장 안내판 고장',
          body: '어진동 정부세종청사 앞 버스 정류장 도착 안내판이 꺼져 있습니다.',
          contact: { name: '이세종', phone: '010-4412-0001' },
          replyChannel: 'SMS',
        },
      },
      a.url,
    );
    expect(voc.errors).toBeUndefined();
    expect(voc.data!.receiveVoc.receiptNo).toMatch(/^SEJONG-\d{4}-\d{6,}$/);
    // Routed by the standard rules to a department of the standard organization the tenant started with.
    expect(voc.data!.receiveVoc.department?.name).toMatch(/교통/);
    const analyst = await userToken('ministry', 'analyst', undefined, a.url);
    const month = new Date().toISOString().slice(0, 7);
    const comparison = await gql(analyst, COMPARISON, { from: month, to: month }, a.url);
    expect(comparison.errors).toBeUndefined();
    expect(comparison.data!.ministryPetitionComparison.tenants).toContainEqual({
      id: 'sejong',
      nameKo: '세종특별자치시',
    });
  });

  it('keeps the new tenant apart: busan sees none of its customers, the API and the database alike', async () => {
    const busan = await userToken('busan', 'admin', undefined, a.url);
    const res = await gql(busan, `query($id: ID!) { customer(id: $id) { id } }`, { id: customerId }, a.url);
    expect(res.data?.customer ?? null).toBeNull();
    const own = await gql(admin, `{ customers(first: 10) { totalCount } }`, undefined, a.url);
    expect(own.data!.customers.totalCount).toBe(1);
    // The standard upgrade wrote into the new tenant only: busan is still on edition 1, without its fields.
    const busanModel = await gql(
      busan,
      `{ standardModel { currentVersion history { toVersion } } }`,
      undefined,
      a.url,
    );
    expect(busanModel.data!.standardModel).toEqual({ currentVersion: 1, history: [] });
    const { rows: busanRows } = await owner.query(
      `SELECT count(*)::int AS n FROM custom_field_definitions WHERE tenant_id = 'busan' AND key = 'preferred_contact'`,
    );
    expect(busanRows[0].n).toBe(0);
    const app = new Client({ connectionString: runtimeUrl() });
    await app.connect();
    try {
      await app.query('BEGIN');
      await app.query(`SELECT set_config('app.tenant_id', 'busan', true)`);
      const { rows } = await app.query(`SELECT count(*)::int AS n FROM customers WHERE tenant_id = 'sejong'`);
      expect(rows[0].n).toBe(0);
      await app.query('ROLLBACK');
    } finally {
      await app.end();
    }
  });

  it('tells the other server process through the notification, quickly', async () => {
    const waited = await until(
      'B to serve the sejong realm',
      async () => (await discovery(b, 'sejong')) === 200,
    );
    expect(waited).toBeLessThan(3_000);
    const me = await gql(admin, ME, undefined, b.url);
    expect(me.data?.me.realm).toBe('sejong');
  });

  it('lists the tenants and audits every operator action', async () => {
    const list = await gql(
      operator,
      `{ platformTenants { code nameKo active createdAt } }`,
      undefined,
      a.url,
    );
    const codes = list.data!.platformTenants.map((t: { code: string }) => t.code);
    expect(codes).toEqual(expect.arrayContaining(['seoul', 'busan', 'jeju', 'twincity', 'sejong']));
    expect(codes).toHaveLength(18);
    const audit = await gql(
      operator,
      `{ platformAuditEvents(tenantCode: "sejong") { actor action tenantCode occurredAt detail } }`,
      undefined,
      a.url,
    );
    expect(audit.data!.platformAuditEvents).toEqual([
      expect.objectContaining({ actor: 'platform/operator', action: 'tenant.created', tenantCode: 'sejong' }),
    ]);
    expect(JSON.parse(audit.data!.platformAuditEvents[0].detail)).toMatchObject({
      firstAdmin: { username: 'kim-admin', subject: created.firstAdminSubject },
    });
  });

  describe('deactivated', () => {
    beforeAll(async () => {
      const res = await gql(operator, DEACTIVATE, { c: 'sejong' }, a.url);
      expect(res.errors).toBeUndefined();
      expect(res.data!.deactivateTenant).toMatchObject({ code: 'sejong', active: false });
    });

    it('refuses the tenant’s already-issued tokens on the next request, here and in the other process', async () => {
      const here = await gql(admin, ME, undefined, a.url);
      expect(here.status).toBe(401);
      expect(here.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      const waited = await until(
        'B to refuse the sejong token',
        async () => (await gql(admin, ME, undefined, b.url)).status === 401,
      );
      expect(waited).toBeLessThan(3_000);
      expect(await discovery(a, 'sejong')).toBe(404);
      await expect(userToken('sejong', 'kim-admin', undefined, a.url)).rejects.toThrow();
    });

    it('keeps its data', async () => {
      expect(await traces('sejong')).toMatchObject({ tenants: 1, staff: 1 });
      const { rows } = await owner.query(
        `SELECT count(*)::int AS n FROM customers WHERE tenant_id = 'sejong'`,
      );
      expect(rows[0].n).toBe(1);
    });

    it('answers residents a clear Korean page, not an error', async () => {
      const res = await fetch(`${a.url}/r/sejong`);
      expect(res.status).toBe(503);
      const html = await res.text();
      expect(html).toContain('서비스가 중지되었습니다');
    });

    it('refuses deactivating twice and unknown codes clearly', async () => {
      const twice = await gql(operator, DEACTIVATE, { c: 'sejong' }, a.url);
      expect(twice.errors?.[0].extensions.code).toBe('CONFLICT');
      const unknown = await gql(operator, DEACTIVATE, { c: 'nowhere' }, a.url);
      expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
      expect(unknown.errors?.[0].message).toMatch(/[가-힣]/);
    });

    it('is used again after reactivation, with the same tokens, in both processes', async () => {
      const res = await gql(operator, REACTIVATE, { c: 'sejong' }, a.url);
      expect(res.data!.reactivateTenant).toMatchObject({ code: 'sejong', active: true, deactivatedAt: null });
      expect((await gql(admin, ME, undefined, a.url)).data?.me.realm).toBe('sejong');
      await until(
        'B to accept the sejong token again',
        async () => (await gql(admin, ME, undefined, b.url)).status === 200,
      );
      const audit = await gql(
        operator,
        `{ platformAuditEvents(tenantCode: "sejong") { action } }`,
        undefined,
        a.url,
      );
      expect(audit.data!.platformAuditEvents.map((e: { action: string }) => e.action)).toEqual([
        'tenant.reactivated',
        'tenant.deactivated',
        'tenant.created',
      ]);
    });
  });
});

function runtimeUrl(): string {
  const url = new URL(database.ownerUrl);
  url.username = 'pcrm_app';
  url.password = 'pcrm-app-test';
  return url.toString();
}
