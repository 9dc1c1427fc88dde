import { daysBetween, planFigures, planProblems, stepFigures, type ActionStep } from './action-plan';

const TODAY = '2026-11-27';
/** A step started `elapsed` days before today (and, when done, ended `actual` days after its start). */
const step = (
  weight: number,
  plannedDays: number,
  elapsed: number,
  progress: number,
  actual?: number,
): ActionStep => {
  const start = new Date(Date.parse(`${TODAY}T00:00:00Z`) - elapsed * 86_400_000).toISOString().slice(0, 10);
  const end =
    actual === undefined
      ? null
      : new Date(Date.parse(`${start}T00:00:00Z`) + actual * 86_400_000).toISOString().slice(0, 10);
  return { weight, plannedDays, startedOn: start, endedOn: end, progress };
};

/** Busan's example (the first three steps of a plan): 서류검토 20 % 10/5 days 100 %, 현장조사 15 % 20/15 30 %, 협의중재 30 % 40/30 50 %. */
const BUSAN = [step(20, 10, 40, 100, 5), step(15, 20, 15, 30), step(30, 40, 30, 50)];

describe("Busan's action plan", () => {
  const f = planFigures(BUSAN, TODAY);

  it('derives the task progress: 20 × 100 % + 15 × 30 % + 30 × 50 % = 39.5 %', () => {
    expect(f.steps.map((s) => s.contribution)).toEqual([20, 4.5, 15]);
    expect(f.progress).toBe(39.5);
    expect(f.weightTotal).toBe(65);
  });

  it('gives the finished step full compliance (5 of 10 days) and none yet to the running ones', () => {
    expect(f.steps.map((s) => [s.status, s.actualDays, s.compliance])).toEqual([
      ['DONE', 5, 100],
      ['IN_PROGRESS', 15, null],
      ['IN_PROGRESS', 30, null],
    ]);
    expect(f.compliance).toBe(100);
  });

  it('flags both running steps as behind (75 % of their days used, 30 % and 50 % done), none overdue', () => {
    expect(f.steps.map((s) => [s.behind, s.overdue])).toEqual([
      [false, false],
      [true, false],
      [true, false],
    ]);
    expect(f.overdueSteps).toBe(0);
  });

  it('may be saved (65 % ≤ 100 %) but not approved until the weights reach 100 %', () => {
    expect(planProblems(BUSAN)).toEqual([]);
    expect(planProblems(BUSAN, true)).toEqual([
      {
        path: 'steps',
        ko: '가중치의 합이 100%일 때만 계획을 확정할 수 있습니다(지금 65%).',
        en: 'A plan can be approved only when its weights add up to 100 % (now 65 %).',
      },
    ]);
    expect(planProblems([...BUSAN, step(35, 30, 0, 0)], true)).toEqual([]);
  });
});

describe('figures at the edges', () => {
  it('weighs compliance by the finished steps’ weights: 10 days planned, 20 taken is 50 %', () => {
    const f = planFigures([step(60, 10, 30, 100, 10), step(40, 10, 30, 100, 20)], TODAY);
    expect(f.steps.map((s) => s.compliance)).toEqual([100, 50]);
    expect(f.compliance).toBe(80);
    expect(f.progress).toBe(100);
  });

  it('marks a running step past its planned days overdue, and a step not begun neither', () => {
    const [late, waiting] = planFigures(
      [step(50, 10, 11, 90), { ...step(50, 10, 0, 0), startedOn: null }],
      TODAY,
    ).steps;
    expect(late).toMatchObject({ status: 'IN_PROGRESS', actualDays: 11, overdue: true, behind: true });
    expect(waiting).toEqual({
      status: 'NOT_STARTED',
      actualDays: null,
      compliance: null,
      overdue: false,
      behind: false,
      contribution: 0,
    });
  });

  it('finishes a step on the day it starts with full compliance', () => {
    expect(stepFigures(step(10, 1, 3, 100, 0), TODAY)).toMatchObject({
      status: 'DONE',
      actualDays: 0,
      compliance: 100,
    });
  });

  it('gives an empty plan no progress and no compliance', () => {
    expect(planFigures([], TODAY)).toEqual({
      steps: [],
      weightTotal: 0,
      progress: 0,
      compliance: null,
      overdueSteps: 0,
    });
  });

  it('rounds one decimal: weights 33 × 1 % is 0.3', () => {
    expect(planFigures([step(33, 5, 1, 1)], TODAY).progress).toBe(0.3);
    expect(planFigures([step(3, 7, 30, 100, 9)], TODAY).steps[0].compliance).toBe(77.8);
  });

  it('counts days without the first one', () => {
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
    expect(daysBetween('2026-11-27', '2026-11-27')).toBe(0);
  });
});

describe('refusals', () => {
  it.each([
    ['weights over 100 %', [step(60, 10, 0, 0), step(41, 10, 0, 0)], 'steps', 'over 100 %'],
    ['zero planned days', [step(10, 0, 0, 0)], 'steps[0].plannedDays', 'Planned days'],
    ['a weight of 0', [step(0, 5, 0, 0)], 'steps[0].weight', 'weight'],
    ['a fractional weight', [step(12.5, 5, 0, 0)], 'steps[0].weight', 'weight'],
    ['progress over 100', [step(10, 5, 1, 101)], 'steps[0].progress', 'Progress'],
    [
      'an end before the start',
      [{ ...step(10, 5, 3, 100), endedOn: '2026-11-01' }],
      'steps[0].endedOn',
      'before the start',
    ],
    [
      'an end without a start',
      [{ weight: 10, plannedDays: 5, startedOn: null, endedOn: TODAY, progress: 100 }],
      'steps[0].endedOn',
      'before it starts',
    ],
    ['an end below 100 %', [step(10, 5, 3, 70, 2)], 'steps[0].progress', 'finished step'],
    [
      'progress without a start',
      [{ weight: 10, plannedDays: 5, startedOn: null, endedOn: null, progress: 10 }],
      'steps[0].startedOn',
      'start date',
    ],
  ] as const)('refuses %s', (_, steps, path, words) => {
    const problems = planProblems(steps as readonly ActionStep[]);
    expect(problems.map((p) => p.path)).toContain(path);
    expect(problems.find((p) => p.path === path)!.en).toContain(words);
    expect(problems.every((p) => p.ko.length > 0)).toBe(true);
  });

  it('refuses more than 30 steps', () => {
    expect(planProblems(Array.from({ length: 31 }, () => step(1, 1, 0, 0)))[0].path).toBe('steps');
  });
});
