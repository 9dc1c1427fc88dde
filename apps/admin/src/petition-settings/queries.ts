import { graphql } from '../graphql/generated';
import type {
  PetitionSettingsCategoriesQuery,
  PetitionSettingsRulesQuery,
} from '../graphql/generated/graphql';

export type CategoryRow = PetitionSettingsCategoriesQuery['vocCategories'][number];
export type PeriodRow = PetitionSettingsCategoriesQuery['vocPeriods'][number];
export type RuleRow = PetitionSettingsRulesQuery['vocRoutingRules'][number];

export const CATEGORIES_QUERY = graphql(`
  query PetitionSettingsCategories {
    vocCategories {
      code
      nameKo
      nameEn
      parentCode
      keywords
      sortOrder
      active
    }
    vocPeriods {
      kind
      categoryCode
      variant
      value
      unit
      labelKo
      basis
    }
  }
`);

export const SAVE_CATEGORY = graphql(`
  mutation PetitionSettingsSaveCategory($input: SaveVocCategoryInput!) {
    saveVocCategory(input: $input) {
      code
      nameKo
      nameEn
      parentCode
      keywords
      sortOrder
      active
    }
  }
`);

export const UPDATE_PERIOD = graphql(`
  mutation PetitionSettingsUpdatePeriod($input: UpdateVocPeriodInput!) {
    updateVocPeriod(input: $input) {
      kind
      categoryCode
      variant
      value
      unit
    }
  }
`);

export const RULES_QUERY = graphql(`
  query PetitionSettingsRules {
    vocRoutingRules {
      id
      categoryCode
      keywords
      department {
        id
        name
      }
      departmentActive
      priority
      active
      createdBy
      updatedAt
    }
  }
`);

export const RULE_DEPARTMENTS_QUERY = graphql(`
  query PetitionSettingsDepartments {
    departments {
      id
      name
      active
    }
  }
`);

export const CREATE_RULE = graphql(`
  mutation PetitionSettingsCreateRule($input: VocRoutingRuleInput!) {
    createVocRoutingRule(input: $input) {
      id
    }
  }
`);

export const UPDATE_RULE = graphql(`
  mutation PetitionSettingsUpdateRule($id: ID!, $input: VocRoutingRuleInput!) {
    updateVocRoutingRule(id: $id, input: $input) {
      id
    }
  }
`);

export const DELETE_RULE = graphql(`
  mutation PetitionSettingsDeleteRule($id: ID!) {
    deleteVocRoutingRule(id: $id)
  }
`);

export const REORDER_RULES = graphql(`
  mutation PetitionSettingsReorderRules($ids: [ID!]!) {
    reorderVocRoutingRules(ids: $ids) {
      id
      priority
    }
  }
`);

export const PREVIEW_ROUTING = graphql(`
  query PetitionSettingsPreviewRouting($categoryCode: String!, $title: String!, $body: String!) {
    previewVocRouting(categoryCode: $categoryCode, title: $title, body: $body) {
      matchedKeyword
      rule {
        id
        priority
        categoryCode
        keywords
        department {
          id
          name
        }
      }
    }
  }
`);
