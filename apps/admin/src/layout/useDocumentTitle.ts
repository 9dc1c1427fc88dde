import { useEffect } from 'react';
import { useI18n } from '../i18n';

/** Each screen names itself in the browser tab and history: "<screen> · PCRM 공공고객관리". */
export function useDocumentTitle(title?: string): void {
  const { t } = useI18n();
  const app = t('app.title');
  useEffect(() => {
    document.title = title && title !== app ? `${title} · ${app}` : app;
  }, [title, app]);
}
