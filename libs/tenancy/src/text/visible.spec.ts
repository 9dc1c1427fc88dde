import { controlOrFormatCharacter, hasVisibleCharacter } from './visible';

describe('visible characters in names', () => {
  it.each([
    ['zero-width spaces', '\u200B\u200B'],
    ['Hangul filler', '\u3164'],
    ['Hangul choseong and jungseong fillers', '\u115F\u1160'],
    ['halfwidth Hangul filler', '\uFFA0'],
    ['byte order mark', '\uFEFF'],
    ['ideographic and no-break spaces', '\u3000\u00A0 '],
    ['braille blank', '\u2800'],
    ['a lone combining mark', '\u0301'],
    ['word joiner and soft hyphen', '\u2060\u00AD'],
    ['nothing at all', ''],
  ])('finds none in %s', (_, value) => {
    expect(hasVisibleCharacter(value)).toBe(false);
  });

  it.each([['민원정책과'], ['A'], ['　가'], ['ㄱ'], ['1'], ['😀']])('finds one in %s', (value) => {
    expect(hasVisibleCharacter(value)).toBe(true);
  });

  it('names the first control or format character', () => {
    expect(controlOrFormatCharacter('민원\u0007과')).toBe('U+0007');
    expect(controlOrFormatCharacter('민원\u200B과')).toBe('U+200B');
    expect(controlOrFormatCharacter('\u202E과원민')).toBe('U+202E');
    expect(controlOrFormatCharacter('a\u0000b')).toBe('U+0000');
    expect(controlOrFormatCharacter('민원 정책과 (2팀)')).toBeNull();
  });
});
