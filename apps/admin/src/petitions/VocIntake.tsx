import { SaveOutlined } from '@ant-design/icons';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { Alert, App as AntApp, Button, Card, Descriptions, Form, Input, Radio, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useDateFormat } from '../charts/format';
import {
  CUSTOM_FIELDS,
  CUSTOMIZABLE,
  CustomFieldsSection,
  customFieldPath,
  customFieldsPatch,
  formValuesOf,
  useCustomFieldDefinitions,
  type CustomFieldFormValues,
} from '../customization/fields';
import { errorField, errorMessage } from '../graphql';
import type {
  ContactChannel,
  HandlingClass,
  ReplyChannel,
  VocKind,
  VocSource,
} from '../graphql/generated/graphql';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/messages';
import { PageHeader } from '../layout/PageHeader';
import { localNow, toInstant } from '../customers/datetime';
import { enumOptions } from '../customers/enums';
import { vocOptions } from './labels';
import { VOC_VARIANTS } from './VocClassificationFields';
import { VocFileUpload } from './VocFileUpload';
import { CUSTOMER_PICKER_QUERY, DEADLINE_PREVIEW_QUERY, RECEIVE_VOC, VOC_REFERENCE_QUERY } from './queries';

interface Values {
  source: VocSource;
  channel: ContactChannel;
  kind: VocKind;
  periodVariant?: string;
  handlingClass: HandlingClass;
  categoryCode?: string;
  title?: string;
  body?: string;
  requester: 'customer' | 'anonymous';
  customerId?: string;
  contactName?: string;
  contactPhone?: string;
  contactEmail?: string;
  replyChannel: ReplyChannel;
  locationAddress?: string;
  receivedAt: string;
  attachmentIds?: string[];
  [CUSTOM_FIELDS]?: CustomFieldFormValues;
}

