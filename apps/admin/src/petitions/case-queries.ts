import { graphql } from '../graphql/generated';

/** Every resident notice of a case, oldest first, with its delivery state (recipient masked by permission). */
export const VOC_NOTICES_QUERY = graphql(`
  query VocNotices($id: ID!) {
    notifications(subjectType: "voc", subjectId: $id) {
      id
      channel
      smsKind
      recipient
      templateKey
      templateNameKo
      templateNameEn
      state
      skipReason
      attempts
      lastError
      lastErrorEn
      createdAt
      sentAt
    }
  }
`);

/** A case's attachments; each is downloaded from its downloadPath with the bearer token. */
export const VOC_ATTACHMENTS_QUERY = graphql(`
  query VocAttachments($id: ID!) {
    voc(id: $id) {
      id
      attachments {
        id
        fileName
        mediaType
        sizeBytes
        createdAt
        downloadPath
      }
    }
  }
`);

export const ADD_VOC_ATTACHMENTS = graphql(`
  mutation AddVocAttachments($id: ID!, $attachmentIds: [ID!]!) {
    addVocAttachments(id: $id, attachmentIds: $attachmentIds) {
      id
      attachments {
        id
        fileName
        mediaType
        sizeBytes
        createdAt
        downloadPath
      }
    }
  }
`);
