import { graphql } from '../graphql/generated';
import type { DepartmentFieldsFragment } from '../graphql/generated/graphql';

export type Department = DepartmentFieldsFragment;

graphql(`
  fragment DepartmentFields on Department {
    id
    code
    name
    parentId
    sortOrder
    staffCount
    active
    customFields
  }
`);

export const DEPARTMENTS_QUERY = graphql(`
  query Departments {
    departments {
      ...DepartmentFields
    }
  }
`);

export const CREATE_DEPARTMENT = graphql(`
  mutation CreateDepartment($input: CreateDepartmentInput!) {
    createDepartment(input: $input) {
      ...DepartmentFields
    }
  }
`);

export const UPDATE_DEPARTMENT = graphql(`
  mutation UpdateDepartment($input: UpdateDepartmentInput!) {
    updateDepartment(input: $input) {
      ...DepartmentFields
    }
  }
`);

export const DEACTIVATE_DEPARTMENT = graphql(`
  mutation DeactivateDepartment($id: ID!) {
    deactivateDepartment(id: $id) {
      ...DepartmentFields
    }
  }
`);

export const REACTIVATE_DEPARTMENT = graphql(`
  mutation ReactivateDepartment($id: ID!) {
    reactivateDepartment(id: $id) {
      ...DepartmentFields
    }
  }
`);
