import { EyeOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Input, Modal } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../graphql';
import type { RevealableField } from '../graphql/generated/graphql';
import { graphql } from '../graphql/generated';
import { useI18n } from '../i18n';

const REASON_MIN = 2;

const REVEAL_CUSTOMER_FIELD = graphql(`
  mutation RevealCustomerField($id: ID!, $field: RevealableField!, $itemId: ID, $reason: String!) {
    revealCustomerField(id: $id, field: $field, itemId: $itemId, reason: $reason)
  }
`);

/**
 * "보기": one masked value unmasked on purpose (one phone or e-mail of several by `itemId`). The reason is
 * required and goes to the access log with the read; the value is shown only here, for this view.
 */
export function RevealButton({
  customerId,
  field,
  itemId,
  fieldLabel,
  onRevealed,
}: {
  customerId: string;
  field: RevealableField;
  itemId?: string;
  fieldLabel: string;
  onRevealed(value: string): void;
}) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [reveal, { loading, error, reset }] = useMutation(REVEAL_CUSTOMER_FIELD);
  const tooShort = reason.trim().length < REASON_MIN;
  const id = `reveal-${field}${itemId ? `-${itemId}` : ''}`;

  const submit = async () => {
    setTried(true);
    if (tooShort) return;
    try {
      const result = await reveal({
        variables: { id: customerId, field, itemId: itemId ?? null, reason: reason.trim() },
      });
      if (result.data) onRevealed(result.data.revealCustomerField);
      setOpen(false);
      setReason('');
      setTried(false);
    } catch {
      /* shown from `error` */
    }
  };

  return (
    <>
      <Button
        size="small"
        type="link"
        icon={<EyeOutlined aria-hidden />}
        onClick={() => {
          reset();
          setOpen(true);
        }}
        aria-label={t('customers.reveal.button', { field: fieldLabel })}
      >
        {t('customers.reveal.short')}
      </Button>
      <Modal
        open={open}
        title={t('customers.reveal.title', { field: fieldLabel })}
        okText={t('customers.reveal.ok')}
        cancelText={t('common.cancel')}
        confirmLoading={loading}
        onOk={() => void submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <p>{t('customers.reveal.explain')}</p>
        <div className="pcrm-form-field">
          <label htmlFor={id}>{t('customers.reveal.reason')}</label>
          <Input.TextArea
            id={id}
            value={reason}
            maxLength={200}
            showCount
            autoSize={{ minRows: 2, maxRows: 4 }}
            placeholder={t('customers.reveal.reasonPlaceholder')}
            status={tried && tooShort ? 'error' : undefined}
            aria-invalid={tried && tooShort ? true : undefined}
            aria-describedby={tried && tooShort ? `${id}-error` : undefined}
            onChange={(e) => setReason(e.target.value)}
          />
          {tried && tooShort && (
            <div className="pcrm-field-error" id={`${id}-error`} role="alert">
              {t('customers.reveal.reasonRequired')}
            </div>
          )}
        </div>
        {error && <Alert type="error" showIcon role="alert" title={errorMessage(error, lang)} />}
      </Modal>
    </>
  );
}
