import { graphql } from '../graphql/generated';
import type { VocInboxQuery } from '../graphql/generated/graphql';

export type InboxRow = VocInboxQuery['vocInbox']['edges'][number]['node'];

export const VOC_REFERENCE_QUERY = graphql(`
  query VocReference {
    vocCategories {
      code
      nameKo
      nameEn
      parentCode
      active
    }
  }
`);

export const DEADLINE_PREVIEW_QUERY = graphql(`
  query VocDeadlinePreview($kind: VocKind!, $variant: String, $categoryCode: String!, $receivedAt: DateTime) {
    vocDeadlinePreview(kind: $kind, variant: $variant, categoryCode: $categoryCode, receivedAt: $receivedAt) {
      dueAt
      targetDueAt
      countedIn
      period {
        value
        unit
        labelKo
      }
    }
  }
`);

export const CUSTOMER_PICKER_QUERY = graphql(`
  query VocCustomerPicker($query: String!) {
    customers(first: 10, filter: { query: $query }) {
      edges {
        node {
          id
          customerNo
          name
          primaryPhone
        }
      }
    }
  }
`);

export const RECEIVE_VOC = graphql(`
  mutation ReceiveVoc($input: ReceiveVocInput!) {
    receiveVoc(input: $input) {
      id
      receiptNo
    }
  }
`);

/** A page is 30 cases, written into the query: a `first` variable would be costed as the largest page. */
export const VOC_INBOX_QUERY = graphql(`
  query VocInbox($scope: VocInboxScope!, $filter: VocInboxFilter, $after: String) {
    vocInbox(scope: $scope, filter: $filter, first: 30, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          receiptNo
          title
          kind
          status
          statusLabel
          categoryName
          receivedAt
          department {
            id
            name
          }
          officer {
            id
            name
          }
          deadlines {
            dueAt
            targetDueAt
            state
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const VOC_DETAIL_QUERY = graphql(`
  query VocDetail($id: ID!) {
    voc(id: $id) {
      id
      receiptNo
      source
      channel
      kind
      periodVariant
      handlingClass
      categoryCode
      categoryName
      title
      body
      status
      statusLabel
      replyChannel
      receivedAt
      workflowVersion
      location {
        address
        latitude
        longitude
      }
      customerId
      contact {
        id
        name
        phone
        email
      }
      department {
        id
        name
      }
      officer {
        id
        name
      }
      deadlines {
        dueAt
        targetDueAt
        periodValue
        periodUnit
        state
      }
      timeline {
        seq
        event
        fromStatus
        toStatus
        actor
        comment
        occurredAt
      }
      children {
        id
        receiptNo
        statusLabel
        department {
          name
        }
      }
    }
  }
`);
