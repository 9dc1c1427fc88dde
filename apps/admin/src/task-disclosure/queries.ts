import { graphql } from '../graphql/generated';
import type { TaskPublicPreviewQuery } from '../graphql/generated/graphql';

export type TaskPreview = TaskPublicPreviewQuery['taskPublicPreview'];
export type PublicStep = TaskPreview['view']['steps'][number];

export const TASK_PUBLIC_PREVIEW = graphql(`
  query TaskPublicPreview($id: ID!) {
    taskPublicPreview(id: $id) {
      taskId
      managementNo
      isPublic
      publishedAt
      version
      problems {
        field
        kind
        messageKo
        messageEn
      }
      view {
        id
        managementNo
        title
        summary
        status
        statusKo
        progress
        compliance
        steps {
          position
          name
          weight
          plannedDays
          actualDays
          progress
          status
          statusKo
          overdue
          note
        }
        result
        impossibleReason
        publishedAt
        updatedAt
        closedAt
      }
    }
  }
`);

export const SET_TASK_PUBLIC = graphql(`
  mutation SetTaskPublic($id: ID!, $public: Boolean!, $expectedVersion: Int!) {
    setTaskPublic(id: $id, public: $public, expectedVersion: $expectedVersion) {
      taskId
      isPublic
      publishedAt
      version
    }
  }
`);
