import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { hasAnyRole, MINISTRY_ROLES, useAuth, type Role } from '../auth';
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

/** Whom to ask depends on who is asking: a ministry account has no 시·도 관리자. */
function forbiddenText(userRoles: readonly string[], required?: readonly Role[]): MessageKey {
  if (hasAnyRole(userRoles, MINISTRY_ROLES)) return 'error.forbiddenMinistry';
  if (required && required.every((r) => MINISTRY_ROLES.includes(r))) return 'error.forbiddenTenant';
  return 'error.forbidden';
}

export function ForbiddenPage({ required }: { required?: readonly Role[] }) {
  const { session } = useAuth();
  return (
    <StatusPage
      status="warning"
      title="error.forbiddenTitle"
      text={forbiddenText(session?.roles ?? [], required)}
    />
  );
}

export const NotFoundPage = () => (
  <StatusPage status="info" title="error.notFoundTitle" text="error.notFound" />
);
