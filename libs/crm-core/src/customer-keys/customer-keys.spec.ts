import {
  formatPhone,
  hangulInitials,
  householdKey,
  isInitialsQuery,
  normalizeEmail,
  normalizePhone,
  queryGram,
  searchGrams,
} from './customer-keys';

describe('customer search keys', () => {
  it('takes the initial consonants of Hangul syllables', () => {
    expect(hangulInitials('홍길동')).toBe('ㅎㄱㄷ');
    expect(hangulInitials('남궁 민수')).toBe('ㄴㄱㅁㅅ');
    expect(hangulInitials('까치')).toBe('ㄲㅊ');
    expect(hangulInitials('(주)부산')).toBe('(ㅈ)ㅂㅅ');
    // A decomposed (NFD) spelling gives the same initials as the composed one.
    expect(hangulInitials('홍길동'.normalize('NFD'))).toBe('ㅎㄱㄷ');
  });

  it('recognizes an initials query', () => {
    expect(isInitialsQuery('ㅎㄱㄷ')).toBe(true);
    expect(isInitialsQuery('ㅎ ㄱ')).toBe(true);
    expect(isInitialsQuery('홍ㄱ')).toBe(false);
    expect(isInitialsQuery('')).toBe(false);
  });

  it('stores the gram every partial or initials query is searched by', () => {
    const stored = new Set(searchGrams('남궁길동'));
    for (const q of ['남', '길동', '궁길동', '남궁길동', 'ㄴㄱㄱㄷ', 'ㄱㄷ', 'ㄴ', '남궁 길동'])
      expect(stored).toContain(queryGram(q));
    expect(stored).not.toContain('남동');
    expect(stored).not.toContain('남궁길동'); // four characters: searched by its last three
  });

  it('searches a query of up to three characters by itself, a longer one by its last three', () => {
    expect(queryGram('김')).toBe('김');
    expect(queryGram('민 준')).toBe('민준');
    expect(queryGram('김민준')).toBe('김민준');
    expect(queryGram('주식회사 부산상사')).toBe('산상사');
    expect(queryGram('ㄱㅁㅈㅎ')).toBe('ㅁㅈㅎ');
    expect(queryGram('Kim')).toBe('kim');
  });

  it('reads a Korean phone number in any spelling', () => {
    for (const spelling of [
      '010-1234-5678',
      '01012345678',
      '+82 10-1234-5678',
      '82 10 1234 5678',
      '(010) 1234.5678',
      '０１０１２３４５６７８',
    ])
      expect(normalizePhone(spelling)).toBe('01012345678');
    expect(normalizePhone('+82 (0)51 123 4567')).toBe('0511234567');
    expect(normalizePhone('02-123-4567')).toBe('021234567');
    for (const bad of ['', '1234', '010-12', '012-1234-5678', 'abc', '010-1234-5678-9999'])
      expect(normalizePhone(bad)).toBeNull();
  });

  it('formats national digits for display', () => {
    expect(formatPhone('01012345678')).toBe('010-1234-5678');
    expect(formatPhone('021234567')).toBe('02-123-4567');
    expect(formatPhone('0511234567')).toBe('051-123-4567');
  });

  it('compares e-mail addresses without case and refuses what is not one', () => {
    expect(normalizeEmail(' Hong@Example.COM ')).toBe('hong@example.com');
    expect(normalizeEmail('hong@localhost')).toBeNull();
    expect(normalizeEmail('a b@example.com')).toBeNull();
  });

  it('derives one household for one dwelling however it is spelled', () => {
    const a = householdKey({
      postalCode: '48058',
      roadAddress: '부산광역시 해운대구 센텀중앙로 97',
      addressDetail: '101동 1203호',
    });
    const b = householdKey({
      postalCode: '48058',
      roadAddress: '부산광역시  해운대구 센텀중앙로 97 ',
      addressDetail: '101동1203호',
    });
    expect(a).toBe(b);
    expect(
      householdKey({
        postalCode: '48058',
        roadAddress: '부산광역시 해운대구 센텀중앙로 97',
        addressDetail: '101동 1204호',
      }),
    ).not.toBe(a);
    expect(householdKey({ postalCode: '48058' })).toBeNull();
  });
});
