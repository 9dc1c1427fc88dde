import { Button, Result, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { origins } from '../config';
import { useI18n } from '../i18n';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import type { MessageKey } from '../i18n/messages';
import { useAuth } from './AuthProvider';
import { completeLogin, LoginError } from './oidc';
import { takeReturnTo, type Session } from './session';

/**
 * One exchange per authorization response, even when React runs the effect twice (StrictMode) or
 * the component remounts: an authorization code can be redeemed only once.
 */
const exchanges = new Map<string, Promise<Session>>();

export function CallbackPage() {
  const { search } = useLocation();
  const navigate = useNavigate();
  const { signIn } = useAuth();
  const { t } = useI18n();
  useDocumentTitle(t('callback.processing'));
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let active = true;
    let exchange = exchanges.get(search);
    if (!exchange) {
      exchange = completeLogin(new URLSearchParams(search), origins());
      exchanges.set(search, exchange);
    }
    exchange.then(
      (session) => {
        if (!active) return;
        signIn(session);
        navigate(takeReturnTo() ?? '/app', { replace: true });
      },
      (e: unknown) => {
        if (active) setError(e);
      },
    );
    return () => {
      active = false;
    };
  }, [search, signIn, navigate]);

  if (error) {
    let description: string;
    if (error instanceof LoginError) {
      description = t(`callback.error.${error.kind}` as MessageKey, { detail: error.detail ?? '' });
    } else {
      description = t('error.unknown');
    }
    return (
      <main className="pcrm-center-page" id="main">
        <Result
          status="error"
          title={<h1 className="pcrm-result-title">{t('callback.failed')}</h1>}
          subTitle={<span role="alert">{description}</span>}
          extra={
            <Button type="primary" onClick={() => navigate('/', { replace: true })}>
              {t('common.backToStart')}
            </Button>
          }
        />
      </main>
    );
  }

  return (
    <main className="pcrm-center-page" id="main" aria-busy="true">
      <Spin size="large" />
      <p role="status" style={{ marginTop: 16 }}>
        {t('callback.processing')}
      </p>
    </main>
  );
}
