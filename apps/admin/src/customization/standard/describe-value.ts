import type { Lang } from '../../i18n';

const UNITS: Record<string, { ko: string; en: string }> = {
  HOURS: { ko: '시간', en: 'hours' },
  DAYS: { ko: '일', en: 'days' },
  WEEKS: { ko: '주', en: 'weeks' },
  MONTHS: { ko: '개월', en: 'months' },
  YEARS: { ko: '년', en: 'years' },
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const pick = (o: Obj, lang: Lang, ko: string, en: string) =>
  String((lang === 'ko' ? o[ko] : o[en]) ?? o[ko] ?? '');

/** One element of the standard or of the tenant (a StandardValue) as a short line of text. */
export function describeValue(area: string, value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return '—';
  if (!isObj(value)) return String(value);
  switch (area) {
    case 'PERIOD':
      return `${String(value.value)}${lang === 'ko' ? '' : ' '}${UNITS[String(value.unit)]?.[lang] ?? String(value.unit)}`;
    case 'CATEGORY': {
      const keywords = Array.isArray(value.keywords) ? value.keywords.join(', ') : '';
      return `${pick(value, lang, 'nameKo', 'nameEn')}${keywords ? ` · ${keywords}` : ''}`;
    }
    case 'CUSTOM_FIELD':
      return `${pick(value, lang, 'labelKo', 'labelEn')} (${String(value.type ?? '')})`;
    case 'TERMINOLOGY':
      return pick(value, lang, 'ko', 'en');
    default:
      return Object.keys(value).length ? JSON.stringify(value) : '—';
  }
}
