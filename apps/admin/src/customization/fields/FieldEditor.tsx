import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, App, AutoComplete, Button, Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { useState } from 'react';
import { roleLabelKey, TENANT_ROLES } from '../../auth/roles';
import { formPath } from '../../customers/form-values';
import { errorField, errorMessage } from '../../graphql';
import type { UpdateCustomFieldInput } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/messages';
import { SettingsTable } from '../../petition-settings/settings-table';
import {
  defineInput,
  formOfDefinition,
  needsCheck,
  NEW_DEFINITION,
  updateInput,
  type DefinitionFormValues,
} from './definition-input';
import { FieldInput } from './FieldInput';
import {
  CHECK_CUSTOM_FIELD_CHANGE,
  CUSTOM_FIELD_CHANGES,
  CUSTOM_FIELD_DEFINITIONS,
  DEFINE_CUSTOM_FIELD,
  UPDATE_CUSTOM_FIELD,
  type FieldDefinition,
} from './queries';
import {
  FIELD_TYPES,
  fieldLabel,
  takesLength,
  takesOptions,
  takesPattern,
  takesRange,
  validPattern,
  type ValueShape,
} from './values';

type CheckResult = {
  conflictCount: number;
  samples: { recordId: string; recordLabel: string; value?: unknown; problemKo: string; problemEn: string }[];
};

const KEY_PATTERN = /^[a-z][a-z0-9_]{1,39}$/;

/**
 * Add or edit one custom field: every attribute, the parts its type takes, and for a change stored values may
 * not fit, the conflicting records (count and samples) before it may be saved. The API's refusals land on the
 * attribute they name.
 */
