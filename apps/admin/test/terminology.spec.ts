import { termCatalog } from '../../../libs/customization/src/terminology/term-catalog';
import { terminologyOverrides, type EffectiveTerm } from '../src/i18n/terminology';
import { dictionaries, translate, type MessageKey } from '../src/i18n/messages';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// nav.tsx pulls in the icon package, which jest cannot load: its entries' keys and labels are read from the source.
const MENU_LABEL_KEYS = Object.fromEntries(
  [
    ...readFileSync(join(__dirname, '../src/layout/nav.tsx'), 'utf8').matchAll(
      /key: '([^']+)',\s*path: '[^']*',\s*labelKey: '([^']+)'/g,
    ),
  ].map((m) => [m[1], m[2]]),
) as Record<string, MessageKey>;
/** The terms of a tenant on `edition` that renamed nothing: the edition's words over edition 1's built-in text. */
const editionTerms = (edition: number): EffectiveTerm[] => {
  const builtIn = new Map(termCatalog([], 1).map((t) => [t.key, t]));
  return termCatalog([], edition).map((t) => ({
    key: t.key,
    group: t.group,
    ko: t.ko,
    en: t.en,
    builtInKo: builtIn.get(t.key)!.ko,
    builtInEn: builtIn.get(t.key)!.en,
  }));
};
const STANDARD = editionTerms(1);
const renamed = (changes: Record<string, { ko?: string; en?: string }>): EffectiveTerm[] =>
  STANDARD.map((t) => ({ ...t, ...changes[t.key] }));

describe('tenant terminology in the admin texts', () => {
  it('reads the nav entries', () => {
    expect(MENU_LABEL_KEYS).toMatchObject({
      customers: 'customers.nav',
      'customization-terminology': 'terms.nav',
    });
  });

  it('names every menu term after an admin nav entry, with the admin’s own standard label', () => {
    for (const term of STANDARD.filter((t) => t.group === 'MENU')) {
      const labelKey = MENU_LABEL_KEYS[term.key.slice('menu.'.length)];
      expect([
        term.key,
        labelKey && dictionaries.ko[labelKey],
        labelKey && dictionaries.en[labelKey],
      ]).toEqual([term.key, term.builtInKo, term.builtInEn]);
    }
  });

  it('changes nothing for the standard terminology', () => {
    expect(terminologyOverrides(STANDARD, MENU_LABEL_KEYS)).toEqual({});
  });

  it('renames an entity in exact labels and inside menu labels and titles, in one pass', () => {
    const overrides = terminologyOverrides(
      renamed({
        'entity.crm-core.customers': { ko: '민원인', en: 'Petitioner' },
        'entity.crm-core.petition': { ko: '고충민원' },
      }),
      MENU_LABEL_KEYS,
    );
    expect(translate('ko', 'customers.nav', undefined, overrides)).toBe('민원인');
    expect(translate('ko', 'import.nav', undefined, overrides)).toBe('민원인 가져오기');
    expect(translate('ko', 'pset.nav', undefined, overrides)).toBe('고충민원 분류·배정 설정');
    expect(translate('en', 'customers.nav', undefined, overrides)).toBe('Petitioners');
    expect(translate('en', 'segments.nav', undefined, overrides)).toBe('Petitioner segments');
    // Not a heading: a sentence mentioning customers keeps the standard word.
    const sentence = Object.entries(dictionaries.ko).find(
      ([k, v]) => !k.endsWith('.title') && !k.endsWith('.nav') && v.includes('고객') && v !== '고객',
    )![0] as MessageKey;
    expect(overrides.ko?.[sentence]).toBeUndefined();
    // 민원 → 고충민원 does not run again over the 민원인 that 고객 became.
    expect(Object.values(overrides.ko ?? {}).some((v) => v?.includes('고충민원인'))).toBe(false);
    // 민원인 and 반복민원 are words of their own, not 민원 with something after or before it.
    expect(overrides.ko?.['voc.notices.title']).toBeUndefined();
    expect(overrides.ko?.['analytics.nav.repeat']).toBeUndefined();
  });

  it('puts a renamed menu entry and a renamed common term where they stand', () => {
    const overrides = terminologyOverrides(
      renamed({
        'menu.customers': { ko: '시민 명부', en: 'Residents' },
        'term.receiptNo': { ko: '신청번호' },
      }),
      MENU_LABEL_KEYS,
    );
    expect(translate('ko', 'customers.nav', undefined, overrides)).toBe('시민 명부');
    expect(translate('en', 'customers.nav', undefined, overrides)).toBe('Residents');
    expect(translate('ko', 'customers.title', undefined, overrides)).toBe('고객');
    expect(translate('ko', 'voc.col.receiptNo', undefined, overrides)).toBe('신청번호');
    expect(translate('en', 'voc.col.receiptNo', undefined, overrides)).toBe('Receipt no.');
  });

  it('shows a later edition’s standard words where the screens have edition 1’s built in', () => {
    const overrides = terminologyOverrides(editionTerms(2), MENU_LABEL_KEYS);
    expect(translate('ko', 'voc.notices.col.channel', undefined, overrides)).toBe('접수 경로');
    expect(translate('en', 'notify.col.channel', undefined, overrides)).toBe('Intake channel');
    expect(translate('ko', 'analytics.nav.backlog', undefined, overrides)).toBe('처리기한 경과·미처리 민원');
    expect(translate('en', 'analytics.nav.backlog', undefined, overrides)).toBe('Overdue and open petitions');
    expect(translate('ko', 'voc.col.receiptNo', undefined, overrides)).toBe('접수번호');
    // The tenant's own word still wins over the edition's.
    const mine = editionTerms(2).map((t) => (t.key === 'term.channel' ? { ...t, ko: '접수창구' } : t));
    const own = terminologyOverrides(mine, MENU_LABEL_KEYS);
    expect(translate('ko', 'voc.notices.col.channel', undefined, own)).toBe('접수창구');
    expect(translate('en', 'voc.notices.col.channel', undefined, own)).toBe('Intake channel');
  });
});
