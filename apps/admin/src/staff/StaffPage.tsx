import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Descriptions, Drawer, Empty, Input, Space, Switch, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { displayRoles, roleLabelKey, useAuth } from '../auth';
import { CUSTOMIZABLE, CustomFieldsPanel } from '../customization/fields';
import { DepartmentSelect } from '../departments/DepartmentSelect';
import { DEPARTMENTS_QUERY } from '../departments/queries';
import { useI18n } from '../i18n';
import { canManage, navEntry } from '../layout/nav';
import { PageHeader } from '../layout/PageHeader';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { positionLabel } from './positions';
import { STAFF_PAGE_SIZE, STAFF_QUERY, UPDATE_STAFF_CUSTOM_FIELDS, type StaffMember } from './queries';

export function StaffPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const departmentId = params.get('departmentId') || undefined;
  // A department's staff include its sub-units' unless the user switches that off (`sub=0`).
  const includeSubunits = params.get('sub') !== '0';
  const search = params.get('q')?.trim() || undefined;
  const [searchText, setSearchText] = useState(search ?? '');
  const [loadingMore, setLoadingMore] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);

  useEffect(() => setSearchText(search ?? ''), [search]);

  const departmentsResult = useQuery(DEPARTMENTS_QUERY);
  const departments = useMemo(() => departmentsResult.data?.departments ?? [], [departmentsResult.data]);

  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(STAFF_QUERY, {
    variables: {
      first: STAFF_PAGE_SIZE,
      departmentId: departmentId ?? null,
      includeSubunits,
      search: search ?? null,
    },
  });
  const connection = (data ?? previousData)?.staff;
  const rows = useMemo(() => connection?.edges.map((e) => e.node) ?? [], [connection]);
  const opened = rows.find((r) => r.id === openId) ?? null;

  const update = (next: { departmentId?: string; q?: string; includeSubunits?: boolean }) => {
    const merged = { departmentId, q: search, includeSubunits, ...next };
    const p = new URLSearchParams();
    if (merged.departmentId) p.set('departmentId', merged.departmentId);
    if (merged.q) p.set('q', merged.q);
    if (!merged.includeSubunits) p.set('sub', '0');
    setParams(p, { replace: true });
  };

  const loadMore = async () => {
    if (!connection?.pageInfo.hasNextPage) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };

  const columns: TableColumnsType<StaffMember> = [
    {
      title: t('staff.col.name'),
      dataIndex: 'name',
      key: 'name',
      width: 120,
      ellipsis: true,
      render: (name: string, s) => (
        <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => setOpenId(s.id)}>
          <strong>{name}</strong>
        </Button>
      ),
    },
    {
      title: t('staff.col.username'),
      dataIndex: 'username',
      key: 'username',
      width: 140,
      responsive: ['sm'],
      render: (u: string | null) => (u ? <span className="pcrm-mono">{u}</span> : '—'),
    },
    {
      title: t('staff.col.department'),
      key: 'department',
      ellipsis: true,
      render: (_, s) => s.department?.name ?? '—',
    },
    {
      title: t('staff.col.position'),
      dataIndex: 'position',
      key: 'position',
      width: 130,
      ellipsis: true,
      render: (p: string | null) => (p ? positionLabel(p, t) : '—'),
    },
    {
      title: t('staff.col.roles'),
      key: 'roles',
      responsive: ['md'],
      render: (_, s) => {
        const roles = displayRoles(s.roles);
        return roles.length ? (
          <Space size={[4, 4]} wrap>
            {roles.map((r) => (
              <Tag key={r} className={`pcrm-role-tag pcrm-role-${r}`}>
                {t(roleLabelKey(r))}
              </Tag>
            ))}
          </Space>
        ) : (
          '—'
        );
      },
    },
    {
      // Masked by the API for roles without the staff-contact permission (010-****-4211).
      title: t('staff.col.phone'),
      dataIndex: 'phone',
      key: 'phone',
      width: 140,
      responsive: ['lg'],
      render: (p: string | null) => (p ? <span className="pcrm-mono">{p}</span> : '—'),
    },
    {
      title: t('staff.col.email'),
      dataIndex: 'email',
      key: 'email',
      responsive: ['xl'],
      render: (m: string | null) => (m ? <a href={`mailto:${m}`}>{m}</a> : '—'),
    },
  ];

  return (
    <>
      <PageHeader title={t('staff.title')} description={t('staff.description')} />
      <Card className="pcrm-filter-card">
        <form
          className="pcrm-filter-bar"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            update({ q: searchText.trim() || undefined });
          }}
        >
          <div className="pcrm-filter-field">
            <label htmlFor="staff-search">{t('staff.search')}</label>
            <Input
              id="staff-search"
              allowClear
              value={searchText}
              placeholder={t('staff.searchPlaceholder')}
              onChange={(e) => {
                setSearchText(e.target.value);
                if (!e.target.value && search) update({ q: undefined });
              }}
              prefix={<SearchOutlined aria-hidden />}
              style={{ width: 240 }}
            />
          </div>
          <div className="pcrm-filter-field">
            <label htmlFor="staff-department">{t('staff.department')}</label>
            <DepartmentSelect
              id="staff-department"
              departments={departments}
              loading={departmentsResult.loading}
              value={departmentId}
              onChange={(v) => update({ departmentId: v })}
              placeholder={t('staff.allDepartments')}
              style={{ width: 280, maxWidth: '100%' }}
            />
          </div>
          <div className="pcrm-filter-field pcrm-filter-switch">
            <label htmlFor="staff-subunits">{t('staff.includeSubunits')}</label>
            <Switch
              id="staff-subunits"
              checked={includeSubunits}
              disabled={!departmentId}
              onChange={(on) => update({ includeSubunits: on })}
            />
          </div>
          <Space className="pcrm-filter-actions">
            <Button type="primary" htmlType="submit" icon={<SearchOutlined aria-hidden />}>
              {t('staff.search')}
            </Button>
            <Button
              icon={<ReloadOutlined aria-hidden />}
              onClick={() => {
                setSearchText('');
                setParams(new URLSearchParams(), { replace: true });
              }}
            >
              {t('staff.reset')}
            </Button>
          </Space>
        </form>
      </Card>

      {error && <LoadErrorAlert error={error} onRetry={refetch} style={{ margin: '16px 0' }} />}

      <Card className="pcrm-table-card">
        <Table<StaffMember>
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={loading && !loadingMore}
          pagination={false}
          size="middle"
          tableLayout="fixed"
          locale={{
            emptyText: error ? (
              ' '
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('staff.empty')} />
            ),
          }}
          title={() => (
            <span className="pcrm-table-caption" aria-live="polite">
              {connection
                ? t('staff.count', { total: connection.totalCount, shown: rows.length })
                : loading
                  ? t('common.loading')
                  : ''}
            </span>
          )}
        />
        <StaffDrawer staff={opened} onClose={() => setOpenId(null)} />
        {connection?.pageInfo.hasNextPage && (
          <div className="pcrm-load-more">
            <Button onClick={() => void loadMore()} loading={loadingMore} size="large">
              {t('staff.more')} ({rows.length} / {connection.totalCount})
            </Button>
          </div>
        )}
      </Card>
    </>
  );
}

