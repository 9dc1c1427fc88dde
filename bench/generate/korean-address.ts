import type { Faker } from '@faker-js/faker' with { 'resolution-mode': 'import' };
import { SIDO, sido } from '../../apps/api/src/seed/korean-regions';

export { SIDO, sido, type Sido } from '../../apps/api/src/seed/korean-regions';

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
