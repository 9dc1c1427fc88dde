import { Module } from '@nestjs/common';
import { PetitionEventsModule } from '../petitions';
import { PetitionSurveysModule } from '../petition-surveys';
import { loadNotificationConfig } from './notification-config';
import { NotificationOutbox } from './notification-outbox';
import {
  NOTIFICATION_DEFAULTS,
  NotificationTemplates,
  type NotificationDefaults,
} from './notification-templates.service';
import { NotificationsResolver } from './notifications.resolver';
import { PetitionNotifier, SurveyLinkNotifier } from './petition-notifier';

/** Resident notifications: templates, the transactional outbox (`NotificationOutbox.enqueue`), delivery state. */
@Module({
  imports: [PetitionEventsModule, PetitionSurveysModule],
  providers: [
    {
      provide: NOTIFICATION_DEFAULTS,
      useFactory: (): NotificationDefaults => {
        const config = loadNotificationConfig();
        return {
          smsSender: config.smsDefaultSender,
          emailFrom: (tenantId) => `noreply@${tenantId}.${config.emailFromDomain}`,
          publicUrl: config.publicUrl,
        };
      },
    },
    NotificationTemplates,
    NotificationOutbox,
    NotificationsResolver,
    PetitionNotifier,
    SurveyLinkNotifier,
  ],
  exports: [NotificationOutbox, NotificationTemplates],
})
export class NotificationsModule {}
