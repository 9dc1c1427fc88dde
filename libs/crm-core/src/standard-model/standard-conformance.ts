import type { StandardTerm } from '@pcrm/customization';
import { STANDARD_INDICATORS, type IndicatorDefinition } from '../performance-indicators';
import type { WorkflowOverlay } from '../workflow-overlays';
import type { StandardModelVersion } from './standard-catalogue';
import {
  StandardArea,
  collect,
  indicatorElement,
  same,
  termElement,
  versionElements,
  type Element,
  type Elements,
} from './standard-elements';

export enum ConformanceStatus {
  /** The tenant's own element, not in the standard. */
  ADDED = 'ADDED',
  /** A standard element the tenant changed. */
  CHANGED = 'CHANGED',
  /** A standard element the tenant switched off or removed. */
  DISABLED = 'DISABLED',
}

export interface ConformanceItem {
  area: StandardArea;
  key: string;
  status: ConformanceStatus;
  standard: unknown;
  tenant: unknown;
}

export interface ConformanceAreaSummary {
  area: StandardArea;
  standardCount: number;
  unchanged: number;
  changed: number;
  disabled: number;
  added: number;
}

export interface ConformanceReport {
  standardVersion: number;
  /** Unchanged standard elements ÷ all standard elements, 0–1, four decimals (docs/adr/0026). */
  score: number;
  standardElements: number;
  unchangedElements: number;
  areas: ConformanceAreaSummary[];
  items: ConformanceItem[];
}

/** What a tenant has of the workflow and terms, next to its reference data and fields. */
export interface TenantCustomization {
  elements: Elements;
  overlay: WorkflowOverlay | null;
  termOverrides: ReadonlyMap<string, { ko: string | null; en: string | null }>;
  /** The indicators in effect: the standard set with the tenant's overrides, then its own. */
  indicators: readonly IndicatorDefinition[];
}

const nonEmpty = (o: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );

/** The workflow as elements: a standard state or transition's value is the tenant's change to it (none: `{}`). */
function workflowElements(v: StandardModelVersion, overlay: WorkflowOverlay | null) {
  const standard: Element[] = [];
  const tenant: Element[] = [];
  for (const state of Object.keys(v.workflow.states)) {
    standard.push({ area: StandardArea.WORKFLOW, key: `state.${state}`, value: {} });
    const change = overlay?.standardStates?.[state] ?? {};
    tenant.push({ area: StandardArea.WORKFLOW, key: `state.${state}`, value: nonEmpty({ ...change }) });
  }
  for (const t of v.workflow.transitions) {
    standard.push({ area: StandardArea.WORKFLOW, key: `transition.${t.event}`, value: {} });
    const { disabled, ...change } = overlay?.standardTransitions?.[t.event] ?? {};
    tenant.push({
      area: StandardArea.WORKFLOW,
      key: `transition.${t.event}`,
      value: nonEmpty({ ...change }),
      disabled: disabled === true,
    });
  }
  for (const [state, s] of Object.entries(overlay?.states ?? {}))
    tenant.push({ area: StandardArea.WORKFLOW, key: `state.${state}`, value: s });
  for (const t of overlay?.transitions ?? [])
    tenant.push({ area: StandardArea.WORKFLOW, key: `transition.${t.event}`, value: t });
  return { standard, tenant };
}

function termElements(terms: readonly StandardTerm[], overrides: TenantCustomization['termOverrides']) {
  return {
    standard: terms.map((t) => termElement(t)),
    tenant: terms.map((t) => termElement(t, overrides.get(t.key))),
  };
}

/**
 * What the tenant added, changed and switched off against its standard version, with one score: the share
 * of the standard's elements it uses unchanged. Additions do not lower the score: the standard is meant to
 * be extended, not forked.
 */
export function conformanceReport(
  version: StandardModelVersion,
  terms: readonly StandardTerm[],
  mine: TenantCustomization,
): ConformanceReport {
  const workflow = workflowElements(version, mine.overlay);
  const words = termElements(terms, mine.termOverrides);
  const standard = collect([
    ...versionElements(version).values(),
    ...workflow.standard,
    ...words.standard,
    ...STANDARD_INDICATORS.map(indicatorElement),
  ]);
  const tenant = collect([
    ...mine.elements.values(),
    ...workflow.tenant,
    ...words.tenant,
    ...mine.indicators.map(indicatorElement),
  ]);
  const items: ConformanceItem[] = [];
  const summaries = new Map<StandardArea, ConformanceAreaSummary>(
    Object.values(StandardArea).map((area) => [
      area,
      { area, standardCount: 0, unchanged: 0, changed: 0, disabled: 0, added: 0 },
    ]),
  );
  let unchanged = 0;
  for (const [id, s] of standard) {
    const t = tenant.get(id);
    const summary = summaries.get(s.area)!;
    summary.standardCount++;
    const status =
      !t || t.disabled
        ? ConformanceStatus.DISABLED
        : same(t.value, s.value)
          ? null
          : ConformanceStatus.CHANGED;
    if (!status) {
      unchanged++;
      summary.unchanged++;
      continue;
    }
    if (status === ConformanceStatus.DISABLED) summary.disabled++;
    else summary.changed++;
    items.push({ area: s.area, key: s.key, status, standard: s.value, tenant: t?.value ?? null });
  }
  for (const [id, t] of tenant) {
    if (standard.has(id)) continue;
    summaries.get(t.area)!.added++;
    items.push({
      area: t.area,
      key: t.key,
      status: ConformanceStatus.ADDED,
      standard: null,
      tenant: t.value,
    });
  }
  return {
    standardVersion: version.version,
    score: standard.size ? Math.round((unchanged / standard.size) * 10_000) / 10_000 : 1,
    standardElements: standard.size,
    unchangedElements: unchanged,
    areas: [...summaries.values()],
    items,
  };
}
