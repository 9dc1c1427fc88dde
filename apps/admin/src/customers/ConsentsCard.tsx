import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Empty,
  Form,
  Input,
  Modal,
  Select,
  Skeleton,
  Table,
  Tag,
} from 'antd';
import { useState } from 'react';
import { useDateFormat } from '../charts/format';
import { errorMessage } from '../graphql';
import type { ConsentPurpose, ContactChannel } from '../graphql/generated/graphql';
import { graphql } from '../graphql/generated';
import type { CustomerConsentsQuery } from '../graphql/generated/graphql';
import { useI18n } from '../i18n';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { localNow, toInstant } from './datetime';
import { enumOptions } from './enums';
import { KeyboardScroll } from './KeyboardScroll';
import { useEnumLabel } from './labels';

type ConsentRow = NonNullable<CustomerConsentsQuery['customer']>['consents'][number];

const CUSTOMER_CONSENTS_QUERY = graphql(`
  query CustomerConsents($id: ID!) {
    customer(id: $id) {
      id
      consents {
        id
        purpose
        grantedAt
        channel
        evidence
        withdrawnAt
        withdrawalChannel
      }
    }
  }
`);

const GRANT_CONSENT = graphql(`
  mutation GrantConsent($input: GrantConsentInput!) {
    grantConsent(input: $input) {
      id
    }
  }
`);

const WITHDRAW_CONSENT = graphql(`
  mutation WithdrawConsent($input: WithdrawConsentInput!) {
    withdrawConsent(input: $input) {
      id
    }
  }
`);

interface GrantValues {
  purpose: ConsentPurpose;
  grantedAt: string;
  channel: ContactChannel;
  evidence?: string;
}

