import { dictionaries, labelOverrides, LANGS, translate } from '../src/i18n/messages';
import { messages as departments } from '../src/departments/messages';
import { messages as layout } from '../src/layout/messages';

describe('admin i18n', () => {
  it('composes every feature into one dictionary with the same keys in Korean and English', () => {
    const ko = Object.keys(dictionaries.ko).sort();
    expect(Object.keys(dictionaries.en).sort()).toEqual(ko);
    expect(ko).toEqual(expect.arrayContaining(Object.keys(departments.ko)));
    expect(ko).toEqual(expect.arrayContaining(Object.keys(layout.ko)));
    for (const lang of LANGS)
      for (const [key, text] of Object.entries(dictionaries[lang]))
        expect([key, typeof text === 'string' && text.trim().length > 0]).toEqual([key, true]);
  });

  it('fills placeholders and keeps unknown ones', () => {
    expect(translate('ko', 'common.people', { n: 3 })).toBe('3명');
    expect(translate('en', 'staff.count', { shown: 2 })).toBe('Showing 2 of {total}');
  });

  it('layers tenant-defined labels over the built-in texts, per language, ignoring unknown keys', () => {
    const overrides = labelOverrides({
      ko: { 'departments.title': '조직 관리', 'no.such.key': 'x', 'nav.staff': '   ' },
      en: { 'departments.title': 'Organization' },
    });
    expect(overrides).toEqual({
      ko: { 'departments.title': '조직 관리' },
      en: { 'departments.title': 'Organization' },
    });
    expect(translate('ko', 'departments.title', undefined, overrides)).toBe('조직 관리');
    expect(translate('en', 'departments.title', undefined, overrides)).toBe('Organization');
    expect(translate('ko', 'nav.staff', undefined, overrides)).toBe(dictionaries.ko['nav.staff']);
  });
});
