import { gql, userToken } from './support/api';
import { inTenant, roleClients } from './support/runtime-role';

/**
 * A tenant's reference data over the API (docs/adr/0025): the petition settings (target share of the
 * statutory period, survey threshold and validity, progress notices) with a version and history, and the
 * SMS sender number under the pre-registration rules. Gyeonggi edits; Chungnam is the other tenant.
 */
const SETTINGS = `{ vocSettings { targetShare surveyThreshold surveyValidDays progressNoticeDays version updatedBy
  changes { version changedBy before after } } }`;
const UPDATE = `mutation($i: VocSettingsInput!, $v: Int!) { updateVocSettings(input: $i, expectedVersion: $v) {
  targetShare surveyThreshold surveyValidDays progressNoticeDays version updatedBy } }`;
const SENDER = `mutation($n: String!) { updateNotificationSettings(input: { smsSender: $n, emailFrom: "minwon@gg.example.go.kr" }) { smsSender } }`;

const STANDARD = { targetShare: 0.5, surveyThreshold: 3, surveyValidDays: 14, progressNoticeDays: 30 };

const db = roleClients();
let admin: string;
let manager: string;
let otherAdmin: string;

beforeAll(async () => {
  [admin, manager, otherAdmin] = await Promise.all([
    userToken('gyeonggi', 'admin'),
    userToken('gyeonggi', 'manager'),
    userToken('chungnam', 'admin'),
  ]);
});

const settings = async (token: string) => (await gql(token, SETTINGS)).data!.vocSettings;

afterAll(async () => {
  // Other specs count deadlines with the standard values.
  const { version } = await settings(admin);
  await gql(admin, UPDATE, { i: STANDARD, v: version });
});

describe('petition reference values', () => {
  it('starts at the standard, version 0, readable by every tenant role', async () => {
    expect(await settings(manager)).toMatchObject({ ...STANDARD, version: 0, changes: [] });
  });

  it('changes with the version read, keeps the history and audits', async () => {
    const next = { targetShare: 0.7, surveyThreshold: 2.5, surveyValidDays: 21, progressNoticeDays: 10 };
    const res = await gql(admin, UPDATE, { i: next, v: 0 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateVocSettings).toEqual({ ...next, version: 1, updatedBy: 'admin' });
    const read = await settings(manager);
    expect(read.changes).toHaveLength(1);
    expect(JSON.parse(read.changes[0].before)).toEqual(STANDARD);
    expect(JSON.parse(read.changes[0].after)).toEqual(next);
    const { rows } = await db.owner.query(
      `SELECT target_share::text FROM voc_settings WHERE tenant_id = 'gyeonggi'`,
    );
    expect(rows).toEqual([{ target_share: '0.70' }]);
    const audit = await db.owner.query(
      `SELECT actor, before, after FROM audit_events WHERE tenant_id = 'gyeonggi' AND entity = 'voc_settings'`,
    );
    expect(audit.rows).toEqual([{ actor: 'gyeonggi/admin', before: STANDARD, after: next }]);
  });

  it('refuses a stale version with nothing changed', async () => {
    const before = await settings(admin);
    const res = await gql(admin, UPDATE, { i: { ...STANDARD, targetShare: 0.9 }, v: before.version - 1 });
    expect(res.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
    expect(await settings(admin)).toEqual(before);
  });

  it.each([
    ['targetShare', 0],
    ['targetShare', 1.01],
    ['targetShare', 0.555],
    ['targetShare', 0.05],
    ['surveyThreshold', 0.5],
    ['surveyThreshold', 5.5],
    ['surveyThreshold', 2.25],
    ['surveyValidDays', 0],
    ['surveyValidDays', 91],
    ['progressNoticeDays', 366],
  ])('refuses %s = %p with nothing changed', async (field, value) => {
    const before = await settings(admin);
    const res = await gql(admin, UPDATE, { i: { ...STANDARD, [field]: value }, v: before.version });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors![0].message).toMatch(/[가-힣]/);
    expect(res.errors![0].extensions.messageEn).toContain(field);
    expect(await settings(admin)).toEqual(before);
  });

  it('lets only the tenant-admin change them, and only in its own tenant', async () => {
    const before = await settings(admin);
    const denied = await gql(manager, UPDATE, { i: STANDARD, v: before.version });
    expect(denied.errors![0].extensions.code).toBe('FORBIDDEN');

    // Chungnam's admin reads and changes Chungnam only.
    const other = await settings(otherAdmin);
    expect(other).toMatchObject({ ...STANDARD, version: 0 });
    const own = await gql(otherAdmin, UPDATE, { i: { ...STANDARD, surveyValidDays: 7 }, v: 0 });
    expect(own.errors).toBeUndefined();
    expect(await settings(admin)).toEqual(before);
    await gql(otherAdmin, UPDATE, { i: STANDARD, v: 1 });

    await inTenant(db.app, 'chungnam', async () => {
      const updated = await db.app.query(
        `UPDATE voc_settings SET survey_valid_days = 1 WHERE tenant_id = 'gyeonggi'`,
      );
      expect(updated.rowCount).toBe(0);
      const seen = await db.app.query(
        `SELECT 1 FROM tenant_setting_changes WHERE tenant_id = 'gyeonggi' AND area = 'voc_settings'`,
      );
      expect(seen.rows).toEqual([]);
      await expect(
        db.app.query(
          `INSERT INTO tenant_setting_changes (tenant_id, area, version, changed_by, before, after)
           VALUES ('gyeonggi', 'voc_settings', 99, 'x', '{}', '{}')`,
        ),
      ).rejects.toThrow(/row-level security/);
    });
    expect(await settings(admin)).toEqual(before);
  });
});

describe('SMS sender number', () => {
  it.each([
    ['1588-1234', '15881234'],
    ['031-120', null],
    ['031 8008 2114', '03180082114'],
    ['114', null],
    ['1234-5678', null],
    ['010-1234-5678', '01012345678'],
  ])('takes %p as %p', async (raw, stored) => {
    const res = await gql(admin, SENDER, { n: raw });
    if (stored === null) {
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'smsSender' });
      expect(res.errors![0].message).toMatch(/발신번호/);
    } else {
      expect(res.errors).toBeUndefined();
      expect(res.data!.updateNotificationSettings.smsSender).toBe(stored);
    }
  });
});
