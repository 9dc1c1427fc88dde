import { DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  Radio,
  Select,
  Skeleton,
  Space,
} from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import {
  CUSTOMIZABLE,
  CustomFieldsSection,
  customFieldsPatch,
  formValuesOf,
  useCustomFieldDefinitions,
  type FieldDefinition,
} from '../customization/fields';
import { errorCode, errorField, errorMessage } from '../graphql';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/messages';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { PageHeader } from '../layout/PageHeader';
import { BackToList } from './Customer360';
import { enumOptions } from './enums';
import {
  ADDRESS_PARTS,
  createInput,
  EMPTY_FORM,
  formFromCustomer,
  formPath,
  updateInput,
  type CustomerFormValues,
} from './form-values';
import {
  CREATE_CUSTOMER,
  CUSTOMER_QUERY,
  CUSTOMERS_QUERY,
  UPDATE_CUSTOMER,
  type CustomerDetail,
} from './queries';

/** /app/customers/new and /app/customers/:id/edit. */
export function CustomerFormPage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(CUSTOMER_QUERY, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: 'network-only',
  });
  const custom = useCustomFieldDefinitions(CUSTOMIZABLE.customer);
  const fields = { definitions: custom.definitions, error: custom.error, onRetry: custom.refetch };
  if (custom.loading)
    return (
      <Card>
        <Skeleton active aria-label={t('common.loading')} />
      </Card>
    );
  if (!id) return <CustomerForm {...fields} />;
  if (error) return <LoadErrorAlert error={error} onRetry={refetch} />;
  if (loading || !data)
    return (
      <Card>
        <Skeleton active aria-label={t('common.loading')} />
      </Card>
    );
  if (!data.customer)
    return (
      <>
        <BackToList />
        <Alert type="warning" showIcon title={t('customers.notFound')} />
      </>
    );
  return <CustomerForm customer={data.customer} {...fields} />;
}

