/**
 * The figures of a task's action plan (해결방법: 순위, 가중치, 계획처리기간, 실제처리기간, 처리기간준수도,
 * 과제진행률), derived from what an officer records — each step's weight, planned days, dates and progress —
 * never typed in (issue 10 #2, docs/adr/0028). Pure: the same steps and day give the same figures in the API,
 * the roll-up jobs and the tests.
 */

/** A step as recorded. Dates are `YYYY-MM-DD` in Korean time; `progress` is the officer's 0–100. */
export interface ActionStep {
  /** Share of the task, whole percent 1–100. */
  weight: number;
  /** 계획처리기간 in calendar days, at least 1. */
  plannedDays: number;
  startedOn: string | null;
  /** Set when the step is finished (progress 100). */
  endedOn: string | null;
  progress: number;
}

export const StepStatus = { NOT_STARTED: 'NOT_STARTED', IN_PROGRESS: 'IN_PROGRESS', DONE: 'DONE' } as const;
export type StepStatus = (typeof StepStatus)[keyof typeof StepStatus];

export interface StepFigures {
  status: StepStatus;
  /** 실제처리기간: days from start to end, or to `today` while the step runs; null before it starts. */
  actualDays: number | null;
  /** 처리기간준수도 of a finished step: 100 within the planned days, else planned ÷ actual; null until done. */
  compliance: number | null;
  /** Running (or not started while the plan says it should have) past its planned days. */
  overdue: boolean;
  /** Running with less done than the share of its planned days already used. */
  behind: boolean;
  /** weight × progress ÷ 100: what the step adds to the task's progress. */
  contribution: number;
}

export interface PlanFigures {
  steps: StepFigures[];
  /** Σ weights; a plan may be approved only at exactly 100. */
  weightTotal: number;
  /** 과제진행률: Σ weight × progress ÷ 100, one decimal. */
  progress: number;
  /** Weighted mean of the finished steps' compliance (their weights), one decimal; null before any finishes. */
  compliance: number | null;
  overdueSteps: number;
}

export const PLAN_LIMITS = { steps: 30, plannedDays: 3_650, weightTotal: 100 } as const;

/** One decimal, half away from zero, as the screens and exports print it. */
const oneDecimal = (n: number): number => Math.round(n * 10 + Number.EPSILON * Math.sign(n)) / 10;

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (dates `YYYY-MM-DD`); the first day is not counted (초일 불산입). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function stepFigures(step: ActionStep, today: string): StepFigures {
  const contribution = oneDecimal((step.weight * step.progress) / 100);
  if (!step.startedOn)
    return {
      status: StepStatus.NOT_STARTED,
      actualDays: null,
      compliance: null,
      overdue: false,
      behind: false,
      contribution,
    };
  const done = step.endedOn !== null && step.progress === 100;
  const actualDays = daysBetween(step.startedOn, done ? step.endedOn! : today);
  if (done)
    return {
      status: StepStatus.DONE,
      actualDays,
      compliance: actualDays <= step.plannedDays ? 100 : oneDecimal((step.plannedDays / actualDays) * 100),
      overdue: false,
      behind: false,
      contribution,
    };
  return {
    status: StepStatus.IN_PROGRESS,
    actualDays,
    compliance: null,
    overdue: actualDays > step.plannedDays,
    behind: step.progress < (Math.min(actualDays, step.plannedDays) / step.plannedDays) * 100,
    contribution,
  };
}

/** Every figure of a plan on `today` (the Korean date the figures are read). */
export function planFigures(steps: readonly ActionStep[], today: string): PlanFigures {
  const figures = steps.map((s) => stepFigures(s, today));
  const weightTotal = steps.reduce((sum, s) => sum + s.weight, 0);
  const finished = steps.flatMap((s, i) =>
    figures[i].compliance === null ? [] : [{ s, c: figures[i].compliance! }],
  );
  const finishedWeight = finished.reduce((sum, f) => sum + f.s.weight, 0);
  return {
    steps: figures,
    weightTotal,
    progress: oneDecimal(steps.reduce((sum, s) => sum + (s.weight * s.progress) / 100, 0)),
    compliance: finishedWeight
      ? oneDecimal(finished.reduce((sum, f) => sum + f.s.weight * f.c, 0) / finishedWeight)
      : null,
    overdueSteps: figures.filter((f) => f.overdue).length,
  };
}

/** What is wrong with a plan as recorded, each with the path of the offending value; empty when nothing. */
export interface PlanProblem {
  path: string;
  ko: string;
  en: string;
}

/**
 * The checks every save of a plan passes (weights never over 100 %, planned days at least 1, dates in order,
 * progress 0–100, a finished step dated); `forApproval` adds that the weights sum to exactly 100 %.
 */
export function planProblems(steps: readonly ActionStep[], forApproval = false): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const add = (path: string, ko: string, en: string) => problems.push({ path, ko, en });
  if (steps.length > PLAN_LIMITS.steps)
    add('steps', `단계는 ${PLAN_LIMITS.steps}개까지입니다.`, `At most ${PLAN_LIMITS.steps} steps.`);
  steps.forEach((s, i) => {
    const at = `steps[${i}]`;
    if (!Number.isInteger(s.weight) || s.weight < 1 || s.weight > 100)
      add(
        `${at}.weight`,
        '가중치는 1~100 사이의 정수(%)입니다.',
        'A weight is a whole percent from 1 to 100.',
      );
    if (!Number.isInteger(s.plannedDays) || s.plannedDays < 1 || s.plannedDays > PLAN_LIMITS.plannedDays)
      add(
        `${at}.plannedDays`,
        `계획처리기간은 1~${PLAN_LIMITS.plannedDays}일입니다.`,
        `Planned days run from 1 to ${PLAN_LIMITS.plannedDays}.`,
      );
    if (!Number.isInteger(s.progress) || s.progress < 0 || s.progress > 100)
      add(
        `${at}.progress`,
        '진행률은 0~100 사이의 정수(%)입니다.',
        'Progress is a whole percent from 0 to 100.',
      );
    if (s.endedOn && !s.startedOn)
      add(`${at}.endedOn`, '시작일 없이 종료일을 적을 수 없습니다.', 'A step cannot end before it starts.');
    if (s.endedOn && s.startedOn && s.endedOn < s.startedOn)
      add(`${at}.endedOn`, '종료일이 시작일보다 빠릅니다.', 'The end date is before the start date.');
    if (s.endedOn && s.progress !== 100)
      add(`${at}.progress`, '종료한 단계의 진행률은 100%입니다.', 'A finished step is 100 % done.');
    if (s.progress > 0 && !s.startedOn)
      add(
        `${at}.startedOn`,
        '진행한 단계에는 시작일이 필요합니다.',
        'A step with progress needs a start date.',
      );
  });
  const total = steps.reduce((sum, s) => sum + (Number.isFinite(s.weight) ? s.weight : 0), 0);
  if (total > PLAN_LIMITS.weightTotal)
    add(
      'steps',
      `가중치의 합(${total}%)이 100%를 넘습니다.`,
      `The weights add up to ${total} %, over 100 %.`,
    );
  else if (forApproval && total !== PLAN_LIMITS.weightTotal)
    add(
      'steps',
      `가중치의 합이 100%일 때만 계획을 확정할 수 있습니다(지금 ${total}%).`,
      `A plan can be approved only when its weights add up to 100 % (now ${total} %).`,
    );
  return problems;
}
