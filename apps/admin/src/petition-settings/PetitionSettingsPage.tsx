import { Tabs } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useI18n } from '../i18n';
import { PageHeader } from '../layout/PageHeader';
import { CategoriesTab } from './CategoriesTab';
import { RoutingRulesTab } from './RoutingRulesTab';
import './petition-settings.css';

const TABS = ['rules', 'categories'] as const;
type TabKey = (typeof TABS)[number];

/** 민원 분류·배정 설정: the tenant's petition routing rules and its categories with their statutory periods. */
export function PetitionSettingsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const tab: TabKey = TABS.find((k) => k === params.get('tab')) ?? 'rules';
  return (
    <>
      <PageHeader title={t('pset.title')} description={t('pset.description')} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'rules' ? {} : { tab: key }, { replace: true })}
        items={[
          { key: 'rules', label: t('pset.tab.rules'), children: <RoutingRulesTab /> },
          { key: 'categories', label: t('pset.tab.categories'), children: <CategoriesTab /> },
        ]}
      />
    </>
  );
}
