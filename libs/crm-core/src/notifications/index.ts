/** What other capabilities and the API may use of resident notifications. */
export { NotificationsModule } from './notifications.module';
export {
  NotificationOutbox,
  type NotificationMessage,
  type EnqueuedNotification,
} from './notification-outbox';
export { NotificationTemplates } from './notification-templates.service';
export { NotificationChannel, NotificationState, SmsKind } from './notification.enums';
export { NotificationDelivery } from './notification.model';
export {
  loadNotificationConfig,
  refuseUnconfiguredProduction,
  type NotificationConfig,
} from './notification-config';
export { startNotificationDelivery, type RunningNotificationDelivery } from './notification-delivery';
export { NotificationDispatcher } from './notification-dispatcher';
export { startDevelopmentReceivers, type DevelopmentReceivers } from './development-receivers';
export { eucKrBytes, measureSms, SMS_MAX_BYTES, LMS_MAX_BYTES } from './sms-length';
export { messageIdOf } from './delivery-error';
export type { SmsGatewayRequest } from './sms-gateway';
