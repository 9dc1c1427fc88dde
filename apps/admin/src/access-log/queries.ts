import { graphql } from '../graphql/generated';
import type { AccessLogQuery } from '../graphql/generated/graphql';

export type AccessLogEntryRow = AccessLogQuery['accessLog']['edges'][number]['node'];

export const ACCESS_LOG_PAGE_SIZE = 50;

export const ACCESS_LOG_QUERY = graphql(`
  query AccessLog(
    $first: Int
    $after: String
    $actor: String
    $recordId: String
    $from: DateTime
    $to: DateTime
  ) {
    accessLog(first: $first, after: $after, actor: $actor, recordId: $recordId, from: $from, to: $to) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          occurredAt
          actor
          actorRoles
          entity
          recordId
          fields
          masked
          purpose
          operation
        }
      }
    }
  }
`);
