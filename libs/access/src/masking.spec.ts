import { maskAddress, maskContact, maskEmail, maskName, maskPhone } from './masking';

describe('maskName', () => {
  it.each([
    ['홍길동', '홍*동'],
    ['홍길', '홍*'],
    ['남궁길동', '남**동'],
    ['황보아름다운', '황****운'],
    ['  김철수 ', '김*수'],
    ['김', '*'],
    ['', ''],
  ])('%s → %s', (name, masked) => expect(maskName(name)).toBe(masked));

  it('composes a decomposed (NFD) name first, never leaking a jamo', () => {
    expect(maskName('홍길동'.normalize('NFD'))).toBe('홍*동');
  });
});

describe('maskPhone', () => {
  it.each([
    ['010-1234-4211', '010-****-4211'],
    ['01012344211', '010-****-4211'],
    ['010 1234 4211', '010-****-4211'],
    ['011-123-4567', '011-***-4567'],
    ['02-123-1234', '02-***-1234'],
    ['02-1234-1234', '02-****-1234'],
    ['(02) 2133-4211', '02-****-4211'],
    ['051-888-1234', '051-***-1234'],
    ['031-8008-1234', '031-****-1234'],
    ['070-4000-1234', '070-****-1234'],
    ['0505-123-4567', '0505-***-4567'],
  ])('%s → %s', (phone, masked) => expect(maskPhone(phone)).toBe(masked));

  it.each([
    ['+82 10-1234-4211', '+** **-****-4211'],
    ['1588-1234', '****-1234'],
    ['123', '123'],
  ])('keeps only the last four digits of other numbers: %s → %s', (phone, masked) =>
    expect(maskPhone(phone)).toBe(masked),
  );
});

describe('maskEmail', () => {
  it.each([
    ['hong@example.com', 'h***@example.com'],
    ['h@example.com', 'h***@example.com'],
    ['e6260001@busan.example.go.kr', 'e***@busan.example.go.kr'],
    ['"a@b"@example.com', '"***@example.com'],
    ['not-an-address', 'n***'],
    ['@example.com', '***@example.com'],
  ])('%s → %s', (email, masked) => expect(maskEmail(email)).toBe(masked));
});

describe('maskContact (a message recipient)', () => {
  it.each([
    ['01055556666', '010-****-6666'],
    ['010-5555-6666', '010-****-6666'],
    ['halmang@example.com', 'h***@example.com'],
  ])('%s → %s', (contact, masked) => expect(maskContact(contact)).toBe(masked));
});

describe('maskAddress', () => {
  it.each([
    ['서울특별시 강남구 역삼동 737 강남파이낸스센터 10층', '서울특별시 강남구 역삼동 ***'],
    ['서울특별시 강남구 역삼1동 123-45', '서울특별시 강남구 역삼1동 ***'],
    ['서울특별시 종로구 종로1가 24', '서울특별시 종로구 종로1가 ***'],
    ['경기도 양평군 양평읍 양근리 123-4', '경기도 양평군 양평읍 ***'],
    ['강원특별자치도 평창군 대관령면 올림픽로 108', '강원특별자치도 평창군 대관령면 ***'],
    ['부산광역시 연제구 중앙대로 1001 (연산동)', '부산광역시 연제구 중앙대로 ***'],
    ['서울특별시 강남구 테헤란로7길 22, 101동 1001호', '서울특별시 강남구 테헤란로7길 ***'],
    ['대구광역시 북구 동천로 109번길 5', '대구광역시 북구 동천로 ***'],
    ['세종특별자치시 한누리대로 2130', '세종특별자치시 한누리대로 ***'],
    ['제주특별자치도 제주시 문연로 6', '제주특별자치도 제주시 문연로 ***'],
  ])('%s → %s', (address, masked) => expect(maskAddress(address)).toBe(masked));

  it('never stops at an apartment block number such as 101동', () => {
    expect(maskAddress('서울특별시 송파구 101동 1001호')).toBe('서울특별시 송파구 ***');
  });

  it('keeps 시·도 and 시·군·구 when no 읍·면·동 or road is recognised', () => {
    expect(maskAddress('경상북도 울릉군 Dokdo 1')).toBe('경상북도 울릉군 ***');
    expect(maskAddress('서울특별시 중구')).toBe('서울특별시 중구');
  });
});
