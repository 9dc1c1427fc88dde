import {
  LogoutOutlined,
  MenuFoldOutlined,
  MenuOutlined,
  MenuUnfoldOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Avatar, Button, Drawer, Grid, Layout, Menu, Spin, Tag, type MenuProps } from 'antd';
import { Suspense, useEffect, useMemo, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { displayRoles, hasAnyRole, roleLabelKey, useAuth } from '../auth';
import { ME_QUERY } from '../graphql';
import { LanguageSwitch, useI18n } from '../i18n';
import { BrandMark } from './BrandMark';
import { activeEntry, NAV_ENTRIES, NAV_GROUPS, navHref, navLabelKey, type NavEntry } from './nav';
import { SkipLink } from './SkipLink';

const { Header, Sider, Content } = Layout;

export function AppLayout() {
  const { session, logout } = useAuth();
  const { t, lang } = useI18n();
  const { pathname } = useLocation();
  // Below `lg` the menu is a drawer over the content; from `lg` up a side column that can collapse.
  const wide = Grid.useBreakpoint().lg ?? true;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const { data } = useQuery(ME_QUERY, { fetchPolicy: 'cache-first' });

  const me = data?.me;
  const roles = me?.roles ?? session?.roles ?? [];
  const sessionRoles = session?.roles;
  const visible = useMemo(
    () => NAV_ENTRIES.filter((e) => hasAnyRole(sessionRoles ?? [], e.roles)),
    [sessionRoles],
  );
  const active = activeEntry(pathname);

  useEffect(() => setDrawerOpen(false), [pathname, wide]);

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
  const userLabel = displayName !== username ? `${displayName} (${username})` : displayName;

  type MenuItem = NonNullable<MenuProps['items']>[number];
  const item = (e: NavEntry): MenuItem => ({
    key: e.key,
    icon: e.icon,
    label: (
      <Link to={navHref(e)} aria-current={active?.key === e.key ? 'page' : undefined}>
        {t(navLabelKey(e, sessionRoles ?? []))}
      </Link>
    ),
  });
  // Grouped entries become one submenu, placed where the group's first visible entry is.
  const items = visible.flatMap((e): MenuItem[] => {
    if (!e.group) return [item(e)];
    const members = visible.filter((m) => m.group === e.group);
    if (members[0] !== e) return [];
    const group = NAV_GROUPS[e.group];
    return [
      { key: `group:${e.group}`, icon: group.icon, label: t(group.labelKey), children: members.map(item) },
    ];
  });
  const [openGroups, setOpenGroups] = useState<string[]>(() =>
    active?.group ? [`group:${active.group}`] : [],
  );
  const menu = (
    <nav aria-label={t('layout.mainNav')}>
      <Menu
        mode="inline"
        selectedKeys={active ? [active.key] : []}
        // A collapsed side column shows submenus as pop-ups that antd opens itself.
        {...(wide && collapsed ? {} : { openKeys: openGroups, onOpenChange: setOpenGroups })}
        items={items}
      />
    </nav>
  );

  return (
    <Layout className="pcrm-shell">
      <SkipLink />
      <Header className="pcrm-header">
        {wide ? (
          <Button
            type="text"
            className="pcrm-nav-toggle"
            icon={collapsed ? <MenuUnfoldOutlined aria-hidden /> : <MenuFoldOutlined aria-hidden />}
            onClick={() => setCollapsed((c) => !c)}
            aria-label={collapsed ? t('layout.expand') : t('layout.collapse')}
            aria-expanded={!collapsed}
            aria-controls="pcrm-sider"
          />
        ) : (
          <Button
            type="text"
            className="pcrm-nav-toggle"
            icon={<MenuOutlined aria-hidden />}
            onClick={() => setDrawerOpen(true)}
            aria-label={t('layout.openMenu')}
            aria-expanded={drawerOpen}
            aria-haspopup="dialog"
          />
        )}
        <Link to="/app" className="pcrm-header-brand" aria-label={t('nav.home')}>
          <BrandMark compact />
        </Link>
        <span className="pcrm-header-org" data-testid="tenant-name" title={orgName}>
          {orgName}
        </span>
        <div className="pcrm-header-spacer" />
        <LanguageSwitch size="small" />
        <div className="pcrm-header-user" role="group" aria-label={t('layout.user')} title={userLabel}>
          <Avatar size="small" icon={<UserOutlined />} className="pcrm-header-avatar" aria-hidden />
          <span className="pcrm-header-username" data-testid="user-name">
            {displayName}
            {displayName !== username && <span className="pcrm-header-login"> ({username})</span>}
          </span>
          <span className="pcrm-header-roles" aria-label={t('layout.roles')}>
            {displayRoles(roles).map((r) => (
              <Tag key={r} className={`pcrm-role-tag pcrm-role-${r}`}>
                {t(roleLabelKey(r))}
              </Tag>
            ))}
          </span>
        </div>
        <Button
          icon={<LogoutOutlined aria-hidden />}
          onClick={logout}
          className="pcrm-logout"
          aria-label={t('layout.logout')}
        >
          <span className="pcrm-logout-text">{t('layout.logout')}</span>
        </Button>
      </Header>
      <Layout>
        {wide ? (
          <Sider
            width={232}
            theme="light"
            id="pcrm-sider"
            collapsible
            collapsed={collapsed}
            className="pcrm-sider"
            trigger={null}
          >
            {menu}
          </Sider>
        ) : (
          <Drawer
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            size={280}
            title={<BrandMark compact />}
            closable={{ 'aria-label': t('layout.closeMenu') }}
            className="pcrm-nav-drawer"
            styles={{ body: { padding: 0 } }}
          >
            <div className="pcrm-drawer-org">{orgName}</div>
            {menu}
          </Drawer>
        )}
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
