import { MatchReason, bestFuzzyMatch, nameSimilarity, type CandidateRow } from './customer-matching';
import type { ImportRecord } from './import-record';

const record = (over: Partial<ImportRecord>): ImportRecord => ({
  line: 2,
  partyType: 'PERSON',
  name: '홍길동',
  birthDate: null,
  sex: null,
  mobile: null,
  homePhone: null,
  workPhone: null,
  email: null,
  sido: null,
  sigungu: null,
  eupmyeondong: null,
  roadAddress: null,
  jibunAddress: null,
  buildingNo: null,
  addressDetail: null,
  postalCode: null,
  businessNo: null,
  representativeName: null,
  tags: [],
  customFields: {},
  ...over,
});

const candidate = (over: Partial<CandidateRow>): CandidateRow => ({
  id: 'c1',
  name: '홍길동',
  sigungu: null,
  eupmyeondong: null,
  road_address: null,
  household_key: null,
  ...over,
});

it('scores names: equal (spaces ignored), one syllable apart, equal initials, unrelated', () => {
  expect(nameSimilarity('홍길동', '홍 길동')).toBe(1);
  expect(nameSimilarity('홍길동', '홍길똥')).toBe(0.5);
  expect(nameSimilarity('김민수', '김민서')).toBe(0.5);
  expect(nameSimilarity('홍길동', '박지성')).toBe(0);
});

it('sends a same-name neighbour in the same 읍·면·동 to review, not one only in the same name', () => {
  const r = record({ sigungu: '강남구', eupmyeondong: '역삼동' });
  expect(bestFuzzyMatch(r, null, [candidate({ sigungu: '강남구', eupmyeondong: '역삼동' })])).toEqual({
    candidateId: 'c1',
    score: 0.84,
    reasons: [MatchReason.NAME_EXACT, MatchReason.SAME_EUPMYEONDONG],
  });
  expect(bestFuzzyMatch(r, null, [candidate({ sigungu: '서초구' })])).toBeNull();
  expect(bestFuzzyMatch(record({}), null, [candidate({})])).toBeNull();
});

it('picks the best candidate; a similar name in the same household reaches the threshold', () => {
  const r = record({ name: '홍길똥', roadAddress: '서울특별시 중구 세종대로 110' });
  const match = bestFuzzyMatch(r, 'h1', [
    candidate({ id: 'far', name: '홍길똥', sigungu: '부산진구' }),
    candidate({ id: 'home', household_key: 'h1' }),
  ]);
  expect(match).toEqual({
    candidateId: 'home',
    score: 0.7,
    reasons: [MatchReason.NAME_SIMILAR, MatchReason.SAME_HOUSEHOLD],
  });
});
