import { useQuery } from '@apollo/client/react';
import { useI18n } from '../i18n';
import { CATEGORIES_QUERY, type CategoryRow } from './queries';

/** The tenant's categories (with periods), a code's name in the user's language and the select options. */
export function useCategories() {
  const { lang } = useI18n();
  const query = useQuery(CATEGORIES_QUERY);
  const categories = query.data?.vocCategories ?? [];
  const byCode = new Map(categories.map((c) => [c.code, c]));
  const nameOf = (c: CategoryRow) => (lang === 'en' ? c.nameEn : c.nameKo);
  const name = (code: string | null | undefined) => {
    if (!code) return '';
    const c = byCode.get(code);
    return c ? nameOf(c) : code;
  };
  const options = categories
    .filter((c) => c.active)
    .map((c) => ({ value: c.code, label: `${nameOf(c)} (${c.code})` }));
  return { query, categories, name, nameOf, options };
}
