import { useMutation } from '@apollo/client/react';
import { Alert, App as AntApp, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../graphql';
import { useI18n } from '../i18n';
import { RESOLVE_SURVEY_FOLLOWUP } from './queries';

const NOTE_MAX = 2000;

/** 조치 완료: asks what was done, then closes the follow-up (the list and the case page both use it). */
export function ResolveFollowupButton({
  followup,
  onResolved,
}: {
  followup: { id: string; receiptNo: string };
  onResolved: () => unknown;
}) {
  const { t, lang } = useI18n();
  const { message } = AntApp.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ note: string }>();
  const [resolve, { loading, error, reset }] = useMutation(RESOLVE_SURVEY_FOLLOWUP);
  const close = () => {
    setOpen(false);
    form.resetFields();
    reset();
  };
  const submit = async ({ note }: { note: string }) => {
    await resolve({ variables: { input: { id: followup.id, note } } });
    void message.success(t('survey.resolve.done'));
    close();
    await onResolved();
  };
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {t('survey.resolve')}
      </Button>
      <Modal
        open={open}
        title={t('survey.resolve.title', { receiptNo: followup.receiptNo })}
        okText={t('survey.resolve')}
        cancelText={t('survey.resolve.cancel')}
        confirmLoading={loading}
        onOk={() => form.submit()}
        onCancel={close}
        destroyOnHidden
      >
        {error && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={errorMessage(error, lang)}
            style={{ marginBottom: 12 }}
          />
        )}
        <Form form={form} layout="vertical" onFinish={(v) => submit(v).catch(() => undefined)}>
          <Form.Item
            name="note"
            label={t('survey.resolve.note')}
            rules={[
              { required: true, whitespace: true, message: t('survey.resolve.noteRequired') },
              { max: NOTE_MAX },
            ]}
          >
            <Input.TextArea rows={4} maxLength={NOTE_MAX} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
