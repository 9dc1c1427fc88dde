import { graphql } from '../graphql/generated';

export const JOBS_PAGE_SIZE = 20;

export const JOBS_QUERY = graphql(`
  query Jobs($first: Int!, $after: String) {
    jobs(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          state
          requestedBy
          attempts
          maxAttempts
          lastError
          lastErrorEn
          processedRows
          totalRows
          progressPercent
          createdAt
          finishedAt
          downloadPath
        }
      }
    }
  }
`);

export const START_DEPARTMENT_EXPORT = graphql(`
  mutation StartDepartmentExport($format: ExportFormat!) {
    startDepartmentExport(format: $format) {
      id
      state
    }
  }
`);