export function FieldEditor({
  entity,
  definition,
  groups,
  onClose,
}: {
  entity: string;
  definition: FieldDefinition | null;
  groups: readonly string[];
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<DefinitionFormValues>();
  const type = Form.useWatch('type', form) ?? definition?.type ?? 'TEXT';
  const options = Form.useWatch('options', form);
  const rules = Form.useWatch('rules', form);
  const [problem, setProblem] = useState<unknown>(null);
  const [check, setCheck] = useState<CheckResult | null>(null);
  const refetchQueries = [CUSTOM_FIELD_DEFINITIONS, CUSTOM_FIELD_CHANGES];
  const [define, defining] = useMutation(DEFINE_CUSTOM_FIELD, { refetchQueries, awaitRefetchQueries: true });
  const [update, updating] = useMutation(UPDATE_CUSTOM_FIELD, { refetchQueries, awaitRefetchQueries: true });
  const [runCheck, checking] = useMutation(CHECK_CUSTOM_FIELD_CHANGE);
  const required = (key: MessageKey) => [
    { required: true, whitespace: true, message: t('cfields.required', { field: t(key) }) },
  ];
  const defaultShape: ValueShape = {
    type,
    required: false,
    rules: { minLength: null, maxLength: null, minimum: null, maximum: null, pattern: null, ...rules },
    options: (options ?? []).filter((o) => o?.value),
  };
  const roleOptions = TENANT_ROLES.map((r) => ({ value: r, label: t(roleLabelKey(r)) }));

  const save = async (input: UpdateCustomFieldInput | null, values: DefinitionFormValues) => {
    const label = values.labelKo.trim();
    if (definition && input) {
      await update({
        variables: { entity, key: definition.key, input, expectedVersion: definition.version },
      });
      message.success(t('cfields.saved', { label }));
    } else {
      await define({ variables: { input: defineInput(entity, values) } });
      message.success(t('cfields.created', { label }));
    }
    onClose();
  };

  const submit = async (values: DefinitionFormValues) => {
    setProblem(null);
    try {
      if (!definition) return await save(null, values);
      const input = updateInput(definition, values);
      if (!Object.keys(input).length) return onClose();
      setCheck(null);
      // The API refuses a change stored values do not fit; the check lists them first.
      if (needsCheck(definition, input)) {
        const res = await runCheck({ variables: { entity, key: definition.key, input } });
        const result = res.data?.checkCustomFieldChange;
        if (result && result.conflictCount > 0) {
          setCheck(result);
          return;
        }
      }
      await save(input, values);
    } catch (error) {
      setProblem(error);
      const path = formPath(errorField(error));
      if (path) form.setFields([{ name: path as never, errors: [errorMessage(error, lang)] }]);
    }
  };

  const conflicts = check;
  return (
    <Modal
      open
      title={
        definition ? t('cfields.editTitle', { label: fieldLabel(definition, lang) }) : t('cfields.addTitle')
      }
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={defining.loading || updating.loading || checking.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={760}
      destroyOnHidden
    >
      <Form<DefinitionFormValues>
        form={form}
        layout="vertical"
        name="custom-field"
        initialValues={definition ? formOfDefinition(definition) : NEW_DEFINITION}
        onValuesChange={(changed: Partial<DefinitionFormValues>) => {
          if ('type' in changed) form.setFieldValue('defaultValue', undefined);
        }}
        onFinish={(values) => void submit(values)}
        scrollToFirstError
      >
        <fieldset className="pcrm-fieldset">
          <legend>{t('cfields.section.basic')}</legend>
          <div className="pcrm-form-grid">
            <Form.Item
              name="key"
              label={t('cfields.field.key')}
              extra={t('cfields.field.keyHelp')}
              rules={[
                ...required('cfields.field.key'),
                { pattern: KEY_PATTERN, message: t('cfields.keyInvalid') },
              ]}
            >
              <Input disabled={Boolean(definition)} maxLength={40} className="pcrm-mono" autoComplete="off" />
            </Form.Item>
            <Form.Item
              name="type"
              label={t('cfields.field.type')}
              extra={definition ? t('cfields.field.typeChangeHelp') : undefined}
            >
              <Select
                options={FIELD_TYPES.map((ft) => ({
                  value: ft,
                  label: t(`cfields.type.${ft}` as MessageKey),
                }))}
              />
            </Form.Item>
            <Form.Item
              name="labelKo"
              label={t('cfields.field.labelKo')}
              rules={required('cfields.field.labelKo')}
            >
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item
              name="labelEn"
              label={t('cfields.field.labelEn')}
              rules={required('cfields.field.labelEn')}
            >
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="group" label={t('cfields.field.group')} extra={t('cfields.field.groupHelp')}>
              <AutoComplete
                options={groups.map((g) => ({ value: g }))}
                maxLength={50}
                showSearch={{ filterOption: true }}
              />
            </Form.Item>
            <Form.Item name="helpKo" label={t('cfields.field.helpKo')}>
              <Input maxLength={500} />
            </Form.Item>
            <Form.Item name="helpEn" label={t('cfields.field.helpEn')}>
              <Input maxLength={500} />
            </Form.Item>
          </div>
        </fieldset>

        <fieldset className="pcrm-fieldset">
          <legend>{t('cfields.section.values')}</legend>
          <Form.Item
            name="required"
            label={t('cfields.field.required')}
            valuePropName="checked"
            extra={definition ? t('cfields.field.requiredHelp') : undefined}
          >
            <Switch />
          </Form.Item>
          {takesOptions(type) && <OptionsEditor />}
          <div className="pcrm-cf-rules">
            {takesLength(type) && (
              <>
                <Form.Item name={['rules', 'minLength']} label={t('cfields.field.minLength')}>
                  <InputNumber min={0} max={10000} precision={0} style={{ width: '100%' }} />
                </Form.Item>
                <Form.Item name={['rules', 'maxLength']} label={t('cfields.field.maxLength')}>
                  <InputNumber min={1} max={10000} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </>
            )}
            {takesRange(type) && (
              <>
                <Form.Item name={['rules', 'minimum']} label={t('cfields.field.minimum')}>
                  <InputNumber style={{ width: '100%' }} />
                </Form.Item>
                <Form.Item name={['rules', 'maximum']} label={t('cfields.field.maximum')}>
                  <InputNumber style={{ width: '100%' }} />
                </Form.Item>
              </>
            )}
          </div>
          {takesPattern(type) && (
            <Form.Item
              name={['rules', 'pattern']}
              label={t('cfields.field.pattern')}
              extra={t('cfields.field.patternHelp')}
              rules={[
                {
                  validator: async (_, v?: string | null) => {
                    if (v && !validPattern(v)) throw new Error(t('cfields.field.patternInvalid'));
                  },
                },
              ]}
            >
              <Input maxLength={200} className="pcrm-mono" />
            </Form.Item>
          )}
          <Form.Item
            name="defaultValue"
            label={t('cfields.field.defaultValue')}
            extra={t('cfields.field.defaultValueHelp')}
          >
            <FieldInput shape={defaultShape} label={t('cfields.field.defaultValue')} />
          </Form.Item>
        </fieldset>

        <fieldset className="pcrm-fieldset">
          <legend>{t('cfields.section.access')}</legend>
          <div className="pcrm-form-grid">
            <Form.Item
              name="readRoles"
              label={t('cfields.field.readRoles')}
              extra={t('cfields.field.rolesHelp')}
            >
              <Select mode="multiple" allowClear options={roleOptions} />
            </Form.Item>
            <Form.Item
              name="editRoles"
              label={t('cfields.field.editRoles')}
              extra={t('cfields.field.rolesHelp')}
            >
              <Select mode="multiple" allowClear options={roleOptions} />
            </Form.Item>
          </div>
          <Form.Item
            name="personalData"
            label={t('cfields.field.personalData')}
            valuePropName="checked"
            extra={t('cfields.field.personalDataHelp')}
          >
            <Switch />
          </Form.Item>
        </fieldset>
      </Form>
      {checking.loading && <Alert type="info" showIcon title={t('cfields.check.checking')} />}
      {conflicts && <Conflicts result={conflicts} />}
      {problem ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('cfields.saveFailed')}
          description={errorMessage(problem, lang)}
        />
      ) : null}
    </Modal>
  );
}

