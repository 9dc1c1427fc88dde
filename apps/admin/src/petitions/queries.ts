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
      customFields
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
      version
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
        deadlines {
          dueAt
          state
        }
      }
    }
  }
`);

export const VOC_ACTIONS_QUERY = graphql(`
  query VocActions($id: ID!) {
    vocAvailableTransitions(id: $id) {
      event
      labelKo
      labelEn
      requires
      to
    }
  }
`);

/** Active departments and staff for the assignment pickers (a tenant has well under 200 of each per unit). */
export const VOC_DEPARTMENTS_QUERY = graphql(`
  query VocDepartments {
    departments {
      id
      name
      active
    }
  }
`);

export const VOC_STAFF_QUERY = graphql(`
  query VocStaff($departmentId: ID) {
    staff(departmentId: $departmentId, first: 200) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const TRANSITION_VOC = graphql(`
  mutation TransitionVoc($id: ID!, $event: String!, $input: VocTransitionInput, $expectedVersion: Int!) {
    transitionVoc(id: $id, event: $event, input: $input, expectedVersion: $expectedVersion) {
      id
      status
      version
    }
  }
`);

export const REQUEST_VOC_COOPERATION = graphql(`
  mutation RequestVocCooperation($input: RequestVocCooperationInput!) {
    requestVocCooperation(input: $input) {
      id
      receiptNo
    }
  }
`);

export const MY_VOC_ALERTS_QUERY = graphql(`
  query MyVocAlerts {
    myVocAlerts(first: 50) {
      id
      vocId
      kind
      receiptNo
      title
      dueAt
      createdAt
    }
  }
`);

export const MARK_VOC_ALERT_READ = graphql(`
  mutation MarkVocAlertRead($id: ID!) {
    markVocAlertRead(id: $id) {
      id
      readAt
    }
  }
`);

export const UPDATE_VOC_CUSTOM_FIELDS = graphql(`
  mutation UpdateVocCustomFields($id: ID!, $customFields: CustomFieldValues!) {
    updateVocCustomFields(id: $id, customFields: $customFields) {
      id
      version
      customFields
    }
  }
`);
