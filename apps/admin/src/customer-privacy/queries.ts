import { graphql } from '../graphql/generated';
import type { RetentionCandidatesQuery } from '../graphql/generated/graphql';

export type CandidateRow = RetentionCandidatesQuery['retentionCandidates']['edges'][number]['node'];

export const CANDIDATES_PAGE_SIZE = 50;

export const RETENTION_QUERY = graphql(`
  query RetentionCandidates($first: Int!, $after: String) {
    customerSettings {
      retentionYears
    }
    retentionCandidates(first: $first, after: $after) {
      ...CustomerPageFields
    }
  }
`);

export const UPDATE_SETTINGS = graphql(`
  mutation UpdateCustomerSettings($retentionYears: Int!) {
    updateCustomerSettings(retentionYears: $retentionYears) {
      retentionYears
    }
  }
`);

export const ANONYMIZE = graphql(`
  mutation AnonymizeCustomers($ids: [ID!]!, $reason: String!) {
    anonymizeCustomers(ids: $ids, reason: $reason) {
      anonymizedCount
      job {
        id
      }
    }
  }
`);
