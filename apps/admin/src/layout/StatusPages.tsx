import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../i18n';

export function ForbiddenPage() {
  const { t } = useI18n();
  return (
    <Result
      status="warning"
      title={<h1 className="pcrm-result-title">{t('error.forbiddenTitle')}</h1>}
      subTitle={t('error.forbidden')}
      extra={
        <Link to="/app">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
    />
  );
}

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Result
      status="info"
      title={<h1 className="pcrm-result-title">{t('error.notFoundTitle')}</h1>}
      subTitle={t('error.notFound')}
      extra={
        <Link to="/app">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
    />
  );
}