/** Consents per purpose (행정안내, 만족도조사, 홍보·캠페인) with date, channel and evidence; grant and withdraw. */
export function ConsentsCard({ customerId, mayWrite }: { customerId: string; mayWrite: boolean }) {
  const { t, lang } = useI18n();
  const { message } = AntApp.useApp();
  const label = useEnumLabel();
  const formatTime = useDateFormat(true);
  const [granting, setGranting] = useState(false);
  const [withdrawing, setWithdrawing] = useState<ConsentRow | null>(null);
  const [withdrawChannel, setWithdrawChannel] = useState<ContactChannel>('VISIT');
  const [form] = Form.useForm<GrantValues>();
  const { data, loading, error, refetch } = useQuery(CUSTOMER_CONSENTS_QUERY, {
    variables: { id: customerId },
  });
  const consents = data?.customer?.consents ?? [];
  const refresh = { refetchQueries: [CUSTOMER_CONSENTS_QUERY], awaitRefetchQueries: true };
  const [grant, grantState] = useMutation(GRANT_CONSENT, refresh);
  const [withdraw, withdrawState] = useMutation(WITHDRAW_CONSENT, refresh);

  const submitGrant = async (v: GrantValues) => {
    try {
      await grant({
        variables: {
          input: {
            customerId,
            purpose: v.purpose,
            channel: v.channel,
            grantedAt: toInstant(v.grantedAt),
            evidence: v.evidence?.trim() ?? '',
          },
        },
      });
      message.success(t('customers.consent.granted'));
      setGranting(false);
    } catch {
      /* shown from the mutation's error */
    }
  };

  const submitWithdraw = async () => {
    if (!withdrawing) return;
    try {
      await withdraw({ variables: { input: { consentId: withdrawing.id, channel: withdrawChannel } } });
      message.success(t('customers.consent.withdrawn'));
      setWithdrawing(null);
    } catch {
      /* shown from the mutation's error */
    }
  };

  return (
    <Card
      title={<h2 className="pcrm-card-title">{t('customers.consents')}</h2>}
      className="pcrm-customer-consents"
      extra={
        mayWrite && (
          <Button
            icon={<PlusOutlined aria-hidden />}
            onClick={() => {
              grantState.reset();
              form.setFieldsValue({
                purpose: 'ADMIN_NOTICE',
                channel: 'VISIT',
                grantedAt: localNow(),
                evidence: '',
              });
              setGranting(true);
            }}
          >
            {t('customers.consent.grant')}
          </Button>
        )
      }
    >
      {error && <LoadErrorAlert error={error} onRetry={refetch} />}
      {loading && !data ? (
        <Skeleton active aria-label={t('common.loading')} />
      ) : consents.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customers.consent.none')} />
      ) : (
        <KeyboardScroll label={t('customers.consents')}>
          <Table<ConsentRow>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={consents}
            scroll={{ x: 'max-content' }}
            data-testid="customer-consents"
            columns={[
              {
                title: t('customers.consent.purpose'),
                dataIndex: 'purpose',
                key: 'purpose',
                render: (p: string) => label('consent', p),
              },
              {
                title: t('customers.consent.state'),
                key: 'state',
                render: (_, c) =>
                  c.withdrawnAt ? (
                    <Tag className="pcrm-consent-withdrawn">{t('customers.consent.stateWithdrawn')}</Tag>
                  ) : (
                    <Tag className="pcrm-consent-active">{t('customers.consent.stateActive')}</Tag>
                  ),
              },
              {
                title: t('customers.consent.grantedAt'),
                key: 'grantedAt',
                render: (_, c) => `${formatTime(c.grantedAt)} · ${label('channel', c.channel)}`,
              },
              {
                title: t('customers.consent.evidence'),
                dataIndex: 'evidence',
                key: 'evidence',
                render: (e: string | null) => e || '—',
              },
              {
                title: t('customers.consent.withdrawnAt'),
                key: 'withdrawnAt',
                render: (_, c) =>
                  c.withdrawnAt
                    ? `${formatTime(c.withdrawnAt)} · ${label('channel', c.withdrawalChannel)}`
                    : mayWrite && (
                        <Button
                          size="small"
                          danger
                          onClick={() => {
                            withdrawState.reset();
                            setWithdrawing(c);
                          }}
                        >
                          {t('customers.consent.withdraw')}
                        </Button>
                      ),
              },
            ]}
          />
        </KeyboardScroll>
      )}
      <Modal
        open={granting}
        title={t('customers.consent.grantTitle')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={grantState.loading}
        onOk={() => form.submit()}
        onCancel={() => setGranting(false)}
        forceRender
      >
        <Form form={form} layout="vertical" onFinish={(v) => void submitGrant(v)} requiredMark="optional">
          <Form.Item name="purpose" label={t('customers.consent.purpose')} rules={[{ required: true }]}>
            <Select options={enumOptions('consent', t)} />
          </Form.Item>
          <Form.Item
            name="grantedAt"
            label={t('customers.consent.grantedAt')}
            rules={[{ required: true, message: t('customers.consent.grantedAtRequired') }]}
          >
            <Input type="datetime-local" />
          </Form.Item>
          <Form.Item name="channel" label={t('customers.consent.channel')} rules={[{ required: true }]}>
            <Select options={enumOptions('channel', t)} />
          </Form.Item>
          <Form.Item
            name="evidence"
            label={t('customers.consent.evidence')}
            extra={t('customers.consent.evidenceHelp')}
            rules={[{ required: true, whitespace: true, message: t('customers.consent.evidenceRequired') }]}
          >
            <Input maxLength={500} showCount />
          </Form.Item>
        </Form>
        {grantState.error && (
          <Alert type="error" showIcon role="alert" title={errorMessage(grantState.error, lang)} />
        )}
      </Modal>
      <Modal
        open={withdrawing !== null}
        title={t('customers.consent.withdrawTitle', {
          purpose: withdrawing ? label('consent', withdrawing.purpose) : '',
        })}
        okText={t('customers.consent.withdraw')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        confirmLoading={withdrawState.loading}
        onOk={() => void submitWithdraw()}
        onCancel={() => setWithdrawing(null)}
      >
        <div className="pcrm-form-field">
          <label htmlFor="withdraw-channel">{t('customers.consent.withdrawChannel')}</label>
          <Select
            id="withdraw-channel"
            value={withdrawChannel}
            onChange={setWithdrawChannel}
            options={enumOptions('channel', t)}
          />
        </div>
        {withdrawState.error && (
          <Alert type="error" showIcon role="alert" title={errorMessage(withdrawState.error, lang)} />
        )}
      </Modal>
    </Card>
  );
}
