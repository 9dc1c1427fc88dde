import { useI18n } from '../i18n';

/** KWCAG: the first tab stop jumps over the header to the page's main content (`#main`). */
export function SkipLink() {
  const { t } = useI18n();
  return (
    <a className="pcrm-skip-link" href="#main">
      {t('layout.skipToContent')}
    </a>
  );
}
