import { Client } from 'pg';
import { gql, userToken } from './support/api';
import { inTenant, roleClients } from './support/runtime-role';

/**
 * Tenant terminology over the API (docs/adr/0025): the effective terms, the editor's catalog, setting and
 * resetting with a version, bad input refused with nothing changed, and one tenant's words never another's.
 * Gyeonggi edits; Chungnam is the other tenant.
 */
const TERMS = '{ terminology { version terms { key group ko en standardKo standardEn customized } } }';
const CATALOG = `{ terminologyCatalog { version entries { key ko en overrideKo overrideEn updatedBy updatedAt }
  changes { version changedBy changedByStaffId before after } } }`;
const SET = `mutation($e: [TermInput!]!, $v: Int!) { setTerminology(entries: $e, expectedVersion: $v) {
  version entries { key ko en overrideKo overrideEn updatedBy } } }`;
const RESET = `mutation($k: [String!]!, $v: Int) { resetTerminology(keys: $k, expectedVersion: $v) {
  version entries { key ko en overrideKo overrideEn } } }`;

const CUSTOMER = 'entity.crm-core.customers';
const PETITION = 'entity.crm-core.petition';

const db = roleClients();
let admin: string;
let officer: string;
let otherAdmin: string;

beforeAll(async () => {
  [admin, officer, otherAdmin] = await Promise.all([
    userToken('gyeonggi', 'admin'),
    userToken('gyeonggi', 'officer'),
    userToken('chungnam', 'admin'),
  ]);
});

type TermOut = { key: string; ko: string; en: string; customized: boolean };
const term = (terms: TermOut[], key: string) => terms.find((t) => t.key === key)!;
const terms = async (token: string) => (await gql(token, TERMS)).data!.terminology;
const version = async (token: string): Promise<number> => (await terms(token)).version;
const rowsIn = (owner: Client, tenant: string) =>
  owner.query(`SELECT term_key, label_ko, label_en FROM tenant_terms WHERE tenant_id = $1 ORDER BY 1`, [
    tenant,
  ]);

