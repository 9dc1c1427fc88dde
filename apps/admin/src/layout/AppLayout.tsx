import { LogoutOutlined, MenuFoldOutlined, MenuUnfoldOutlined, UserOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Avatar, Button, Layout, Menu, Spin, Tag } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { displayRoles, hasAnyRole, roleLabelKey, useAuth } from '../auth';
import { ME_QUERY } from '../graphql';
import { LanguageSwitch, useI18n } from '../i18n';
import { BrandMark } from './BrandMark';
import { activeEntry, NAV_ENTRIES, navHref } from './nav';
import { SkipLink } from './SkipLink';

const { Header, Sider, Content } = Layout;

export function AppLayout() {
  const { session, logout } = useAuth();
  const { t, lang } = useI18n();
  const { pathname } = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const { data } = useQuery(ME_QUERY, { fetchPolicy: 'cache-first' });

  const me = data?.me;
  const roles = me?.roles ?? session?.roles ?? [];
  const visible = useMemo(
    () => NAV_ENTRIES.filter((e) => hasAnyRole(session?.roles ?? [], e.roles)),
    [session],
  );
  const active = activeEntry(pathname);

  const isMinistry = session?.realm === 'ministry' || (me !== undefined && me.tenant === null);
  const orgName = me?.tenant
    ? lang === 'en'
      ? me.tenant.nameEn
      : me.tenant.nameKo
    : isMinistry
      ? t('layout.ministry')
      : (lang === 'en' ? session?.orgNameEn : session?.orgNameKo) || session?.realm || '';
  const username = me?.username ?? session?.username ?? '';
  const displayName = me?.name || session?.name || username;

  return (
    <Layout className="pcrm-shell">
      <SkipLink />
      <Header className="pcrm-header">
        <Button
          type="text"
          className="pcrm-nav-toggle"
          icon={collapsed ? <MenuUnfoldOutlined aria-hidden /> : <MenuFoldOutlined aria-hidden />}
          onClick={() => setCollapsed((c) => !c)}
          aria-label={collapsed ? t('layout.expand') : t('layout.collapse')}
          aria-expanded={!collapsed}
          aria-controls="pcrm-sider"
        />
        <Link to="/app" className="pcrm-header-brand" aria-label={t('nav.home')}>
          <BrandMark compact />
        </Link>
        <span className="pcrm-header-org" data-testid="tenant-name">
          {orgName}
        </span>
        <div className="pcrm-header-spacer" />
        <LanguageSwitch size="small" />
        <div className="pcrm-header-user" aria-label={t('layout.user')}>
          <Avatar size="small" icon={<UserOutlined />} className="pcrm-header-avatar" aria-hidden />
          <span className="pcrm-header-username" data-testid="user-name">
            {displayName}
            {displayName !== username && <span className="pcrm-header-login"> ({username})</span>}
          </span>
          <span className="pcrm-header-roles" aria-label={t('layout.roles')}>
            {displayRoles(roles).map((r) => (
              <Tag
                key={r}
                color={r === 'tenant-admin' ? 'gold' : r === 'ministry-analyst' ? 'purple' : 'blue'}
              >
                {t(roleLabelKey(r))}
              </Tag>
            ))}
          </span>
        </div>
        <Button icon={<LogoutOutlined aria-hidden />} onClick={logout} className="pcrm-logout">
          {t('layout.logout')}
        </Button>
      </Header>
      <Layout>
        <Sider
          width={232}
          theme="light"
          id="pcrm-sider"
          collapsible
          collapsed={collapsed}
          onBreakpoint={(broken) => setCollapsed(broken)}
          breakpoint="lg"
          className="pcrm-sider"
          trigger={null}
        >
          <nav aria-label={t('layout.mainNav')}>
            <Menu
              mode="inline"
              selectedKeys={active ? [active.key] : []}
              items={visible.map((e) => ({
                key: e.key,
                icon: e.icon,
                label: (
                  <Link to={navHref(e)} aria-current={active?.key === e.key ? 'page' : undefined}>
                    {t(e.labelKey)}
                  </Link>
                ),
              }))}
            />
          </nav>
        </Sider>
        <Content id="main" className="pcrm-content" tabIndex={-1}>
          <Suspense
            fallback={
              <div className="pcrm-page-loading">
                <Spin />
              </div>
            }
          >
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}
