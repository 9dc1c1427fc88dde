import {
  LANGS,
  dictionaries,
  type Dictionary,
  type Lang,
  type LabelOverrides,
  type MessageKey,
} from './messages';

/**
 * One term as the API's `terminology` query answers it: the tenant's word over its edition's standard one,
 * and the text built into these screens (edition 1's), by which a message is found.
 */
export interface EffectiveTerm {
  key: string;
  group: 'ENTITY' | 'MENU' | 'COMMON';
  ko: string;
  en: string;
  builtInKo: string;
  builtInEn: string;
}

const textOf = (t: EffectiveTerm, lang: Lang) => (lang === 'ko' ? t.ko : t.en);
/** The screens' own text: a tenant's word or a later edition's standard word differs from it. */
const builtInOf = (t: EffectiveTerm, lang: Lang) => (lang === 'ko' ? t.builtInKo : t.builtInEn);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** Headings name entities in passing ("고객 가져오기"): menu labels and page titles. */
const isHeading = (key: string, menuLabels: ReadonlySet<string>) =>
  menuLabels.has(key) || key.endsWith('.title') || key.endsWith('.nav') || key.startsWith('nav.');

/**
 * Where a word stands on its own: in Korean not inside a longer word (민원 is not replaced in 민원인 or
 * 반복민원), in English between word boundaries, a plural "s" allowed (Customers → Petitioners).
 */
const WORD_BOUNDS: Record<Lang, [string, string]> = {
  ko: ['(?<![\\uAC00-\\uD7A3])', '(?![\\uAC00-\\uD7A3])'],
  en: ['\\b', '(?=s?\\b)'],
};

/**
 * Every entity word of `renamed` replaced in `text` in one pass (so 고객→민원인 and 민원→고충민원 never
 * chain into 고충민원인); English also matches the word in lower case ("customers" → "petitioners").
 */
function substitute(text: string, renamed: readonly EffectiveTerm[], lang: Lang): string {
  const pairs = new Map<string, string>();
  for (const t of renamed) {
    pairs.set(builtInOf(t, lang), textOf(t, lang));
    if (lang === 'en') pairs.set(lowerFirst(t.builtInEn), lowerFirst(t.en));
  }
  const words = [...pairs.keys()].sort((a, b) => b.length - a.length).map(escape);
  const [before, after] = WORD_BOUNDS[lang];
  return text.replace(
    new RegExp(`${before}(?:${words.join('|')})${after}`, 'g'),
    (word) => pairs.get(word) ?? word,
  );
}

/**
 * The labels a tenant's terminology puts over the built-in dictionary, without code per screen:
 * - a message whose whole text is a renamed term's built-in text becomes the tenant's word (column
 *   headers, field labels, entity names) — renamed by the tenant or reworded by its standard edition;
 * - in menu labels and page titles a renamed entity is replaced where it occurs ("고객 세그먼트");
 * - a renamed menu entry (`menu.<nav key>`) names its menu item exactly as the tenant wrote it.
 */
export function terminologyOverrides(
  terms: readonly EffectiveTerm[],
  menuLabelKeys: Readonly<Record<string, MessageKey>>,
  dictionary: Record<Lang, Dictionary> = dictionaries,
): LabelOverrides {
  const menuLabels = new Set<string>(Object.values(menuLabelKeys));
  const result: LabelOverrides = {};
  for (const lang of LANGS) {
    const renamed = terms.filter((t) => textOf(t, lang) !== builtInOf(t, lang));
    if (!renamed.length) continue;
    const words = renamed.filter((t) => t.group !== 'MENU');
    const exact = new Map(words.map((t) => [builtInOf(t, lang), textOf(t, lang)]));
    const entities = renamed.filter((t) => t.group === 'ENTITY');
    const out: Partial<Record<MessageKey, string>> = {};
    for (const [key, text] of Object.entries(dictionary[lang]) as [MessageKey, string][]) {
      const word = exact.get(text);
      if (word !== undefined) out[key] = word;
      else if (entities.length && isHeading(key, menuLabels)) {
        const replaced = substitute(text, entities, lang);
        if (replaced !== text) out[key] = replaced;
      }
    }
    for (const t of renamed.filter((r) => r.group === 'MENU')) {
      const labelKey = menuLabelKeys[t.key.slice('menu.'.length)];
      if (labelKey) out[labelKey] = textOf(t, lang);
    }
    result[lang] = out;
  }
  return result;
}
