/**
 * The overlay as the editor holds it (the API's `WorkflowData`, docs/adr/0023). The server checks it strictly;
 * these types only keep the editor's own code honest.
 */
export type Clock = 'RUNNING' | 'PAUSED' | 'STOPPED';
export type ConditionOp = 'eq' | 'neq' | 'in' | 'empty' | 'notEmpty';
export type Condition =
  | { kind: 'role'; roles: string[] }
  | { kind: 'field'; field: string; op: ConditionOp; value?: string | boolean | number | string[] };
export type Effect =
  | { kind: 'notify'; target: 'officer' | 'role'; role?: string }
  | { kind: 'assign'; departmentCode: string }
  | { kind: 'followUp'; departmentCode?: string };
export interface Deadline {
  value: number;
  unit: 'BUSINESS_DAYS' | 'BUSINESS_HOURS';
  atRiskShare?: number;
}
export interface AddedState {
  labelKo: string;
  labelEn: string;
  clock: Clock;
  deadline?: Deadline;
  onEnter?: Effect[];
}
export interface StandardStateChange {
  labelKo?: string;
  labelEn?: string;
  deadline?: Deadline;
  onEnter?: Effect[];
}
export interface AddedTransition {
  event: string;
  from: string[];
  to?: string;
  labelKo: string;
  labelEn: string;
  requires?: string[];
  when?: Condition[];
  effects?: Effect[];
}
export interface StandardTransitionChange {
  alsoFrom?: string[];
  when?: Condition[];
  effects?: Effect[];
  disabled?: boolean;
}
export interface Overlay {
  states?: Record<string, AddedState>;
  standardStates?: Record<string, StandardStateChange>;
  transitions?: AddedTransition[];
  standardTransitions?: Record<string, StandardTransitionChange>;
}

export const CLOCKS: Clock[] = ['RUNNING', 'PAUSED', 'STOPPED'];
export const OPS: ConditionOp[] = ['eq', 'neq', 'in', 'empty', 'notEmpty'];
export const CORE_FIELDS = ['kind', 'channel', 'handlingClass', 'categoryCode'];
export const ROLES = ['agent', 'officer', 'manager', 'tenant-admin', 'integrator'];
export const REQUIREMENTS = ['comment', 'reason', 'department', 'officer', 'answer', 'agency', 'newDueAt'];
export const OPTIONAL_STANDARD_EVENTS = ['REASSIGN', 'EXTEND'];
export const INVARIANT_EVENTS = ['OPEN_SURVEY', 'CLOSE'];

/** Drops empty lists and objects so the saved overlay holds only what the tenant changed. */
export function tidy(overlay: Overlay): Overlay {
  const clean = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(clean);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        const c = clean(x);
        if (c === undefined || c === '' || (Array.isArray(c) && !c.length && k !== 'from' && k !== 'roles'))
          continue;
        if (c && typeof c === 'object' && !Array.isArray(c) && !Object.keys(c).length && k !== 'overlay')
          continue;
        out[k] = c;
      }
      return out;
    }
    return v;
  };
  return clean(overlay) as Overlay;
}

/** The DOM id of the editor item a problem path points at (the problem list links to it). */
export function anchorFor(path: string): string {
  const m =
    /^(states|standardStates|standardTransitions)\.([A-Za-z0-9_ -]+)/.exec(path) ??
    /^(transitions)\[(\d+)\]/.exec(path);
  return m ? `wf-${m[1]}-${m[2].replace(/[^A-Za-z0-9_-]/g, '_')}` : 'wf-editor';
}
