import { graphql } from '../graphql/generated';
import type { StaffQuery } from '../graphql/generated/graphql';

export type StaffMember = StaffQuery['staff']['edges'][number]['node'];

export const STAFF_PAGE_SIZE = 50;

export const STAFF_QUERY = graphql(`
  query Staff(
    $first: Int!
    $after: String
    $departmentId: ID
    $includeSubunits: Boolean! = true
    $search: String
  ) {
    staff(
      first: $first
      after: $after
      departmentId: $departmentId
      includeSubunits: $includeSubunits
      search: $search
    ) {
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
          username
          position
          roles
          email
          phone
          department {
            id
            name
            code
          }
          customFields
        }
      }
    }
  }
`);

export const UPDATE_STAFF_CUSTOM_FIELDS = graphql(`
  mutation UpdateStaffCustomFields($id: ID!, $customFields: CustomFieldValues!) {
    updateStaffCustomFields(id: $id, customFields: $customFields) {
      id
      customFields
    }
  }
`);
