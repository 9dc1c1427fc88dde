import { MergeCellsOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, App, Button, Input, Modal } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../graphql';
import { graphql } from '../graphql/generated';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/messages';

const REASON_MIN = 2;

const FIND_BY_NUMBER = graphql(`
  query CustomerByNumber($query: String!) {
    customers(first: 5, filter: { query: $query }) {
      edges {
        node {
          id
          customerNo
        }
      }
    }
  }
`);

const MERGE_CUSTOMERS = graphql(`
  mutation MergeCustomers($input: MergeCustomersInput!) {
    mergeCustomers(input: $input) {
      id
    }
  }
`);

/**
 * "중복 병합": the duplicate, named by its customer number, is merged into this customer (the survivor).
 * The survivor's views are refetched (timeline, consents, relations now include the duplicate's). The duplicate keeps its history and points to the survivor; the reason goes to the merge record and audit.
 */
export function MergeButton({ survivorId, survivorNo }: { survivorId: string; survivorNo: string }) {
  const { t, lang } = useI18n();
  const client = useApolloClient();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [number, setNumber] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const [merge, { loading, error, reset }] = useMutation(MERGE_CUSTOMERS);

  const submit = async () => {
    reset();
    const no = number.trim();
    if (!no) return setProblem('customers.merge.numberRequired');
    if (no === survivorNo) return setProblem('customers.merge.self');
    if (reason.trim().length < REASON_MIN) return setProblem('customers.merge.reasonRequired');
    const found = await client.query({
      query: FIND_BY_NUMBER,
      variables: { query: no },
      fetchPolicy: 'network-only',
    });
    const duplicate = found.data?.customers.edges.find((e) => e.node.customerNo === no)?.node;
    if (!duplicate) return setProblem('customers.merge.notFound');
    setProblem(null);
    try {
      await merge({
        variables: { input: { survivorId, mergedId: duplicate.id, reason: reason.trim() } },
      });
      setOpen(false);
      setNumber('');
      setReason('');
      void message.success(t('customers.merge.done', { no }));
      await client.refetchQueries({ include: 'active' });
    } catch {
      /* shown from `error` */
    }
  };

  return (
    <>
      <Button
        icon={<MergeCellsOutlined aria-hidden />}
        onClick={() => {
          reset();
          setProblem(null);
          setOpen(true);
        }}
      >
        {t('customers.merge.button')}
      </Button>
      <Modal
        open={open}
        title={t('customers.merge.title', { no: survivorNo })}
        okText={t('customers.merge.ok')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        confirmLoading={loading}
        onOk={() => void submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <p>{t('customers.merge.explain')}</p>
        <div className="pcrm-form-field">
          <label htmlFor="merge-number">{t('customers.merge.number')}</label>
          <Input id="merge-number" value={number} onChange={(e) => setNumber(e.target.value)} />
        </div>
        <div className="pcrm-form-field">
          <label htmlFor="merge-reason">{t('customers.merge.reason')}</label>
          <Input.TextArea
            id="merge-reason"
            value={reason}
            maxLength={200}
            showCount
            autoSize={{ minRows: 2, maxRows: 4 }}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
        {problem && <Alert type="error" showIcon role="alert" title={t(problem)} />}
        {error && <Alert type="error" showIcon role="alert" title={errorMessage(error, lang)} />}
      </Modal>
    </>
  );
}