function OptionsEditor() {
  const { t } = useI18n();
  return (
    <Form.List
      name="options"
      rules={[
        {
          validator: async (_, rows?: unknown[]) => {
            if (!rows?.length) throw new Error(t('cfields.field.optionsRequired'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <div role="group" aria-label={t('cfields.field.options')} className="pcrm-cf-options">
          <div className="ant-form-item-label">
            <span>{t('cfields.field.options')}</span>
          </div>
          {fields.map((field, i) => (
            <div key={field.key} className="pcrm-cf-options-row">
              <Form.Item
                name={[field.name, 'value']}
                label={t('cfields.field.optionValue', { n: i + 1 })}
                rules={[{ required: true, whitespace: true, message: t('cfields.field.optionValueHelp') }]}
              >
                <Input maxLength={50} className="pcrm-mono" />
              </Form.Item>
              <Form.Item
                name={[field.name, 'labelKo']}
                label={t('cfields.field.optionLabelKo', { n: i + 1 })}
                rules={[
                  {
                    required: true,
                    whitespace: true,
                    message: t('cfields.required', { field: t('cfields.field.optionLabelKo', { n: i + 1 }) }),
                  },
                ]}
              >
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'labelEn']}
                label={t('cfields.field.optionLabelEn', { n: i + 1 })}
                rules={[
                  {
                    required: true,
                    whitespace: true,
                    message: t('cfields.required', { field: t('cfields.field.optionLabelEn', { n: i + 1 }) }),
                  },
                ]}
              >
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item label=" ">
                <Button
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={t('cfields.field.optionRemove', { n: i + 1 })}
                  onClick={() => remove(field.name)}
                />
              </Form.Item>
            </div>
          ))}
          <Button
            icon={<PlusOutlined aria-hidden />}
            onClick={() => add({ value: '', labelKo: '', labelEn: '' })}
          >
            {t('cfields.field.optionAdd')}
          </Button>
          <Form.ErrorList errors={errors} />
        </div>
      )}
    </Form.List>
  );
}

function Conflicts({ result }: { result: CheckResult }) {
  const { t, lang } = useI18n();
  return (
    <div className="pcrm-cf-conflicts" data-testid="custom-field-conflicts">
      <Alert
        type="warning"
        showIcon
        role="alert"
        title={t('cfields.check.title', { count: result.conflictCount })}
        description={t('cfields.check.description')}
        style={{ marginBottom: 8 }}
      />
      <SettingsTable
        regionLabel={t('cfields.check.record')}
        pageSize={20}
        pagination={false}
        className="pcrm-cf-table"
        rowKey="recordId"
        dataSource={result.samples}
        columns={[
          { title: t('cfields.check.record'), dataIndex: 'recordLabel', key: 'record' },
          {
            title: t('cfields.check.value'),
            key: 'value',
            render: (_, s) =>
              s.value === null || s.value === undefined ? (
                '—'
              ) : (
                <span className="pcrm-mono">{JSON.stringify(s.value)}</span>
              ),
          },
          {
            title: t('cfields.check.problem'),
            key: 'problem',
            render: (_, s) => (lang === 'en' ? s.problemEn || s.problemKo : s.problemKo),
          },
        ]}
      />
    </div>
  );
}
