import { graphql } from '../../graphql/generated';
import type {
  CustomFieldChangesQuery,
  CustomFieldDefinitionFieldsFragment,
} from '../../graphql/generated/graphql';

export type FieldDefinition = CustomFieldDefinitionFieldsFragment;
export type FieldChange = CustomFieldChangesQuery['customFieldChanges']['edges'][number]['node'];

graphql(`
  fragment CustomFieldDefinitionFields on CustomFieldDefinition {
    id
    entity
    key
    labelKo
    labelEn
    type
    required
    defaultValue
    rules {
      minLength
      maxLength
      minimum
      maximum
      pattern
    }
    options {
      value
      labelKo
      labelEn
    }
    helpKo
    helpEn
    position
    group
    archived
    readRoles
    editRoles
    personalData
    version
    updatedAt
    updatedBy
    canEdit
  }
`);

export const CUSTOMIZABLE_ENTITIES = graphql(`
  query CustomizableEntities {
    customizableEntities {
      id
      labelKo
      labelEn
    }
  }
`);

/** The definitions the caller may read, ordered by group and position (the forms use the active ones). */
export const CUSTOM_FIELD_DEFINITIONS = graphql(`
  query CustomFieldDefinitions($entity: String!, $includeArchived: Boolean) {
    customFieldDefinitions(entity: $entity, includeArchived: $includeArchived) {
      ...CustomFieldDefinitionFields
    }
  }
`);

export const CUSTOM_FIELD_CHANGES = graphql(`
  query CustomFieldChanges($entity: String!, $key: String, $first: Int, $after: String) {
    customFieldChanges(entity: $entity, key: $key, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          key
          definitionVersion
          action
          before
          after
          changedBy
          changedAt
        }
      }
    }
  }
`);

export const DEFINE_CUSTOM_FIELD = graphql(`
  mutation DefineCustomField($input: DefineCustomFieldInput!) {
    defineCustomField(input: $input) {
      ...CustomFieldDefinitionFields
    }
  }
`);

export const UPDATE_CUSTOM_FIELD = graphql(`
  mutation UpdateCustomField(
    $entity: String!
    $key: String!
    $input: UpdateCustomFieldInput!
    $expectedVersion: Int!
  ) {
    updateCustomField(entity: $entity, key: $key, input: $input, expectedVersion: $expectedVersion) {
      ...CustomFieldDefinitionFields
    }
  }
`);

export const CHECK_CUSTOM_FIELD_CHANGE = graphql(`
  mutation CheckCustomFieldChange($entity: String!, $key: String!, $input: UpdateCustomFieldInput!) {
    checkCustomFieldChange(entity: $entity, key: $key, input: $input) {
      conflictCount
      samples {
        recordId
        recordLabel
        value
        problemKo
        problemEn
      }
    }
  }
`);

export const ARCHIVE_CUSTOM_FIELD = graphql(`
  mutation ArchiveCustomField($entity: String!, $key: String!) {
    archiveCustomField(entity: $entity, key: $key) {
      ...CustomFieldDefinitionFields
    }
  }
`);

export const RESTORE_CUSTOM_FIELD = graphql(`
  mutation RestoreCustomField($entity: String!, $key: String!) {
    restoreCustomField(entity: $entity, key: $key) {
      ...CustomFieldDefinitionFields
    }
  }
`);