function CustomerForm({
  customer,
  definitions,
  error,
  onRetry,
}: {
  customer?: CustomerDetail;
  definitions: readonly FieldDefinition[];
  error?: unknown;
  onRetry: () => unknown;
}) {
  const { t, lang } = useI18n();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const initial = useMemo(
    () => ({
      ...(customer ? formFromCustomer(customer) : EMPTY_FORM),
      customFields: formValuesOf(definitions, customer?.customFields),
    }),
    [customer, definitions],
  );
  const [form] = Form.useForm<CustomerFormValues>();
  const partyType = Form.useWatch('partyType', form) ?? initial.partyType;
  const [saveError, setSaveError] = useState<unknown>(null);
  const [create, createState] = useMutation(CREATE_CUSTOMER, { refetchQueries: [CUSTOMERS_QUERY] });
  const [update, updateState] = useMutation(UPDATE_CUSTOMER, {
    refetchQueries: [CUSTOMERS_QUERY, CUSTOMER_QUERY],
  });
  const required = (key: MessageKey) => [{ required: true, whitespace: true, message: t(key) }];

  const submit = async (values: CustomerFormValues) => {
    setSaveError(null);
    try {
      if (customer) {
        const input = updateInput(customer.id, customer.version, initial, values);
        const customFields = customFieldsPatch(definitions, values.customFields, initial.customFields);
        await update({ variables: { input: customFields ? { ...input, customFields } : input } });
        message.success(t('customers.form.saved'));
        navigate(`/app/customers/${customer.id}`);
      } else {
        const customFields = customFieldsPatch(definitions, values.customFields);
        const input = createInput(values);
        const result = await create({
          variables: { input: customFields ? { ...input, customFields } : input },
        });
        message.success(t('customers.form.created'));
        if (result.data) navigate(`/app/customers/${result.data.createCustomer.id}`, { replace: true });
      }
    } catch (e) {
      setSaveError(e);
      const path = formPath(errorField(e));
      // Typed paths cannot name a path that comes from the server; the form ignores unknown ones anyway.
      if (path) form.setFields([{ name: path as never, errors: [errorMessage(e, lang)] }]);
    }
  };

  return (
    <>
      <BackToList />
      <PageHeader
        title={
          customer ? t('customers.form.editTitle', { name: customer.name }) : t('customers.form.newTitle')
        }
        description={t(customer ? 'customers.form.editDescription' : 'customers.form.newDescription')}
      />
      <Card>
        <Form<CustomerFormValues>
          form={form}
          layout="vertical"
          initialValues={initial}
          onFinish={(v) => void submit(v)}
          requiredMark="optional"
          scrollToFirstError
          className="pcrm-customer-form"
        >
          <div className="pcrm-form-grid">
            <Form.Item name="partyType" label={t('customers.field.partyType')}>
              <Radio.Group
                disabled={Boolean(customer)}
                options={enumOptions('partyType', t)}
                optionType="button"
              />
            </Form.Item>
            <Form.Item name="kind" label={t('customers.field.kind')} rules={[{ required: true }]}>
              <Select options={enumOptions('kind', t)} />
            </Form.Item>
            <Form.Item
              name="name"
              label={t(partyType === 'PERSON' ? 'customers.field.name' : 'customers.field.orgName')}
              rules={required('customers.form.nameRequired')}
            >
              <Input maxLength={100} showCount autoComplete="off" />
            </Form.Item>
            {partyType === 'PERSON' ? (
              <>
                <Form.Item name="birthDate" label={t('customers.field.birthDate')}>
                  <Input type="date" min="1900-01-01" />
                </Form.Item>
                <Form.Item name="sex" label={t('customers.field.sex')}>
                  <Select allowClear options={enumOptions('sex', t).filter((o) => o.value !== 'UNKNOWN')} />
                </Form.Item>
              </>
            ) : (
              <>
                <Form.Item name="businessNo" label={t('customers.field.businessNo')}>
                  <Input maxLength={20} inputMode="numeric" placeholder="123-45-67890" />
                </Form.Item>
                <Form.Item name="representativeName" label={t('customers.field.representativeName')}>
                  <Input maxLength={100} showCount />
                </Form.Item>
              </>
            )}
          </div>

          <fieldset className="pcrm-fieldset">
            <legend>{t('customers.field.address')}</legend>
            <div className="pcrm-form-grid">
              {ADDRESS_PARTS.map((part) => (
                <Form.Item key={part} name={['address', part]} label={t(`customers.address.${part}`)}>
                  <Input maxLength={part === 'postalCode' ? 5 : 200} />
                </Form.Item>
              ))}
            </div>
          </fieldset>

          <fieldset className="pcrm-fieldset">
            <legend>{t('customers.field.phones')}</legend>
            <Form.List name="phones">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field, i) => (
                    <Space key={field.key} wrap align="start" className="pcrm-list-row">
                      <Form.Item
                        name={[field.name, 'kind']}
                        label={t('customers.form.phoneKind', { n: i + 1 })}
                      >
                        <Select options={enumOptions('phoneKind', t)} style={{ width: 120 }} />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'number']}
                        label={t('customers.form.phoneNumber', { n: i + 1 })}
                        rules={required('customers.form.phoneRequired')}
                      >
                        <Input
                          inputMode="tel"
                          maxLength={20}
                          placeholder="010-1234-5678"
                          style={{ width: 180 }}
                        />
                      </Form.Item>
                      <Form.Item name={[field.name, 'isPrimary']} valuePropName="checked" label=" ">
                        <Checkbox>{t('customers.primary')}</Checkbox>
                      </Form.Item>
                      <Form.Item label=" ">
                        <Button
                          icon={<DeleteOutlined aria-hidden />}
                          aria-label={t('customers.form.removePhone', { n: i + 1 })}
                          onClick={() => remove(field.name)}
                        />
                      </Form.Item>
                    </Space>
                  ))}
                  <Button
                    icon={<PlusOutlined aria-hidden />}
                    onClick={() => add({ kind: 'MOBILE', number: '' })}
                  >
                    {t('customers.form.addPhone')}
                  </Button>
                </>
              )}
            </Form.List>
          </fieldset>

          <fieldset className="pcrm-fieldset">
            <legend>{t('customers.field.emails')}</legend>
            <Form.List name="emails">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field, i) => (
                    <Space key={field.key} wrap align="start" className="pcrm-list-row">
                      <Form.Item
                        name={[field.name, 'address']}
                        label={t('customers.form.email', { n: i + 1 })}
                        rules={required('customers.form.emailRequired')}
                      >
                        <Input type="email" maxLength={254} style={{ width: 260, maxWidth: '100%' }} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'isPrimary']} valuePropName="checked" label=" ">
                        <Checkbox>{t('customers.primary')}</Checkbox>
                      </Form.Item>
                      <Form.Item label=" ">
                        <Button
                          icon={<DeleteOutlined aria-hidden />}
                          aria-label={t('customers.form.removeEmail', { n: i + 1 })}
                          onClick={() => remove(field.name)}
                        />
                      </Form.Item>
                    </Space>
                  ))}
                  <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ address: '' })}>
                    {t('customers.form.addEmail')}
                  </Button>
                </>
              )}
            </Form.List>
          </fieldset>

          <Form.Item name="tags" label={t('customers.field.tags')} extra={t('customers.form.tagsHelp')}>
            <Select mode="tags" open={false} suffixIcon={null} />
          </Form.Item>

          <CustomFieldsSection definitions={definitions} error={error} onRetry={onRetry} />

          {saveError !== null && (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={t(
                errorCode(saveError) === 'CONFLICT' ? 'customers.form.conflict' : 'customers.form.saveFailed',
              )}
              description={errorMessage(saveError, lang)}
              style={{ marginBottom: 16 }}
            />
          )}
          <Space wrap>
            <Button
              type="primary"
              htmlType="submit"
              icon={<SaveOutlined aria-hidden />}
              loading={createState.loading || updateState.loading}
            >
              {customer ? t('common.save') : t('customers.form.create')}
            </Button>
            <Button onClick={() => navigate(customer ? `/app/customers/${customer.id}` : '/app/customers')}>
              {t('common.cancel')}
            </Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
