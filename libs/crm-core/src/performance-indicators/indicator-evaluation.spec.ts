import { bandProblem, Direction, evaluate, type Band } from './indicator-evaluation';

const HIGHER: Band[] = [
  { grade: 'S', threshold: 95, score: 100 },
  { grade: 'A', threshold: 90, score: 90 },
  { grade: 'B', threshold: 80, score: 75 },
  { grade: 'D', threshold: null, score: 50 },
];
const LOWER: Band[] = [
  { grade: 'S', threshold: 5, score: 100 },
  { grade: 'A', threshold: 10, score: 80 },
  { grade: 'D', threshold: null, score: 40 },
];

describe('evaluate', () => {
  it.each([
    [100, 'S', 100],
    [95, 'S', 100],
    [94.99, 'A', 90],
    [90, 'A', 90],
    [80, 'B', 75],
    [79.9, 'D', 50],
    [0, 'D', 50],
  ])('higher is better: %p → %s (%p)', (value, grade, score) => {
    expect(evaluate(Direction.HIGHER_IS_BETTER, HIGHER, value)).toEqual({ grade, score });
  });

  it.each([
    [0, 'S', 100],
    [5, 'S', 100],
    [5.01, 'A', 80],
    [10, 'A', 80],
    [10.01, 'D', 40],
  ])('lower is better: %p → %s (%p)', (value, grade, score) => {
    expect(evaluate(Direction.LOWER_IS_BETTER, LOWER, value)).toEqual({ grade, score });
  });

  it('gives no grade without a value', () => {
    expect(evaluate(Direction.HIGHER_IS_BETTER, HIGHER, null)).toBeNull();
  });
});

describe('bandProblem', () => {
  it('accepts well-formed bands', () => {
    expect(bandProblem(Direction.HIGHER_IS_BETTER, HIGHER)).toBeNull();
    expect(bandProblem(Direction.LOWER_IS_BETTER, LOWER)).toBeNull();
  });

  it.each<[string, Direction, Band[], RegExp]>([
    ['one band', Direction.HIGHER_IS_BETTER, [{ grade: 'A', threshold: null, score: 1 }], /2–10/],
    ['thresholds the wrong way', Direction.LOWER_IS_BETTER, HIGHER, /커져야/],
    ['increasing when higher is better', Direction.HIGHER_IS_BETTER, LOWER, /작아져야/],
    [
      'a last band with a threshold',
      Direction.HIGHER_IS_BETTER,
      [
        { grade: 'A', threshold: 90, score: 100 },
        { grade: 'B', threshold: 80, score: 50 },
      ],
      /마지막 구간/,
    ],
    [
      'a duplicate grade',
      Direction.HIGHER_IS_BETTER,
      [
        { grade: 'A', threshold: 90, score: 100 },
        { grade: 'A', threshold: null, score: 50 },
      ],
      /중복/,
    ],
    [
      'a score over 100',
      Direction.HIGHER_IS_BETTER,
      [
        { grade: 'A', threshold: 90, score: 101 },
        { grade: 'B', threshold: null, score: 50 },
      ],
      /0–100/,
    ],
    [
      'a lower band scoring more',
      Direction.HIGHER_IS_BETTER,
      [
        { grade: 'A', threshold: 90, score: 50 },
        { grade: 'B', threshold: null, score: 60 },
      ],
      /점수가/,
    ],
  ])('refuses %s', (_, direction, bands, message) => {
    expect(bandProblem(direction, bands)?.[0]).toMatch(message);
  });
});
