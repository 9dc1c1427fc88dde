import { graphql } from '../graphql/generated';
import type { TaskDetailQuery, TaskListQuery } from '../graphql/generated/graphql';

export type TaskRow = TaskListQuery['tasks']['edges'][number]['node'];
export type TaskDetail = TaskDetailQuery['task'];
export type TaskStepRow = TaskDetail['plan']['steps'][number];

export const TASK_LIST_QUERY = graphql(`
  query TaskList($status: String, $kind: TaskKind, $text: String, $departmentId: ID, $after: String) {
    tasks(status: $status, kind: $kind, text: $text, departmentId: $departmentId, first: 30, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          managementNo
          title
          kind
          status
          statusLabelKo
          statusLabelEn
          departmentName
          ownerName
          progress
          plan {
            overdueSteps
          }
        }
      }
    }
  }
`);

export const TASK_DETAIL_QUERY = graphql(`
  query TaskDetail($id: ID!) {
    task(id: $id) {
      ...TaskDetailFields
    }
  }
`);

export const TASK_DETAIL_FIELDS = graphql(`
  fragment TaskDetailFields on Task {
    id
    managementNo
    title
    source
    kind
    departmentId
    departmentName
    ownerId
    ownerName
    resolutionMethod
    summary
    expectedEffect
    currentState
    improvementPlan
    result
    impossibleReason
    status
    statusLabelKo
    statusLabelEn
    weightTotal
    progress
    compliance
    planApprovedAt
    version
    plan {
      asOf
      weightTotal
      progress
      compliance
      overdueSteps
      steps {
        id
        position
        name
        weight
        plannedDays
        startedOn
        endedOn
        progress
        note
        status
        actualDays
        compliance
        overdue
        behind
        contribution
      }
    }
    vocItems {
      id
      receiptNo
      title
      status
    }
    transitions {
      id
      event
      fromStatus
      toStatus
      actorName
      comment
      occurredAt
    }
    availableTransitions {
      event
      labelKo
      labelEn
      requires
    }
  }
`);

export const CREATE_TASK = graphql(`
  mutation CreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      id
    }
  }
`);

export const UPDATE_TASK = graphql(`
  mutation UpdateTask($input: UpdateTaskInput!) {
    updateTask(input: $input) {
      ...TaskDetailFields
    }
  }
`);

export const SAVE_TASK_PLAN = graphql(`
  mutation SaveTaskPlan($id: ID!, $steps: [TaskStepInput!]!, $expectedVersion: Int!) {
    saveTaskPlan(id: $id, steps: $steps, expectedVersion: $expectedVersion) {
      ...TaskDetailFields
    }
  }
`);

export const APPROVE_TASK_PLAN = graphql(`
  mutation ApproveTaskPlan($id: ID!, $expectedVersion: Int!) {
    approveTaskPlan(id: $id, expectedVersion: $expectedVersion) {
      ...TaskDetailFields
    }
  }
`);

export const TRANSITION_TASK = graphql(`
  mutation TransitionTask(
    $id: ID!
    $event: String!
    $expectedVersion: Int!
    $comment: String
    $impossibleReason: String
  ) {
    transitionTask(
      id: $id
      event: $event
      expectedVersion: $expectedVersion
      comment: $comment
      impossibleReason: $impossibleReason
    ) {
      ...TaskDetailFields
    }
  }
`);

export const LINK_TASK_VOC = graphql(`
  mutation LinkTaskVoc($id: ID!, $vocId: ID!) {
    linkTaskVoc(id: $id, vocId: $vocId) {
      ...TaskDetailFields
    }
  }
`);

export const UNLINK_TASK_VOC = graphql(`
  mutation UnlinkTaskVoc($id: ID!, $vocId: ID!) {
    unlinkTaskVoc(id: $id, vocId: $vocId) {
      ...TaskDetailFields
    }
  }
`);

export const VOC_BY_RECEIPT_NO = graphql(`
  query TaskVocLookup($receiptNo: String!) {
    vocByReceiptNo(receiptNo: $receiptNo) {
      id
      receiptNo
      title
    }
  }
`);
