import { useQuery } from '@apollo/client/react';
import { Alert, Card, Tabs } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { mayRun, useAuth } from '../../auth';
import { useI18n } from '../../i18n';
import { LoadErrorAlert } from '../../layout/LoadErrorAlert';
import { PageHeader } from '../../layout/PageHeader';
import { SenderCard } from '../../notification-templates/SenderCard';
import { SENDER_SETTINGS_QUERY } from './queries';
import { VocSettingsForm } from './VocSettingsForm';

const TABS = ['voc', 'sender', 'holidays', 'categories'] as const;
type TabKey = (typeof TABS)[number];

function SenderTab() {
  const { t } = useI18n();
  const query = useQuery(SENDER_SETTINGS_QUERY);
  if (query.error) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return query.data ? (
    <SenderCard settings={query.data.notificationSettings} />
  ) : (
    <p>{t('common.loading')}</p>
  );
}

/** A reference list kept on its own screen: what it is, and the way there. */
function LinkTab({ text, to, label }: { text: string; to: string; label: string }) {
  return (
    <Card>
      <p>{text}</p>
      <Link to={to}>{label}</Link>
    </Card>
  );
}

/**
 * 기준 정보: the tenant's reference data in one place. The petition handling values and the SMS sender are
 * edited here; holidays and categories with their statutory periods keep their own screens, linked.
 */
export function ReferenceDataPage() {
  const { t } = useI18n();
  const { session } = useAuth();
  const roles = session?.roles ?? [];
  const [params, setParams] = useSearchParams();
  const tab: TabKey = TABS.find((k) => k === params.get('tab')) ?? 'voc';
  return (
    <>
      <PageHeader title={t('refdata.title')} description={t('refdata.description')} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'voc' ? {} : { tab: key }, { replace: true })}
        items={[
          {
            key: 'voc',
            label: t('refdata.tab.voc'),
            children: <VocSettingsForm mayEdit={mayRun(roles, 'updateVocSettings')} />,
          },
          {
            key: 'sender',
            label: t('refdata.tab.sender'),
            children: mayRun(roles, 'updateNotificationSettings') ? (
              <SenderTab />
            ) : (
              <Alert type="info" showIcon title={t('refdata.sender.readOnly')} />
            ),
          },
          {
            key: 'holidays',
            label: t('refdata.tab.holidays'),
            children: (
              <LinkTab
                text={t('refdata.holidays.text')}
                to="/app/business-calendar"
                label={t('refdata.holidays.link')}
              />
            ),
          },
          {
            key: 'categories',
            label: t('refdata.tab.categories'),
            children: (
              <LinkTab
                text={t('refdata.categories.text')}
                to="/app/petition-settings?tab=categories"
                label={t('refdata.categories.link')}
              />
            ),
          },
        ]}
      />
    </>
  );
}
