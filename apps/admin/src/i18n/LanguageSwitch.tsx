import { GlobalOutlined } from '@ant-design/icons';
import { Segmented, Space } from 'antd';
import { useI18n } from './I18nProvider';
import type { Lang } from './messages';

/** 한국어 / English toggle. A labelled radio group, so it is reachable and operable by keyboard. */
export function LanguageSwitch({ size = 'middle' }: { size?: 'small' | 'middle' | 'large' }) {
  const { lang, setLang, t } = useI18n();
  return (
    <Space size={6} align="center">
      <GlobalOutlined aria-hidden style={{ color: 'inherit' }} />
      <Segmented<Lang>
        aria-label={t('lang.label')}
        size={size}
        value={lang}
        onChange={setLang}
        options={[
          { label: <span lang="ko">{t('lang.ko')}</span>, value: 'ko' },
          { label: <span lang="en">{t('lang.en')}</span>, value: 'en' },
        ]}
      />
    </Space>
  );
}
