import { BankOutlined, LoginOutlined, SafetyCertificateOutlined, ToolOutlined } from '@ant-design/icons';
import { Alert, Button, Radio, Skeleton, Typography } from 'antd';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { beginLogin, useAuth } from '../auth';
import { webCryptoAvailable } from '../auth/pkce';
import type { Flash } from '../auth/session';
import { clearFlashNotice, peekFlashNotice } from './flash';
import { origins } from '../config';
import { LanguageSwitch, useI18n } from '../i18n';
import { BrandMark } from '../layout/BrandMark';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { fetchRealms, type RealmInfo } from './realms';
import { SkipLink } from '../layout/SkipLink';

const LAST_REALM_KEY = 'pcrm.lastRealm';

function lastRealm(): string | undefined {
  try {
    return window.localStorage.getItem(LAST_REALM_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

const FLASH_KEYS = {
  expired: 'session.expired',
  loggedOut: 'session.loggedOut',
  loginRequired: 'session.loginRequired',
} as const;

export function StartPage() {
  const { session } = useAuth();
  const { t, lang } = useI18n();
  useDocumentTitle();
  const location = useLocation();
  const [realms, setRealms] = useState<RealmInfo[] | null>(null);
  const [loadError, setLoadError] = useState(false);
  const [reloadKey, setReloadKey] = useState(0);
  const [selected, setSelected] = useState<string | undefined>(lastRealm);
  const [pending, setPending] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [flash] = useState<Flash | null>(
    () => peekFlashNotice() ?? ((location.state as { flash?: Flash } | null)?.flash || null),
  );

  useEffect(() => {
    clearFlashNotice();
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    setLoadError(false);
    fetchRealms(controller.signal).then(
      (list) => setRealms(list),
      (e: unknown) => {
        if (!controller.signal.aborted) {
          console.error('realm list', e);
          setLoadError(true);
        }
      },
    );
    return () => controller.abort();
  }, [reloadKey]);

  const name = useCallback((r: RealmInfo) => (lang === 'en' ? r.nameEn || r.nameKo : r.nameKo), [lang]);

  if (session) return <Navigate to="/app" replace />;

  const tenants = realms?.filter((r) => r.kind === 'tenant') ?? [];
  const ministries = realms?.filter((r) => r.kind === 'ministry') ?? [];
  const platforms = realms?.filter((r) => r.kind === 'platform') ?? [];
  const selectedRealm = realms?.find((r) => r.realm === selected);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setFormError(null);
    if (!selectedRealm) {
      setFormError(t('start.chooseFirst'));
      return;
    }
    if (!webCryptoAvailable()) {
      setFormError(t('start.cryptoUnavailable'));
      return;
    }
    setPending(true);
    try {
      window.localStorage.setItem(LAST_REALM_KEY, selectedRealm.realm);
    } catch {
      /* ignore */
    }
    try {
      window.location.assign(
        await beginLogin(selectedRealm.realm, origins(), lang, {
          ko: selectedRealm.nameKo,
          en: selectedRealm.nameEn,
        }),
      );
    } catch (err) {
      console.error('login', err);
      setPending(false);
      setFormError(t('error.unknown'));
    }
  };

  const card = (r: RealmInfo) => (
    <Radio key={r.realm} value={r.realm} className="pcrm-realm-card">
      <span className="pcrm-realm-name">{name(r)}</span>
      <span className="pcrm-realm-sub" lang={lang === 'en' ? 'ko' : 'en'}>
        {lang === 'en' ? r.nameKo : r.nameEn}
      </span>
    </Radio>
  );

  return (
    <div className="pcrm-start">
      <SkipLink />
      <header className="pcrm-start-header">
        <div className="pcrm-start-header-inner">
          <BrandMark />
          <LanguageSwitch size="small" />
        </div>
      </header>
      <main id="main" className="pcrm-start-main" tabIndex={-1}>
        <section className="pcrm-start-hero">
          <Typography.Title level={1} className="pcrm-start-title">
            {t('app.title')}
          </Typography.Title>
          <Typography.Paragraph className="pcrm-start-subtitle">{t('app.subtitle')}</Typography.Paragraph>
        </section>

        <section className="pcrm-start-panel" aria-labelledby="start-heading">
          {flash && (
            <Alert
              className="pcrm-start-alert"
              type={flash === 'loggedOut' ? 'success' : 'warning'}
              showIcon
              role="alert"
              title={t(FLASH_KEYS[flash])}
            />
          )}
          <Typography.Title level={2} id="start-heading" className="pcrm-start-heading">
            {t('start.heading')}
          </Typography.Title>

          {loadError && (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={t('start.loadError')}
              action={
                <Button size="small" onClick={() => setReloadKey((k) => k + 1)}>
                  {t('common.retry')}
                </Button>
              }
            />
          )}
          {!realms && !loadError && <Skeleton active paragraph={{ rows: 6 }} />}

          {realms && (
            <form onSubmit={onSubmit} noValidate>
              <Radio.Group
                value={selected}
                onChange={(e) => {
                  setSelected(e.target.value as string);
                  setFormError(null);
                }}
                name="realm"
                className="pcrm-realm-groups"
              >
                <fieldset className="pcrm-realm-fieldset">
                  <legend>
                    <BankOutlined aria-hidden /> {t('start.tenantGroup')}
                    <span className="pcrm-legend-hint">{t('start.tenantGroupHint')}</span>
                  </legend>
                  <div className="pcrm-realm-grid">{tenants.map(card)}</div>
                </fieldset>
                {ministries.length > 0 && (
                  <fieldset className="pcrm-realm-fieldset">
                    <legend>
                      <SafetyCertificateOutlined aria-hidden /> {t('start.ministryGroup')}
                      <span className="pcrm-legend-hint">{t('start.ministryGroupHint')}</span>
                    </legend>
                    <div className="pcrm-realm-grid pcrm-realm-grid-ministry">{ministries.map(card)}</div>
                  </fieldset>
                )}
                {platforms.length > 0 && (
                  <fieldset className="pcrm-realm-fieldset">
                    <legend>
                      <ToolOutlined aria-hidden /> {t('start.platformGroup')}
                      <span className="pcrm-legend-hint">{t('start.platformGroupHint')}</span>
                    </legend>
                    <div className="pcrm-realm-grid pcrm-realm-grid-ministry">{platforms.map(card)}</div>
                  </fieldset>
                )}
              </Radio.Group>

              <div className="pcrm-start-actions">
                <div className="pcrm-start-selected" aria-live="polite">
                  {selectedRealm ? t('start.selected', { name: name(selectedRealm) }) : t('start.ssoHint')}
                </div>
                <Button
                  type="primary"
                  size="large"
                  htmlType="submit"
                  icon={<LoginOutlined aria-hidden />}
                  loading={pending}
                  className="pcrm-login-button"
                >
                  {pending ? t('start.redirecting') : t('start.login')}
                </Button>
              </div>
              {formError && (
                <Alert className="pcrm-start-alert" type="error" showIcon role="alert" title={formError} />
              )}
            </form>
          )}
        </section>
      </main>
      <footer className="pcrm-start-footer">{t('app.footer')}</footer>
    </div>
  );
}
