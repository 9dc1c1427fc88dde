import { EditOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Input, Modal, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../graphql';
import type { NotificationChannel } from '../graphql/generated/graphql';
import { useI18n } from '../i18n';
import { LoadErrorAlert } from '../layout/LoadErrorAlert';
import { PageHeader } from '../layout/PageHeader';
import { useDebounced } from '../segments/useDebounced';
import { SenderCard } from './SenderCard';
import { PREVIEW_QUERY, TEMPLATES_QUERY, UPDATE_TEMPLATE, type TemplateRow } from './queries';

/**
 * 알림 템플릿: the tenant's resident-notification texts per key and channel, edited with a live preview
 * (sample values filled in by the API, which also counts a text message's EUC-KR bytes), and the sender.
 */
export function NotificationTemplatesPage() {
  const { t, lang } = useI18n();
  const { data, loading, error, refetch } = useQuery(TEMPLATES_QUERY);
  const [editing, setEditing] = useState<TemplateRow | null>(null);
  const name = (r: TemplateRow) => (lang === 'ko' ? r.nameKo : r.nameEn);
  const channel = (c: NotificationChannel) => t(c === 'SMS' ? 'notify.channel.SMS' : 'notify.channel.EMAIL');

  const columns: TableColumnsType<TemplateRow> = [
    {
      title: t('notify.col.name'),
      key: 'name',
      render: (_, r) => (
        <Space vertical size={0} className="pcrm-cell-stack">
          <span>{name(r)}</span>
          <span className="pcrm-mono pcrm-muted">{r.key}</span>
        </Space>
      ),
    },
    { title: t('notify.col.channel'), key: 'channel', width: 110, render: (_, r) => channel(r.channel) },
    {
      title: t('notify.col.body'),
      key: 'body',
      ellipsis: true,
      responsive: ['md'],
      render: (_, r) => <span className="pcrm-ellipsis">{r.subject ?? r.body}</span>,
    },
    {
      title: t('notify.col.state'),
      key: 'state',
      width: 120,
      responsive: ['sm'],
      render: (_, r) =>
        r.customized ? <Tag color="blue">{t('notify.customized')}</Tag> : <Tag>{t('notify.default')}</Tag>,
    },
    {
      title: t('notify.edit'),
      key: 'edit',
      width: 90,
      render: (_, r) => (
        <Button
          size="small"
          icon={<EditOutlined aria-hidden />}
          aria-label={t('notify.editOne', { name: name(r), channel: channel(r.channel) })}
          onClick={() => setEditing(r)}
        >
          {t('notify.edit')}
        </Button>
      ),
    },
  ];

  const templates = data?.notificationTemplates ?? [];
  return (
    <>
      <PageHeader title={t('notify.title')} description={t('notify.description')} />
      {error && <LoadErrorAlert error={error} onRetry={refetch} />}
      {data && <SenderCard settings={data.notificationSettings} />}
      <Card title={<h2 className="pcrm-card-title">{t('notify.templates', { count: templates.length })}</h2>}>
        <Table<TemplateRow>
          data-testid="notification-templates"
          rowKey={(r) => `${r.key}/${r.channel}`}
          size="small"
          columns={columns}
          dataSource={templates}
          loading={loading && !data}
          pagination={false}
        />
      </Card>
      {editing && (
        <TemplateEditor
          template={editing}
          title={t('notify.editOne', { name: name(editing), channel: channel(editing.channel) })}
          savedText={t('notify.saved', { name: name(editing), channel: channel(editing.channel) })}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}

function TemplateEditor({
  template,
  title,
  savedText,
  onClose,
}: {
  template: TemplateRow;
  title: string;
  savedText: string;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [subject, setSubject] = useState(template.subject ?? '');
  const [body, setBody] = useState(template.body);
  const email = template.channel === 'EMAIL';
  const input = {
    key: template.key,
    channel: template.channel,
    subject: email ? subject : null,
    body,
  };
  const settled = useDebounced(input, 250);
  const preview = useQuery(PREVIEW_QUERY, {
    variables: { input: settled },
    skip: !settled.body || (email && !settled.subject),
    fetchPolicy: 'network-only',
  });
  const shown = preview.data ?? preview.previousData;
  const [save, saving] = useMutation(UPDATE_TEMPLATE);

  const submit = async () => {
    try {
      await save({ variables: { input }, refetchQueries: [TEMPLATES_QUERY], awaitRefetchQueries: true });
      message.success(savedText);
      onClose();
    } catch {
      /* shown from saving.error */
    }
  };

  return (
    <Modal
      open
      title={title}
      okText={t('notify.save')}
      okButtonProps={{ icon: <SaveOutlined aria-hidden />, disabled: !!preview.error }}
      cancelText={t('notify.cancel')}
      confirmLoading={saving.loading}
      onOk={() => void submit()}
      onCancel={onClose}
      width={720}
      destroyOnHidden
    >
      {email && (
        <div className="pcrm-form-field">
          <label htmlFor="template-subject">{t('notify.subject')}</label>
          <Input
            id="template-subject"
            value={subject}
            maxLength={200}
            onChange={(e) => setSubject(e.target.value)}
          />
        </div>
      )}
      <div className="pcrm-form-field">
        <label htmlFor="template-body">{t('notify.body')}</label>
        <Input.TextArea
          id="template-body"
          value={body}
          autoSize={{ minRows: 3, maxRows: 10 }}
          maxLength={4000}
          onChange={(e) => setBody(e.target.value)}
          aria-describedby="template-variables"
        />
        <div id="template-variables" className="pcrm-muted">
          {t('notify.variables')}:{' '}
          <span className="pcrm-mono">
            {[...template.variables, 'tenantName'].map((v) => `{{${v}}}`).join(' ')}
          </span>
          <br />
          {t('notify.variablesHelp')}
        </div>
      </div>
      <section aria-labelledby="template-preview-title" aria-live="polite">
        <h3 id="template-preview-title" className="pcrm-card-title">
          {t('notify.preview')}
        </h3>
        {preview.error ? (
          <Alert type="error" showIcon role="alert" title={errorMessage(preview.error, lang)} />
        ) : (
          shown && (
            <Card size="small">
              {shown.previewNotificationTemplate.subject && (
                <p>
                  <strong>{shown.previewNotificationTemplate.subject}</strong>
                </p>
              )}
              <p style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="template-preview">
                {shown.previewNotificationTemplate.body}
              </p>
              {shown.previewNotificationTemplate.bytes !== null &&
                shown.previewNotificationTemplate.bytes !== undefined && (
                  <p data-testid="template-bytes">
                    <Tag color={shown.previewNotificationTemplate.smsKind === 'SMS' ? 'green' : 'orange'}>
                      {t('notify.bytes', {
                        bytes: shown.previewNotificationTemplate.bytes.toLocaleString(
                          lang === 'ko' ? 'ko-KR' : 'en',
                        ),
                        kind: shown.previewNotificationTemplate.smsKind ?? '',
                      })}
                    </Tag>{' '}
                    <span className="pcrm-muted">{t('notify.bytesLimit')}</span>
                  </p>
                )}
            </Card>
          )
        )}
      </section>
      {saving.error && <Alert type="error" showIcon role="alert" title={errorMessage(saving.error, lang)} />}
    </Modal>
  );
}
