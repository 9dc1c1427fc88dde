import { MessageOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, App as AntApp, Button, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../graphql';
import type { ContactChannel, ContactDirection } from '../graphql/generated/graphql';
import { graphql } from '../graphql/generated';
import { useI18n } from '../i18n';
import { localNow, toInstant } from './datetime';
import { enumOptions } from './enums';
import { CUSTOMER_QUERY } from './queries';
import { CUSTOMER_CONTACTS_QUERY } from './Timeline';

const RECORD_CONTACT = graphql(`
  mutation RecordContact($input: RecordContactInput!) {
    recordContact(input: $input) {
      id
    }
  }
`);

interface Values {
  channel: ContactChannel;
  direction: ContactDirection;
  occurredAt: string;
  summary?: string;
}

/** "접촉 기록": a visit, call, letter… with the customer, added to the timeline. */
export function RecordContactButton({ customerId }: { customerId: string }) {
  const { t, lang } = useI18n();
  const { message } = AntApp.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const [record, { loading, error, reset }] = useMutation(RECORD_CONTACT, {
    refetchQueries: [CUSTOMER_CONTACTS_QUERY, CUSTOMER_QUERY],
    awaitRefetchQueries: true,
  });

  const submit = async (v: Values) => {
    try {
      await record({
        variables: {
          input: {
            customerId,
            channel: v.channel,
            direction: v.direction,
            occurredAt: toInstant(v.occurredAt),
            summary: v.summary?.trim() ?? '',
          },
        },
      });
      message.success(t('customers.contact.recorded'));
      setOpen(false);
    } catch {
      /* shown from `error` */
    }
  };

  return (
    <>
      <Button
        type="primary"
        icon={<MessageOutlined aria-hidden />}
        onClick={() => {
          reset();
          form.setFieldsValue({
            channel: 'VISIT',
            direction: 'INBOUND',
            occurredAt: localNow(),
            summary: '',
          });
          setOpen(true);
        }}
      >
        {t('customers.contact.record')}
      </Button>
      <Modal
        open={open}
        title={t('customers.contact.title')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={loading}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        forceRender
      >
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark="optional">
          <Form.Item name="channel" label={t('customers.contact.channel')} rules={[{ required: true }]}>
            <Select options={enumOptions('channel', t)} />
          </Form.Item>
          <Form.Item name="direction" label={t('customers.contact.direction')} rules={[{ required: true }]}>
            <Select options={enumOptions('direction', t)} />
          </Form.Item>
          <Form.Item
            name="occurredAt"
            label={t('customers.contact.occurredAt')}
            rules={[{ required: true, message: t('customers.contact.occurredAtRequired') }]}
          >
            <Input type="datetime-local" />
          </Form.Item>
          <Form.Item
            name="summary"
            label={t('customers.contact.summary')}
            rules={[{ required: true, whitespace: true, message: t('customers.contact.summaryRequired') }]}
          >
            <Input.TextArea maxLength={2000} showCount autoSize={{ minRows: 3, maxRows: 8 }} />
          </Form.Item>
        </Form>
        {error && <Alert type="error" showIcon role="alert" title={errorMessage(error, lang)} />}
      </Modal>
    </>
  );
}
