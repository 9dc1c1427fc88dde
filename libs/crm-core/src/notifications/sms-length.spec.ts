import { LMS_MAX_BYTES, SMS_MAX_BYTES, eucKrBytes, measureSms } from './sms-length';

describe('SMS length in EUC-KR (CP949) bytes', () => {
  it.each([
    ['ASCII is one byte a character', 'Hello 123', 9],
    ['a Hangul syllable of KS X 1001 is two bytes', '민원접수', 8],
    ['a CP949-only syllable (not in KS X 1001) is two bytes too', '똠쀍햏', 6],
    ['Hangul jamo and symbols of KS X 1001 are two bytes', 'ㄱ①※', 6],
    ['mixed text', '[부산] 민원 BUSAN-2026-000123 접수', 34],
    ['a line break is one byte', '가\n나', 5],
  ])('%s', (_what, text, bytes) => {
    expect(eucKrBytes(text)).toBe(bytes);
    expect(measureSms(text)).toEqual({ ok: true, bytes, kind: 'SMS' });
  });

  it('is SMS up to 90 bytes, LMS from 91 to 2,000, refused above', () => {
    expect(measureSms('가'.repeat(45))).toEqual({ ok: true, bytes: SMS_MAX_BYTES, kind: 'SMS' });
    expect(measureSms('가'.repeat(45) + 'a')).toEqual({ ok: true, bytes: 91, kind: 'LMS' });
    expect(measureSms('가'.repeat(1000))).toEqual({ ok: true, bytes: LMS_MAX_BYTES, kind: 'LMS' });
    expect(measureSms('가'.repeat(1000) + 'a')).toEqual({ ok: false, bytes: 2001, reason: 'too-long' });
  });

  it('refuses emoji and characters CP949 cannot carry, naming them', () => {
    expect(measureSms('접수되었습니다 😀')).toMatchObject({
      ok: false,
      reason: 'unencodable',
      characters: ['😀'],
    });
    expect(measureSms('café ✅')).toMatchObject({
      ok: false,
      reason: 'unencodable',
      characters: ['é', '✅'],
    });
  });
});
