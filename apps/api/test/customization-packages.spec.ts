import { createHash } from 'node:crypto';
import type { Client } from 'pg';
import { gql, userToken } from './support/api';
import { inTenant, roleClients } from './support/runtime-role';

/**
 * Customization packages over the API (docs/adr/0027): Daejeon exports its custom fields, terms and petition
 * reference values; Jeonnam previews (NEW / SAME / CHANGED / CONFLICT) and imports them all-or-nothing; bad
 * packages are refused with the reason and change nothing; an import never touches another tenant's rows.
 */
const SOURCE = 'daejeon';
const TARGET = 'jeonnam';
const CUSTOMERS = 'crm-core.customers';

const DEFINE = `mutation($i: DefineCustomFieldInput!) { defineCustomField(input: $i) { key version } }`;
const ARCHIVE = `mutation($e: String!, $k: String!) { archiveCustomField(entity: $e, key: $k) { key } }`;
const SET_TERMS = `mutation($e: [TermInput!]!, $v: Int!) { setTerminology(entries: $e, expectedVersion: $v) { version } }`;
const TERMS = `{ terminology { version terms { key ko en customized } } }`;
const VOC = `{ vocSettings { version targetShare surveyThreshold surveyValidDays progressNoticeDays } }`;
const UPDATE_VOC = `mutation($i: VocSettingsInput!, $v: Int!) { updateVocSettings(input: $i, expectedVersion: $v) { version } }`;
const CREATE_CUSTOMER = `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }`;
const EXPORT = `mutation($s: [CustomizationPackageSection!]!, $e: [String!]) { exportCustomizationPackage(sections: $s, entities: $e) }`;
const PREVIEW = `mutation($p: CustomizationPackage!) { previewCustomizationPackage(package: $p) {
  sourceTenant standardVersion exportedAt checksum newCount sameCount changedCount conflictCount
  items { id section entity key labelKo labelEn kind reasonKo reasonEn } } }`;
const IMPORT = `mutation($p: CustomizationPackage!, $c: String!, $skip: [String!]!) {
  importCustomizationPackage(package: $p, expectedChecksum: $c, choices: { skip: $skip }) {
    version sourceTenant checksum applied skipped unchanged } }`;
const IMPORTS = `{ customizationPackageImports { version sourceTenant checksum standardVersion importedBy appliedCount } }`;

type Pkg = Record<string, any>;

/** The checksum as the ADR defines it, computed here independently of the server's code. */
const canonical = (v: unknown): string =>
  Array.isArray(v)
    ? `[${v.map(canonical).join(',')}]`
    : v !== null && typeof v === 'object'
      ? `{${Object.keys(v)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
          .join(',')}}`
      : JSON.stringify(v);
const checksumOf = (p: Pkg): string => {
  const { checksum: _c, ...body } = p;
  return `sha256:${createHash('sha256').update(canonical(body)).digest('hex')}`;
};
/** A copy of `p` changed by `edit`, re-checksummed so only the edit is wrong. */
const edited = (p: Pkg, edit: (copy: Pkg) => void): Pkg => {
  const copy = structuredClone(p);
  edit(copy);
  return { ...copy, checksum: checksumOf(copy) };
};

const db = roleClients();
const t = {} as Record<'admin' | 'officer' | 'targetAdmin' | 'targetOfficer', string>;
let exported: Pkg;

const field = (key: string, extra: Record<string, unknown> = {}) => ({
  entity: CUSTOMERS,
  key,
  labelKo: `${key} 항목`,
  labelEn: `${key} field`,
  type: 'TEXT',
  ...extra,
});
const define = async (token: string, input: Record<string, unknown>) => {
  const res = await gql(token, DEFINE, { i: input });
  expect(res.errors).toBeUndefined();
};
const setTerms = async (token: string, entries: { key: string; ko: string; en: string }[]) => {
  const v = (await gql(token, TERMS)).data!.terminology.version;
  expect((await gql(token, SET_TERMS, { e: entries, v })).errors).toBeUndefined();
};
const exportPkg = async (sections: string[], entities?: string[]) => {
  const res = await gql(t.admin, EXPORT, { s: sections, e: entities });
  expect(res.errors).toBeUndefined();
  return res.data!.exportCustomizationPackage as Pkg;
};

