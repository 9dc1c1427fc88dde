import { graphql } from '../graphql/generated';

/** The averages and response rate of a scope (the answers come page by page from SURVEY_ANSWERS_QUERY). */
export const SURVEY_SUMMARY_QUERY = graphql(`
  query VocSurveySummary($from: String, $to: String, $departmentId: ID, $officerId: ID) {
    vocSurveyResults(from: $from, to: $to, departmentId: $departmentId, officerId: $officerId, first: 1) {
      count
      speed
      kindness
      fairness
      convenience
      overall
      invited
      responded
      responseRate
    }
  }
`);

export const SURVEY_ANSWERS_QUERY = graphql(`
  query VocSurveyAnswers(
    $from: String
    $to: String
    $departmentId: ID
    $officerId: ID
    $vocId: ID
    $first: Int!
    $after: String
    $withComment: Boolean!
  ) {
    vocSurveyAnswers(
      from: $from
      to: $to
      departmentId: $departmentId
      officerId: $officerId
      vocId: $vocId
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          vocId
          receiptNo
          departmentId
          officerId
          speed
          kindness
          fairness
          convenience
          comment @include(if: $withComment)
          submittedAt
        }
      }
    }
  }
`);

export const SURVEY_FOLLOWUPS_QUERY = graphql(`
  query VocSurveyFollowups($status: SurveyFollowupStatus, $vocId: ID, $first: Int!, $after: String) {
    vocSurveyFollowups(status: $status, vocId: $vocId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          vocId
          receiptNo
          meanScore
          status
          note
          resolvedBy
          resolvedAt
          createdAt
        }
      }
    }
  }
`);

export const RESOLVE_SURVEY_FOLLOWUP = graphql(`
  mutation ResolveVocSurveyFollowup($input: ResolveVocSurveyFollowupInput!) {
    resolveVocSurveyFollowup(input: $input) {
      id
      status
      note
      resolvedBy
      resolvedAt
    }
  }
`);

export const QUALITY_RATING_QUERY = graphql(`
  query VocQualityRating($vocId: ID!) {
    vocQualityRating(vocId: $vocId) {
      vocId
      qualityScore
      qualityRatedByName
    }
  }
`);

export const RATE_VOC_QUALITY = graphql(`
  mutation RateVocQuality($input: RateVocQualityInput!) {
    rateVocQuality(input: $input) {
      vocId
      qualityScore
      qualityRatedByName
    }
  }
`);
