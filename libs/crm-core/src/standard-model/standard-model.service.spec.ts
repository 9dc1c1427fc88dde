import { termCatalog } from '@pcrm/customization';
import { STANDARD_INDICATORS, type IndicatorDefinition } from '../performance-indicators';
import { STANDARD_MODEL_VERSIONS, standardModelVersion } from './standard-catalogue';
import { ConformanceStatus, conformanceReport } from './standard-conformance';
import { StandardArea, collect, same, versionElements, type Element } from './standard-elements';
import {
  StandardChangeKind,
  StandardConflictKind,
  checkUpgradeTarget,
  upgradePlan,
} from './standard-upgrade';

const v1 = standardModelVersion(1)!;
const v2 = standardModelVersion(2)!;
const tenantAs = (elements: Iterable<Element>) => collect(elements);

describe('the catalogue', () => {
  it('numbers versions 1, 2, … and each only adds to or changes the previous one', () => {
    expect(STANDARD_MODEL_VERSIONS.map((v) => v.version)).toEqual(
      STANDARD_MODEL_VERSIONS.map((_, i) => i + 1),
    );
    for (let i = 1; i < STANDARD_MODEL_VERSIONS.length; i++) {
      const next = versionElements(STANDARD_MODEL_VERSIONS[i]);
      for (const id of versionElements(STANDARD_MODEL_VERSIONS[i - 1]).keys())
        expect(next.has(id)).toBe(true);
    }
  });
});

describe('upgradePlan', () => {
  it('applies every v2 change to a tenant that uses v1 unchanged, without conflicts', () => {
    const plan = upgradePlan(versionElements(v1), versionElements(v2), versionElements(v1));
    expect(plan.map((c) => [c.id, c.kind, c.conflict])).toEqual(
      expect.arrayContaining([
        ['CUSTOM_FIELD:crm-core.customers/preferred_contact', StandardChangeKind.ADD, null],
        ['CUSTOM_FIELD:crm-core.petition/repeat_petition', StandardChangeKind.ADD, null],
        ['CATEGORY:PARKING', StandardChangeKind.CHANGE, null],
        ['CATEGORY:ANIMAL', StandardChangeKind.ADD, null],
        ['PERIOD:COMPLAINT/*/', StandardChangeKind.CHANGE, null],
        ['PERIOD:STATUTORY/ANIMAL/', StandardChangeKind.ADD, null],
        ['SETTING:surveyValidDays', StandardChangeKind.CHANGE, null],
        ['SETTING:progressNoticeDays', StandardChangeKind.CHANGE, null],
        ['TERMINOLOGY:term.channel', StandardChangeKind.CHANGE, null],
        ['TERMINOLOGY:menu.petition-backlog', StandardChangeKind.CHANGE, null],
      ]),
    );
    expect(plan).toHaveLength(10);
    expect(plan.find((c) => c.id === 'TERMINOLOGY:term.channel')).toMatchObject({
      standardBefore: { ko: '채널', en: 'Channel' },
      standardAfter: { ko: '접수 경로', en: 'Intake channel' },
      tenant: { ko: '채널', en: 'Channel' },
    });
  });

  it('makes a term the tenant renamed a conflict, and needs nothing where it already uses the new words', () => {
    const mine = new Map(versionElements(v1));
    const term = (key: string, ko: string, en: string) =>
      mine.set(`TERMINOLOGY:${key}`, { area: StandardArea.TERMINOLOGY, key, value: { ko, en } });
    term('term.channel', '접수창구', 'Channel');
    term('menu.petition-backlog', '처리기한 경과·미처리 민원', 'Overdue and open petitions');
    const plan = upgradePlan(versionElements(v1), versionElements(v2), tenantAs(mine.values()));
    expect(plan.filter((c) => c.area === StandardArea.TERMINOLOGY)).toEqual([
      expect.objectContaining({
        id: 'TERMINOLOGY:term.channel',
        kind: StandardChangeKind.CHANGE,
        conflict: StandardConflictKind.OVERRIDDEN,
        tenant: { ko: '접수창구', en: 'Channel' },
      }),
    ]);
  });

  it('reports a taken key, an overridden value, a switched-off and a removed element as conflicts', () => {
    const mine = new Map(versionElements(v1));
    const put = (e: Element) => mine.set(`${e.area}:${e.key}`, e);
    put({
      area: StandardArea.CUSTOM_FIELD,
      key: 'crm-core.customers/preferred_contact',
      value: { type: 'TEXT' },
    });
    put({ area: StandardArea.SETTING, key: 'surveyValidDays', value: 21 });
    put({ ...mine.get('CATEGORY:PARKING')!, disabled: true });
    mine.delete('PERIOD:COMPLAINT/*/');
    const plan = upgradePlan(versionElements(v1), versionElements(v2), tenantAs(mine.values()));
    const conflicts = Object.fromEntries(plan.filter((c) => c.conflict).map((c) => [c.id, c.conflict]));
    expect(conflicts).toEqual({
      'CUSTOM_FIELD:crm-core.customers/preferred_contact': StandardConflictKind.KEY_TAKEN,
      'SETTING:surveyValidDays': StandardConflictKind.OVERRIDDEN,
      'CATEGORY:PARKING': StandardConflictKind.DISABLED,
      'PERIOD:COMPLAINT/*/': StandardConflictKind.DISABLED,
    });
    const setting = plan.find((c) => c.id === 'SETTING:surveyValidDays')!;
    expect(setting).toMatchObject({ standardBefore: 14, standardAfter: 7, tenant: 21 });
    expect(setting.explanationKo).toContain("'surveyValidDays'");
    expect(setting.explanationEn).toContain('changed too');
  });

  it('needs nothing for an element the tenant already has as the new version wants', () => {
    const mine = new Map(versionElements(v1));
    mine.set('SETTING:surveyValidDays', { area: StandardArea.SETTING, key: 'surveyValidDays', value: 7 });
    const plan = upgradePlan(versionElements(v1), versionElements(v2), tenantAs(mine.values()));
    expect(plan.find((c) => c.id === 'SETTING:surveyValidDays')).toBeUndefined();
  });
});

