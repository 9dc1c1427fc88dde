import { Random, Weighted } from './random';

/**
 * Korean surnames with their share of the population in ‰ (통계청 인구주택총조사 2015: 김 21.5 %, 이 14.7 %,
 * 박 8.4 % … the 80 most common, two-syllable 남궁·황보·제갈·선우·독고 included).
 */
// prettier-ignore
const SURNAME_SHARE: readonly (readonly [string, number])[] = [
  ['김', 215], ['이', 147], ['박', 84], ['최', 47], ['정', 43], ['강', 23], ['조', 21], ['윤', 20],
  ['장', 20], ['임', 17], ['한', 15], ['오', 15], ['서', 15], ['신', 15], ['권', 14], ['황', 14],
  ['안', 14], ['송', 13], ['전', 11], ['홍', 11], ['유', 11], ['고', 9], ['문', 9], ['양', 9],
  ['손', 9], ['배', 8], ['백', 8], ['허', 7], ['남', 6], ['심', 5], ['노', 4], ['하', 4],
  ['곽', 4], ['성', 4], ['차', 4], ['주', 4], ['우', 4], ['구', 4], ['민', 3], ['류', 3],
  ['나', 3], ['진', 3], ['지', 3], ['엄', 3], ['채', 3], ['원', 3], ['천', 2], ['방', 2],
  ['공', 2], ['현', 2], ['함', 2], ['변', 2], ['염', 2], ['여', 2], ['추', 1], ['도', 1],
  ['소', 1], ['석', 1], ['선', 1], ['설', 1], ['마', 1], ['길', 1], ['연', 1], ['위', 1],
  ['표', 1], ['명', 1], ['기', 1], ['반', 1], ['왕', 1], ['금', 1], ['옥', 1], ['육', 1],
  ['인', 1], ['맹', 0.5], ['제', 0.5], ['모', 0.5], ['탁', 0.5], ['국', 0.5], ['남궁', 0.2],
  ['황보', 0.2], ['제갈', 0.1], ['선우', 0.1], ['독고', 0.05],
];
export const SURNAMES = new Weighted(SURNAME_SHARE);

export type Sex = 'MALE' | 'FEMALE';

/** The most given names of each birth decade (대법원 출생신고 통계, earlier decades from 통계청 surveys). */
const GIVEN_NAMES: Record<Sex, readonly (readonly [number, readonly string[]])[]> = {
  MALE: [
    [1940, ['영수', '영호', '영식', '정수', '상철', '종수', '영길', '용수', '병철', '만수', '재석', '기철']],
    [1950, ['영수', '영호', '영식', '영철', '정수', '정호', '광수', '성수', '상훈', '종호', '경수', '병호']],
    [1960, ['영수', '성호', '정호', '성수', '영철', '상철', '경호', '정훈', '성진', '종훈', '동훈', '재호']],
    [1970, ['정훈', '성훈', '상훈', '성호', '성민', '재훈', '지훈', '정호', '영진', '준호', '동현', '상현']],
    [1980, ['지훈', '성민', '현우', '정훈', '성현', '준호', '민수', '동현', '진우', '민호', '상현', '준영']],
    [1990, ['민수', '지훈', '현우', '준호', '동현', '민재', '성민', '승현', '정민', '민석', '준영', '상우']],
    [2000, ['민준', '현우', '동현', '준혁', '민재', '도현', '지훈', '준영', '승민', '건우', '우진', '지호']],
    [2010, ['민준', '서준', '도윤', '예준', '시우', '하준', '주원', '지호', '지후', '준우', '준서', '은우']],
  ],
  FEMALE: [
    [1940, ['순자', '영자', '정자', '영숙', '옥순', '순희', '말순', '정순', '춘자', '영순', '복순', '경자']],
    [1950, ['영숙', '정숙', '영희', '명숙', '경숙', '순자', '영자', '정희', '춘자', '정순', '미숙', '옥자']],
    [1960, ['미숙', '미경', '경희', '영희', '정희', '은숙', '현숙', '미영', '영미', '경숙', '순영', '미자']],
    [1970, ['미영', '은정', '은주', '은영', '현주', '미정', '지영', '현정', '미경', '선영', '정은', '수진']],
    [1980, ['지영', '지은', '수진', '혜진', '은지', '미영', '현정', '민정', '은영', '정은', '유진', '지혜']],
    [1990, ['지은', '민지', '수진', '지혜', '지현', '은지', '유진', '혜진', '수빈', '예지', '지원', '민정']],
    [2000, ['서연', '민지', '수빈', '지원', '지현', '유진', '예은', '수민', '지민', '서현', '예린', '채원']],
    [2010, ['서연', '서윤', '지우', '서현', '민서', '하은', '하윤', '윤서', '지유', '지민', '채원', '수아']],
  ],
};

/** A given name popular in the person's birth decade (a few rarer ones mixed in). */
export function givenName(random: Random, sex: Sex, birthYear: number): string {
  const decades = GIVEN_NAMES[sex];
  let names = decades[0][1];
  for (const [from, list] of decades) if (birthYear >= from) names = list;
  // One in five draws from a neighbouring decade: names outlive their peak.
  if (random.chance(0.2)) names = random.pick(decades)[1];
  return random.pick(names);
}

export function personName(random: Random, sex: Sex, birthYear: number, surname?: string): string {
  return `${surname ?? SURNAMES.draw(random)}${givenName(random, sex, birthYear)}`;
}

// prettier-ignore
const RR_INITIAL = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
// prettier-ignore
const RR_MEDIAL = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
// prettier-ignore
const RR_FINAL = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];
/** How people spell their surname in Latin letters (여권 표기), not the strict romanization. */
const SURNAME_LATIN: Record<string, string> = {
  김: 'kim',
  이: 'lee',
  박: 'park',
  최: 'choi',
  정: 'jung',
  강: 'kang',
  조: 'cho',
  윤: 'yoon',
  장: 'jang',
  임: 'lim',
  한: 'han',
  오: 'oh',
  서: 'seo',
  신: 'shin',
  권: 'kwon',
  황: 'hwang',
  안: 'ahn',
  송: 'song',
  유: 'yoo',
  류: 'ryu',
  노: 'noh',
  우: 'woo',
  구: 'koo',
  나: 'na',
  주: 'joo',
};

/** Revised Romanization, syllable by syllable (민준 → minjun): good enough for e-mail local parts. */
export function romanize(hangul: string): string {
  let out = '';
  for (const ch of hangul) {
    const code = ch.codePointAt(0)! - 0xac00;
    if (code < 0 || code > 11171) continue;
    out +=
      RR_INITIAL[Math.floor(code / 588)] + RR_MEDIAL[Math.floor((code % 588) / 28)] + RR_FINAL[code % 28];
  }
  return out;
}

export const latinSurname = (surname: string): string => SURNAME_LATIN[surname] ?? romanize(surname);

const TWO_SYLLABLE_SURNAMES = new Set(['남궁', '황보', '제갈', '선우', '독고']);

/** 남궁민수 → [남궁, 민수], 김민준 → [김, 민준]. */
export function splitName(name: string): [string, string] {
  const cut = name.length >= 4 && TWO_SYLLABLE_SURNAMES.has(name.slice(0, 2)) ? 2 : 1;
  return [name.slice(0, cut), name.slice(cut)];
}
