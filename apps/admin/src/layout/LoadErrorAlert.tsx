import type { CSSProperties } from 'react';
import { Alert, Button } from 'antd';
import { errorMessage } from '../graphql';
import { useI18n } from '../i18n';

/** A screen's "could not load" notice, in the user's language, with a retry button. */
export function LoadErrorAlert({
  error,
  onRetry,
  style = { marginBottom: 16 },
}: {
  error: unknown;
  onRetry: () => unknown;
  style?: CSSProperties;
}) {
  const { t, lang } = useI18n();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('error.loadFailed')}
      description={errorMessage(error, lang)}
      action={<Button onClick={() => void onRetry()}>{t('common.retry')}</Button>}
      style={style}
    />
  );
}
