import { gql, userToken } from './support/api';
import { insertCustomers } from './support/owner-customers';
import { inTenant, roleClients } from './support/runtime-role';
import { REWORDED_TERMS, resetToStandardV1 } from './support/standard-model';
import { insertCase } from './support/voc-cases';

/**
 * Standard-model versions over HTTP (docs/adr/0026): the dry run of version 2 against the tenant's
 * customization, refusals that change nothing (checked in the database), applying with resolutions, two
 * concurrent applies, cases in flight keeping their workflow version, the conformance report, and isolation
 * through the API and at the database with the runtime role.
 *
 * 강원 applies (other specs file petitions there but read none of the periods, settings or fields edition 2
 * changes) and is put back on edition 1 after; 전라남도 is the other tenant and is only read (the packages spec
 * imports into it and needs it on edition 1).
 */
const TENANT = 'gangwon';
const OTHER = 'jeonnam';
// Declared before the clients, so it runs before they close (afterAll hooks run in declaration order).
afterAll(async () => {
  await resetToStandardV1(db.owner, TENANT);
});
const db = roleClients();

const MODEL = `{ standardModel { currentVersion latestVersion versions { version titleKo titleEn }
  history { fromVersion toVersion appliedBy takenCount keptCount } } }`;
const DRY_RUN = `query($to: Int!) { standardUpgradeDryRun(toVersion: $to) { fromVersion toVersion conflictCount
  changes { id area key kind conflict standardBefore standardAfter tenant tenantDisabled explanationKo explanationEn } } }`;
const APPLY = `mutation($to: Int!, $v: Int!, $r: [StandardResolutionInput!]) {
  applyStandardVersion(toVersion: $to, expectedCurrentVersion: $v, resolutions: $r) {
    currentVersion history { fromVersion toVersion appliedBy takenCount keptCount } } }`;
const CONFORMANCE = `{ standardConformance { standardVersion score standardElements unchangedElements
  areas { area standardCount unchanged changed disabled added } items { area key status standard tenant } } }`;
const DEFINE = `mutation($i: DefineCustomFieldInput!) { defineCustomField(input: $i) { key type } }`;
const SETTINGS = `{ vocSettings { version } }`;
const UPDATE_SETTINGS = `mutation($i: VocSettingsInput!, $v: Int!) { updateVocSettings(input: $i, expectedVersion: $v) { version } }`;
const PERIOD = `mutation($i: UpdateVocPeriodInput!) { updateVocPeriod(input: $i) { value } }`;
const CATEGORY = `mutation($i: SaveVocCategoryInput!) { saveVocCategory(input: $i) { code active } }`;
const TERMS = `{ terminology { version terms { key ko en standardKo standardEn builtInKo builtInEn customized } } }`;
const SET_TERMS = `mutation($e: [TermInput!]!, $v: Int!) { setTerminology(entries: $e, expectedVersion: $v) { version } }`;

let admin: string;
let manager: string;
let otherAdmin: string;

beforeAll(async () => {
  await resetToStandardV1(db.owner, TENANT);
  [admin, manager, otherAdmin] = await Promise.all([
    userToken(TENANT, 'admin'),
    userToken(TENANT, 'manager'),
    userToken(OTHER, 'admin'),
  ]);
});

