/** Which way an indicator's value is good. */
export enum Direction {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
}

/**
 * One evaluation band: a value at or past `threshold` (at least it when higher is better, at most it when
 * lower is better) earns `grade` and `score`; the last band has no threshold and takes every other value.
 */
export interface Band {
  grade: string;
  threshold: number | null;
  score: number;
}

export interface Evaluation {
  grade: string;
  score: number;
}

export const BAND_LIMITS = { minBands: 2, maxBands: 10, maxScore: 100 } as const;

const GRADE = /^[A-Z][A-Z0-9+-]{0,3}$/;

/** What is wrong with a band list (Korean, English), or null when it can be used. */
export function bandProblem(direction: Direction, bands: readonly Band[]): [string, string] | null {
  if (bands.length < BAND_LIMITS.minBands || bands.length > BAND_LIMITS.maxBands)
    return [
      `평가 구간은 ${BAND_LIMITS.minBands}–${BAND_LIMITS.maxBands}개여야 합니다.`,
      `There must be ${BAND_LIMITS.minBands} to ${BAND_LIMITS.maxBands} bands.`,
    ];
  if (bands.some((b) => !GRADE.test(b.grade)))
    return [
      '등급은 영문 대문자로 시작하는 4자 이하여야 합니다 (예: S, A, B+).',
      'A grade is up to 4 characters starting with a capital letter (e.g. S, A, B+).',
    ];
  if (new Set(bands.map((b) => b.grade)).size !== bands.length)
    return ['등급이 중복되었습니다.', 'A grade appears twice.'];
  if (bands.some((b) => !Number.isFinite(b.score) || b.score < 0 || b.score > BAND_LIMITS.maxScore))
    return [
      `점수는 0–${BAND_LIMITS.maxScore} 사이여야 합니다.`,
      `A score must be between 0 and ${BAND_LIMITS.maxScore}.`,
    ];
  const last = bands.at(-1)!;
  const bounded = bands.slice(0, -1);
  if (last.threshold !== null || bounded.some((b) => b.threshold === null || !Number.isFinite(b.threshold)))
    return [
      '마지막 구간만 기준값이 없어야 하고 나머지 구간은 모두 기준값이 있어야 합니다.',
      'Only the last band has no threshold; every other band needs one.',
    ];
  const higher = direction === Direction.HIGHER_IS_BETTER;
  for (let i = 1; i < bounded.length; i++) {
    const [prev, cur] = [bounded[i - 1], bounded[i]];
    if (higher ? cur.threshold! >= prev.threshold! : cur.threshold! <= prev.threshold!)
      return higher
        ? [
            '높을수록 좋은 지표의 기준값은 위 구간부터 차례로 작아져야 합니다.',
            'When higher is better, thresholds must decrease from the first band down.',
          ]
        : [
            '낮을수록 좋은 지표의 기준값은 위 구간부터 차례로 커져야 합니다.',
            'When lower is better, thresholds must increase from the first band down.',
          ];
  }
  for (let i = 1; i < bands.length; i++)
    if (bands[i].score > bands[i - 1].score)
      return [
        '아래 구간의 점수가 위 구간보다 높을 수 없습니다.',
        'A lower band cannot score more than the band above it.',
      ];
  return null;
}

/** The band a value falls in; null when there is no value (nothing was counted in the period). */
export function evaluate(
  direction: Direction,
  bands: readonly Band[],
  value: number | null,
): Evaluation | null {
  if (value === null) return null;
  const higher = direction === Direction.HIGHER_IS_BETTER;
  const band =
    bands.find((b) => b.threshold === null || (higher ? value >= b.threshold : value <= b.threshold)) ??
    bands.at(-1)!;
  return { grade: band.grade, score: band.score };
}