describe('checkUpgradeTarget', () => {
  const versions = [1, 2, 3];
  it.each([
    [1, 2, null],
    [2, 3, null],
    [1, 4, /없습니다/],
    [1, 0, /없습니다/],
    [1, 3, /한 판씩/],
    [2, 2, /되돌리거나/],
    [3, 2, /되돌리거나/],
  ])('from %p to %p', (current, to, refusal) => {
    const check = () => checkUpgradeTarget(current, to, versions);
    if (!refusal) expect(check).not.toThrow();
    else expect(check).toThrow(refusal);
  });
});

describe('conformanceReport', () => {
  const terms = termCatalog([], 1);
  const none = { overlay: null, termOverrides: new Map(), indicators: STANDARD_INDICATORS };

  it('scores a tenant that uses the standard unchanged 1', () => {
    const report = conformanceReport(v1, terms, { ...none, elements: versionElements(v1) });
    expect(report).toMatchObject({ score: 1, items: [] });
    expect(report.unchangedElements).toBe(report.standardElements);
  });

  it('lists what the tenant added, changed and switched off, and scores the unchanged share', () => {
    const mine = new Map(versionElements(v1));
    mine.set('CUSTOM_FIELD:crm-core.customers/vip_level', {
      area: StandardArea.CUSTOM_FIELD,
      key: 'crm-core.customers/vip_level',
      value: { type: 'TEXT' },
    });
    mine.set('SETTING:targetShare', { area: StandardArea.SETTING, key: 'targetShare', value: 0.7 });
    const report = conformanceReport(v1, terms, {
      elements: mine,
      overlay: {
        states: { REVIEW: { labelKo: '검토', labelEn: 'Review', clock: 'RUNNING' } },
        standardStates: { ASSIGNED: { labelKo: '부서 배정' } },
        standardTransitions: { EXTEND: { disabled: true } },
      },
      termOverrides: new Map([['entity.crm-core.customers', { ko: '민원인', en: null }]]),
      indicators: STANDARD_INDICATORS,
    });
    const statuses = Object.fromEntries(report.items.map((i) => [`${i.area}:${i.key}`, i.status]));
    expect(statuses).toEqual({
      'SETTING:targetShare': ConformanceStatus.CHANGED,
      'WORKFLOW:state.ASSIGNED': ConformanceStatus.CHANGED,
      'WORKFLOW:transition.EXTEND': ConformanceStatus.DISABLED,
      'TERMINOLOGY:entity.crm-core.customers': ConformanceStatus.CHANGED,
      'CUSTOM_FIELD:crm-core.customers/vip_level': ConformanceStatus.ADDED,
      'WORKFLOW:state.REVIEW': ConformanceStatus.ADDED,
    });
    expect(report.unchangedElements).toBe(report.standardElements - 4);
    expect(report.score).toBeCloseTo((report.standardElements - 4) / report.standardElements, 4);
    const workflow = report.areas.find((a) => a.area === StandardArea.WORKFLOW)!;
    expect(workflow).toMatchObject({ changed: 1, disabled: 1, added: 1 });
  });
});

