import { useI18n } from '../i18n';

/** Product mark shown in the header of the start page and the app shell. */
export function BrandMark({ compact = false }: { compact?: boolean }) {
  const { t } = useI18n();
  return (
    <span className="pcrm-brand">
      <img src="/favicon.svg" alt="" width={28} height={28} className="pcrm-brand-logo" />
      <span className="pcrm-brand-text">
        <span className="pcrm-brand-name">PCRM</span>
        {!compact && <span className="pcrm-brand-sub">{t('app.title').replace(/^PCRM\s*/, '')}</span>}
      </span>
    </span>
  );
}
