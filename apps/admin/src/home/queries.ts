import { graphql } from '../graphql/generated';

export const STAFF_TOTAL_QUERY = graphql(`
  query StaffTotal {
    staff(first: 1) {
      totalCount
    }
  }
`);
