import type { Faker } from '@faker-js/faker' with { 'resolution-mode': 'import' };

/**
 * The 17 시·도 with their 시·군·구 (2024; 군위군 in 대구, 부천시's 구 restored), postal-code (국가기초구역번호)
 * prefixes and telephone area codes. fakerKO alone mixes them (부산광역시 부평구); these tables keep every
 * generated address inside one 시·도: 부산광역시 해운대구 …, 경기도 성남시 분당구 ….
 */
export interface Sido {
  readonly name: string;
  /** 시·군·구; a 시 with 일반구 lists them as `시 구`. Empty for 세종 (no 시·군·구). */
  readonly districts: readonly string[];
  /** Inclusive range of the first two digits of its five-digit postal codes. */
  readonly postal: readonly [number, number];
  readonly areaCode: string;
}

const withWards = (city: string, wards: string[]): string[] => wards.map((w) => `${city} ${w}`);

export const SIDO: readonly Sido[] = [
  {
    name: '서울특별시',
    districts: [
      '종로구',
      '중구',
      '용산구',
      '성동구',
      '광진구',
      '동대문구',
      '중랑구',
      '성북구',
      '강북구',
      '도봉구',
      '노원구',
      '은평구',
      '서대문구',
      '마포구',
      '양천구',
      '강서구',
      '구로구',
      '금천구',
      '영등포구',
      '동작구',
      '관악구',
      '서초구',
      '강남구',
      '송파구',
      '강동구',
    ],
    postal: [1, 8],
    areaCode: '02',
  },
  {
    name: '부산광역시',
    districts: [
      '중구',
      '서구',
      '동구',
      '영도구',
      '부산진구',
      '동래구',
      '남구',
      '북구',
      '해운대구',
      '사하구',
      '금정구',
      '강서구',
      '연제구',
      '수영구',
      '사상구',
      '기장군',
    ],
    postal: [46, 49],
    areaCode: '051',
  },
  {
    name: '대구광역시',
    districts: ['중구', '동구', '서구', '남구', '북구', '수성구', '달서구', '달성군', '군위군'],
    postal: [41, 43],
    areaCode: '053',
  },
  {
    name: '인천광역시',
    districts: [
      '중구',
      '동구',
      '미추홀구',
      '연수구',
      '남동구',
      '부평구',
      '계양구',
      '서구',
      '강화군',
      '옹진군',
    ],
    postal: [21, 23],
    areaCode: '032',
  },
  {
    name: '광주광역시',
    districts: ['동구', '서구', '남구', '북구', '광산구'],
    postal: [61, 62],
    areaCode: '062',
  },
  {
    name: '대전광역시',
    districts: ['동구', '중구', '서구', '유성구', '대덕구'],
    postal: [34, 35],
    areaCode: '042',
  },
  {
    name: '울산광역시',
    districts: ['중구', '남구', '동구', '북구', '울주군'],
    postal: [44, 45],
    areaCode: '052',
  },
  { name: '세종특별자치시', districts: [], postal: [30, 30], areaCode: '044' },
  {
    name: '경기도',
    districts: [
      ...withWards('수원시', ['장안구', '권선구', '팔달구', '영통구']),
      ...withWards('성남시', ['수정구', '중원구', '분당구']),
      ...withWards('안양시', ['만안구', '동안구']),
      ...withWards('부천시', ['원미구', '소사구', '오정구']),
      ...withWards('안산시', ['상록구', '단원구']),
      ...withWards('고양시', ['덕양구', '일산동구', '일산서구']),
      ...withWards('용인시', ['처인구', '기흥구', '수지구']),
      '의정부시',
      '광명시',
      '평택시',
      '동두천시',
      '과천시',
      '구리시',
      '남양주시',
      '오산시',
      '시흥시',
      '군포시',
      '의왕시',
      '하남시',
      '파주시',
      '이천시',
      '안성시',
      '김포시',
      '화성시',
      '광주시',
      '양주시',
      '포천시',
      '여주시',
      '연천군',
      '가평군',
      '양평군',
    ],
    postal: [10, 18],
    areaCode: '031',
  },
  {
    name: '강원특별자치도',
    districts: [
      '춘천시',
      '원주시',
      '강릉시',
      '동해시',
      '태백시',
      '속초시',
      '삼척시',
      '홍천군',
      '횡성군',
      '영월군',
      '평창군',
      '정선군',
      '철원군',
      '화천군',
      '양구군',
      '인제군',
      '고성군',
      '양양군',
    ],
    postal: [24, 26],
    areaCode: '033',
  },
  {
    name: '충청북도',
    districts: [
      ...withWards('청주시', ['상당구', '서원구', '흥덕구', '청원구']),
      '충주시',
      '제천시',
      '보은군',
      '옥천군',
      '영동군',
      '증평군',
      '진천군',
      '괴산군',
      '음성군',
      '단양군',
    ],
    postal: [27, 29],
    areaCode: '043',
  },
  {
    name: '충청남도',
    districts: [
      ...withWards('천안시', ['동남구', '서북구']),
      '공주시',
      '보령시',
      '아산시',
      '서산시',
      '논산시',
      '계룡시',
      '당진시',
      '금산군',
      '부여군',
      '서천군',
      '청양군',
      '홍성군',
      '예산군',
      '태안군',
    ],
    postal: [31, 33],
    areaCode: '041',
  },
  {
    name: '전북특별자치도',
    districts: [
      ...withWards('전주시', ['완산구', '덕진구']),
      '군산시',
      '익산시',
      '정읍시',
      '남원시',
      '김제시',
      '완주군',
      '진안군',
      '무주군',
      '장수군',
      '임실군',
      '순창군',
      '고창군',
      '부안군',
    ],
    postal: [54, 56],
    areaCode: '063',
  },
  {
    name: '전라남도',
    districts: [
      '목포시',
      '여수시',
      '순천시',
      '나주시',
      '광양시',
      '담양군',
      '곡성군',
      '구례군',
      '고흥군',
      '보성군',
      '화순군',
      '장흥군',
      '강진군',
      '해남군',
      '영암군',
      '무안군',
      '함평군',
      '영광군',
      '장성군',
      '완도군',
      '진도군',
      '신안군',
    ],
    postal: [57, 59],
    areaCode: '061',
  },
  {
    name: '경상북도',
    districts: [
      ...withWards('포항시', ['남구', '북구']),
      '경주시',
      '김천시',
      '안동시',
      '구미시',
      '영주시',
      '영천시',
      '상주시',
      '문경시',
      '경산시',
      '의성군',
      '청송군',
      '영양군',
      '영덕군',
      '청도군',
      '고령군',
      '성주군',
      '칠곡군',
      '예천군',
      '봉화군',
      '울진군',
      '울릉군',
    ],
    postal: [36, 40],
    areaCode: '054',
  },
  {
    name: '경상남도',
    districts: [
      ...withWards('창원시', ['의창구', '성산구', '마산합포구', '마산회원구', '진해구']),
      '진주시',
      '통영시',
      '사천시',
      '김해시',
      '밀양시',
      '거제시',
      '양산시',
      '의령군',
      '함안군',
      '창녕군',
      '고성군',
      '남해군',
      '하동군',
      '산청군',
      '함양군',
      '거창군',
      '합천군',
    ],
    postal: [50, 53],
    areaCode: '055',
  },
  { name: '제주특별자치도', districts: ['제주시', '서귀포시'], postal: [63, 63], areaCode: '064' },
];