/**
 * Everything an import of this spec's package could write in `tenant`, as the owner sees it (RLS does not hide
 * anything from it): its own `pkg_` fields only, as other spec files define fields in these tenants meanwhile.
 */
async function snapshot(owner: Client, tenant: string) {
  const q = async (sql: string) => (await owner.query(sql, [tenant])).rows;
  return {
    definitions: await q(
      `SELECT entity, key, type, label_ko, archived, version FROM custom_field_definitions WHERE tenant_id = $1 AND key LIKE 'pkg\\_%' ORDER BY 1, 2`,
    ),
    fieldChanges: await q(
      `SELECT count(*)::int AS n FROM custom_field_changes WHERE tenant_id = $1 AND key LIKE 'pkg\\_%'`,
    ),
    terms: await q(`SELECT term_key, label_ko, label_en FROM tenant_terms WHERE tenant_id = $1 ORDER BY 1`),
    // The areas a package carries: other spec files write other areas (service standards…) in this tenant.
    settingChanges: await q(
      `SELECT area, version FROM tenant_setting_changes
        WHERE tenant_id = $1 AND area IN ('terminology', 'voc_settings') ORDER BY 1, 2`,
    ),
    voc: await q(
      `SELECT target_share, survey_threshold, survey_valid_days, progress_notice_days FROM voc_settings WHERE tenant_id = $1`,
    ),
    imports: await q(`SELECT version FROM customization_package_imports WHERE tenant_id = $1 ORDER BY 1`),
  };
}

beforeAll(async () => {
  [t.admin, t.officer, t.targetAdmin, t.targetOfficer] = await Promise.all([
    userToken(SOURCE, 'admin'),
    userToken(SOURCE, 'officer'),
    userToken(TARGET, 'admin'),
    userToken(TARGET, 'officer'),
  ]);
  // Daejeon's customization: fields of each kind the preview tells apart, an archived one, terms, values.
  await define(t.admin, field('pkg_new', { labelKo: '관심 분야', labelEn: 'Interest' }));
  await define(
    t.admin,
    field('pkg_level', {
      type: 'SELECT',
      options: [
        { value: 'low', labelKo: '낮음', labelEn: 'Low' },
        { value: 'high', labelKo: '높음', labelEn: 'High' },
      ],
      readRoles: ['manager', 'tenant-admin'],
    }),
  );
  await define(t.admin, field('pkg_same', { rules: { maxLength: 30 } }));
  await define(t.admin, field('pkg_type', { type: 'INTEGER' }));
  await define(t.admin, field('pkg_archived'));
  await define(t.admin, field('pkg_owner_dept', { type: 'DEPARTMENT_REF' }));
  await define(t.admin, field('pkg_secret', { personalData: true }));
  await define(t.admin, field('pkg_gone'));
  expect((await gql(t.admin, ARCHIVE, { e: CUSTOMERS, k: 'pkg_gone' })).errors).toBeUndefined();
  const customer = await gql(t.admin, CREATE_CUSTOMER, {
    i: { name: '대전고객', customFields: { pkg_secret: '비밀메모-대전', pkg_new: '민원상담' } },
  });
  expect(customer.errors).toBeUndefined();
  await setTerms(t.admin, [{ key: 'entity.crm-core.customers', ko: '민원인', en: 'Resident' }]);
  const voc = (await gql(t.admin, VOC)).data!.vocSettings;
  const saved = await gql(t.admin, UPDATE_VOC, {
    i: { targetShare: 0.75, surveyThreshold: 3.5, surveyValidDays: 20, progressNoticeDays: 7 },
    v: voc.version,
  });
  expect(saved.errors).toBeUndefined();

  // Jeonnam already has some of it: the same, another type, an archived key, its own label.
  await define(t.targetAdmin, field('pkg_same', { rules: { maxLength: 30 } }));
  await define(t.targetAdmin, field('pkg_type', { type: 'DATE' }));
  await define(t.targetAdmin, field('pkg_archived'));
  expect((await gql(t.targetAdmin, ARCHIVE, { e: CUSTOMERS, k: 'pkg_archived' })).errors).toBeUndefined();
  await define(
    t.targetAdmin,
    field('pkg_level', { type: 'SELECT', options: [{ value: 'low', labelKo: '낮음', labelEn: 'Low' }] }),
  );
});