/** What an apply may change, read as the owner: a refused apply must leave all of it as it was. */
async function state() {
  const one = async (text: string) => (await db.owner.query(text, [TENANT])).rows;
  return {
    version: await one(`SELECT standard_version FROM tenants WHERE id = $1`),
    history: await one(`SELECT to_version FROM standard_version_changes WHERE tenant_id = $1`),
    categories: await one(
      `SELECT code, keywords, active FROM voc_categories WHERE tenant_id = $1 AND code IN ('PARKING', 'ANIMAL') ORDER BY code`,
    ),
    periods: await one(
      `SELECT kind, category_code, period_value FROM voc_periods WHERE tenant_id = $1 AND (kind = 'COMPLAINT' OR category_code = 'ANIMAL') ORDER BY kind`,
    ),
    settings: await one(
      `SELECT survey_valid_days, progress_notice_days FROM voc_settings WHERE tenant_id = $1`,
    ),
    fields: await one(
      `SELECT entity, key, type, archived, version FROM custom_field_definitions WHERE tenant_id = $1 ORDER BY key`,
    ),
    customers: await one(
      `SELECT id, custom_fields FROM customers WHERE tenant_id = $1 AND custom_fields <> '{}' ORDER BY id`,
    ),
    workflows: await one(`SELECT key, version FROM voc_workflows WHERE tenant_id = $1 ORDER BY version`),
    audit: await one(
      `SELECT count(*)::int AS n FROM audit_events WHERE tenant_id = $1 AND entity = 'standard_version'`,
    ),
    terms: await one(
      `SELECT term_key, label_ko, label_en FROM tenant_terms WHERE tenant_id = $1 AND term_key = ANY ('{${REWORDED_TERMS}}') ORDER BY term_key`,
    ),
    terminologyVersion: await one(
      `SELECT coalesce(max(version), 0)::int AS v FROM tenant_setting_changes WHERE tenant_id = $1 AND area = 'terminology'`,
    ),
  };
}

/** The tenant's effective words for `key` as the API answers them. */
async function term(token: string, key: string) {
  const { terms } = (await gql(token, TERMS)).data!.terminology;
  return terms.find((t: { key: string }) => t.key === key);
}

async function renameTerm(token: string, key: string, ko: string, en: string) {
  const { version } = (await gql(token, TERMS)).data!.terminology;
  const res = await gql(token, SET_TERMS, { e: [{ key, ko, en }], v: version });
  expect(res.errors).toBeUndefined();
}

const dryRun = async (token: string, to = 2) =>
  (await gql(token, DRY_RUN, { to })).data!.standardUpgradeDryRun;
const conflictsOf = (run: { changes: { id: string; conflict: string | null }[] }) =>
  Object.fromEntries(run.changes.filter((c) => c.conflict).map((c) => [c.id, c.conflict]));