/** One staff member: what the identity provider gives, and the tenant's custom fields (editable by org admins). */
function StaffDrawer({ staff, onClose }: { staff: StaffMember | null; onClose(): void }) {
  const { t } = useI18n();
  const { session } = useAuth();
  const [update] = useMutation(UPDATE_STAFF_CUSTOM_FIELDS);
  const roles = staff ? displayRoles(staff.roles) : [];
  return (
    <Drawer
      open={staff !== null}
      onClose={onClose}
      title={staff?.name}
      size="large"
      closable={{ 'aria-label': t('common.close') }}
      destroyOnHidden
    >
      {staff && (
        <>
          <Descriptions
            className="pcrm-detail"
            bordered
            column={1}
            size="small"
            items={[
              { key: 'username', label: t('staff.col.username'), children: staff.username ?? '—' },
              {
                key: 'department',
                label: t('staff.col.department'),
                children: staff.department?.name ?? '—',
              },
              {
                key: 'position',
                label: t('staff.col.position'),
                children: staff.position ? positionLabel(staff.position, t) : '—',
              },
              {
                key: 'roles',
                label: t('staff.col.roles'),
                children: roles.length ? roles.map((r) => t(roleLabelKey(r))).join(', ') : '—',
              },
              { key: 'phone', label: t('staff.col.phone'), children: staff.phone ?? '—' },
              { key: 'email', label: t('staff.col.email'), children: staff.email ?? '—' },
            ]}
          />
          <CustomFieldsPanel
            entity={CUSTOMIZABLE.staff}
            values={staff.customFields}
            recordLabel={staff.name}
            editable={canManage(navEntry('departments'), session?.roles ?? [])}
            save={(customFields) => update({ variables: { id: staff.id, customFields } })}
          />
        </>
      )}
    </Drawer>
  );
}