describe('export', () => {
  it('carries the active definitions, renamed terms and reference values, and nothing of the records', async () => {
    // Customers only: other spec files define staff, department and petition fields in Daejeon meanwhile.
    exported = await exportPkg(['CUSTOM_FIELDS', 'TERMINOLOGY', 'REFERENCE_DATA'], [CUSTOMERS]);
    expect(exported).toMatchObject({
      format: 'pcrm.customization-package',
      formatVersion: 1,
      standardVersion: 1,
      sourceTenant: SOURCE,
      exportedBy: 'tenant-admin',
    });
    expect(exported.checksum).toBe(checksumOf(exported));
    const keys = exported.sections.customFields.map((f: Pkg) => f.key);
    expect(keys).toEqual(
      expect.arrayContaining(['pkg_new', 'pkg_level', 'pkg_same', 'pkg_owner_dept', 'pkg_secret']),
    );
    expect(keys).not.toContain('pkg_gone');
    expect(exported.sections.customFields.find((f: Pkg) => f.key === 'pkg_level')).toEqual({
      entity: CUSTOMERS,
      key: 'pkg_level',
      labelKo: 'pkg_level 항목',
      labelEn: 'pkg_level field',
      type: 'SELECT',
      required: false,
      defaultValue: null,
      rules: {},
      options: [
        { value: 'low', labelKo: '낮음', labelEn: 'Low' },
        { value: 'high', labelKo: '높음', labelEn: 'High' },
      ],
      helpKo: null,
      helpEn: null,
      position: expect.any(Number),
      group: null,
      readRoles: ['manager', 'tenant-admin'],
      editRoles: [],
      personalData: false,
    });
    expect(exported.sections.terminology).toEqual([
      { key: 'entity.crm-core.customers', ko: '민원인', en: 'Resident' },
    ]);
    expect(exported.sections.referenceData).toEqual({
      vocSettings: { targetShare: 0.75, surveyThreshold: 3.5, surveyValidDays: 20, progressNoticeDays: 7 },
    });
    const text = JSON.stringify(exported);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
    expect(text).not.toContain('대전고객');
    expect(text).not.toContain('비밀메모');
    expect(text).not.toContain('"admin"');
    const audit = await db.owner.query(
      `SELECT actor FROM audit_events WHERE tenant_id = $1 AND entity = 'customization_package' AND action = 'export' AND entity_id = $2`,
      [SOURCE, exported.checksum],
    );
    expect(audit.rows).toEqual([{ actor: `${SOURCE}/admin` }]);
  });

  it('exports only the chosen sections and entities', async () => {
    const p = await exportPkg(['TERMINOLOGY']);
    expect(Object.keys(p.sections)).toEqual(['terminology']);
    const staffOnly = await exportPkg(['CUSTOM_FIELDS'], ['crm-core.staff']);
    const entities = new Set(staffOnly.sections.customFields.map((f: Pkg) => f.entity));
    expect([...entities].filter((e) => e !== 'crm-core.staff')).toEqual([]);
  });

  it.each([
    ['no section', { s: [] }, 'sections', /영역을 하나 이상/],
    ['an unknown entity', { s: ['CUSTOM_FIELDS'], e: ['crm-core.unknown'] }, 'entities.0', /대상이 아닙니다/],
  ])('refuses %s', async (_label, vars, fieldName, message) => {
    const res = await gql(t.admin, EXPORT, vars);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: fieldName });
    expect(res.errors![0].message).toMatch(message);
    expect(res.errors![0].extensions.messageEn).toEqual(expect.any(String));
  });

  it('is for tenant administrators only', async () => {
    const res = await gql(t.officer, EXPORT, { s: ['TERMINOLOGY'] });
    expect(res.errors![0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('preview', () => {
  it('tells every item NEW, SAME, CHANGED or CONFLICT with the reason, and changes nothing', async () => {
    const before = await snapshot(db.owner, TARGET);
    const res = await gql(t.targetAdmin, PREVIEW, { p: exported });
    expect(res.errors).toBeUndefined();
    const preview = res.data!.previewCustomizationPackage;
    expect(preview).toMatchObject({ sourceTenant: SOURCE, standardVersion: 1, checksum: exported.checksum });
    const kind = (id: string) => preview.items.find((i: Pkg) => i.id === id);
    expect(kind(`customFields:${CUSTOMERS}:pkg_new`)).toMatchObject({
      kind: 'NEW',
      labelKo: '관심 분야',
      reasonKo: expect.stringMatching(/새 항목으로 추가/),
    });
    expect(kind(`customFields:${CUSTOMERS}:pkg_same`).kind).toBe('SAME');
    expect(kind(`customFields:${CUSTOMERS}:pkg_level`)).toMatchObject({
      kind: 'CHANGED',
      reasonKo: expect.stringMatching(/options, readRoles/),
    });
    expect(kind(`customFields:${CUSTOMERS}:pkg_type`)).toMatchObject({
      kind: 'CONFLICT',
      reasonKo: expect.stringMatching(/유형이 DATE/),
      reasonEn: expect.stringMatching(/of type DATE/),
    });
    expect(kind(`customFields:${CUSTOMERS}:pkg_archived`)).toMatchObject({
      kind: 'CONFLICT',
      reasonKo: expect.stringMatching(/보관/),
    });
    expect(kind('terminology:entity.crm-core.customers')).toMatchObject({ kind: 'NEW', labelKo: '민원인' });
    expect(kind('referenceData:vocSettings')).toMatchObject({
      kind: 'CHANGED',
      reasonEn: expect.stringMatching(/targetShare .* → 0\.75/),
    });
    expect(preview.conflictCount).toBe(2);
    expect(preview.sameCount).toBe(1);
    expect(preview.newCount + preview.sameCount + preview.changedCount + preview.conflictCount).toBe(
      preview.items.length,
    );
    expect(await snapshot(db.owner, TARGET)).toEqual(before);
  });

  it('is for tenant administrators only', async () => {
    const res = await gql(t.targetOfficer, PREVIEW, { p: exported });
    expect(res.errors![0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('bad packages are refused with the reason and change nothing', () => {
  const uuid = '0b7c3a52-5f0e-4a8e-9d7e-2f1f5e7f9a10';
  const cases: [string, () => Pkg, string, RegExp][] = [
    [
      'another standard version',
      () => edited(exported, (p) => (p.standardVersion = 2)),
      'package.standardVersion',
      /표준 모델 버전 2에서 만들어졌고 이 시·도는 버전 1/,
    ],
    [
      'a checksum that does not match',
      () => ({ ...exported, sections: { ...exported.sections, terminology: [] } }),
      'package.checksum',
      /체크섬과 맞지 않습니다/,
    ],
    [
      'an unknown format',
      () => edited(exported, (p) => (p.format = 'other')),
      'package.format',
      /알 수 없는 꾸러미 형식/,
    ],
    [
      'another format version',
      () => edited(exported, (p) => (p.formatVersion = 2)),
      'package.formatVersion',
      /형식 버전\(2\)은 읽을 수 없습니다/,
    ],
    [
      'an oversized package',
      () => edited(exported, (p) => (p.sections.customFields[0].helpKo = '가'.repeat(200_000))),
      'package',
      /꾸러미가 너무 큽니다/,
    ],
    [
      'an invisible character in a field key',
      () => edited(exported, (p) => (p.sections.customFields[0].key = 'pkg\u200bnew')),
      'package.sections.customFields.0.key',
      /올바르지 않습니다/,
    ],
    [
      'an invisible character in a term key',
      () => edited(exported, (p) => (p.sections.terminology[0].key = 'entity.crm-core\u200b.customers')),
      'package.sections.terminology.0.key',
      /올바르지 않습니다/,
    ],
    [
      'an invisible character in a label',
      () => edited(exported, (p) => (p.sections.customFields[0].labelKo = '관심\u202e분야')),
      'package.sections.customFields.0.labelKo',
      /보이지 않는 제어·서식 문자/,
    ],
    [
      "another tenant's record id as a default",
      () => edited(exported, (p) => (p.sections.customFields[0].defaultValue = uuid)),
      'package.sections.customFields.0.defaultValue',
      /레코드 ID\(UUID\)/,
    ],
    [
      "another tenant's definition id",
      () => edited(exported, (p) => (p.sections.customFields[0].id = uuid)),
      'package.sections.customFields.0.id',
      /알 수 없는 항목 'id'/,
    ],
    [
      'a workflow overlay',
      () => edited(exported, (p) => (p.sections.workflowOverlay = { states: [] })),
      'package.sections.workflowOverlay',
      /워크플로 변경/,
    ],
    [
      'a definition the field rules refuse',
      () => edited(exported, (p) => (p.sections.customFields[0].rules = { pattern: '(a+)+' })),
      'package.sections.customFields.0.rules.pattern',
      /반복 안의 반복/,
    ],
    [
      'reference values out of range',
      () => edited(exported, (p) => (p.sections.referenceData.vocSettings.targetShare = 2)),
      'package.sections.referenceData.vocSettings.targetShare',
      /목표 처리 비율/,
    ],
    ['not an object', () => [] as unknown as Pkg, 'package', /JSON 객체/],
  ];

  it.each(cases)('%s', async (_label, make, fieldName, message) => {
    const before = await snapshot(db.owner, TARGET);
    const bad = make();
    for (const res of [
      await gql(t.targetAdmin, PREVIEW, { p: bad }),
      await gql(t.targetAdmin, IMPORT, { p: bad, c: bad.checksum ?? exported.checksum, skip: [] }),
    ]) {
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: fieldName });
      expect(res.errors![0].message).toMatch(message);
      expect(res.errors![0].extensions.messageEn).toEqual(expect.any(String));
    }
    expect(await snapshot(db.owner, TARGET)).toEqual(before);
  });

  it('refuses a package other than the one previewed', async () => {
    const res = await gql(t.targetAdmin, IMPORT, { p: exported, c: `sha256:${'0'.repeat(64)}`, skip: [] });
    expect(res.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedChecksum' });
    expect(res.errors![0].message).toMatch(/미리 본 꾸러미와/);
  });

  it('refuses to skip an item the package does not have', async () => {
    const res = await gql(t.targetAdmin, IMPORT, { p: exported, c: exported.checksum, skip: ['nope'] });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'choices.skip.0' });
  });
});

describe('import', () => {
  const conflicts = [`customFields:${CUSTOMERS}:pkg_type`, `customFields:${CUSTOMERS}:pkg_archived`];

  it('applies nothing while a conflicting item is not chosen to be skipped', async () => {
    const before = await snapshot(db.owner, TARGET);
    const res = await gql(t.targetAdmin, IMPORT, { p: exported, c: exported.checksum, skip: [conflicts[0]] });
    expect(res.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'choices.skip',
      items: [conflicts[1]],
    });
    expect(res.errors![0].message).toMatch(
      /충돌하는 항목 1개를 건너뛰도록 고르지 않아 아무것도 가져오지 않았습니다/,
    );
    expect(await snapshot(db.owner, TARGET)).toEqual(before);
  });

  it('applies the rest in one go, through each area, versioned and audited with the source named', async () => {
    const sourceBefore = await snapshot(db.owner, SOURCE);
    const skip = [...conflicts, `customFields:${CUSTOMERS}:pkg_secret`];
    const res = await gql(t.targetAdmin, IMPORT, { p: exported, c: exported.checksum, skip });
    expect(res.errors).toBeUndefined();
    const result = res.data!.importCustomizationPackage;
    expect(result).toMatchObject({ version: 1, sourceTenant: SOURCE, checksum: exported.checksum });
    expect(result.applied).toEqual(
      expect.arrayContaining([
        `customFields:${CUSTOMERS}:pkg_new`,
        `customFields:${CUSTOMERS}:pkg_level`,
        `customFields:${CUSTOMERS}:pkg_owner_dept`,
        'terminology:entity.crm-core.customers',
        'referenceData:vocSettings',
      ]),
    );
    expect([...result.skipped].sort()).toEqual([...skip].sort());
    expect(result.unchanged).toEqual([`customFields:${CUSTOMERS}:pkg_same`]);

    const after = await snapshot(db.owner, TARGET);
    const def = (key: string) => after.definitions.find((d: Pkg) => d.key === key);
    expect(def('pkg_new')).toMatchObject({ type: 'TEXT', label_ko: '관심 분야', version: 1 });
    expect(def('pkg_level')).toMatchObject({ type: 'SELECT', version: 2 });
    expect(def('pkg_type')).toMatchObject({ type: 'DATE' });
    expect(def('pkg_secret')).toBeUndefined();
    expect(after.terms).toEqual([
      { term_key: 'entity.crm-core.customers', label_ko: '민원인', label_en: 'Resident' },
    ]);
    expect(after.voc).toEqual([
      { target_share: '0.75', survey_threshold: '3.5', survey_valid_days: 20, progress_notice_days: 7 },
    ]);
    expect(after.settingChanges).toEqual([
      { area: 'terminology', version: 1 },
      { area: 'voc_settings', version: 1 },
    ]);
    const imports = await db.owner.query(
      `SELECT source_tenant, checksum, imported_by, imported_by_staff_id IS NOT NULL AS by_staff, items
       FROM customization_package_imports WHERE tenant_id = $1`,
      [TARGET],
    );
    expect(imports.rows).toEqual([
      {
        source_tenant: SOURCE,
        checksum: exported.checksum,
        imported_by: 'admin',
        by_staff: true,
        items: { applied: result.applied, skipped: result.skipped, unchanged: result.unchanged },
      },
    ]);
    const audit = await db.owner.query(
      `SELECT actor, after ->> 'sourceTenant' AS source FROM audit_events
       WHERE tenant_id = $1 AND entity = 'customization_package' AND entity_id = 'import@1'`,
      [TARGET],
    );
    expect(audit.rows).toEqual([{ actor: `${TARGET}/admin`, source: SOURCE }]);
    const fieldAudit = await db.owner.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE tenant_id = $1 AND entity = 'custom_field'
         AND after ->> 'key' IN ('pkg_new', 'pkg_level', 'pkg_owner_dept')`,
      [TARGET],
    );
    expect(fieldAudit.rows[0].n).toBeGreaterThanOrEqual(3);
    const listed = (await gql(t.targetOfficer, IMPORTS)).data!.customizationPackageImports;
    expect(listed).toEqual([
      {
        version: 1,
        sourceTenant: SOURCE,
        checksum: exported.checksum,
        standardVersion: 1,
        importedBy: 'admin',
        appliedCount: result.applied.length,
      },
    ]);
    // The source tenant is untouched and does not see the target's import.
    expect(await snapshot(db.owner, SOURCE)).toEqual(sourceBefore);
    expect((await gql(t.admin, IMPORTS)).data!.customizationPackageImports).toEqual([]);
  });

  it('finds everything SAME the second time and writes nothing', async () => {
    const before = await snapshot(db.owner, TARGET);
    const preview = (await gql(t.targetAdmin, PREVIEW, { p: exported })).data!.previewCustomizationPackage;
    expect(preview.newCount + preview.changedCount).toBe(1); // pkg_secret, skipped before
    const res = await gql(t.targetAdmin, IMPORT, {
      p: exported,
      c: exported.checksum,
      skip: [...conflicts, `customFields:${CUSTOMERS}:pkg_secret`],
    });
    expect(res.data!.importCustomizationPackage).toMatchObject({ version: null, applied: [] });
    expect(await snapshot(db.owner, TARGET)).toEqual(before);
  });

  it('applies a package once when two imports race, never half', async () => {
    await define(t.admin, field('pkg_race', { type: 'BOOLEAN' }));
    await setTerms(t.admin, [{ key: 'term.receiptNo', ko: '신청번호', en: 'Application no.' }]);
    const race = await exportPkg(['CUSTOM_FIELDS', 'TERMINOLOGY'], [CUSTOMERS]);
    const skip = conflicts;
    const results = await Promise.all(
      [1, 2].map(() => gql(t.targetAdmin, IMPORT, { p: race, c: race.checksum, skip })),
    );
    results.forEach((r) => expect(r.errors).toBeUndefined());
    const outcomes = results.map((r) => r.data!.importCustomizationPackage);
    const applied = outcomes.filter((o) => o.applied.length > 0);
    expect(applied).toHaveLength(1);
    expect(applied[0].applied).toEqual(
      expect.arrayContaining([`customFields:${CUSTOMERS}:pkg_race`, 'terminology:term.receiptNo']),
    );
    const other = outcomes.find((o) => o.applied.length === 0)!;
    expect(other.unchanged).toEqual(
      expect.arrayContaining([`customFields:${CUSTOMERS}:pkg_race`, 'terminology:term.receiptNo']),
    );
    const rows = await db.owner.query(
      `SELECT count(*)::int AS n FROM custom_field_definitions WHERE tenant_id = $1 AND key = 'pkg_race'`,
      [TARGET],
    );
    expect(rows.rows[0].n).toBe(1);
    expect((await snapshot(db.owner, TARGET)).imports).toEqual([{ version: 1 }, { version: 2 }]);
  });

  it('is for tenant administrators only', async () => {
    const res = await gql(t.targetOfficer, IMPORT, { p: exported, c: exported.checksum, skip: [] });
    expect(res.errors![0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('isolation at the database (runtime role)', () => {
  it("shows a tenant only its own imports and refuses writing another tenant's", async () => {
    const seen = await inTenant(db.app, SOURCE, () =>
      db.app.query(`SELECT tenant_id FROM customization_package_imports`),
    );
    expect(seen.rows).toEqual([]);
    const own = await inTenant(db.app, TARGET, () =>
      db.app.query(`SELECT DISTINCT tenant_id FROM customization_package_imports`),
    );
    expect(own.rows).toEqual([{ tenant_id: TARGET }]);
    await expect(
      inTenant(db.app, TARGET, () =>
        db.app.query(
          `INSERT INTO customization_package_imports (tenant_id, version, source_tenant, checksum, standard_version,
             exported_at, imported_by, items)
           VALUES ($1, 99, 'daejeon', $2, 1, now(), 'x', '{}')`,
          [SOURCE, `sha256:${'a'.repeat(64)}`],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      inTenant(db.app, TARGET, () => db.app.query(`UPDATE customization_package_imports SET items = '{}'`)),
    ).rejects.toThrow(/permission denied/);
  });
});
