import { graphql } from '../graphql/generated';
import type { NotificationTemplatesQuery } from '../graphql/generated/graphql';

export type TemplateRow = NotificationTemplatesQuery['notificationTemplates'][number];

export const TEMPLATES_QUERY = graphql(`
  query NotificationTemplates {
    notificationTemplates {
      key
      channel
      nameKo
      nameEn
      subject
      body
      variables
      customized
      updatedAt
      updatedBy
    }
    notificationSettings {
      smsSender
      emailFrom
      customized
    }
  }
`);

export const PREVIEW_QUERY = graphql(`
  query PreviewNotificationTemplate($input: PreviewNotificationTemplateInput!) {
    previewNotificationTemplate(input: $input) {
      subject
      body
      bytes
      smsKind
    }
  }
`);

export const UPDATE_TEMPLATE = graphql(`
  mutation UpdateNotificationTemplate($input: NotificationTemplateInput!) {
    updateNotificationTemplate(input: $input) {
      key
      channel
      subject
      body
      customized
      updatedAt
      updatedBy
    }
  }
`);

export const UPDATE_SETTINGS = graphql(`
  mutation UpdateNotificationSettings($input: NotificationSettingsInput!) {
    updateNotificationSettings(input: $input) {
      smsSender
      emailFrom
      customized
    }
  }
`);
