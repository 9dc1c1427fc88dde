import { badInput } from '@pcrm/tenancy';
import { STANDARD_MODEL_VERSIONS } from './standard-catalogue';
import { AREA_LABELS, same, type Element, type Elements, type StandardArea } from './standard-elements';

export enum StandardChangeKind {
  /** The standard adds an element the tenant does not have. */
  ADD = 'ADD',
  /** The standard changes an element the tenant uses unchanged. */
  CHANGE = 'CHANGE',
}

export enum StandardConflictKind {
  /** The standard adds an element under a key the tenant already uses for its own. */
  KEY_TAKEN = 'KEY_TAKEN',
  /** The standard changes an element the tenant has changed too. */
  OVERRIDDEN = 'OVERRIDDEN',
  /** The standard changes an element the tenant has switched off. */
  DISABLED = 'DISABLED',
}

export enum StandardResolutionChoice {
  KEEP_TENANT = 'KEEP_TENANT',
  TAKE_STANDARD = 'TAKE_STANDARD',
}

export interface PlannedChange {
  /** `<area>:<key>`: what a resolution names. */
  id: string;
  area: StandardArea;
  key: string;
  kind: StandardChangeKind;
  conflict: StandardConflictKind | null;
  /** The element in the tenant's current standard version (null: the standard did not have it). */
  standardBefore: unknown;
  /** What the next version wants. */
  standardAfter: unknown;
  /** What the tenant has (null: nothing). */
  tenant: unknown;
  tenantDisabled: boolean;
  explanationKo: string;
  explanationEn: string;
}

const explain = (
  area: StandardArea,
  key: string,
  kind: StandardChangeKind,
  conflict: StandardConflictKind | null,
): { ko: string; en: string } => {
  const { ko, en } = AREA_LABELS[area];
  switch (conflict) {
    case StandardConflictKind.KEY_TAKEN:
      return {
        ko: `표준이 새로 정하는 ${ko} '${key}'와(과) 같은 키를 이 기관이 이미 다르게 정의해 쓰고 있습니다.`,
        en: `The standard adds the ${en} '${key}', but this tenant already defined its own under that key.`,
      };
    case StandardConflictKind.OVERRIDDEN:
      return {
        ko: `이 기관이 바꾼 ${ko} '${key}'을(를) 새 표준도 바꿉니다.`,
        en: `The new standard changes the ${en} '${key}', which this tenant has changed too.`,
      };
    case StandardConflictKind.DISABLED:
      return {
        ko: `이 기관이 사용 중지한 ${ko} '${key}'을(를) 새 표준이 바꿉니다.`,
        en: `The new standard changes the ${en} '${key}', which this tenant has switched off.`,
      };
    default:
      return kind === StandardChangeKind.ADD
        ? {
            ko: `새 표준이 ${ko} '${key}'을(를) 추가합니다.`,
            en: `The new standard adds the ${en} '${key}'.`,
          }
        : {
            ko: `새 표준이 ${ko} '${key}'을(를) 바꿉니다 (이 기관은 이전 표준 그대로 사용 중).`,
            en: `The new standard changes the ${en} '${key}' (this tenant uses the previous standard's unchanged).`,
          };
  }
};

/**
 * Every change from one standard version to the next, against what the tenant has: an element the versions
 * agree on is no change; an element the tenant already has as the new version wants needs nothing; otherwise
 * it is added or changed when the tenant has not touched it, and a conflict when it has (docs/adr/0026).
 */
export function upgradePlan(from: Elements, to: Elements, tenant: Elements): PlannedChange[] {
  const plan: PlannedChange[] = [];
  for (const [id, next] of to) {
    const before = from.get(id);
    if (before && same(before.value, next.value)) continue;
    const mine: Element | undefined = tenant.get(id);
    if (mine && !mine.disabled && same(mine.value, next.value)) continue;
    const kind = before ? StandardChangeKind.CHANGE : StandardChangeKind.ADD;
    // A standard element the tenant removed (a deleted period) counts as switched off.
    const conflict = !mine
      ? before
        ? StandardConflictKind.DISABLED
        : null
      : mine.disabled
        ? StandardConflictKind.DISABLED
        : !before
          ? StandardConflictKind.KEY_TAKEN
          : same(mine.value, before.value)
            ? null
            : StandardConflictKind.OVERRIDDEN;
    const { ko, en } = explain(next.area, next.key, kind, conflict);
    plan.push({
      id,
      area: next.area,
      key: next.key,
      kind,
      conflict,
      standardBefore: before?.value ?? null,
      standardAfter: next.value,
      tenant: mine?.value ?? null,
      tenantDisabled: mine?.disabled ?? false,
      explanationKo: ko,
      explanationEn: en,
    });
  }
  return plan;
}

/** Only the next version of the catalogue may be applied: unknown, skipped or earlier versions are refused. */
export function checkUpgradeTarget(
  current: number,
  to: number,
  versions: readonly number[] = STANDARD_MODEL_VERSIONS.map((v) => v.version),
): void {
  const latest = Math.max(...versions);
  if (!Number.isInteger(to) || !versions.includes(to))
    throw badInput(
      'toVersion',
      `표준 모델 ${to}판은 없습니다 (1–${latest}판).`,
      `There is no standard version ${to} (1–${latest}).`,
    );
  if (to <= current)
    throw badInput(
      'toVersion',
      `이미 표준 모델 ${current}판입니다. 이전 판으로 되돌리거나 같은 판을 다시 적용할 수 없습니다.`,
      `This tenant already runs standard version ${current}; going back or re-applying is not possible.`,
    );
  if (to > current + 1)
    throw badInput(
      'toVersion',
      `표준 모델은 한 판씩 적용합니다: 먼저 ${current + 1}판을 적용해 주세요.`,
      `Standard versions are applied one at a time: apply version ${current + 1} first.`,
    );
}
