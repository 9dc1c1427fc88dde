import { loadNotificationConfig, refuseUnconfiguredProduction } from './notification-config';

describe('notification configuration', () => {
  it('runs with the development receivers and a demo sender when nothing is set outside production', () => {
    const config = loadNotificationConfig({});
    expect(config).toMatchObject({ production: false, smtpUrl: undefined, smsGatewayUrl: undefined });
    expect(config.smsDefaultSender).toBe('15880000');
    expect(() => refuseUnconfiguredProduction(config)).not.toThrow();
  });

  it('refuses to start in production without SMTP, the SMS gateway or a sender number, naming what is missing', () => {
    const config = loadNotificationConfig({ NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example:25' });
    expect(() => refuseUnconfiguredProduction(config)).toThrow(
      'Production needs SMS_GATEWAY_URL, SMS_DEFAULT_SENDER to send resident notifications',
    );
    const complete = loadNotificationConfig({
      NODE_ENV: 'production',
      SMTP_URL: 'smtp://mail.example:25',
      SMS_GATEWAY_URL: 'https://sms.example/v1/messages',
      SMS_DEFAULT_SENDER: '0518881234',
    });
    expect(() => refuseUnconfiguredProduction(complete)).not.toThrow();
  });

  it('refuses malformed numbers', () => {
    expect(() => loadNotificationConfig({ SMS_DEFAULT_SENDER: '051-888' })).toThrow('SMS_DEFAULT_SENDER');
    expect(() => loadNotificationConfig({ PCRM_NOTIFY_MAX_ATTEMPTS: '0' })).toThrow(
      'PCRM_NOTIFY_MAX_ATTEMPTS',
    );
  });
});
