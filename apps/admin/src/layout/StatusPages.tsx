import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n, type MessageKey } from '../i18n';
import { useDocumentTitle } from './useDocumentTitle';

/** A full-page status (no access, no such page) with the way back home. */
function StatusPage({
  status,
  title,
  text,
}: {
  status: 'warning' | 'info';
  title: MessageKey;
  text: MessageKey;
}) {
  const { t } = useI18n();
  useDocumentTitle(t(title));
  return (
    <Result
      status={status}
      title={<h1 className="pcrm-result-title">{t(title)}</h1>}
      subTitle={t(text)}
      extra={
        <Link to="/app">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
    />
  );
}

export const ForbiddenPage = () => (
  <StatusPage status="warning" title="error.forbiddenTitle" text="error.forbidden" />
);
export const NotFoundPage = () => (
  <StatusPage status="info" title="error.notFoundTitle" text="error.notFound" />
);
