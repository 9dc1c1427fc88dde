import { Tabs } from 'antd';
import { useSearchParams } from 'react-router-dom';
import '../customers/screens.css';
import '../petition-analytics/analytics.css';
import { useI18n } from '../i18n';
import { PageHeader } from '../layout/PageHeader';
import { CourtesyTab } from './CourtesyTab';
import { CsiTab } from './CsiTab';
import { RecognitionTab } from './RecognitionTab';
import { StandardsTab } from './StandardsTab';
import { useMay } from './shared';

const TABS = ['standards', 'csi', 'courtesy', 'recognition'] as const;
type TabKey = (typeof TABS)[number];

/** 서비스 이행표준·고객만족 (Hanam): standards and attainment, CSI rounds, phone courtesy, recognition. */
export function ServiceStandardsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  // The result tabs need `service-result:read`; every tenant role reads the standards themselves.
  const mayReadResults = useMay('csiRounds');
  const tabs = mayReadResults ? TABS : (['standards'] as const);
  const tab: TabKey = tabs.find((k) => k === params.get('tab')) ?? 'standards';
  return (
    <>
      <PageHeader title={t('ss.title')} description={t('ss.description')} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'standards' ? {} : { tab: key }, { replace: true })}
        destroyOnHidden
        items={[
          { key: 'standards', label: t('ss.tab.standards'), children: <StandardsTab /> },
          { key: 'csi', label: t('ss.tab.csi'), children: <CsiTab /> },
          { key: 'courtesy', label: t('ss.tab.courtesy'), children: <CourtesyTab /> },
          { key: 'recognition', label: t('ss.tab.recognition'), children: <RecognitionTab /> },
        ].filter((item) => (tabs as readonly string[]).includes(item.key))}
      />
    </>
  );
}
