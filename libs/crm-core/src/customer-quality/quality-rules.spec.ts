import { normalizeEmail, normalizePhone, isMobile } from '../customer-keys';
import { QUALITY_PATTERNS as P } from './quality-rules';

const matches = (pattern: string, value: string) => new RegExp(pattern, 'u').test(value);

const MOBILES = ['01012345678', '0111234567', '01698765432', '0191234567'];
const LANDLINES = [
  '0212345678',
  '021234567',
  '0518881234',
  '0311234567',
  '0641234567',
  '07012345678',
  '0801234567',
  '05051234567',
];
/** Stored digits (the table only checks `^0[0-9]{8,10}$`) that are no Korean number of their kind. */
const NEITHER = ['0121234567', '0151234567', '0012345678', '0711234567', '0901234567', '0651234567'];

it('a valid mobile is exactly what normalizePhone keeps and isMobile accepts', () => {
  for (const digits of MOBILES) {
    expect([digits, matches(P.mobile, digits)]).toEqual([normalizePhone(digits), true]);
    expect(isMobile(digits)).toBe(true);
  }
  for (const digits of [...LANDLINES, ...NEITHER])
    expect([digits, matches(P.mobile, digits)]).toEqual([digits, false]);
});

it('a valid landline is one normalizePhone keeps, not a mobile, on a Korean network prefix', () => {
  for (const digits of LANDLINES) {
    expect([digits, matches(P.landline, digits)]).toEqual([normalizePhone(digits), true]);
    expect(isMobile(digits)).toBe(false);
  }
  for (const digits of [...MOBILES, ...NEITHER])
    expect([digits, matches(P.landline, digits)]).toEqual([digits, false]);
});

it('a valid e-mail is one normalizeEmail accepts with a real-looking domain', () => {
  for (const address of ['hong@example.com', 'kim.min-su@busan.go.kr', 'a_b+c@mail.co.kr'])
    expect([address, matches(P.email, address), normalizeEmail(address)]).toEqual([address, true, address]);
  for (const address of ['hong@example', 'hong@example.c0m', 'hong@-x.com', 'hong@x..com', 'hong@.com']) {
    expect([address, matches(P.email, address)]).toEqual([address, false]);
  }
});

it('names: Hangul 2–6 syllables or a Latin-script name for persons; a word for organizations', () => {
  for (const name of ['홍길동', '남궁민수', '이산', 'John Smith', "O'Brien"])
    expect([name, matches(P.personName, name)]).toEqual([name, true]);
  for (const name of ['홍', '홍길동1', 'ㅎㄱㄷ', '???', '가나다라마바사'])
    expect([name, matches(P.personName, name)]).toEqual([name, false]);
  for (const name of ['(주)부산상사', '부산시민연대', 'BNK'])
    expect([name, matches(P.organizationName, name)]).toEqual([name, true]);
  for (const name of ['1', '123', '--'])
    expect([name, matches(P.organizationName, name)]).toEqual([name, false]);
});
