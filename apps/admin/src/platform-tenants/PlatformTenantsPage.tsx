import { CheckCircleOutlined, DownloadOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Form, Input, Modal, Popconfirm, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { errorField, errorMessage } from '../graphql';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/messages';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { RegionTable } from '../layout/RegionTable';
import { tenantColumns } from '../tenants/tenant-columns';
import { PageHeader } from '../layout/PageHeader';
import {
  CREATE_TENANT,
  DEACTIVATE_TENANT,
  PLATFORM_TENANTS_QUERY,
  REACTIVATE_TENANT,
  type PlatformAuditRow,
  type PlatformTenantRow,
} from './queries';

/** The API's tenant code rule (tenants.id check); the API checks it again, with reserved codes. */
const CODE_PATTERN = /^[a-z][a-z0-9-]{1,30}$/;
const REFETCH = { refetchQueries: [PLATFORM_TENANTS_QUERY], awaitRefetchQueries: true };

interface NewTenantValues {
  code: string;
  nameKo: string;
  nameEn: string;
  username: string;
  name: string;
  email: string;
}

/** Where the API's `extensions.field` of a refused creation is shown in the form. */
const FORM_FIELD: Record<string, keyof NewTenantValues> = {
  code: 'code',
  nameKo: 'nameKo',
  nameEn: 'nameEn',
  'firstAdmin.username': 'username',
  'firstAdmin.name': 'name',
  'firstAdmin.email': 'email',
};

function downloadJson(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

function CreateTenantModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t, lang } = useI18n();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<NewTenantValues>();
  const [serverError, setServerError] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CREATE_TENANT, REFETCH);
  const required = { required: true, whitespace: true, message: t('platformTenants.required') };

  const submit = async () => {
    let v: NewTenantValues;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setServerError(null);
    try {
      const result = await create({
        variables: {
          input: {
            code: v.code.trim(),
            nameKo: v.nameKo.trim(),
            nameEn: v.nameEn.trim(),
            firstAdmin: { username: v.username.trim(), name: v.name.trim(), email: v.email.trim() },
          },
        },
      });
      const done = result.data?.createTenant;
      if (!done) return;
      message.success(t('platformTenants.created', { name: done.tenant.nameKo, ms: done.elapsedMs }));
      form.resetFields();
      onClose();
      modal.success({
        title: t('platformTenants.createdTitle', { name: done.tenant.nameKo }),
        content: (
          <>
            <p>{t('platformTenants.createdBody', { username: done.firstAdminUsername })}</p>
            <Button
              icon={<DownloadOutlined aria-hidden />}
              onClick={() => downloadJson(`${done.tenant.code}-realm.json`, done.realmExport)}
            >
              {t('platformTenants.download')}
            </Button>
          </>
        ),
      });
    } catch (e) {
      const text = errorMessage(e, lang);
      const field = FORM_FIELD[errorField(e) ?? ''];
      if (field) form.setFields([{ name: field, errors: [text] }]);
      else setServerError(text);
    }
  };

  return (
    <Modal
      open={open}
      title={t('platformTenants.add')}
      okText={t('platformTenants.add')}
      cancelText={t('common.cancel')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={loading}
      forceRender
    >
      <Form form={form} layout="vertical" requiredMark name="create-tenant" onFinish={submit}>
        <Form.Item
          label={t('platformTenants.code')}
          name="code"
          extra={t('platformTenants.codeHint')}
          rules={[required, { pattern: CODE_PATTERN, message: t('platformTenants.codeInvalid') }]}
        >
          <Input autoComplete="off" spellCheck={false} />
        </Form.Item>
        <Form.Item label={t('platformTenants.nameKo')} name="nameKo" rules={[required, { max: 50 }]}>
          <Input lang="ko" />
        </Form.Item>
        <Form.Item label={t('platformTenants.nameEn')} name="nameEn" rules={[required, { max: 100 }]}>
          <Input lang="en" />
        </Form.Item>
        <Form.Item label={t('platformTenants.adminUsername')} name="username" rules={[required]}>
          <Input autoComplete="off" spellCheck={false} />
        </Form.Item>
        <Form.Item label={t('platformTenants.adminName')} name="name" rules={[required, { max: 50 }]}>
          <Input />
        </Form.Item>
        <Form.Item label={t('platformTenants.adminEmail')} name="email" rules={[required]}>
          <Input type="email" autoComplete="off" />
        </Form.Item>
        {serverError && <Alert type="error" showIcon role="alert" title={serverError} />}
      </Form>
    </Modal>
  );
}

