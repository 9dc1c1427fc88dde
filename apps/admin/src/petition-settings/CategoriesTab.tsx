import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Card, Form, Input, InputNumber, Modal, Select, Space, Switch, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { mayRun, useAuth } from '../auth';
import { errorMessage } from '../graphql';
import type { PeriodUnit } from '../graphql/generated/graphql';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/messages';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { useVocLabel } from '../petitions/labels';
import { CATEGORIES_QUERY, SAVE_CATEGORY, UPDATE_PERIOD, type CategoryRow, type PeriodRow } from './queries';
import { SettingsTable, editColumn } from './settings-table';
import { useCategories } from './useCategoryNames';

const UNITS: readonly PeriodUnit[] = ['HOURS', 'DAYS', 'WEEKS', 'MONTHS', 'YEARS'];

/** Tab 1: the tenant's petition categories (add, rename, keywords, on/off) and statutory periods. */
export function CategoriesTab() {
  const { t } = useI18n();
  const { session } = useAuth();
  const roles = session?.roles ?? [];
  const mayEditCategories = mayRun(roles, 'saveVocCategory');
  const mayEditPeriods = mayRun(roles, 'updateVocPeriod');
  const { query, categories, name, nameOf } = useCategories();
  const vocLabel = useVocLabel();
  const [editing, setEditing] = useState<CategoryRow | 'new' | null>(null);
  const [period, setPeriod] = useState<PeriodRow | null>(null);
  const periods = query.data?.vocPeriods ?? [];
  const periodLabel = (p: PeriodRow) =>
    `${vocLabel('kind', p.kind)}${p.variant ? ` · ${p.labelKo}` : ''} · ${
      p.categoryCode === '*' ? t('pset.period.all') : name(p.categoryCode)
    }`;

  const categoryColumns: TableColumnsType<CategoryRow> = [
    {
      title: t('pset.cat.col.name'),
      key: 'name',
      render: (_, c) => (
        <Space vertical size={0} className="pcrm-cell-stack">
          <span>{nameOf(c)}</span>
          <span className="pcrm-mono pcrm-muted">{c.code}</span>
        </Space>
      ),
    },
    { title: t('pset.cat.col.parent'), key: 'parent', render: (_, c) => name(c.parentCode) || '—' },
    {
      title: t('pset.cat.col.keywords'),
      key: 'keywords',
      render: (_, c) => (
        <Space size={[0, 4]} wrap>
          {c.keywords.map((k) => (
            <Tag key={k}>{k}</Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('pset.cat.col.state'),
      key: 'state',
      render: (_, c) => (c.active ? <Tag>{t('pset.active')}</Tag> : <Tag>{t('pset.inactive')}</Tag>),
    },
    ...editColumn<CategoryRow>(
      mayEditCategories,
      t('pset.edit'),
      (c) => t('pset.cat.editTitle', { name: nameOf(c) }),
      setEditing,
    ),
  ];

  const periodColumns: TableColumnsType<PeriodRow> = [
    {
      title: t('pset.period.col.kind'),
      key: 'kind',
      render: (_, p) => (
        <Space vertical size={0} className="pcrm-cell-stack">
          <span>{vocLabel('kind', p.kind)}</span>
          {p.variant && <span className="pcrm-muted">{p.labelKo}</span>}
        </Space>
      ),
    },
    {
      title: t('pset.period.col.category'),
      key: 'category',
      render: (_, p) => (p.categoryCode === '*' ? t('pset.period.all') : name(p.categoryCode)),
    },
    {
      title: t('pset.period.col.period'),
      key: 'period',
      render: (_, p) => `${p.value} ${t(`pset.period.unit.${p.unit}` as MessageKey)}`,
    },
    { title: t('pset.period.col.basis'), key: 'basis', render: (_, p) => p.basis ?? '—' },
    ...editColumn<PeriodRow>(
      mayEditPeriods,
      t('pset.edit'),
      (p) => t('pset.period.editTitle', { label: periodLabel(p) }),
      setPeriod,
    ),
  ];

  return (
    <Space vertical size={16} style={{ width: '100%' }}>
      {query.error && <LoadErrorAlert error={query.error} onRetry={query.refetch} />}
      {!mayEditCategories && <Alert type="info" showIcon title={t('pset.readOnly')} />}
      <Card
        title={<h2 className="pcrm-card-title">{t('pset.cat.list', { count: categories.length })}</h2>}
        extra={
          mayEditCategories && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
              {t('pset.cat.add')}
            </Button>
          )
        }
      >
        <SettingsTable<CategoryRow>
          regionLabel={t('pset.tableRegion')}
          pageSize={100}
          data-testid="voc-categories"
          rowKey="code"
          columns={categoryColumns}
          dataSource={categories}
          loading={query.loading && !query.data}
        />
      </Card>
      <Card title={<h2 className="pcrm-card-title">{t('pset.period.list')}</h2>}>
        <SettingsTable<PeriodRow>
          regionLabel={t('pset.tableRegion')}
          pageSize={20}
          data-testid="voc-periods"
          rowKey={(p) => `${p.kind}/${p.categoryCode}/${p.variant}`}
          columns={periodColumns}
          dataSource={periods}
          loading={query.loading && !query.data}
        />
      </Card>
      {editing && (
        <CategoryEditor category={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
      {period && <PeriodEditor period={period} label={periodLabel(period)} onClose={() => setPeriod(null)} />}
    </Space>
  );
}

interface CategoryValues {
  code: string;
  nameKo: string;
  nameEn: string;
  parentCode?: string | null;
  keywords: string[];
  active: boolean;
}

function CategoryEditor({ category, onClose }: { category: CategoryRow | null; onClose: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<CategoryValues>();
  const { options, nameOf } = useCategories();
  const [save, saving] = useMutation(SAVE_CATEGORY);
  const [problem, setProblem] = useState<unknown>(null);
  const required = (key: MessageKey) => [
    { required: true, whitespace: true, message: t('pset.required', { field: t(key) }) },
  ];

  const submit = async (values: CategoryValues) => {
    setProblem(null);
    try {
      const res = await save({
        variables: { input: { ...values, parentCode: values.parentCode || null } },
        refetchQueries: [CATEGORIES_QUERY],
        awaitRefetchQueries: true,
      });
      message.success(
        t('pset.cat.saved', { name: res.data ? nameOf(res.data.saveVocCategory) : values.nameKo }),
      );
      onClose();
    } catch (error) {
      setProblem(error);
    }
  };

  return (
    <Modal
      open
      title={category ? t('pset.cat.editTitle', { name: nameOf(category) }) : t('pset.cat.addTitle')}
      okText={t('pset.save')}
      cancelText={t('pset.cancel')}
      confirmLoading={saving.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={640}
      destroyOnHidden
    >
      <Form<CategoryValues>
        form={form}
        layout="vertical"
        name="voc-category"
        initialValues={{
          code: category?.code ?? '',
          nameKo: category?.nameKo ?? '',
          nameEn: category?.nameEn ?? '',
          parentCode: category?.parentCode ?? undefined,
          keywords: category?.keywords ?? [],
          active: category?.active ?? true,
        }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="code"
          label={t('pset.cat.code')}
          extra={t('pset.cat.codeHelp')}
          rules={[
            ...required('pset.cat.code'),
            { pattern: /^[A-Z][A-Z0-9_]{0,39}$/, message: t('pset.cat.codeHelp') },
          ]}
        >
          <Input disabled={!!category} maxLength={40} className="pcrm-mono" />
        </Form.Item>
        <Form.Item name="nameKo" label={t('pset.cat.nameKo')} rules={required('pset.cat.nameKo')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="nameEn" label={t('pset.cat.nameEn')} rules={required('pset.cat.nameEn')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="parentCode" label={t('pset.cat.parent')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={options.filter((o) => o.value !== category?.code)}
          />
        </Form.Item>
        <Form.Item name="keywords" label={t('pset.keywords')} extra={t('pset.keywordsHelp')}>
          <Select mode="tags" tokenSeparators={[',']} open={false} suffixIcon={null} maxCount={30} />
        </Form.Item>
        <Form.Item name="active" label={t('pset.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
      {problem ? <Alert type="error" showIcon role="alert" title={errorMessage(problem, lang)} /> : null}
    </Modal>
  );
}

function PeriodEditor({ period, label, onClose }: { period: PeriodRow; label: string; onClose: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ value: number; unit: PeriodUnit }>();
  const [update, updating] = useMutation(UPDATE_PERIOD);
  const [problem, setProblem] = useState<unknown>(null);

  const submit = async (values: { value: number; unit: PeriodUnit }) => {
    setProblem(null);
    try {
      await update({
        variables: {
          input: {
            kind: period.kind,
            categoryCode: period.categoryCode,
            variant: period.variant,
            value: values.value,
            unit: values.unit,
          },
        },
        refetchQueries: [CATEGORIES_QUERY],
        awaitRefetchQueries: true,
      });
      message.success(t('pset.period.saved'));
      onClose();
    } catch (error) {
      setProblem(error);
    }
  };

  return (
    <Modal
      open
      title={t('pset.period.editTitle', { label })}
      okText={t('pset.save')}
      cancelText={t('pset.cancel')}
      confirmLoading={updating.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        name="voc-period"
        initialValues={{ value: period.value, unit: period.unit }}
        onFinish={(values) => void submit(values)}
      >
        <Space wrap size={16}>
          <Form.Item
            name="value"
            label={t('pset.period.value')}
            rules={[{ required: true, message: t('pset.required', { field: t('pset.period.value') }) }]}
          >
            <InputNumber min={1} max={3650} precision={0} />
          </Form.Item>
          <Form.Item name="unit" label={t('pset.period.unit')}>
            <Select
              style={{ minWidth: 120 }}
              options={UNITS.map((u) => ({ value: u, label: t(`pset.period.unit.${u}` as MessageKey) }))}
            />
          </Form.Item>
        </Space>
      </Form>
      {problem ? <Alert type="error" showIcon role="alert" title={errorMessage(problem, lang)} /> : null}
    </Modal>
  );
}
