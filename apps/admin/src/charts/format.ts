import { useCallback, useMemo } from 'react';
import { useI18n } from '../i18n';

/** Dates and times in the user's language (ko-KR or en-GB), for ISO strings from the API. */
export function useDateFormat(withTime = false): (iso: unknown) => string {
  const { lang } = useI18n();
  const format = useMemo(
    () =>
      new Intl.DateTimeFormat(
        lang === 'en' ? 'en-GB' : 'ko-KR',
        withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' },
      ),
    [lang, withTime],
  );
  return useCallback(
    (iso) => (typeof iso === 'string' && iso ? format.format(new Date(iso)) : '—'),
    [format],
  );
}

/** A percentage with at most one decimal ("87.5%"), or a dash for no value. */
export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${Math.round(value * 10) / 10}%`;
}