const BY_NAME = new Map(SIDO.map((s) => [s.name, s]));

export function sido(name: string): Sido {
  const found = BY_NAME.get(name);
  if (!found) throw new Error(`unknown 시·도 '${name}'`);
  return found;
}

export interface KoreanAddress {
  readonly postalCode: string;
  readonly sido: string;
  /** 시·군·구 ('' in 세종). */
  readonly sigungu: string;
  /** 도로명 and 건물번호: 중계로 164, 상남길 23-4. */
  readonly road: string;
  /** 상세주소: 101동 1203호, 3층; '' when none. */
  readonly detail: string;
  /** The whole 도로명주소 as written on a letter, without the postal code. */
  readonly full: string;
}

/** A 도로명주소 inside the given 시·도 (any 시·도 when omitted). Deterministic for a seeded faker. */
export function koreanAddress(faker: Faker, sidoName?: string): KoreanAddress {
  const where = sidoName ? sido(sidoName) : faker.helpers.arrayElement(SIDO);
  const sigungu = where.districts.length ? faker.helpers.arrayElement(where.districts) : '';
  const main = faker.number.int({ min: 1, max: 350 });
  const sub = faker.number.int({ min: 1, max: 10 }) === 1 ? `-${faker.number.int({ min: 1, max: 30 })}` : '';
  const road = `${faker.location.street()} ${main}${sub}`;
  const kind = faker.number.int({ min: 1, max: 10 });
  const detail =
    kind <= 5
      ? `${faker.number.int({ min: 101, max: 115 })}동 ${faker.number.int({ min: 1, max: 25 })}${String(faker.number.int({ min: 1, max: 8 })).padStart(2, '0')}호`
      : kind <= 7
        ? `${faker.number.int({ min: 1, max: 5 })}층`
        : kind === 8
          ? `${faker.number.int({ min: 101, max: 405 })}호`
          : '';
  const prefix = faker.number.int({ min: where.postal[0], max: where.postal[1] });
  const postalCode = `${String(prefix).padStart(2, '0')}${String(faker.number.int({ min: 0, max: 999 })).padStart(3, '0')}`;
  const full = [where.name, sigungu, road].filter(Boolean).join(' ') + (detail ? `, ${detail}` : '');
  return { postalCode, sido: where.name, sigungu, road, detail, full };
}

/** An office telephone number in the 시·도's area: 051-888-1234. */
export function officePhone(faker: Faker, sidoName: string): string {
  const { areaCode } = sido(sidoName);
  return `${areaCode}-${faker.number.int({ min: 200, max: 999 })}-${String(faker.number.int({ min: 0, max: 9999 })).padStart(4, '0')}`;
}