function ActivationButton({ tenant }: { tenant: PlatformTenantRow }) {
  const { t, lang } = useI18n();
  const { message, modal } = App.useApp();
  const [deactivate, deactivating] = useMutation(DEACTIVATE_TENANT, REFETCH);
  const [reactivate, reactivating] = useMutation(REACTIVATE_TENANT, REFETCH);
  const run = async (
    action: (options: { variables: { code: string } }) => Promise<unknown>,
    done: MessageKey,
  ) => {
    try {
      await action({ variables: { code: tenant.code } });
      message.success(t(done, { name: tenant.nameKo }));
    } catch (e) {
      modal.error({ title: tenant.nameKo, content: <span role="alert">{errorMessage(e, lang)}</span> });
    }
  };
  if (!tenant.active)
    return (
      <Button
        icon={<CheckCircleOutlined aria-hidden />}
        loading={reactivating.loading}
        onClick={() => void run(reactivate, 'platformTenants.reactivated')}
      >
        {t('platformTenants.reactivate')}
      </Button>
    );
  return (
    <Popconfirm
      title={t('platformTenants.deactivateConfirm', { name: tenant.nameKo })}
      description={t('platformTenants.deactivateHint')}
      okText={t('platformTenants.deactivate')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true }}
      onConfirm={() => run(deactivate, 'platformTenants.deactivated')}
    >
      <Button danger icon={<StopOutlined aria-hidden />} loading={deactivating.loading}>
        {t('platformTenants.deactivate')}
      </Button>
    </Popconfirm>
  );
}

/** The platform operator's screen: every tenant with its state, registration and (de)activation, the audit. */
export function PlatformTenantsPage() {
  const { t, lang } = useI18n();
  const { data, loading, error, refetch } = useQuery(PLATFORM_TENANTS_QUERY);
  const [creating, setCreating] = useState(false);
  const tenants = data?.platformTenants ?? [];
  const when = useMemo(
    () =>
      new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ko-KR', { dateStyle: 'short', timeStyle: 'short' }),
    [lang],
  );

  const columns: TableColumnsType<PlatformTenantRow> = [
    ...tenantColumns<PlatformTenantRow>({
      code: t('platformTenants.col.code'),
      nameKo: t('platformTenants.col.nameKo'),
      nameEn: t('platformTenants.col.nameEn'),
    }),
    {
      title: t('platformTenants.col.state'),
      key: 'state',
      render: (_, row) =>
        row.active ? (
          <Tag color="blue">{t('platformTenants.active')}</Tag>
        ) : (
          <Tag color="red">{t('platformTenants.inactive')}</Tag>
        ),
    },
    {
      title: t('platformTenants.col.createdAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      responsive: ['md'],
      render: (iso: string) => when.format(new Date(iso)),
    },
    {
      title: t('platformTenants.col.actions'),
      key: 'actions',
      render: (_, row) => <ActivationButton tenant={row} />,
    },
  ];

  const auditColumns: TableColumnsType<PlatformAuditRow> = [
    {
      title: t('platformTenants.col.when'),
      dataIndex: 'occurredAt',
      key: 'when',
      render: (iso: string) => when.format(new Date(iso)),
    },
    { title: t('platformTenants.col.actor'), dataIndex: 'actor', key: 'actor', responsive: ['md'] },
    {
      title: t('platformTenants.col.action'),
      dataIndex: 'action',
      key: 'action',
      render: (action: string) => t(`platformTenants.action.${action}` as MessageKey),
    },
    {
      title: t('platformTenants.col.code'),
      dataIndex: 'tenantCode',
      key: 'tenant',
      render: (code: string) => <span className="pcrm-mono">{code}</span>,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('platformTenants.title')}
        description={t('platformTenants.description')}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
            {t('platformTenants.add')}
          </Button>
        }
      />
      {error && <LoadErrorAlert error={error} onRetry={refetch} />}
      <Card className="pcrm-table-card">
        <RegionTable<PlatformTenantRow>
          regionLabel={t('platformTenants.title')}
          rowKey="code"
          columns={columns}
          dataSource={tenants}
          loading={loading && !data}
          size="middle"
          title={() => (
            <span className="pcrm-table-caption">
              {data ? t('platformTenants.count', { n: tenants.length }) : t('common.loading')}
            </span>
          )}
        />
      </Card>
      <Card className="pcrm-table-card" title={t('platformTenants.audit')}>
        <RegionTable<PlatformAuditRow>
          regionLabel={t('platformTenants.audit')}
          rowKey="id"
          columns={auditColumns}
          dataSource={data?.platformAuditEvents ?? []}
        />
      </Card>
      <CreateTenantModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