describe('terminology', () => {
  afterAll(async () => {
    const v = await version(admin);
    await gql(admin, RESET, { k: [CUSTOMER, PETITION, 'menu.customers', 'term.receiptNo'], v });
  });

  it('starts as the standard: entities, menu entries and common terms, version 0', async () => {
    const t = await terms(officer);
    expect(t.version).toBe(0);
    expect(term(t.terms, CUSTOMER)).toEqual({
      key: CUSTOMER,
      group: 'ENTITY',
      ko: '고객',
      en: 'Customer',
      standardKo: '고객',
      standardEn: 'Customer',
      customized: false,
    });
    expect(term(t.terms, 'menu.customers')).toMatchObject({ group: 'MENU', ko: '고객', en: 'Customers' });
    expect(term(t.terms, 'term.receiptNo')).toMatchObject({ group: 'COMMON', ko: '접수번호' });
    expect(new Set(t.terms.map((x: TermOut) => x.key)).size).toBe(t.terms.length);
  });

  it('stores only what differs, versions every change and audits it', async () => {
    const saved = await gql(admin, SET, {
      e: [
        { key: CUSTOMER, ko: ' 민원인 ', en: 'Customer' },
        { key: PETITION, ko: '고충민원', en: 'Grievance' },
        { key: 'term.receiptNo', ko: '신청번호', en: 'Application no.' },
      ],
      v: 0,
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.setTerminology.version).toBe(1);
    const { rows } = await rowsIn(db.owner, 'gyeonggi');
    expect(rows).toEqual([
      { term_key: CUSTOMER, label_ko: '민원인', label_en: null },
      { term_key: PETITION, label_ko: '고충민원', label_en: 'Grievance' },
      { term_key: 'term.receiptNo', label_ko: '신청번호', label_en: 'Application no.' },
    ]);

    const t = await terms(officer);
    expect(t.version).toBe(1);
    expect(term(t.terms, CUSTOMER)).toMatchObject({ ko: '민원인', en: 'Customer', customized: true });

    const catalog = (await gql(admin, CATALOG)).data!.terminologyCatalog;
    expect(catalog.entries.find((e: { key: string }) => e.key === CUSTOMER)).toMatchObject({
      overrideKo: '민원인',
      overrideEn: null,
      updatedBy: 'admin',
    });
    expect(catalog.changes[0]).toMatchObject({ version: 1, changedBy: 'admin' });
    expect(catalog.changes[0].changedByStaffId).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(catalog.changes[0].before)).toEqual({
      [CUSTOMER]: null,
      [PETITION]: null,
      'term.receiptNo': null,
    });
    expect(JSON.parse(catalog.changes[0].after)).toEqual({
      [CUSTOMER]: { ko: '민원인', en: null },
      [PETITION]: { ko: '고충민원', en: 'Grievance' },
      'term.receiptNo': { ko: '신청번호', en: 'Application no.' },
    });
    const audit = await db.owner.query(
      `SELECT actor FROM audit_events WHERE tenant_id = 'gyeonggi' AND entity = 'terminology' AND entity_id = 'terminology@1'`,
    );
    expect(audit.rows).toEqual([{ actor: 'gyeonggi/admin' }]);
  });

  it('refuses a stale version and changes nothing', async () => {
    const v = await version(admin);
    const stale = await gql(admin, SET, { e: [{ key: CUSTOMER, ko: '시민', en: 'Citizen' }], v: v - 1 });
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
    expect(stale.errors![0].message).toMatch(/다른 사용자가 먼저 변경했습니다/);
    expect(stale.errors![0].extensions.messageEn).toMatch(/Someone else changed this first/);
    expect(term((await terms(admin)).terms, CUSTOMER).ko).toBe('민원인');
    expect(await version(admin)).toBe(v);
  });

  it('lets only one of two editors starting from the same version win', async () => {
    const v = await version(admin);
    const [a, b] = await Promise.all([
      gql(admin, SET, { e: [{ key: 'menu.customers', ko: '민원인 명부', en: 'Residents' }], v }),
      gql(admin, SET, { e: [{ key: 'menu.customers', ko: '시민 명부', en: 'Citizens' }], v }),
    ]);
    const outcomes = [a, b].map((r) => (r.errors ? r.errors[0].extensions.code : 'OK')).sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    expect(await version(admin)).toBe(v + 1);
  });

  it.each([
    [
      'an unknown key',
      { key: 'entity.crm-core.unknown', ko: '무엇', en: 'What' },
      'entries.0.key',
      /알 수 없는 용어 키/,
    ],
    ['an empty label', { key: CUSTOMER, ko: '', en: 'Customer' }, 'entries.0.ko', /용어를 입력해 주세요/],
    [
      'a label of blanks',
      { key: CUSTOMER, ko: '   ', en: 'Customer' },
      'entries.0.ko',
      /용어를 입력해 주세요/,
    ],
    [
      'a zero-width label',
      { key: CUSTOMER, ko: '\u200b\u200b', en: 'Customer' },
      'entries.0.ko',
      /제어 문자/,
    ],
    [
      'a Hangul filler label',
      { key: CUSTOMER, ko: '\u3164', en: 'Customer' },
      'entries.0.ko',
      /용어를 입력해 주세요/,
    ],
    [
      'a control character',
      { key: CUSTOMER, ko: '민원\u0007인', en: 'Customer' },
      'entries.0.ko',
      /제어 문자/,
    ],
    [
      'a label over 40 characters',
      { key: CUSTOMER, ko: '가'.repeat(41), en: 'Customer' },
      'entries.0.ko',
      /40자 이하/,
    ],
    [
      'an English label of blanks',
      { key: CUSTOMER, ko: '시민', en: ' \t ' },
      'entries.0.en',
      /용어를 입력해 주세요|제어 문자/,
    ],
  ])('refuses %s with nothing changed', async (_what, entry, field, message) => {
    const before = await rowsIn(db.owner, 'gyeonggi');
    const v = await version(admin);
    // The good entry first: a refusal later in the list must not leave it half-applied.
    const res = await gql(admin, SET, { e: [{ key: PETITION, ko: '진정', en: 'Complaint' }, entry], v });
    expect(res.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions.field).toBe(field.replace('entries.0', 'entries.1'));
    expect(res.errors![0].message).toMatch(message);
    expect(res.errors![0].extensions.messageEn).toBeTruthy();
    expect((await rowsIn(db.owner, 'gyeonggi')).rows).toEqual(before.rows);
    expect(await version(admin)).toBe(v);
  });

  it('refuses the same key twice and an empty list', async () => {
    const v = await version(admin);
    const twice = await gql(admin, SET, {
      e: [
        { key: CUSTOMER, ko: '시민', en: 'Citizen' },
        { key: CUSTOMER, ko: '주민', en: 'Resident' },
      ],
      v,
    });
    expect(twice.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'entries.1.key' });
    const none = await gql(admin, SET, { e: [], v });
    expect(none.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'entries' });
    expect(await version(admin)).toBe(v);
  });

  it('resets terms to the standard as a new version', async () => {
    const v = await version(admin);
    const res = await gql(admin, RESET, { k: [PETITION], v });
    expect(res.errors).toBeUndefined();
    expect(res.data!.resetTerminology.version).toBe(v + 1);
    const t = await terms(admin);
    expect(term(t.terms, PETITION)).toMatchObject({ ko: '민원', en: 'Petition', customized: false });
    expect(term(t.terms, CUSTOMER)).toMatchObject({ ko: '민원인', customized: true });
    const unknown = await gql(admin, RESET, { k: ['menu.nowhere'], v: v + 1 });
    expect(unknown.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('lets only the tenant-admin change terms; every tenant role reads them', async () => {
    const v = await version(admin);
    const res = await gql(officer, SET, { e: [{ key: CUSTOMER, ko: '시민', en: 'Citizen' }], v });
    expect(res.errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await gql(officer, CATALOG)).errors).toBeUndefined();
    expect(await version(admin)).toBe(v);
  });

  it('keeps one tenant’s words from another: API and database', async () => {
    // Chungnam sees the standard and its own version, whatever Gyeonggi did.
    const other = await terms(otherAdmin);
    expect(other.version).toBe(0);
    expect(term(other.terms, CUSTOMER)).toMatchObject({ ko: '고객', customized: false });
    // Chungnam's admin changes only Chungnam.
    const own = await gql(otherAdmin, SET, { e: [{ key: CUSTOMER, ko: '도민', en: 'Resident' }], v: 0 });
    expect(own.errors).toBeUndefined();
    expect(term((await terms(admin)).terms, CUSTOMER).ko).toBe('민원인');
    await gql(otherAdmin, RESET, { k: [CUSTOMER], v: 1 });

    // At the database, the runtime role scoped to Chungnam neither sees nor writes Gyeonggi's rows.
    await inTenant(db.app, 'chungnam', async () => {
      const seen = await db.app.query(`SELECT tenant_id FROM tenant_terms WHERE tenant_id = 'gyeonggi'`);
      expect(seen.rows).toEqual([]);
      const changes = await db.app.query(`SELECT 1 FROM tenant_setting_changes WHERE tenant_id = 'gyeonggi'`);
      expect(changes.rows).toEqual([]);
      const updated = await db.app.query(
        `UPDATE tenant_terms SET label_ko = '해킹' WHERE tenant_id = 'gyeonggi'`,
      );
      expect(updated.rowCount).toBe(0);
      await expect(
        db.app.query(
          `INSERT INTO tenant_terms (tenant_id, term_key, label_ko, updated_by)
           VALUES ('gyeonggi', 'term.title', '해킹', 'x')`,
        ),
      ).rejects.toThrow(/row-level security/);
    });
    // The history is append-only for the runtime role, even in its own tenant.
    for (const statement of [
      `UPDATE tenant_setting_changes SET changed_by = 'x'`,
      `DELETE FROM tenant_setting_changes`,
    ])
      await inTenant(db.app, 'gyeonggi', () =>
        expect(db.app.query(statement)).rejects.toThrow(/permission denied/),
      );
    expect(term((await terms(admin)).terms, CUSTOMER).ko).toBe('민원인');
  });
});
