import { Module } from '@nestjs/common';
import { PetitionEventsModule } from '../petitions';
import { loadNotificationConfig } from './notification-config';
import { NotificationOutbox } from './notification-outbox';
import {
  NOTIFICATION_DEFAULTS,
  NotificationTemplates,
  type NotificationDefaults,
} from './notification-templates.service';
import { NotificationsResolver } from './notifications.resolver';
import { PetitionNotifier } from './petition-notifier';

/** Resident notifications: templates, the transactional outbox (`NotificationOutbox.enqueue`), delivery state. */
@Module({
  imports: [PetitionEventsModule],
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
    PetitionNotifier,
  ],
  exports: [NotificationOutbox, NotificationTemplates],
})
export class NotificationsModule {}
