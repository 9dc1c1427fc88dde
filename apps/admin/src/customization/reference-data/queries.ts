import { graphql } from '../../graphql/generated';

export const VOC_SETTINGS_QUERY = graphql(`
  query VocSettings {
    vocSettings {
      targetShare
      surveyThreshold
      surveyValidDays
      progressNoticeDays
      version
      changes {
        version
        changedBy
        changedAt
      }
    }
  }
`);

export const UPDATE_VOC_SETTINGS = graphql(`
  mutation UpdateVocSettings($input: VocSettingsInput!, $expectedVersion: Int!) {
    updateVocSettings(input: $input, expectedVersion: $expectedVersion) {
      version
    }
  }
`);

export const SENDER_SETTINGS_QUERY = graphql(`
  query SenderSettings {
    notificationSettings {
      smsSender
      emailFrom
      customized
    }
  }
`);