/** 민원 접수: every source and channel on one form; the due dates are previewed before saving. */
export function VocIntake() {
  const { t, lang } = useI18n();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const formatDateTime = useDateFormat(true);
  const [form] = Form.useForm<Values>();
  const reference = useQuery(VOC_REFERENCE_QUERY);
  const [findCustomers, customers] = useLazyQuery(CUSTOMER_PICKER_QUERY);
  const [preview, previewed] = useLazyQuery(DEADLINE_PREVIEW_QUERY);
  const [receive, received] = useMutation(RECEIVE_VOC);
  const [uploading, setUploading] = useState(false);
  // One key per opened form: a retry after a lost answer gets the case already filed, not a second one.
  // (crypto.getRandomValues, unlike randomUUID, also works on a plain-http intranet address.)
  const [clientKey] = useState(
    () =>
      `admin:${Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('')}`,
  );
  const kind = Form.useWatch('kind', form);
  const variant = Form.useWatch('periodVariant', form);
  const categoryCode = Form.useWatch('categoryCode', form);
  const receivedAt = Form.useWatch('receivedAt', form);
  const requester = Form.useWatch('requester', form);
  const custom = useCustomFieldDefinitions(CUSTOMIZABLE.petition);
  const definitions = custom.definitions;

  // The defaults of the tenant's petition fields, once their definitions arrive.
  useEffect(() => {
    if (definitions.length) form.setFieldsValue({ [CUSTOM_FIELDS]: formValuesOf(definitions) });
  }, [definitions, form]);

  useEffect(() => {
    if (!kind || !categoryCode || (kind === 'INQUIRY' && !variant)) return;
    void preview({
      variables: {
        kind,
        variant: kind === 'INQUIRY' ? variant : null,
        categoryCode,
        receivedAt: toInstant(receivedAt ?? ''),
      },
    });
  }, [kind, variant, categoryCode, receivedAt, preview]);

  const required = (labelKey: MessageKey) => [
    { required: true, whitespace: true, message: t('voc.required', { field: t(labelKey) }) },
  ];

  const submit = async (v: Values) => {
    const customFields = customFieldsPatch(definitions, v[CUSTOM_FIELDS]);
    try {
      const res = await receive({
        variables: {
          input: {
            source: v.source,
            channel: v.channel,
            kind: v.kind,
            periodVariant: v.kind === 'INQUIRY' ? v.periodVariant : null,
            handlingClass: v.handlingClass,
            categoryCode: v.categoryCode ?? '',
            title: v.title ?? '',
            body: v.body ?? '',
            locationAddress: v.locationAddress?.trim() || null,
            customerId: v.requester === 'customer' ? v.customerId : null,
            contact:
              v.requester === 'anonymous'
                ? {
                    name: v.contactName ?? '',
                    phone: v.contactPhone?.trim() || null,
                    email: v.contactEmail?.trim() || null,
                  }
                : null,
            replyChannel: v.replyChannel,
            receivedAt: toInstant(v.receivedAt),
            attachmentIds: v.attachmentIds?.length ? v.attachmentIds : null,
            clientKey,
            ...(customFields ? { customFields } : {}),
          },
        },
      });
      const made = res.data?.receiveVoc;
      if (made) {
        message.success(t('voc.intake.received', { receiptNo: made.receiptNo }));
        navigate(`../${made.id}`);
      }
    } catch (e) {
      // shown from received.error; a custom field's refusal also next to its input
      const path = customFieldPath(errorField(e));
      if (path) form.setFields([{ name: path as never, errors: [errorMessage(e, lang)] }]);
    }
  };

  const categories = (reference.data?.vocCategories ?? []).filter((c) => c.active);
  const deadline = previewed.data?.vocDeadlinePreview;
  const showPreview = Boolean(kind && categoryCode && (kind !== 'INQUIRY' || variant));

  return (
    <>
      <PageHeader title={t('voc.intake.title')} description={t('voc.intake.description')} />
      <div className="pcrm-voc-grid">
        <Card>
          <Form<Values>
            form={form}
            layout="vertical"
            onFinish={submit}
            initialValues={{
              source: 'PETITION',
              channel: 'PHONE',
              kind: 'PROPOSAL',
              handlingClass: 'SIMPLE_CONSULT',
              requester: 'anonymous',
              replyChannel: 'SMS',
              receivedAt: localNow(),
            }}
          >
            <div className="pcrm-voc-form-row">
              <Form.Item name="source" label={t('voc.field.source')}>
                <Select options={vocOptions('source', t)} />
              </Form.Item>
              <Form.Item name="channel" label={t('voc.field.channel')}>
                <Select options={enumOptions('channel', t)} />
              </Form.Item>
              <Form.Item name="kind" label={t('voc.field.kind')}>
                <Select options={vocOptions('kind', t)} />
              </Form.Item>
              {kind === 'INQUIRY' && (
                <Form.Item
                  name="periodVariant"
                  label={t('voc.field.variant')}
                  rules={required('voc.field.variant')}
                >
                  <Select
                    options={VOC_VARIANTS.map((value) => ({ value, label: t(`voc.variant.${value}`) }))}
                  />
                </Form.Item>
              )}
              <Form.Item name="handlingClass" label={t('voc.field.handlingClass')}>
                <Select options={vocOptions('handlingClass', t)} />
              </Form.Item>
              <Form.Item
                name="categoryCode"
                label={t('voc.field.category')}
                rules={required('voc.field.category')}
              >
                <Select
                  showSearch
                  optionFilterProp="label"
                  loading={reference.loading}
                  options={categories.map((c) => ({
                    value: c.code,
                    label: lang === 'en' ? c.nameEn : c.nameKo,
                  }))}
                />
              </Form.Item>
              <Form.Item name="receivedAt" label={t('voc.field.receivedAt')}>
                <Input type="datetime-local" max={localNow()} />
              </Form.Item>
            </div>
            <Form.Item name="title" label={t('voc.field.title')} rules={required('voc.field.title')}>
              <Input maxLength={200} showCount />
            </Form.Item>
            <Form.Item name="body" label={t('voc.field.body')} rules={required('voc.field.body')}>
              <Input.TextArea rows={6} maxLength={20000} showCount />
            </Form.Item>
            <Form.Item name="locationAddress" label={t('voc.field.location')}>
              <Input maxLength={300} />
            </Form.Item>
            <Form.Item name="requester" label={t('voc.field.requester')}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'anonymous', label: t('voc.field.requester.anonymous') },
                  { value: 'customer', label: t('voc.field.requester.customer') },
                ]}
              />
            </Form.Item>
            {requester === 'customer' ? (
              <Form.Item
                name="customerId"
                label={t('voc.field.customer')}
                rules={[{ required: true, message: t('voc.required', { field: t('voc.field.requester') }) }]}
              >
                <Select
                  showSearch
                  filterOption={false}
                  loading={customers.loading}
                  onSearch={(query) => {
                    if (query.trim().length >= 1) void findCustomers({ variables: { query: query.trim() } });
                  }}
                  options={(customers.data?.customers.edges ?? []).map(({ node }) => ({
                    value: node.id,
                    label: `${node.name} · ${node.customerNo}${node.primaryPhone ? ` · ${node.primaryPhone}` : ''}`,
                  }))}
                />
              </Form.Item>
            ) : (
              <div className="pcrm-voc-form-row">
                <Form.Item
                  name="contactName"
                  label={t('voc.field.contactName')}
                  rules={required('voc.field.contactName')}
                >
                  <Input maxLength={100} autoComplete="off" />
                </Form.Item>
                <Form.Item name="contactPhone" label={t('voc.field.contactPhone')}>
                  <Input inputMode="tel" autoComplete="off" />
                </Form.Item>
                <Form.Item name="contactEmail" label={t('voc.field.contactEmail')}>
                  <Input type="email" autoComplete="off" />
                </Form.Item>
              </div>
            )}
            <Form.Item name="replyChannel" label={t('voc.field.replyChannel')}>
              <Select options={vocOptions('replyChannel', t)} />
            </Form.Item>
            <CustomFieldsSection definitions={definitions} error={custom.error} onRetry={custom.refetch} />
            <Form.Item name="attachmentIds" label={t('voc.files.field')}>
              <VocFileUpload onBusyChange={setUploading} />
            </Form.Item>
            {received.error && (
              <Alert
                type="error"
                showIcon
                role="alert"
                style={{ marginBottom: 16 }}
                message={errorMessage(received.error, lang)}
              />
            )}
            <Button
              type="primary"
              htmlType="submit"
              icon={<SaveOutlined />}
              loading={received.loading || uploading}
            >
              {t('voc.intake.submit')}
            </Button>
          </Form>
        </Card>
        <Card title={<h2 className="pcrm-card-title">{t('voc.preview.title')}</h2>}>
          <div aria-live="polite">
            {!showPreview || !deadline ? (
              previewed.error && showPreview ? (
                <Alert type="error" showIcon message={errorMessage(previewed.error, lang)} />
              ) : (
                <p className="pcrm-muted">{t('voc.preview.pick')}</p>
              )
            ) : (
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('voc.preview.due')}>
                  <strong data-testid="voc-preview-due">{formatDateTime(deadline.dueAt)}</strong>
                </Descriptions.Item>
                <Descriptions.Item label={t('voc.preview.target')}>
                  {formatDateTime(deadline.targetDueAt)}
                </Descriptions.Item>
                <Descriptions.Item label={t('voc.field.kind')}>
                  <Space vertical size={0}>
                    <span>
                      {t('voc.preview.period', {
                        label: deadline.period.labelKo,
                        value: deadline.period.value,
                        unit: t(`voc.unit.${deadline.period.unit}`),
                      })}
                    </span>
                    <span className="pcrm-muted">
                      {t('voc.preview.countedIn', {
                        how: t(`voc.countedIn.${deadline.countedIn}` as MessageKey),
                      })}
                    </span>
                  </Space>
                </Descriptions.Item>
              </Descriptions>
            )}
          </div>
        </Card>
      </div>
    </>
  );
}
