import type { TenantScopes } from '@pcrm/tenancy';
import { refuseUnconfiguredProduction, type NotificationConfig } from './notification-config';
import { NotificationDispatcher } from './notification-dispatcher';
import { EmailTransport } from './email-transport';
import { SmsGateway } from './sms-gateway';
import { startDevelopmentReceivers } from './development-receivers';

export interface RunningNotificationDelivery {
  readonly dispatcher: NotificationDispatcher;
  stop(): Promise<void>;
}

/**
 * The platform's sending side: transports from the configuration (or, outside production with nothing
 * configured, the development receivers) and the dispatcher draining every tenant's outbox.
 */
export async function startNotificationDelivery(
  scopes: TenantScopes,
  config: NotificationConfig,
  log: (message: string) => void,
): Promise<RunningNotificationDelivery> {
  refuseUnconfiguredProduction(config);
  const receivers = config.smtpUrl && config.smsGatewayUrl ? null : await startDevelopmentReceivers(log);
  const email = new EmailTransport(config.smtpUrl ?? receivers!.smtpUrl);
  const sms = new SmsGateway(config.smsGatewayUrl ?? receivers!.smsGatewayUrl);
  const dispatcher = new NotificationDispatcher(scopes, { EMAIL: email, SMS: sms }, config, log);
  dispatcher.start();
  return {
    dispatcher,
    stop: async () => {
      await dispatcher.stop();
      await email.close();
      await receivers?.close();
    },
  };
}
