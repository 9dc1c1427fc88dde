import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  InboxOutlined,
  PlusOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Empty, Popconfirm, Select, Space, Switch, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { mayRun, useAuth } from '../../auth';
import { errorMessage } from '../../graphql';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/messages';
import { LoadErrorAlert } from '../../layout/LoadErrorAlert';
import { PageHeader } from '../../layout/PageHeader';
import { SettingsTable } from '../../petition-settings/settings-table';
import { ChangeHistory } from './ChangeHistory';
import { FieldEditor } from './FieldEditor';
import {
  ARCHIVE_CUSTOM_FIELD,
  CUSTOM_FIELD_CHANGES,
  CUSTOM_FIELD_DEFINITIONS,
  CUSTOMIZABLE_ENTITIES,
  RESTORE_CUSTOM_FIELD,
  UPDATE_CUSTOM_FIELD,
  type FieldDefinition,
} from './queries';
import { fieldLabel } from './values';
import './custom-fields.css';

/**
 * 사용자 정의 항목 (field designer): per customizable entity, its fields by group and position (archived ones on
 * request), add / edit / reorder / archive / restore for tenant-admin, and the change history.
 */
export function FieldDesignerPage() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const { session } = useAuth();
  const mayEdit = mayRun(session?.roles ?? [], 'defineCustomField');
  const [params, setParams] = useSearchParams();
  const entities = useQuery(CUSTOMIZABLE_ENTITIES, { fetchPolicy: 'cache-first' });
  const entityList = entities.data?.customizableEntities ?? [];
  const entity = entityList.find((e) => e.id === params.get('entity'))?.id ?? entityList[0]?.id;
  const showArchived = params.get('archived') === '1';
  const setParam = (name: string, value: string | null) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value === null) next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace: true },
    );

  const definitions = useQuery(CUSTOM_FIELD_DEFINITIONS, {
    variables: { entity: entity ?? '', includeArchived: true },
    skip: !entity,
    fetchPolicy: 'cache-and-network',
  });
  const all = useMemo(() => definitions.data?.customFieldDefinitions ?? [], [definitions.data]);
  const active = useMemo(() => all.filter((d) => !d.archived), [all]);
  const shown = showArchived ? all : active;
  const groups = useMemo(
    () => [...new Set(all.map((d) => d.group?.trim()).filter((g): g is string => Boolean(g)))],
    [all],
  );
  const [editing, setEditing] = useState<FieldDefinition | 'new' | null>(null);
  const refetchQueries = [CUSTOM_FIELD_DEFINITIONS, CUSTOM_FIELD_CHANGES];
  const [archive] = useMutation(ARCHIVE_CUSTOM_FIELD, { refetchQueries, awaitRefetchQueries: true });
  const [restore] = useMutation(RESTORE_CUSTOM_FIELD, { refetchQueries, awaitRefetchQueries: true });
  const [update] = useMutation(UPDATE_CUSTOM_FIELD);
  const [busy, setBusy] = useState<string | null>(null);

  const run = async (key: string, action: () => Promise<unknown>, done?: string) => {
    setBusy(key);
    try {
      await action();
      if (done) message.success(done);
    } catch (e) {
      message.error(errorMessage(e, lang));
    } finally {
      setBusy(null);
    }
  };

  /** Moves an active field one place within its group; positions are renumbered only when they tie. */
  const move = (d: FieldDefinition, step: -1 | 1) => {
    if (!entity) return;
    const group = active.filter((x) => (x.group ?? '') === (d.group ?? ''));
    const i = group.findIndex((x) => x.key === d.key);
    const j = i + step;
    if (j < 0 || j >= group.length) return;
    const order = [...group];
    [order[i], order[j]] = [order[j], order[i]];
    const increasing = group.every((x, k) => k === 0 || group[k - 1].position < x.position);
    const positions = increasing ? group.map((x) => x.position) : group.map((_, k) => k + 1);
    const changes = order
      .filter((x, k) => x.position !== positions[k])
      .map((x) => ({ x, position: positions[order.indexOf(x)] }));
    void run(
      d.key,
      async () => {
        for (const { x, position } of changes)
          await update({
            variables: { entity, key: x.key, input: { position }, expectedVersion: x.version },
          });
        await definitions.refetch();
      },
      t('cfields.moved'),
    );
  };

  const groupIndex = (d: FieldDefinition) => {
    const group = active.filter((x) => (x.group ?? '') === (d.group ?? ''));
    return { index: group.findIndex((x) => x.key === d.key), size: group.length };
  };

  const columns: TableColumnsType<FieldDefinition> = [
    ...(mayEdit
      ? [
          {
            title: t('cfields.col.order'),
            key: 'order',
            render: (_: unknown, d: FieldDefinition) => {
              if (d.archived) return null;
              const { index, size } = groupIndex(d);
              const label = fieldLabel(d, lang);
              return (
                <Space size={4}>
                  <Button
                    size="small"
                    icon={<ArrowUpOutlined aria-hidden />}
                    aria-label={t('cfields.moveUp', { label })}
                    disabled={index <= 0 || busy !== null}
                    onClick={() => move(d, -1)}
                  />
                  <Button
                    size="small"
                    icon={<ArrowDownOutlined aria-hidden />}
                    aria-label={t('cfields.moveDown', { label })}
                    disabled={index >= size - 1 || busy !== null}
                    onClick={() => move(d, 1)}
                  />
                </Space>
              );
            },
          },
        ]
      : []),
    {
      title: t('cfields.col.label'),
      key: 'label',
      render: (_, d) => (
        <Space vertical size={0} className="pcrm-cell-stack">
          <span>{fieldLabel(d, lang)}</span>
          <span className="pcrm-mono pcrm-muted">{d.key}</span>
        </Space>
      ),
    },
    {
      title: t('cfields.col.type'),
      key: 'type',
      render: (_, d) => t(`cfields.type.${d.type}` as MessageKey),
    },
    { title: t('cfields.col.group'), key: 'group', render: (_, d) => d.group || t('cfields.noGroup') },
    {
      title: t('cfields.col.flags'),
      key: 'flags',
      render: (_, d) => (
        <Space size={[0, 4]} wrap>
          {d.required && <Tag color="blue">{t('cfields.flag.required')}</Tag>}
          {d.personalData && <Tag color="purple">{t('cfields.flag.personal')}</Tag>}
          {(d.readRoles.length > 0 || d.editRoles.length > 0) && <Tag>{t('cfields.flag.restricted')}</Tag>}
          {d.archived && <Tag>{t('cfields.flag.archived')}</Tag>}
        </Space>
      ),
    },
    { title: t('cfields.col.version'), dataIndex: 'version', key: 'version' },
    ...(mayEdit
      ? [
          {
            title: t('cfields.col.actions'),
            key: 'actions',
            render: (_: unknown, d: FieldDefinition) => {
              const label = fieldLabel(d, lang);
              if (d.archived)
                return (
                  <Button
                    size="small"
                    icon={<UndoOutlined aria-hidden />}
                    aria-label={t('cfields.restoreLabel', { label })}
                    loading={busy === d.key}
                    onClick={() =>
                      void run(
                        d.key,
                        () => restore({ variables: { entity: d.entity, key: d.key } }),
                        t('cfields.restored', { label }),
                      )
                    }
                  >
                    {t('cfields.restore')}
                  </Button>
                );
              return (
                <Space size={4} wrap>
                  <Button
                    size="small"
                    aria-label={t('cfields.editLabel', { label })}
                    onClick={() => setEditing(d)}
                  >
                    {t('cfields.edit')}
                  </Button>
                  <Popconfirm
                    title={t('cfields.archiveConfirm', { label })}
                    okText={t('cfields.archive')}
                    cancelText={t('common.cancel')}
                    onConfirm={() =>
                      run(
                        d.key,
                        () => archive({ variables: { entity: d.entity, key: d.key } }),
                        t('cfields.archived', { label }),
                      )
                    }
                  >
                    <Button
                      size="small"
                      icon={<InboxOutlined aria-hidden />}
                      aria-label={t('cfields.archiveLabel', { label })}
                      loading={busy === d.key}
                    >
                      {t('cfields.archive')}
                    </Button>
                  </Popconfirm>
                </Space>
              );
            },
          },
        ]
      : []),
  ];

  const entityName = (e: { labelKo: string; labelEn: string }) => (lang === 'en' ? e.labelEn : e.labelKo);
  return (
    <>
      <PageHeader title={t('cfields.title')} description={t('cfields.description')} />
      {entities.error && <LoadErrorAlert error={entities.error} onRetry={entities.refetch} />}
      {!mayEdit && <Alert type="info" showIcon title={t('cfields.readOnly')} style={{ marginBottom: 16 }} />}
      <div className="pcrm-cf-toolbar">
        <span>
          <label htmlFor="cf-entity">{t('cfields.entity')}</label>
          <Select
            id="cf-entity"
            value={entity}
            loading={entities.loading}
            onChange={(v: string) => setParam('entity', v)}
            options={entityList.map((e) => ({ value: e.id, label: entityName(e) }))}
            style={{ minWidth: 180 }}
          />
        </span>
        <span>
          <label htmlFor="cf-archived">{t('cfields.showArchived')}</label>
          <Switch
            id="cf-archived"
            checked={showArchived}
            onChange={(on) => setParam('archived', on ? '1' : null)}
          />
        </span>
      </div>
      <Space vertical size={16} style={{ width: '100%' }}>
        <Card
          title={<h2 className="pcrm-card-title">{t('cfields.list', { count: shown.length })}</h2>}
          extra={
            mayEdit &&
            entity && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
                {t('cfields.add')}
              </Button>
            )
          }
        >
          {definitions.error && <LoadErrorAlert error={definitions.error} onRetry={definitions.refetch} />}
          <SettingsTable<FieldDefinition>
            regionLabel={t('cfields.tableRegion')}
            pageSize={50}
            data-testid="custom-fields-table"
            rowKey="key"
            className="pcrm-cf-table"
            columns={columns}
            dataSource={shown}
            loading={(definitions.loading && !definitions.data) || entities.loading}
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={
                    <>
                      {t('cfields.empty')}
                      {mayEdit && <> {t('cfields.emptyHint')}</>}
                    </>
                  }
                />
              ),
            }}
          />
        </Card>
        {entity && <ChangeHistory entity={entity} definitions={all} />}
      </Space>
      {editing && entity && (
        <FieldEditor
          entity={entity}
          definition={editing === 'new' ? null : editing}
          groups={groups}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