describe('conformanceReport of performance indicators', () => {
  const [first, second, ...rest] = STANDARD_INDICATORS;
  const report = (indicators: IndicatorDefinition[]) =>
    conformanceReport(v1, termCatalog([], 1), {
      elements: versionElements(v1),
      overlay: null,
      termOverrides: new Map(),
      indicators,
    });

  it('counts every standard indicator as a standard element, unchanged when the tenant keeps the set', () => {
    const r = report([...STANDARD_INDICATORS]);
    expect(r).toMatchObject({ score: 1, items: [] });
    expect(r.areas.find((a) => a.area === StandardArea.INDICATOR)).toEqual({
      area: StandardArea.INDICATOR,
      standardCount: STANDARD_INDICATORS.length,
      unchanged: STANDARD_INDICATORS.length,
      changed: 0,
      disabled: 0,
      added: 0,
    });
  });

  it("shows a tenant's overrides as differences: a changed target, a switched-off indicator, its own one", () => {
    const own: IndicatorDefinition = {
      ...second,
      code: 'DEPT_CSI',
      measureCode: 'SERVICE_CSI_INDEX',
      active: true,
    };
    const r = report([{ ...first, target: first.target + 5 }, { ...second, active: false }, ...rest, own]);
    expect(r.items.filter((i) => i.area === StandardArea.INDICATOR)).toEqual([
      {
        area: StandardArea.INDICATOR,
        key: first.code,
        status: ConformanceStatus.CHANGED,
        standard: expect.objectContaining({ target: first.target, measureCode: first.measureCode }),
        tenant: expect.objectContaining({ target: first.target + 5 }),
      },
      {
        area: StandardArea.INDICATOR,
        key: second.code,
        status: ConformanceStatus.DISABLED,
        standard: expect.objectContaining({ measureCode: second.measureCode }),
        tenant: expect.objectContaining({ measureCode: second.measureCode }),
      },
      {
        area: StandardArea.INDICATOR,
        key: 'DEPT_CSI',
        status: ConformanceStatus.ADDED,
        standard: null,
        tenant: expect.objectContaining({ measureCode: 'SERVICE_CSI_INDEX' }),
      },
    ]);
    expect(r.areas.find((a) => a.area === StandardArea.INDICATOR)).toMatchObject({
      unchanged: STANDARD_INDICATORS.length - 2,
      changed: 1,
      disabled: 1,
      added: 1,
    });
    expect(r.unchangedElements).toBe(r.standardElements - 2);
  });

  it('reads a dropped standard indicator as disabled and key order of a band as no change', () => {
    const reordered = {
      ...first,
      bands: first.bands.map(({ score, threshold, grade }) => ({ score, threshold, grade })),
    };
    const r = report([reordered, ...rest]);
    expect(r.items.map((i) => [i.key, i.status])).toEqual([[second.code, ConformanceStatus.DISABLED]]);
  });
});

describe('conformanceReport on edition 2', () => {
  it('counts the edition’s words as the standard terms: unchanged for a tenant without overrides', () => {
    const report = conformanceReport(v2, termCatalog([], 2), {
      elements: versionElements(v2),
      overlay: null,
      termOverrides: new Map(),
      indicators: STANDARD_INDICATORS,
    });
    expect(report).toMatchObject({ score: 1, items: [] });
  });

  it('reports a term still worded as edition 1 as changed', () => {
    const report = conformanceReport(v2, termCatalog([], 2), {
      elements: versionElements(v2),
      overlay: null,
      termOverrides: new Map([['term.channel', { ko: '채널', en: 'Channel' }]]),
      indicators: STANDARD_INDICATORS,
    });
    expect(report.items).toEqual([
      {
        area: StandardArea.TERMINOLOGY,
        key: 'term.channel',
        status: ConformanceStatus.CHANGED,
        standard: { ko: '접수 경로', en: 'Intake channel' },
        tenant: { ko: '채널', en: 'Channel' },
      },
    ]);
    const terms = report.areas.find((a) => a.area === StandardArea.TERMINOLOGY)!;
    expect(terms).toMatchObject({ standardCount: termCatalog([], 2).length, changed: 1 });
  });
});

describe('same', () => {
  it('compares JSON values regardless of key order', () => {
    expect(same({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(same({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(same([1, 2], [2, 1])).toBe(false);
  });
});
