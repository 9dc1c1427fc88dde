import { wordsOf, type StandardTerm, type TermOverride } from '@pcrm/customization';
import type { IndicatorDefinition } from '../performance-indicators';
import type { StandardVocCategory, StandardVocPeriod } from '../petitions';
import type { StandardFieldDefinition, StandardModelVersion } from './standard-catalogue';

/** The parts of the standard a tenant fits to itself (docs/adr/0026). */
export enum StandardArea {
  CUSTOM_FIELD = 'CUSTOM_FIELD',
  CATEGORY = 'CATEGORY',
  PERIOD = 'PERIOD',
  SETTING = 'SETTING',
  WORKFLOW = 'WORKFLOW',
  TERMINOLOGY = 'TERMINOLOGY',
  INDICATOR = 'INDICATOR',
}

export const AREA_LABELS: Record<StandardArea, { ko: string; en: string }> = {
  CUSTOM_FIELD: { ko: '표준 항목', en: 'standard field' },
  CATEGORY: { ko: '민원 분류', en: 'category' },
  PERIOD: { ko: '처리기간', en: 'statutory period' },
  SETTING: { ko: '기준 정보', en: 'setting' },
  WORKFLOW: { ko: '처리 흐름', en: 'workflow element' },
  TERMINOLOGY: { ko: '용어', en: 'term' },
  INDICATOR: { ko: '성과지표', en: 'performance indicator' },
};

/**
 * One element in a comparable form: `value` is what the standard sets and the tenant may change, `disabled`
 * whether the tenant switched it off (a retired category, an archived field, a switched-off transition).
 */
export interface Element {
  area: StandardArea;
  key: string;
  value: unknown;
  disabled?: boolean;
}

export type Elements = ReadonlyMap<string, Element>;

export const elementId = (area: StandardArea, key: string) => `${area}:${key}`;

export const periodKey = (p: { kind: string; categoryCode: string; variant: string }) =>
  `${p.kind}/${p.categoryCode}/${p.variant}`;

export const fieldKey = (f: { entity: string; key: string }) => `${f.entity}/${f.key}`;

export const categoryValue = (c: StandardVocCategory) => ({
  nameKo: c.nameKo,
  nameEn: c.nameEn,
  parentCode: c.parentCode ?? null,
  keywords: [...c.keywords],
});

export const periodValue = (p: Pick<StandardVocPeriod, 'value' | 'unit'>) => ({
  value: p.value,
  unit: p.unit,
});

export const fieldValue = (f: Omit<StandardFieldDefinition, 'entity' | 'key'>) => ({
  labelKo: f.labelKo,
  labelEn: f.labelEn,
  type: f.type,
  required: f.required,
  options: f.options.map((o) => ({ value: o.value, labelKo: o.labelKo, labelEn: o.labelEn })),
  helpKo: f.helpKo,
  helpEn: f.helpEn,
  personalData: f.personalData,
});

export function collect(elements: Iterable<Element>): Map<string, Element> {
  const map = new Map<string, Element>();
  for (const e of elements) map.set(elementId(e.area, e.key), e);
  return map;
}

/**
 * A performance indicator's element: its definition (a switched-off one is disabled). Only the definition's own
 * fields: the effective indicators the tenant side reads are API models that also carry a version and origin.
 */
export const indicatorElement = (i: IndicatorDefinition): Element => ({
  area: StandardArea.INDICATOR,
  key: i.code,
  value: {
    measureCode: i.measureCode,
    nameKo: i.nameKo,
    nameEn: i.nameEn,
    typeTag: i.typeTag,
    scope: i.scope,
    period: i.period,
    weight: Number(i.weight),
    target: Number(i.target),
    direction: i.direction,
    bands: i.bands.map((b) => ({ grade: b.grade, threshold: Number(b.threshold), score: Number(b.score) })),
  },
  disabled: !i.active,
});

/** A term's element: its effective Korean and English (the tenant's override over the standard). */
export const termElement = (t: StandardTerm, override?: TermOverride | null): Element => ({
  area: StandardArea.TERMINOLOGY,
  key: t.key,
  value: wordsOf(t, override),
});

/** The elements of a standard version an upgrade may add or change (the workflow is code-fixed). */
export function versionElements(v: StandardModelVersion): Elements {
  return collect([
    ...v.fields.map((f) => ({ area: StandardArea.CUSTOM_FIELD, key: fieldKey(f), value: fieldValue(f) })),
    ...v.categories.map((c) => ({ area: StandardArea.CATEGORY, key: c.code, value: categoryValue(c) })),
    ...v.periods.map((p) => ({ area: StandardArea.PERIOD, key: periodKey(p), value: periodValue(p) })),
    ...Object.entries(v.settings).map(([key, value]) => ({ area: StandardArea.SETTING, key, value })),
    ...v.terms.map((t) => termElement(t)),
  ]);
}

/** Deep equality of plain JSON values (key order does not matter). */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  return (
    ka.length === kb.length &&
    ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}
