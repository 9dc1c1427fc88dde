import { Module } from '@nestjs/common';
import { loadNotificationConfig } from './notification-config';
import { NotificationOutbox } from './notification-outbox';
import {
  NOTIFICATION_DEFAULTS,
  NotificationTemplates,
  type NotificationDefaults,
} from './notification-templates.service';
import { NotificationsResolver } from './notifications.resolver';

/** Resident notifications: templates, the transactional outbox (`NotificationOutbox.enqueue`), delivery state. */
@Module({
  providers: [
    {
      provide: NOTIFICATION_DEFAULTS,
      useFactory: (): NotificationDefaults => {
        const config = loadNotificationConfig();
        return {
          smsSender: config.smsDefaultSender,
          emailFrom: (tenantId) => `noreply@${tenantId}.${config.emailFromDomain}`,
        };
      },
    },
    NotificationTemplates,
    NotificationOutbox,
    NotificationsResolver,
  ],
  exports: [NotificationOutbox, NotificationTemplates],
})
export class NotificationsModule {}
