import { sido as sidoNamed } from '../korean-regions';
import { Random, Weighted } from './random';

/**
 * A standardized Korean address (도로명주소 with its 지번 twin) inside one 시·도, in the columns of `customers`:
 * 시·도, 시·군·구, 읍·면·동, road address with building number, 지번 address, postal code and the 동·호 detail
 * that tells one household of an apartment block from the next.
 */
export interface StandardAddress {
  readonly sido: string;
  /** '' in 세종 (no 시·군·구). */
  readonly sigungu: string;
  readonly eupmyeondong: string;
  /** 부산광역시 해운대구 해운대로 123 · 부산광역시 기장군 기장읍 차성로 45 (읍·면 are part of a road address). */
  readonly roadAddress: string;
  /** 부산광역시 해운대구 우동 1234-5 */
  readonly jibunAddress: string;
  /** 건물번호: 123, 23-4. */
  readonly buildingNo: string;
  /** 101동 1203호 · 302호 · 3층 · '' for a detached house. */
  readonly addressDetail: string;
  readonly postalCode: string;
}

export type BuildingKind = 'APARTMENT' | 'VILLA' | 'HOUSE' | 'OFFICE';
export type Building = Omit<StandardAddress, 'addressDetail'> & { readonly kind: BuildingKind };

/** Real 행정동 of Busan, the model city (부산광역시 행정동 현황), so its demo addresses are the ones residents know. */
// prettier-ignore
const BUSAN_DONG: Record<string, readonly string[]> = {
  중구: ['중앙', '동광', '대청', '보수', '부평', '광복', '남포', '영주'],
  서구: ['동대신', '서대신', '부민', '아미', '초장', '충무', '남부민', '암남'],
  동구: ['초량', '수정', '좌천', '범일'],
  영도구: ['남항', '영선', '신선', '봉래', '청학', '동삼'],
  부산진구: ['부전', '연지', '초읍', '양정', '전포', '부암', '당감', '가야', '개금', '범천'],
  동래구: ['수민', '복산', '명륜', '온천', '사직', '안락', '명장'],
  남구: ['대연', '용호', '용당', '감만', '우암', '문현'],
  북구: ['구포', '금곡', '화명', '덕천', '만덕'],
  해운대구: ['우', '중', '좌', '송정', '반여', '반송', '재송'],
  사하구: ['괴정', '당리', '하단', '신평', '장림', '다대', '구평', '감천'],
  금정구: ['서', '금사', '부곡', '장전', '구서', '남산', '청룡노포', '선두구'],
  강서구: ['대저', '강동', '명지', '가락', '녹산', '가덕도'],
  연제구: ['거제', '연산'],
  수영구: ['남천', '수영', '망미', '광안', '민락'],
  사상구: ['삼락', '모라', '덕포', '괘법', '감전', '주례', '학장', '엄궁'],
};
// prettier-ignore
const DONG_ROOTS = [
  '중앙', '신흥', '신평', '신정', '대신', '평화', '송정', '남산', '월평', '도화', '화정', '신안', '동명', '문화',
  '태평', '산성', '향교', '명륜', '봉덕', '대명', '금호', '효자', '인후', '삼천', '용두', '옥산', '삼산', '달산',
  '신천', '만촌', '범어', '지산', '황금', '성내', '복현', '산격', '침산', '상대', '중림', '원당', '청학', '내당',
];
// prettier-ignore
const MYEON_ROOTS = ['동', '서', '남', '북', '상', '금성', '대산', '용암', '청룡', '송산', '구룡', '봉산', '신북', '월곡', '옥천', '금곡'];
// prettier-ignore
const RI_ROOTS = ['신촌', '대', '상', '하', '내', '송정', '용산', '구암', '평촌', '석곡', '장터', '월산'];
// prettier-ignore
const ROAD_ROOTS = [
  '중앙', '번영', '평화', '문화', '시민', '새마을', '희망', '행복', '대학', '산업', '공원', '월드컵',
  '동백', '장산', '봉황', '가야', '중앙공원', '해맞이', '강변', '구청', '시청', '역전', '학교', '솔밭', '은행',
];
const SEJONG_DONG = ['한솔', '도담', '아름', '종촌', '고운', '보람', '새롬', '다정', '대평', '소담', '반곡'];

