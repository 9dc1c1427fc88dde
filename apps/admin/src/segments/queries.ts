import { graphql } from '../graphql/generated';
import type { SegmentQuery, SegmentsQuery } from '../graphql/generated/graphql';

export type SegmentRow = SegmentsQuery['segments']['edges'][number]['node'];
export type SegmentDetail = NonNullable<SegmentQuery['segment']>;

export const SEGMENTS_PAGE_SIZE = 50;
/** How many snapshots the chart shows (the API keeps them all). */
export const SNAPSHOTS_SHOWN = 60;

export const SEGMENTS_QUERY = graphql(`
  query Segments($first: Int!, $after: String) {
    segments(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          description
          count
          ruleProblem {
            field
          }
          updatedAt
          createdBy
        }
      }
    }
  }
`);

export const SEGMENT_QUERY = graphql(`
  query Segment($id: ID!, $last: Int!) {
    segment(id: $id) {
      id
      name
      description
      rules
      version
      count
      ruleProblem {
        field
        messageKo
        messageEn
      }
      createdAt
      createdBy
      updatedAt
      snapshots(last: $last) {
        id
        takenAt
        takenBy
        memberCount
      }
    }
  }
`);

export const SEGMENT_PREVIEW_QUERY = graphql(`
  query SegmentPreview($rules: SegmentRules!) {
    segmentPreview(rules: $rules) {
      count
    }
  }
`);

export const CREATE_SEGMENT = graphql(`
  mutation CreateSegment($input: CreateSegmentInput!) {
    createSegment(input: $input) {
      id
      name
      version
    }
  }
`);

export const UPDATE_SEGMENT = graphql(`
  mutation UpdateSegment($input: UpdateSegmentInput!) {
    updateSegment(input: $input) {
      id
      name
      description
      rules
      version
      count
      ruleProblem {
        field
        messageKo
        messageEn
      }
      updatedAt
    }
  }
`);

export const DELETE_SEGMENT = graphql(`
  mutation DeleteSegment($id: ID!) {
    deleteSegment(id: $id)
  }
`);

export const SNAPSHOT_SEGMENT = graphql(`
  mutation SnapshotSegment($id: ID!) {
    snapshotSegment(id: $id) {
      id
      takenAt
      takenBy
      memberCount
    }
  }
`);
