import { ApartmentOutlined, DragOutlined, EditOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Breadcrumb,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Input,
  Row,
  Skeleton,
  Space,
  Tag,
  Tree,
  Typography,
} from 'antd';
import type { TreeDataNode } from 'antd';
import { useEffect, useMemo, useState, type Key } from 'react';
import { Link } from 'react-router-dom';
import { useAuth } from '../auth';
import { CUSTOMIZABLE, CustomFieldsPanel } from '../customization/fields';
import { canManage, navEntry } from '../layout/nav';
import { useI18n } from '../i18n';
import { PageHeader } from '../layout/PageHeader';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { ActivationButton } from './ActivationButton';
import { CreateDepartmentModal, MoveDepartmentModal, RenameDepartmentModal } from './DepartmentFormModals';
import { DEPARTMENTS_QUERY, UPDATE_DEPARTMENT, type Department } from './queries';
import { ancestorsOf, branchIds, buildDepartmentTree, filterTree, type DepartmentNode } from './tree';

function toTreeData(
  nodes: DepartmentNode<Department>[],
  labels: { people(n: number): string; inactive: string },
): TreeDataNode[] {
  return nodes.map((n) => ({
    key: n.id,
    title: (
      <span className={n.active ? 'pcrm-dept-node' : 'pcrm-dept-node pcrm-dept-node-inactive'}>
        <span className="pcrm-dept-name" title={n.name}>
          {n.name}
        </span>
        <span className="pcrm-dept-code">{n.code}</span>
        {!n.active && <span className="pcrm-dept-inactive">{labels.inactive}</span>}
        {n.staffCount > 0 && <span className="pcrm-dept-count">{labels.people(n.staffCount)}</span>}
      </span>
    ),
    children: toTreeData(n.children, labels),
  }));
}

