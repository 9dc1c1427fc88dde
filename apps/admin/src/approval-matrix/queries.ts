import { graphql } from '../graphql/generated';

export const APPROVAL_MATRIX_QUERY = graphql(`
  query ApprovalMatrix {
    approvalMatrix {
      version
      rules {
        subjectKind
        subjectType
        condition
        level
      }
      titles {
        title
        level
      }
    }
  }
`);

export const SET_APPROVAL_MATRIX = graphql(`
  mutation SetApprovalMatrix(
    $rules: [ApprovalMatrixRuleInput!]!
    $titles: [ApprovalLevelTitleInput!]!
    $expectedVersion: Int!
  ) {
    setApprovalMatrix(rules: $rules, titles: $titles, expectedVersion: $expectedVersion) {
      version
    }
  }
`);

export const LEVEL_SHARES_QUERY = graphql(`
  query ApprovalLevelShares($from: String!, $to: String!) {
    approvalLevelShares(from: $from, to: $to) {
      month
      level
      decisions
      total
      share
    }
  }
`);
