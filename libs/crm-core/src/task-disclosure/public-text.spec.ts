import { PersonalDataKind as K, publicTextProblems, type PublicTextField } from './public-text';

const one = (text: string, known = { names: [] as string[], addresses: [] as string[] }) =>
  publicTextProblems([{ field: 'summary', labelKo: '요약', labelEn: 'Summary', text }], known).map(
    (p) => p.kind,
  );

describe('publicTextProblems: phone numbers', () => {
  it.each([
    ['010-1234-5678'],
    ['01012345678'],
    ['연락처 010 1234 5678 로'],
    ['010.1234.5678'],
    ['(010) 1234-5678'],
    ['0 1 0 1 2 3 4 5 6 7 8'],
    ['０１０－１２３４－５６７８'], // full-width digits and hyphen
    ['010\u200B1234\u200B5678'], // zero-width spaces between the groups
    ['0\u200B1\u200B0\u20601234\u00AD5678'], // word joiner, soft hyphen
    ['011-234-5678'],
    ['02-123-4567'],
    ['051-888-1234'],
    ['031 1234 5678'],
    ['070-1234-5678'],
    ['0505-123-4567'],
  ])('%s is a phone number', (text) => {
    expect(one(text)).toEqual([K.PHONE]);
  });

  it.each([
    ['2026-11-27 착수'],
    ['2026.01.01 ~ 2026.12.31'],
    ['예산 12,000,000원'],
    ['민원 120건, 3단계 중 2단계'],
    ['국번 없이 120'],
    ['BUSAN-2026-000123 외 4건'],
    ['1588-0000'],
  ])('%s is no personal data', (text) => {
    expect(one(text)).toEqual([]);
  });
});

describe('publicTextProblems: other personal data', () => {
  it.each([
    ['hong@example.com'],
    ['hong ＠ example . com'],
    ['hong(at)example.co.kr'],
    ['민원인 메일 kim.min-su+1@mail.go.kr 로 회신'],
  ])('%s is an e-mail address', (text) => {
    expect(one(text)).toEqual([K.EMAIL]);
  });

  it.each([['900101-1234567'], ['9001011234567'], ['900101 - 2234567'], ['９００１０１－１２３４５６７']])(
    '%s is a resident registration number',
    (text) => {
      expect(one(text)).toEqual([K.RESIDENT_REGISTRATION_NO]);
    },
  );

  it('a 13-digit number that is no date of birth is not one', () => {
    expect(one('9013451234567')).toEqual([]);
  });

  it('finds a linked resident by name however it is spaced or hidden', () => {
    const known = { names: ['김민수'], addresses: [] };
    expect(one('김민수 님의 민원으로 시작', known)).toEqual([K.RESIDENT_NAME]);
    expect(one('김 민 수씨 요청', known)).toEqual([K.RESIDENT_NAME]);
    expect(one('김\u200B민\u200C수', known)).toEqual([K.RESIDENT_NAME]);
    expect(one('김민지 주무관 검토', known)).toEqual([]);
  });

  it('ignores one-letter names (they would match ordinary words)', () => {
    expect(one('김 과장 검토', { names: ['김'], addresses: [] })).toEqual([]);
  });

  it('finds a linked resident address and any apartment unit', () => {
    const known = { names: [], addresses: ['부산광역시 해운대구 센텀중앙로 97', '101동 1203호'] };
    expect(one('센텀중앙로97 앞 보도 정비', known)).toEqual([K.RESIDENT_ADDRESS]);
    expect(one('센텀중앙로 보도 정비', known)).toEqual([]);
    expect(one('3동 502호 누수', { names: [], addresses: [] })).toEqual([K.RESIDENT_ADDRESS]);
  });

  it('names every field and kind, never the value', () => {
    const fields: PublicTextField[] = [
      { field: 'title', labelKo: '과업명', labelEn: 'Title', text: '보도 정비' },
      { field: 'summary', labelKo: '요약', labelEn: 'Summary', text: '홍길동 010-1234-5678 hong@x.kr' },
      { field: 'steps.2.note', labelKo: '2단계 비고', labelEn: 'Step 2 note', text: '900101-1234567' },
      { field: 'result', labelKo: '결과', labelEn: 'Result', text: null },
    ];
    const problems = publicTextProblems(fields, { names: ['홍길동'], addresses: [] });
    expect(problems.map((p) => [p.field, p.kind])).toEqual([
      ['summary', K.PHONE],
      ['summary', K.EMAIL],
      ['summary', K.RESIDENT_NAME],
      ['steps.2.note', K.RESIDENT_REGISTRATION_NO],
    ]);
    for (const p of problems) {
      expect(p.messageKo).not.toMatch(/1234|hong|홍길동/);
      expect(p.messageEn).not.toMatch(/1234|hong|홍길동/);
    }
    expect(problems[0].messageKo).toContain("'요약'");
  });

  it('reads a huge text in bounded time', () => {
    const started = Date.now();
    expect(one('가 1 '.repeat(1000))).toEqual([]);
    expect(one('a'.repeat(4000) + '@')).toEqual([]);
    expect(Date.now() - started).toBeLessThan(500);
  });
});