describe('standard model versions', () => {
  it('shows the tenant on version 1 of the catalogue, to every tenant role', async () => {
    const res = await gql(manager, MODEL);
    expect(res.errors).toBeUndefined();
    expect(res.data!.standardModel).toMatchObject({ currentVersion: 1, latestVersion: 2, history: [] });
    expect(res.data!.standardModel.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
  });

  it('lists every change of version 2 for a tenant that uses version 1 unchanged, with no conflict', async () => {
    const run = await dryRun(manager);
    expect(run).toMatchObject({ fromVersion: 1, toVersion: 2, conflictCount: 0 });
    expect(run.changes.map((c: { id: string; kind: string }) => `${c.id} ${c.kind}`).sort()).toEqual([
      'CATEGORY:ANIMAL ADD',
      'CATEGORY:PARKING CHANGE',
      'CUSTOM_FIELD:crm-core.customers/preferred_contact ADD',
      'CUSTOM_FIELD:crm-core.petition/repeat_petition ADD',
      'PERIOD:COMPLAINT/*/ CHANGE',
      'PERIOD:STATUTORY/ANIMAL/ ADD',
      'SETTING:progressNoticeDays CHANGE',
      'SETTING:surveyValidDays CHANGE',
      'TERMINOLOGY:menu.petition-backlog CHANGE',
      'TERMINOLOGY:term.channel CHANGE',
    ]);
    expect(run.changes.find((c: { id: string }) => c.id === 'TERMINOLOGY:term.channel')).toMatchObject({
      standardBefore: { ko: '채널', en: 'Channel' },
      standardAfter: { ko: '접수 경로', en: 'Intake channel' },
      tenant: { ko: '채널', en: 'Channel' },
    });
  });

  describe('with the tenant customized where version 2 changes', () => {
    let customer: string;
    beforeAll(async () => {
      const field = await gql(admin, DEFINE, {
        i: {
          entity: 'crm-core.customers',
          key: 'preferred_contact',
          labelKo: '연락 선호',
          labelEn: 'Contact',
          type: 'TEXT',
        },
      });
      expect(field.errors).toBeUndefined();
      const { version } = (await gql(admin, SETTINGS)).data!.vocSettings;
      const settings = await gql(admin, UPDATE_SETTINGS, {
        i: { targetShare: 0.5, surveyThreshold: 3, surveyValidDays: 21, progressNoticeDays: 30 },
        v: version,
      });
      expect(settings.errors).toBeUndefined();
      expect(
        (await gql(admin, PERIOD, { i: { kind: 'COMPLAINT', value: 10, unit: 'DAYS' } })).errors,
      ).toBeUndefined();
      const parking = await gql(admin, CATEGORY, {
        i: { code: 'PARKING', nameKo: '주정차', nameEn: 'Parking', parentCode: 'TRAFFIC', active: false },
      });
      expect(parking.errors).toBeUndefined();
      await renameTerm(admin, 'term.channel', '접수창구', 'Channel');
      [customer] = await insertCustomers(db.owner, TENANT, [{ name: '표준판시험' }]);
      await db.owner.query(
        `UPDATE customers SET custom_fields = '{"preferred_contact": "저녁에 전화"}' WHERE tenant_id = $1 AND id = $2`,
        [TENANT, customer],
      );
    });

    it('lists each conflict with what the standard wants, what the tenant has and why', async () => {
      const run = await dryRun(admin);
      expect(run.conflictCount).toBe(5);
      expect(conflictsOf(run)).toEqual({
        'CUSTOM_FIELD:crm-core.customers/preferred_contact': 'KEY_TAKEN',
        'SETTING:surveyValidDays': 'OVERRIDDEN',
        'PERIOD:COMPLAINT/*/': 'OVERRIDDEN',
        'CATEGORY:PARKING': 'DISABLED',
        'TERMINOLOGY:term.channel': 'OVERRIDDEN',
      });
      const channel = run.changes.find((c: { id: string }) => c.id === 'TERMINOLOGY:term.channel');
      expect(channel).toMatchObject({
        kind: 'CHANGE',
        standardAfter: { ko: '접수 경로', en: 'Intake channel' },
        tenant: { ko: '접수창구', en: 'Channel' },
      });
      expect(channel.explanationKo).toMatch(/이 기관이 바꾼 용어/);
      const period = run.changes.find((c: { id: string }) => c.id === 'PERIOD:COMPLAINT/*/');
      expect(period).toMatchObject({
        area: 'PERIOD',
        key: 'COMPLAINT/*/',
        kind: 'CHANGE',
        standardBefore: { value: 7, unit: 'DAYS' },
        standardAfter: { value: 5, unit: 'DAYS' },
        tenant: { value: 10, unit: 'DAYS' },
      });
      expect(period.explanationKo).toMatch(/이 기관이 바꾼 처리기간/);
      expect(period.explanationEn).toMatch(/changed too/);
      const field = run.changes.find((c: { id: string }) =>
        c.id.startsWith('CUSTOM_FIELD:crm-core.customers'),
      );
      expect(field.tenant).toMatchObject({ type: 'TEXT', labelKo: '연락 선호' });
      expect(field.standardAfter).toMatchObject({ type: 'SELECT', labelKo: '선호 연락 방법' });
      expect(run.changes.find((c: { id: string }) => c.id === 'CATEGORY:PARKING').tenantDisabled).toBe(true);
    });

    it.each([
      ['an unknown version', { to: 3, v: 1, r: [] }, 'BAD_USER_INPUT', 'toVersion'],
      ['the version it runs', { to: 1, v: 1, r: [] }, 'BAD_USER_INPUT', 'toVersion'],
      ['a stale expectedCurrentVersion', { to: 2, v: 0, r: [] }, 'CONFLICT', 'expectedCurrentVersion'],
      ['no resolution for the conflicts', { to: 2, v: 1, r: [] }, 'BAD_USER_INPUT', 'resolutions'],
      [
        'a resolution of something that is no conflict',
        { to: 2, v: 1, r: [{ id: 'CATEGORY:ANIMAL', choice: 'KEEP_TENANT' }] },
        'BAD_USER_INPUT',
        'resolutions.0.id',
      ],
      [
        'a conflict resolved twice',
        {
          to: 2,
          v: 1,
          r: [
            { id: 'CATEGORY:PARKING', choice: 'KEEP_TENANT' },
            { id: 'CATEGORY:PARKING', choice: 'TAKE_STANDARD' },
          ],
        },
        'BAD_USER_INPUT',
        'resolutions.1.id',
      ],
    ])('refuses %s and changes nothing', async (_, variables, code, field) => {
      const before = await state();
      const res = await gql(admin, APPLY, variables);
      expect(res.errors![0].extensions).toMatchObject({ code, field });
      expect(res.errors![0].message).toMatch(/[가-힣]/);
      expect(res.errors![0].extensions.messageEn).toMatch(/[a-z]/);
      expect(await state()).toEqual(before);
    });

    it('refuses a dry run of an unknown version', async () => {
      const res = await gql(admin, DRY_RUN, { to: 9 });
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toVersion' });
    });

    it('lets only the tenant administrator apply', async () => {
      const before = await state();
      const res = await gql(manager, APPLY, { to: 2, v: 1, r: [] });
      expect(res.errors![0].extensions.code).toBe('FORBIDDEN');
      expect(await state()).toEqual(before);
    });

    it('rolls everything back when a change fails half-way (the standard field does not fit existing values)', async () => {
      const before = await state();
      const everythingStandard = Object.keys(conflictsOf(await dryRun(admin))).map((id) => ({
        id,
        choice: 'TAKE_STANDARD',
      }));
      const res = await gql(admin, APPLY, { to: 2, v: 1, r: everythingStandard });
      expect(res.errors![0].extensions).toMatchObject({ code: 'CONFLICT', conflictCount: 1 });
      expect(await state()).toEqual(before);
    });

    it('applies with a resolution per conflict, keeps cases in flight on their workflow version, records and audits', async () => {
      const inFlight = await insertCase(db.owner, TENANT, { status: 'IN_PROGRESS' });
      const pinned = async () =>
        (
          await db.owner.query(`SELECT workflow_key, workflow_version FROM voc_items WHERE id = $1`, [
            inFlight,
          ])
        ).rows[0];
      const was = await state();
      const before = {
        pin: await pinned(),
        workflows: was.workflows,
        terminologyVersion: was.terminologyVersion[0].v,
      };
      const res = await gql(admin, APPLY, {
        to: 2,
        v: 1,
        r: [
          { id: 'CUSTOM_FIELD:crm-core.customers/preferred_contact', choice: 'KEEP_TENANT' },
          { id: 'SETTING:surveyValidDays', choice: 'TAKE_STANDARD' },
          { id: 'PERIOD:COMPLAINT/*/', choice: 'KEEP_TENANT' },
          { id: 'CATEGORY:PARKING', choice: 'TAKE_STANDARD' },
          { id: 'TERMINOLOGY:term.channel', choice: 'KEEP_TENANT' },
        ],
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.applyStandardVersion).toMatchObject({
        currentVersion: 2,
        history: [{ fromVersion: 1, toVersion: 2, appliedBy: 'admin', takenCount: 7, keptCount: 3 }],
      });
      const after = await state();
      expect(after.version).toEqual([{ standard_version: 2 }]);
      expect(after.settings).toEqual([{ survey_valid_days: 7, progress_notice_days: 14 }]);
      expect(after.periods).toEqual([
        { kind: 'COMPLAINT', category_code: '*', period_value: 10 },
        { kind: 'STATUTORY', category_code: 'ANIMAL', period_value: 3 },
      ]);
      expect(after.categories).toEqual([
        { code: 'ANIMAL', keywords: ['반려동물', '유기견', '길고양이', '동물등록'], active: true },
        { code: 'PARKING', keywords: expect.arrayContaining(['전동킥보드', '불법주차']), active: true },
      ]);
      expect(after.fields).toEqual([
        expect.objectContaining({ entity: 'crm-core.customers', key: 'preferred_contact', type: 'TEXT' }),
        expect.objectContaining({ entity: 'crm-core.petition', key: 'repeat_petition', type: 'BOOLEAN' }),
      ]);
      expect(after.customers).toEqual(
        expect.arrayContaining([{ id: customer, custom_fields: { preferred_contact: '저녁에 전화' } }]),
      );
      // Version 2 publishes no workflow version: cases in flight and new ones stay on the tenant's workflow.
      expect(after.workflows).toEqual(before.workflows);
      expect(await pinned()).toEqual(before.pin);
      expect(after.audit).toEqual([{ n: 1 }]);
      const settingChange = await db.owner.query(
        `SELECT after FROM tenant_setting_changes WHERE tenant_id = $1 AND area = 'voc_settings' ORDER BY version DESC LIMIT 1`,
        [TENANT],
      );
      expect(settingChange.rows[0].after).toMatchObject({ surveyValidDays: 7, progressNoticeDays: 14 });
      // The tenant keeps its words for 채널 in both languages: English, now different from the new standard,
      // is stored as its own; the backlog menu it never renamed takes the new standard words.
      expect(after.terms).toEqual([{ term_key: 'term.channel', label_ko: '접수창구', label_en: 'Channel' }]);
      expect(after.terminologyVersion).toEqual([{ v: before.terminologyVersion + 1 }]);
      expect(await term(admin, 'term.channel')).toEqual({
        key: 'term.channel',
        ko: '접수창구',
        en: 'Channel',
        standardKo: '접수 경로',
        standardEn: 'Intake channel',
        builtInKo: '채널',
        builtInEn: 'Channel',
        customized: true,
      });
      expect(await term(manager, 'menu.petition-backlog')).toMatchObject({
        ko: '처리기한 경과·미처리 민원',
        standardKo: '처리기한 경과·미처리 민원',
        builtInKo: '지연·미처리 현황',
        customized: false,
      });
      const termChange = await db.owner.query(
        `SELECT changed_by, before, after FROM tenant_setting_changes
         WHERE tenant_id = $1 AND area = 'terminology' ORDER BY version DESC LIMIT 1`,
        [TENANT],
      );
      expect(termChange.rows[0]).toEqual({
        changed_by: 'admin',
        before: {
          standardVersion: 1,
          terms: {
            'term.channel': { ko: '접수창구', en: 'Channel' },
            'menu.petition-backlog': { ko: '지연·미처리 현황', en: 'Backlog and overdue' },
          },
        },
        after: {
          standardVersion: 2,
          terms: {
            'term.channel': { ko: '접수창구', en: 'Channel' },
            'menu.petition-backlog': { ko: '처리기한 경과·미처리 민원', en: 'Overdue and open petitions' },
          },
        },
      });
    });

    it('reports what the tenant added, changed and switched off against version 2, with its score', async () => {
      const res = await gql(manager, CONFORMANCE);
      expect(res.errors).toBeUndefined();
      const report = res.data!.standardConformance;
      expect(report.standardVersion).toBe(2);
      const status = (key: string) =>
        report.items.find((i: { key: string }) => i.key === key)?.status ?? 'UNCHANGED';
      expect(status('crm-core.customers/preferred_contact')).toBe('CHANGED');
      expect(status('COMPLAINT/*/')).toBe('CHANGED');
      expect(status('crm-core.petition/repeat_petition')).toBe('UNCHANGED');
      expect(status('surveyValidDays')).toBe('UNCHANGED');
      expect(status('term.channel')).toBe('CHANGED');
      expect(status('menu.petition-backlog')).toBe('UNCHANGED');
      expect(report.items.find((i: { key: string }) => i.key === 'term.channel').standard).toEqual({
        ko: '접수 경로',
        en: 'Intake channel',
      });
      expect(report.score).toBeCloseTo(report.unchangedElements / report.standardElements, 4);
      expect(report.score).toBeLessThan(1);
    });

    it('refuses going back or applying the same version again', async () => {
      const before = await state();
      for (const [to, v] of [
        [1, 2],
        [2, 2],
      ]) {
        const res = await gql(admin, APPLY, { to, v, r: [] });
        expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toVersion' });
        expect(res.errors![0].message).toMatch(/되돌리거나/);
      }
      expect(await state()).toEqual(before);
    });

    it("leaves the other tenant's version, history and report alone, through the API and at the database", async () => {
      const other = (await gql(otherAdmin, MODEL)).data!.standardModel;
      expect(other).toMatchObject({ currentVersion: 1, history: [] });
      // Its standard words are still edition 1's.
      expect(await term(otherAdmin, 'term.channel')).toMatchObject({
        standardKo: '채널',
        standardEn: 'Channel',
      });
      expect((await dryRun(otherAdmin)).fromVersion).toBe(1);
      const asOther = (text: string, params: unknown[] = []) =>
        inTenant(db.app, OTHER, () => db.app.query(text, params));
      expect(
        (await asOther(`SELECT 1 FROM standard_version_changes WHERE tenant_id = $1`, [TENANT])).rows,
      ).toEqual([]);
      await expect(
        asOther(
          `INSERT INTO standard_version_changes (tenant_id, to_version, from_version, applied_by, changes, resolutions)
           VALUES ($1, 3, 2, 'x', '[]', '{}')`,
          [TENANT],
        ),
      ).rejects.toThrow(/row-level security/);
      await expect(
        asOther(`UPDATE tenants SET standard_version = 1 WHERE id = $1`, [TENANT]),
      ).rejects.toThrow(/outside its own tenant scope/);
      await expect(asOther(`DELETE FROM standard_version_changes`)).rejects.toThrow(/permission denied/);
      expect((await state()).version).toEqual([{ standard_version: 2 }]);
    });
  });

  it('lets exactly one of two concurrent applies win; the other gets CONFLICT', async () => {
    await resetToStandardV1(db.owner, TENANT);
    expect((await dryRun(admin)).conflictCount).toBe(0);
    const results = await Promise.all([1, 2].map(() => gql(admin, APPLY, { to: 2, v: 1, r: [] })));
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'expectedCurrentVersion',
    });
    const after = await state();
    expect(after.history).toEqual([{ to_version: 2 }]);
    expect(after.fields.map((f: { key: string }) => f.key)).toEqual(['preferred_contact', 'repeat_petition']);
  });

  it('takes the standard words over a tenant’s rename when asked, and drops the override', async () => {
    await resetToStandardV1(db.owner, TENANT);
    await renameTerm(admin, 'menu.petition-backlog', '늦어진 민원', 'Late petitions');
    expect(conflictsOf(await dryRun(admin))).toEqual({ 'TERMINOLOGY:menu.petition-backlog': 'OVERRIDDEN' });
    const res = await gql(admin, APPLY, {
      to: 2,
      v: 1,
      r: [{ id: 'TERMINOLOGY:menu.petition-backlog', choice: 'TAKE_STANDARD' }],
    });
    expect(res.errors).toBeUndefined();
    expect((await state()).terms).toEqual([]);
    expect(await term(admin, 'menu.petition-backlog')).toMatchObject({
      ko: '처리기한 경과·미처리 민원',
      en: 'Overdue and open petitions',
      customized: false,
    });
    const report = (await gql(manager, CONFORMANCE)).data!.standardConformance;
    const terms = report.areas.find((a: { area: string }) => a.area === 'TERMINOLOGY');
    expect(terms.standardCount).toBeGreaterThan(20);
    expect(report.items.filter((i: { area: string }) => i.area === 'TERMINOLOGY')).toEqual([]);
  });
});
