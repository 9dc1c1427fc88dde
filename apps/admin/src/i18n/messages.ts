import { messages as accessLog } from '../access-log/messages';
import { messages as auth } from '../auth/messages';
import { messages as calendar } from '../business-calendar/messages';
import { messages as chart } from '../charts/messages';
import { messages as customization } from '../customization/messages';
import { messages as customerImport } from '../customer-import/messages';
import { messages as privacy } from '../customer-privacy/messages';
import { messages as workflowEditor } from '../customization/workflow/messages';
import { messages as customFields } from '../customization/fields/messages';
import { messages as customizationPackages } from '../customization/packages/messages';
import { messages as standardModel } from '../customization/standard/messages';
import { messages as customerEnum } from '../customers/enum-messages';
import { messages as customers } from '../customers/messages';
import { messages as quality } from '../data-quality/messages';
import { messages as departments } from '../departments/messages';
import { messages as home } from '../home/messages';
import { messages as jobs } from '../jobs/messages';
import { messages as petitions } from '../petitions/messages';
import { messages as petitionEnum } from '../petitions/enum-messages';
import { messages as petitionCase } from '../petitions/case-messages';
import { messages as layout } from '../layout/messages';
import { messages as petitionAnalytics } from '../petition-analytics/messages';
import { messages as tenantDetail } from '../petition-analytics/tenant-detail-messages';
import { messages as performance } from '../performance/messages';
import { messages as petitionSurveys } from '../petition-surveys/messages';
import { messages as notify } from '../notification-templates/messages';
import { messages as petitionSettings } from '../petition-settings/messages';
import { messages as segments } from '../segments/messages';
import { messages as staff } from '../staff/messages';
import { messages as start } from '../start/messages';
import { messages as tenants } from '../tenants/messages';
import { messages as platformTenants } from '../platform-tenants/messages';
import { messages as platformPopulation } from '../platform-population/messages';
import { messages as taskPublic } from '../task-disclosure/messages';
import { messages as serviceStandards } from '../service-standards/messages';
import { messages as approvalMatrix } from '../approval-matrix/messages';
import { messages as tasks } from '../tasks/messages';

/**
 * The admin UI's dictionary, composed from each feature's `messages.ts` (`{ ko, en }` with the same
 * keys). A new feature adds its import here and one entry in FEATURES.
 */
const FEATURES = [
  layout,
  auth,
  start,
  home,
  departments,
  staff,
  tenants,
  platformTenants,
  platformPopulation,
  accessLog,
  jobs,
  customerEnum,
  customers,
  privacy,
  customerImport,
  chart,
  segments,
  quality,
  calendar,
  petitions,
  petitionEnum,
  petitionCase,
  petitionAnalytics,
  tenantDetail,
  performance,
  petitionSurveys,
  serviceStandards,
  approvalMatrix,
  notify,
  petitionSettings,
  customization,
  standardModel,
  workflowEditor,
  customFields,
  customizationPackages,
  taskPublic,
  tasks,
] as const;

type FeatureKeys<F> = F extends { ko: Record<infer K, string> } ? K : never;
export type MessageKey = FeatureKeys<(typeof FEATURES)[number]>;

export type Lang = 'ko' | 'en';
export const LANGS: readonly Lang[] = ['ko', 'en'];
export type Dictionary = Record<MessageKey, string>;

function compose(lang: Lang): Dictionary {
  return Object.assign({}, ...FEATURES.map((f) => f[lang])) as Dictionary;
}

export const dictionaries: Record<Lang, Dictionary> = { ko: compose('ko'), en: compose('en') };

/**
 * Labels a tenant defines for itself (e.g. its own name for a department level), layered over the
 * built-in dictionary per language. They will come from the API; unknown keys are ignored.
 */
export type LabelOverrides = Partial<Record<Lang, Partial<Record<MessageKey, string>>>>;

export type Vars = Record<string, string | number>;

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(dictionaries.ko, key);
}

/** Keeps only known keys with non-empty text, so a label from the API cannot blank out the UI. */
export function labelOverrides(raw: Partial<Record<Lang, Record<string, unknown>>>): LabelOverrides {
  const result: LabelOverrides = {};
  for (const lang of LANGS) {
    const entries = Object.entries(raw[lang] ?? {}).filter(
      (e): e is [MessageKey, string] => isMessageKey(e[0]) && typeof e[1] === 'string' && e[1].trim() !== '',
    );
    if (entries.length) result[lang] = Object.fromEntries(entries);
  }
  return result;
}

export function translate(lang: Lang, key: MessageKey, vars?: Vars, overrides?: LabelOverrides): string {
  const template = overrides?.[lang]?.[key] ?? dictionaries[lang][key] ?? dictionaries.ko[key] ?? key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}
