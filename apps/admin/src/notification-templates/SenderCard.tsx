import { SaveOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Card, Input, Space } from 'antd';
import { useEffect, useState } from 'react';
import { normalizeSmsSender } from '@pcrm/access';
import { errorMessage } from '../graphql';
import { useI18n } from '../i18n';
import { UPDATE_SETTINGS } from './queries';

/** 발신 설정: the registered SMS sender number (checked as typed, stored as digits) and the e-mail sender. */
export function SenderCard({
  settings,
}: {
  settings: { smsSender: string; emailFrom: string; customized: boolean };
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [smsSender, setSmsSender] = useState(settings.smsSender);
  const [emailFrom, setEmailFrom] = useState(settings.emailFrom);
  useEffect(() => {
    setSmsSender(settings.smsSender);
    setEmailFrom(settings.emailFrom);
  }, [settings.smsSender, settings.emailFrom]);
  const [save, saving] = useMutation(UPDATE_SETTINGS);
  const senderValid = normalizeSmsSender(smsSender) !== null;

  return (
    <Card title={<h2 className="pcrm-card-title">{t('notify.settings')}</h2>} style={{ marginBottom: 16 }}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!senderValid) return;
          save({
            variables: { input: { smsSender, emailFrom: emailFrom.trim() } },
            refetchQueries: 'active',
          }).then(
            () => message.success(t('notify.settingsSaved')),
            () => undefined,
          );
        }}
      >
        <Space wrap align="start">
          <div className="pcrm-form-field">
            <label htmlFor="sms-sender">{t('notify.smsSender')}</label>
            <Input
              id="sms-sender"
              value={smsSender}
              inputMode="tel"
              maxLength={20}
              onChange={(e) => setSmsSender(e.target.value)}
              status={senderValid ? undefined : 'error'}
              aria-invalid={senderValid ? undefined : true}
              aria-describedby="sms-sender-help"
            />
            <div id="sms-sender-help" className={senderValid ? 'pcrm-muted' : 'pcrm-field-error'}>
              {t('notify.smsSenderHelp')}
            </div>
          </div>
          <div className="pcrm-form-field">
            <label htmlFor="email-from">{t('notify.emailFrom')}</label>
            <Input
              id="email-from"
              type="email"
              value={emailFrom}
              maxLength={254}
              onChange={(e) => setEmailFrom(e.target.value)}
            />
          </div>
        </Space>
        <div>
          <Button
            htmlType="submit"
            icon={<SaveOutlined aria-hidden />}
            loading={saving.loading}
            disabled={!senderValid}
          >
            {t('notify.save')}
          </Button>{' '}
          {!settings.customized && <span className="pcrm-muted">{t('notify.settingsDefault')}</span>}
        </div>
      </form>
      {saving.error && <Alert type="error" showIcon role="alert" title={errorMessage(saving.error, lang)} />}
    </Card>
  );
}