const KINDS = new Weighted<BuildingKind>([
  ['APARTMENT', 55],
  ['VILLA', 15],
  ['HOUSE', 22],
  ['OFFICE', 8],
]);

/** Building numbers run along a road: most are small, a few long roads reach the hundreds; side roads stay short. */
const buildingNumber = (random: Random, sideRoad: boolean): string => {
  const main = sideRoad ? random.int(1, 60) : random.chance(0.7) ? random.int(1, 120) : random.int(121, 999);
  return random.chance(0.12) ? `${main}-${random.int(1, 30)}` : String(main);
};

function eupmyeondongOf(
  random: Random,
  sidoName: string,
  sigungu: string,
): { name: string; legal: string; root: string; rural: boolean } {
  if (sigungu === '') {
    if (random.chance(0.3))
      return { name: '조치원읍', legal: '조치원읍 신흥리', root: '조치원', rural: true };
    const root = random.pick(SEJONG_DONG);
    return { name: `${root}동`, legal: `${root}동`, root, rural: false };
  }
  if (sigungu.endsWith('군')) {
    const root = random.chance(0.45) ? sigungu.slice(0, -1).slice(-2) : random.pick(MYEON_ROOTS);
    const name = `${root}${root.length === 2 && sigungu.startsWith(root) ? '읍' : '면'}`;
    return { name, legal: `${name} ${random.pick(RI_ROOTS)}리`, root, rural: true };
  }
  const root = random.pick((sidoName === '부산광역시' && BUSAN_DONG[sigungu]) || DONG_ROOTS);
  // Large 행정동 are split and numbered (반여1동 … 반여4동); the 법정동 of the 지번 keeps the plain name.
  const numbered = random.chance(0.35) ? `${root}${random.int(1, 4)}동` : `${root}동`;
  return { name: numbered, legal: `${root}동`, root, rural: false };
}

function roadName(random: Random, dongRoot: string): string {
  const root = random.chance(0.4) ? dongRoot : random.pick(ROAD_ROOTS);
  const kind = random.next();
  if (kind < 0.15) return `${root}대로`;
  if (kind < 0.6) return `${root}로`;
  return `${root}로${random.int(1, 150)}번길`;
}

/** A building inside the 시·도: the 시·군·구 decides the first three digits of its postal code. */
export function building(random: Random, sidoName: string, kind?: BuildingKind): Building {
  const where = sidoNamed(sidoName);
  const index = where.districts.length ? random.int(0, where.districts.length - 1) : 0;
  const sigungu = where.districts[index] ?? '';
  const area = eupmyeondongOf(random, where.name, sigungu);
  const road = roadName(random, area.root);
  const buildingNo = buildingNumber(random, road.endsWith('번길'));
  const prefix = sigungu ? [where.name, sigungu] : [where.name];
  const roadAddress = [...prefix, ...(area.rural ? [area.name] : []), road, buildingNo].join(' ');
  const lot = random.chance(0.7)
    ? `${random.int(1, 1999)}-${random.int(1, 40)}`
    : String(random.int(1, 2999));
  const [low, high] = where.postal;
  const perDistrict = Math.floor(((high - low + 1) * 1000) / Math.max(1, where.districts.length));
  const code = low * 1000 + index * perDistrict + random.int(0, perDistrict - 1);
  return {
    kind: kind ?? KINDS.draw(random),
    sido: where.name,
    sigungu,
    eupmyeondong: area.name,
    roadAddress,
    jibunAddress: [...prefix, area.legal, lot].join(' '),
    buildingNo,
    postalCode: String(code).padStart(5, '0'),
  };
}

/** One dwelling or office in the building: 101동 1203호 in an apartment block, 302호 in a 빌라. */
export function unitIn(random: Random, b: Building): StandardAddress {
  const floor = random.int(1, 25);
  const addressDetail =
    b.kind === 'APARTMENT'
      ? `${random.int(101, 112)}동 ${floor}${String(random.int(1, 6)).padStart(2, '0')}호`
      : b.kind === 'VILLA'
        ? `${random.int(1, 5)}0${random.int(1, 4)}호`
        : b.kind === 'OFFICE'
          ? `${random.int(1, 12)}층`
          : '';
  const { kind: _kind, ...address } = b;
  return { ...address, addressDetail };
}

export function standardAddress(random: Random, sidoName: string, kind?: BuildingKind): StandardAddress {
  return unitIn(random, building(random, sidoName, kind));
}