export function DepartmentsPage() {
  const { t } = useI18n();
  const { session } = useAuth();
  const isAdmin = canManage(navEntry('departments'), session?.roles ?? []);
  const [updateDepartment] = useMutation(UPDATE_DEPARTMENT);
  const { data, loading, error, refetch } = useQuery(DEPARTMENTS_QUERY);
  const departments = useMemo(() => data?.departments ?? [], [data]);
  const tree = useMemo(() => buildDepartmentTree(departments), [departments]);

  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [expandedKeys, setExpandedKeys] = useState<Key[] | undefined>();
  const [filter, setFilter] = useState('');
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<Department | null>(null);
  const [moving, setMoving] = useState<Department | null>(null);

  // The first time the chart arrives, open the top level (국·실·본부) so their 과 are visible.
  useEffect(() => {
    if (expandedKeys === undefined && data)
      setExpandedKeys(tree.filter((n) => n.children.length).map((n) => n.id));
  }, [data, tree, expandedKeys]);

  const query = filter.trim().toLowerCase();
  const shown = useMemo(
    () =>
      query
        ? filterTree(
            tree,
            (d) => d.name.toLowerCase().includes(query) || d.code.toLowerCase().includes(query),
          )
        : tree,
    [tree, query],
  );
  const treeData = useMemo(
    () =>
      toTreeData(shown, { people: (n) => t('common.people', { n }), inactive: t('departments.inactive') }),
    [shown, t],
  );

  const selected = departments.find((d) => d.id === selectedId);
  const parents = selected ? ancestorsOf(selected.id, departments) : [];
  const children = selected
    ? departments.filter((d) => d.parentId === selected.id).sort((a, b) => a.sortOrder - b.sortOrder)
    : [];

  return (
    <>
      <PageHeader
        title={t(isAdmin ? 'departments.title' : 'departments.titleView')}
        description={t('departments.description')}
        extra={
          isAdmin && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('departments.add')}
            </Button>
          )
        }
      />
      {error && <LoadErrorAlert error={error} onRetry={refetch} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={11} xl={10}>
          <Card
            title={
              <Space>
                <ApartmentOutlined aria-hidden />
                <span>{t('departments.tree')}</span>
              </Space>
            }
            extra={
              data && (
                <Typography.Text type="secondary">
                  {t('departments.total', { n: departments.length })}
                </Typography.Text>
              )
            }
          >
            <label htmlFor="department-filter" className="pcrm-visually-hidden">
              {t('departments.filter')}
            </label>
            <Input.Search
              id="department-filter"
              allowClear
              placeholder={t('departments.filterPlaceholder')}
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              style={{ marginBottom: 12 }}
            />
            {loading && !data ? (
              <Skeleton active paragraph={{ rows: 8 }} />
            ) : (
              <div
                data-testid="department-tree"
                role="region"
                aria-label={t('departments.treeLabel')}
                className="pcrm-dept-tree"
              >
                {treeData.length === 0 ? (
                  <Empty
                    image={Empty.PRESENTED_IMAGE_SIMPLE}
                    description={query ? t('departments.noMatch') : t('departments.empty')}
                  />
                ) : (
                  <Tree
                    showLine={{ showLeafIcon: false }}
                    blockNode
                    treeData={treeData}
                    selectedKeys={selectedId ? [selectedId] : []}
                    expandedKeys={query ? branchIds(shown) : expandedKeys}
                    onExpand={(keys) => setExpandedKeys(keys)}
                    onSelect={(keys) => setSelectedId(keys.length ? String(keys[0]) : undefined)}
                  />
                )}
              </div>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={13} xl={14}>
          <Card
            className="pcrm-sticky-card"
            title={t('departments.detail')}
            extra={
              selected &&
              isAdmin && (
                <Space wrap size={[8, 8]} className="pcrm-detail-actions">
                  <Button icon={<EditOutlined aria-hidden />} onClick={() => setRenaming(selected)}>
                    {t('departments.rename')}
                  </Button>
                  <Button icon={<DragOutlined aria-hidden />} onClick={() => setMoving(selected)}>
                    {t('departments.move')}
                  </Button>
                  <ActivationButton department={selected} />
                </Space>
              )
            }
          >
            {!selected ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('departments.selectHint')} />
            ) : (
              <div aria-live="polite">
                {parents.length > 0 && (
                  <Breadcrumb
                    className="pcrm-breadcrumb"
                    style={{ marginBottom: 12 }}
                    items={[...parents, selected].map((d) => ({
                      title:
                        d.id === selected.id ? (
                          <span className="pcrm-ellipsis" title={d.name}>
                            {d.name}
                          </span>
                        ) : (
                          <a
                            href={`#${d.id}`}
                            className="pcrm-ellipsis"
                            title={d.name}
                            onClick={(e) => {
                              e.preventDefault();
                              setSelectedId(d.id);
                            }}
                          >
                            {d.name}
                          </a>
                        ),
                    }))}
                  />
                )}
                <Typography.Title level={2} className="pcrm-detail-title" title={selected.name}>
                  {selected.name}
                </Typography.Title>
                <Descriptions
                  className="pcrm-detail"
                  bordered
                  column={1}
                  size="middle"
                  styles={{ label: { width: 160 } }}
                  items={[
                    { key: 'name', label: t('departments.name'), children: selected.name },
                    {
                      key: 'code',
                      label: t('departments.code'),
                      children: <Typography.Text code>{selected.code}</Typography.Text>,
                    },
                    {
                      key: 'parent',
                      label: t('departments.parent'),
                      children: parents.length
                        ? parents[parents.length - 1].name
                        : t('departments.parentNone'),
                    },
                    {
                      key: 'children',
                      label: t('departments.children'),
                      children: children.length ? (
                        <Space size={[4, 4]} wrap>
                          {children.map((c) => (
                            <Tag key={c.id} className="pcrm-clickable-tag">
                              <a
                                href={`#${c.id}`}
                                className="pcrm-ellipsis"
                                title={c.name}
                                onClick={(e) => {
                                  e.preventDefault();
                                  setSelectedId(c.id);
                                }}
                              >
                                {c.name}
                              </a>
                            </Tag>
                          ))}
                        </Space>
                      ) : (
                        t('common.none')
                      ),
                    },
                    {
                      key: 'staff',
                      label: t('departments.staffCount'),
                      children: (
                        <Space>
                          <span>{t('common.people', { n: selected.staffCount })}</span>
                          <Link to={`/app/staff?departmentId=${encodeURIComponent(selected.id)}`}>
                            <TeamOutlined aria-hidden /> {t('departments.viewStaff')}
                          </Link>
                        </Space>
                      ),
                    },
                    {
                      key: 'status',
                      label: t('departments.status'),
                      children: selected.active ? (
                        t('departments.statusActive')
                      ) : (
                        <span className="pcrm-dept-inactive">{t('departments.inactive')}</span>
                      ),
                    },
                    { key: 'order', label: t('departments.sortOrder'), children: selected.sortOrder },
                  ]}
                />
                <CustomFieldsPanel
                  entity={CUSTOMIZABLE.department}
                  values={selected.customFields}
                  recordLabel={selected.name}
                  editable={isAdmin}
                  save={(customFields) =>
                    updateDepartment({ variables: { input: { id: selected.id, customFields } } })
                  }
                />
              </div>
            )}
            {!isAdmin && (
              <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
                {t('departments.adminOnly')}
              </Typography.Paragraph>
            )}
          </Card>
        </Col>
      </Row>
      {isAdmin && (
        <>
          <CreateDepartmentModal
            open={creating}
            departments={departments}
            defaultParentId={selectedId}
            onClose={() => setCreating(false)}
            onCreated={(d) => {
              setSelectedId(d.id);
              if (d.parentId)
                setExpandedKeys((keys) => [...new Set([...(keys ?? []), d.parentId as string])]);
            }}
          />
          <RenameDepartmentModal department={renaming} onClose={() => setRenaming(null)} />
          <MoveDepartmentModal
            department={moving}
            departments={departments}
            onClose={() => setMoving(null)}
          />
        </>
      )}
    </>
  );
}
