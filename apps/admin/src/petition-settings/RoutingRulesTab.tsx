import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  EditOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Switch,
  Tag,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../graphql';
import { useI18n } from '../i18n';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { useDebounced } from '../segments/useDebounced';
import {
  CREATE_RULE,
  DELETE_RULE,
  PREVIEW_ROUTING,
  REORDER_RULES,
  RULE_DEPARTMENTS_QUERY,
  RULES_QUERY,
  UPDATE_RULE,
  type RuleRow,
} from './queries';
import { SettingsTable } from './settings-table';
import { useCategories } from './useCategoryNames';

const SEEDED_BY = 'system:routing';

/** Tab 2: the routing rules in the order intake tries them, with add/edit/delete, moving and a preview. */
export function RoutingRulesTab() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const rules = useQuery(RULES_QUERY);
  const categories = useCategories();
  const [editing, setEditing] = useState<RuleRow | 'new' | null>(null);
  const [remove] = useMutation(DELETE_RULE);
  const [reorder, reordering] = useMutation(REORDER_RULES);
  const [problem, setProblem] = useState<unknown>(null);
  const list = rules.data?.vocRoutingRules ?? [];

  const move = async (index: number, by: -1 | 1) => {
    const ids = list.map((r) => r.id);
    [ids[index], ids[index + by]] = [ids[index + by], ids[index]];
    setProblem(null);
    try {
      await reorder({ variables: { ids }, refetchQueries: [RULES_QUERY], awaitRefetchQueries: true });
      message.success(t('pset.rule.reordered'));
    } catch (error) {
      setProblem(error);
    }
  };
  const destroy = async (rule: RuleRow) => {
    setProblem(null);
    try {
      await remove({ variables: { id: rule.id }, refetchQueries: [RULES_QUERY], awaitRefetchQueries: true });
      message.success(t('pset.rule.deleted'));
    } catch (error) {
      setProblem(error);
    }
  };

  const columns: TableColumnsType<RuleRow> = [
    {
      title: t('pset.rule.col.order'),
      key: 'order',
      width: 70,
      render: (_, r, i) => (
        <Space vertical size={0} className="pcrm-cell-stack">
          <strong>{i + 1}</strong>
          <span className="pcrm-muted pcrm-mono">{r.priority}</span>
        </Space>
      ),
    },
    {
      title: t('pset.rule.col.category'),
      key: 'category',
      render: (_, r) =>
        r.categoryCode ? (
          categories.name(r.categoryCode)
        ) : (
          <span className="pcrm-muted">{t('pset.rule.anyCategory')}</span>
        ),
    },
    {
      title: t('pset.rule.col.keywords'),
      key: 'keywords',
      render: (_, r) =>
        r.keywords.length ? (
          <Space size={[0, 4]} wrap>
            {r.keywords.map((k) => (
              <Tag key={k}>{k}</Tag>
            ))}
          </Space>
        ) : (
          <span className="pcrm-muted">{t('pset.rule.noKeywords')}</span>
        ),
    },
    {
      title: t('pset.rule.col.department'),
      key: 'department',
      render: (_, r) => (
        <Space vertical size={0} className="pcrm-cell-stack">
          <span>{r.department.name}</span>
          {!r.departmentActive && <Tag>{t('pset.rule.departmentClosed')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('pset.rule.col.state'),
      key: 'state',
      render: (_, r) => (
        <Space size={[0, 4]} wrap>
          {r.active ? <Tag>{t('pset.active')}</Tag> : <Tag>{t('pset.inactive')}</Tag>}
          {r.createdBy === SEEDED_BY && <Tag>{t('pset.rule.seeded')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('pset.rule.col.actions'),
      key: 'actions',
      render: (_, r, i) => (
        <Space size={4} wrap>
          <Button
            size="small"
            icon={<ArrowUpOutlined aria-hidden />}
            aria-label={t('pset.rule.upOne', { n: i + 1 })}
            title={t('pset.rule.up')}
            disabled={i === 0 || reordering.loading}
            onClick={() => void move(i, -1)}
          />
          <Button
            size="small"
            icon={<ArrowDownOutlined aria-hidden />}
            aria-label={t('pset.rule.downOne', { n: i + 1 })}
            title={t('pset.rule.down')}
            disabled={i === list.length - 1 || reordering.loading}
            onClick={() => void move(i, 1)}
          />
          <Button
            size="small"
            icon={<EditOutlined aria-hidden />}
            aria-label={t('pset.rule.editOne', { n: i + 1 })}
            onClick={() => setEditing(r)}
          >
            {t('pset.edit')}
          </Button>
          <Popconfirm
            title={t('pset.rule.deleteConfirm')}
            okText={t('pset.rule.delete')}
            cancelText={t('pset.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => destroy(r)}
          >
            <Button
              size="small"
              danger
              icon={<DeleteOutlined aria-hidden />}
              aria-label={t('pset.rule.deleteOne', { n: i + 1 })}
            >
              {t('pset.rule.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Space vertical size={16} style={{ width: '100%' }}>
      <Card
        title={<h2 className="pcrm-card-title">{t('pset.rule.list', { count: list.length })}</h2>}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
            {t('pset.rule.add')}
          </Button>
        }
      >
        <p className="pcrm-muted">{t('pset.rule.explain')}</p>
        {rules.error && <LoadErrorAlert error={rules.error} onRetry={rules.refetch} />}
        {problem ? <Alert type="error" showIcon role="alert" title={errorMessage(problem, lang)} /> : null}
        <SettingsTable<RuleRow>
          regionLabel={t('pset.tableRegion')}
          pageSize={50}
          data-testid="routing-rules"
          rowKey="id"
          columns={columns}
          dataSource={list}
          loading={rules.loading && !rules.data}
          locale={{ emptyText: <Empty description={t('pset.rule.empty')} /> }}
        />
      </Card>
      <RoutingPreview />
      {editing && <RuleEditor rule={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Space>
  );
}

interface RuleValues {
  categoryCode?: string | null;
  keywords: string[];
  departmentId?: string;
  priority?: number | null;
  active: boolean;
}

function RuleEditor({ rule, onClose }: { rule: RuleRow | null; onClose: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<RuleValues>();
  const categories = useCategories();
  const departments = useQuery(RULE_DEPARTMENTS_QUERY);
  const [create, created] = useMutation(CREATE_RULE);
  const [update, updated] = useMutation(UPDATE_RULE);
  const [problem, setProblem] = useState<unknown>(null);
  const departmentOptions = (departments.data?.departments ?? [])
    .filter((d) => d.active || d.id === rule?.department.id)
    .map((d) => ({ value: d.id, label: d.name }));

  const submit = async (values: RuleValues) => {
    const input = {
      categoryCode: values.categoryCode || null,
      keywords: values.keywords ?? [],
      departmentId: values.departmentId!,
      priority: values.priority ?? (rule ? rule.priority : null),
      active: values.active,
    };
    setProblem(null);
    try {
      const options = { refetchQueries: [RULES_QUERY], awaitRefetchQueries: true };
      if (rule) await update({ variables: { id: rule.id, input }, ...options });
      else await create({ variables: { input }, ...options });
      message.success(t('pset.rule.saved'));
      onClose();
    } catch (error) {
      setProblem(error);
    }
  };

  return (
    <Modal
      open
      title={t(rule ? 'pset.rule.editTitle' : 'pset.rule.addTitle')}
      okText={t('pset.save')}
      cancelText={t('pset.cancel')}
      confirmLoading={created.loading || updated.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={640}
      destroyOnHidden
    >
      <Form<RuleValues>
        form={form}
        layout="vertical"
        name="routing-rule"
        initialValues={{
          categoryCode: rule?.categoryCode ?? undefined,
          keywords: rule?.keywords ?? [],
          departmentId: rule?.department.id,
          priority: rule?.priority ?? null,
          active: rule?.active ?? true,
        }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="categoryCode" label={t('pset.rule.category')}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={categories.options} />
        </Form.Item>
        <Form.Item
          name="keywords"
          label={t('pset.keywords')}
          extra={t('pset.keywordsHelp')}
          dependencies={['categoryCode']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value: string[] | undefined) =>
                getFieldValue('categoryCode') || value?.length
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('pset.rule.needOne'))),
            }),
          ]}
        >
          <Select mode="tags" tokenSeparators={[',']} open={false} suffixIcon={null} maxCount={30} />
        </Form.Item>
        <Form.Item
          name="departmentId"
          label={t('pset.rule.department')}
          rules={[{ required: true, message: t('pset.required', { field: t('pset.rule.department') }) }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={departmentOptions}
            loading={departments.loading}
          />
        </Form.Item>
        <Space wrap size={24}>
          <Form.Item name="priority" label={t('pset.rule.priority')}>
            <InputNumber min={1} max={1_000_000} precision={0} />
          </Form.Item>
          <Form.Item name="active" label={t('pset.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Space>
      </Form>
      {problem ? <Alert type="error" showIcon role="alert" title={errorMessage(problem, lang)} /> : null}
    </Modal>
  );
}

function RoutingPreview() {
  const { t, lang } = useI18n();
  const categories = useCategories();
  const [categoryCode, setCategoryCode] = useState<string | undefined>();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const settled = useDebounced({ categoryCode: categoryCode ?? '', title, body }, 300);
  const rules = useQuery(RULES_QUERY);
  const preview = useQuery(PREVIEW_ROUTING, {
    variables: settled,
    skip: !settled.categoryCode,
    fetchPolicy: 'network-only',
  });
  const shown = preview.data ?? preview.previousData;
  const result = shown?.previewVocRouting;
  const order = (id: string) => (rules.data?.vocRoutingRules ?? []).findIndex((r) => r.id === id) + 1;

  return (
    <Card title={<h2 className="pcrm-card-title">{t('pset.preview.title')}</h2>}>
      <p className="pcrm-muted">{t('pset.preview.help')}</p>
      <div className="pcrm-settings-preview">
        <div className="pcrm-form-field">
          <label htmlFor="preview-category">{t('pset.preview.category')}</label>
          <Select
            id="preview-category"
            value={categoryCode}
            onChange={setCategoryCode}
            showSearch={{ optionFilterProp: 'label' }}
            options={categories.options}
            style={{ width: '100%' }}
          />
        </div>
        <div className="pcrm-form-field">
          <label htmlFor="preview-title">{t('pset.preview.titleField')}</label>
          <Input
            id="preview-title"
            value={title}
            maxLength={200}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <div className="pcrm-form-field">
          <label htmlFor="preview-body">{t('pset.preview.body')}</label>
          <Input.TextArea
            id="preview-body"
            value={body}
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={20000}
            onChange={(e) => setBody(e.target.value)}
          />
        </div>
      </div>
      <div aria-live="polite" data-testid="routing-preview">
        {preview.error ? (
          <Alert type="error" showIcon role="alert" title={errorMessage(preview.error, lang)} />
        ) : result && settled.categoryCode ? (
          result.rule ? (
            <Alert
              type="success"
              showIcon
              title={t('pset.preview.routed', {
                department: result.rule.department.name,
                n: order(result.rule.id),
              })}
              description={
                result.matchedKeyword
                  ? t('pset.preview.keyword', { keyword: result.matchedKeyword })
                  : t('pset.preview.byCategory')
              }
            />
          ) : (
            <Alert type="warning" showIcon title={t('pset.preview.none')} />
          )
        ) : null}
      </div>
    </Card>
  );
}
