import { gql, type TypedDocumentNode } from '@apollo/client';

export interface StaffMember {
  id: string;
  name: string;
  username: string | null;
  position: string | null;
  roles: string[];
  email: string | null;
  department: { id: string; name: string; code: string } | null;
}

export interface StaffConnection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: StaffMember }[];
}

export interface StaffVariables {
  first?: number;
  after?: string | null;
  departmentId?: string | null;
  search?: string | null;
}

export const STAFF_PAGE_SIZE = 50;

export const STAFF_QUERY: TypedDocumentNode<{ staff: StaffConnection }, StaffVariables> = gql`
  query Staff($first: Int, $after: String, $departmentId: ID, $search: String) {
    staff(first: $first, after: $after, departmentId: $departmentId, search: $search) {
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
          department {
            id
            name
            code
          }
        }
      }
    }
  }
`;
