import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import koKR from 'antd/locale/ko_KR';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from './App';
import { AuthProvider } from './auth';
import { GraphQLProvider } from './graphql';
import { I18nProvider, useI18n } from './i18n';
import './styles.css';
import { theme } from './theme';

function LocalizedAntd({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : koKR} theme={theme}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('#root missing');

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <LocalizedAntd>
        <BrowserRouter>
          <AuthProvider>
            <GraphQLProvider>
              <App />
            </GraphQLProvider>
          </AuthProvider>
        </BrowserRouter>
      </LocalizedAntd>
    </I18nProvider>
  </StrictMode>,
);
