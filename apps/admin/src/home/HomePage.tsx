import { ApartmentOutlined, ArrowRightOutlined, BarChartOutlined, TeamOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Card, Col, Descriptions, Row, Space, Statistic, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { displayRoles, hasAnyRole, MINISTRY_ROLES, roleLabelKey, TENANT_ROLES, useAuth } from '../auth';
import { DEPARTMENTS_QUERY } from '../departments/queries';
import { ME_QUERY } from '../graphql';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/messages';
import { canManage, navEntry, navLabelKey } from '../layout/nav';
import { PageHeader } from '../layout/PageHeader';
import { TENANTS_QUERY } from '../tenants/queries';
import { STAFF_TOTAL_QUERY } from './queries';

function Shortcut({ to, icon, title, text }: { to: string; icon: ReactNode; title: string; text: string }) {
  return (
    <Link to={to} className="pcrm-shortcut">
      <span className="pcrm-shortcut-icon" aria-hidden>
        {icon}
      </span>
      <span className="pcrm-shortcut-body">
        <span className="pcrm-shortcut-title">{title}</span>
        <span className="pcrm-shortcut-text">{text}</span>
      </span>
      <ArrowRightOutlined aria-hidden className="pcrm-shortcut-arrow" />
    </Link>
  );
}

export function HomePage() {
  const { t, lang } = useI18n();
  const { session } = useAuth();
  const roles = session?.roles ?? [];
  const isTenantUser = hasAnyRole(roles, TENANT_ROLES);
  const isMinistry = hasAnyRole(roles, MINISTRY_ROLES);
  const isPlatform = session?.realm === 'platform';
  const departmentsEntry = navEntry('departments');
  const managesDepartments = canManage(departmentsEntry, roles);

  const me = useQuery(ME_QUERY, { fetchPolicy: 'cache-first' }).data?.me;
  const departments = useQuery(DEPARTMENTS_QUERY, { skip: !isTenantUser });
  const staff = useQuery(STAFF_TOTAL_QUERY, { skip: !isTenantUser });
  const tenants = useQuery(TENANTS_QUERY, { skip: !isMinistry });

  const displayName = me?.name || session?.name || session?.username || '';
  const orgName = me?.tenant
    ? lang === 'en'
      ? me.tenant.nameEn
      : me.tenant.nameKo
    : isTenantUser
      ? (lang === 'en' ? session?.orgNameEn : session?.orgNameKo) || session?.realm || ''
      : t(isPlatform ? 'layout.platform' : 'layout.ministry');
  const label = (key: MessageKey) => t(key);

  return (
    <>
      <PageHeader
        title={t('home.welcome', { name: displayName })}
        description={
          isTenantUser
            ? t(managesDepartments ? 'home.tenantIntroAdmin' : 'home.tenantIntro', { tenant: orgName })
            : t(isPlatform ? 'home.platformIntro' : 'home.ministryIntro')
        }
      />
      <Row gutter={[16, 16]}>
        {isTenantUser && (
          <>
            <Col xs={24} sm={12} xl={6}>
              <Card>
                <Statistic
                  title={label('home.departments')}
                  value={departments.data?.departments.length ?? '—'}
                  loading={departments.loading && !departments.data}
                  prefix={<ApartmentOutlined aria-hidden />}
                />
              </Card>
            </Col>
            <Col xs={24} sm={12} xl={6}>
              <Card>
                <Statistic
                  title={label('home.staff')}
                  value={staff.data?.staff.totalCount ?? '—'}
                  loading={staff.loading && !staff.data}
                  prefix={<TeamOutlined aria-hidden />}
                />
              </Card>
            </Col>
          </>
        )}
        {isMinistry && (
          <Col xs={24} sm={12} xl={6}>
            <Card>
              <Statistic
                title={label('home.tenants')}
                value={tenants.data?.tenants.length ?? '—'}
                loading={tenants.loading && !tenants.data}
                prefix={<BarChartOutlined aria-hidden />}
              />
            </Card>
          </Col>
        )}
        <Col xs={24} xl={12}>
          <Card title={t('home.account')} size="small">
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'org', label: t('home.organization'), children: orgName },
                {
                  key: 'user',
                  label: t('home.username'),
                  children: <span className="pcrm-mono">{session?.username}</span>,
                },
                {
                  key: 'roles',
                  label: t('layout.roles'),
                  children: (
                    <Space size={[4, 4]} wrap>
                      {displayRoles(me?.roles ?? roles).map((r) => (
                        <Tag key={r} className={`pcrm-role-tag pcrm-role-${r}`}>
                          {t(roleLabelKey(r))}
                        </Tag>
                      ))}
                    </Space>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Typography.Title level={2} className="pcrm-section-title">
        {t('home.shortcuts')}
      </Typography.Title>
      <div className="pcrm-shortcuts">
        {isTenantUser && (
          <>
            <Shortcut
              to="/app/departments"
              icon={<ApartmentOutlined />}
              title={t(navLabelKey(departmentsEntry, roles))}
              text={t(managesDepartments ? 'home.shortcut.departments' : 'home.shortcut.departmentsView')}
            />
            <Shortcut
              to="/app/staff"
              icon={<TeamOutlined />}
              title={t('nav.staff')}
              text={t('home.shortcut.staff')}
            />
          </>
        )}
        {isMinistry && (
          <Shortcut
            to="/app/tenants"
            icon={<BarChartOutlined />}
            title={t('nav.tenants')}
            text={t('home.shortcut.tenants')}
          />
        )}
      </div>
    </>
  );
}
