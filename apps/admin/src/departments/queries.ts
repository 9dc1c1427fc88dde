import { gql, type TypedDocumentNode } from '@apollo/client';

export interface Department {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  sortOrder: number;
  staffCount: number;
}

export interface CreateDepartmentInput {
  name: string;
  code: string;
  parentId?: string | null;
}

export interface UpdateDepartmentInput {
  id: string;
  name?: string;
  code?: string;
  parentId?: string | null;
}

const FIELDS = `
  id
  code
  name
  parentId
  sortOrder
  staffCount
`;

export const DEPARTMENTS_QUERY: TypedDocumentNode<{ departments: Department[] }, Record<string, never>> = gql`
  query Departments {
    departments {
      ${FIELDS}
    }
  }
`;

export const CREATE_DEPARTMENT: TypedDocumentNode<
  { createDepartment: Department },
  { input: CreateDepartmentInput }
> = gql`
  mutation CreateDepartment($input: CreateDepartmentInput!) {
    createDepartment(input: $input) {
      ${FIELDS}
    }
  }
`;

export const UPDATE_DEPARTMENT: TypedDocumentNode<
  { updateDepartment: Department },
  { input: UpdateDepartmentInput }
> = gql`
  mutation UpdateDepartment($input: UpdateDepartmentInput!) {
    updateDepartment(input: $input) {
      ${FIELDS}
    }
  }
`;
