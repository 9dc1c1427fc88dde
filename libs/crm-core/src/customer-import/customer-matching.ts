import { hangulInitials, nameKey } from '../customer-keys';
import type { ImportRecord } from './import-record';

/** An ACTIVE customer near an incoming record by name or household (fuzzy candidates). */
export interface CandidateRow {
  id: string;
  name: string;
  sigungu: string | null;
  eupmyeondong: string | null;
  road_address: string | null;
  household_key: string | null;
}

export enum MatchReason {
  NAME_EXACT = 'NAME_EXACT',
  NAME_SIMILAR = 'NAME_SIMILAR',
  SAME_HOUSEHOLD = 'SAME_HOUSEHOLD',
  SAME_ROAD_ADDRESS = 'SAME_ROAD_ADDRESS',
  SAME_EUPMYEONDONG = 'SAME_EUPMYEONDONG',
  SAME_SIGUNGU = 'SAME_SIGUNGU',
}

/** From this score a fuzzy candidate goes to the review queue; below it the row creates a customer. */
export const REVIEW_THRESHOLD = 0.7;
const NAME_WEIGHT = 0.6;
const ADDRESS_WEIGHT = 0.4;

const bigrams = (s: string): string[] => {
  const chars = Array.from(s);
  return chars.length < 2 ? chars : chars.slice(1).map((c, i) => chars[i] + c);
};

/** Dice coefficient of the names' bigrams; equal 초성 with equal length count half (홍길동/홍길돈). */
export function nameSimilarity(a: string, b: string): number {
  const [x, y] = [nameKey(a), nameKey(b)];
  if (x === y) return 1;
  const [p, q] = [bigrams(x), bigrams(y)];
  const rest = [...q];
  let shared = 0;
  for (const g of p) {
    const i = rest.indexOf(g);
    if (i >= 0) {
      shared++;
      rest.splice(i, 1);
    }
  }
  const dice = p.length + q.length ? (2 * shared) / (p.length + q.length) : 0;
  const sameInitials = x.length === y.length && hangulInitials(x) === hangulInitials(y) ? 0.5 : 0;
  return Math.max(dice, sameInitials);
}

const compact = (s: string | null): string => (s ?? '').normalize('NFC').replace(/\s+/gu, '');

export function addressSimilarity(
  r: ImportRecord,
  household: string | null,
  c: CandidateRow,
): { score: number; reason: MatchReason | null } {
  if (household && household === c.household_key) return { score: 1, reason: MatchReason.SAME_HOUSEHOLD };
  if (r.roadAddress && compact(r.roadAddress) === compact(c.road_address))
    return { score: 0.9, reason: MatchReason.SAME_ROAD_ADDRESS };
  if (r.sigungu && compact(r.sigungu) === compact(c.sigungu)) {
    return r.eupmyeondong && compact(r.eupmyeondong) === compact(c.eupmyeondong)
      ? { score: 0.6, reason: MatchReason.SAME_EUPMYEONDONG }
      : { score: 0.3, reason: MatchReason.SAME_SIGUNGU };
  }
  return { score: 0, reason: null };
}

export interface FuzzyMatch {
  candidateId: string;
  score: number;
  reasons: MatchReason[];
}

/** The best-scoring candidate at or above the review threshold, or null. */
export function bestFuzzyMatch(
  r: ImportRecord,
  household: string | null,
  candidates: readonly CandidateRow[],
): FuzzyMatch | null {
  let best: FuzzyMatch | null = null;
  for (const c of candidates) {
    const name = nameSimilarity(r.name, c.name);
    const address = addressSimilarity(r, household, c);
    const score = Math.round((NAME_WEIGHT * name + ADDRESS_WEIGHT * address.score) * 100) / 100;
    if (score < REVIEW_THRESHOLD || (best && best.score >= score)) continue;
    const reasons = [name === 1 ? MatchReason.NAME_EXACT : MatchReason.NAME_SIMILAR];
    if (address.reason) reasons.push(address.reason);
    best = { candidateId: c.id, score, reasons };
  }
  return best;
}
