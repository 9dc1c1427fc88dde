import { graphql } from '../../graphql/generated';
import type { TerminologyCatalogQuery } from '../../graphql/generated/graphql';

export type TermCatalogRow = TerminologyCatalogQuery['terminologyCatalog']['entries'][number];
export type SettingChangeRow = TerminologyCatalogQuery['terminologyCatalog']['changes'][number];

/** The tenant's effective terms: read once at login (cache-first) and after every change. */
export const TERMINOLOGY_QUERY = graphql(`
  query Terminology {
    terminology {
      version
      terms {
        key
        group
        ko
        en
        standardKo
        standardEn
        builtInKo
        builtInEn
      }
    }
  }
`);

export const TERMINOLOGY_CATALOG_QUERY = graphql(`
  query TerminologyCatalog {
    terminologyCatalog {
      version
      entries {
        key
        group
        ko
        en
        standardKo
        standardEn
        customized
        updatedAt
        updatedBy
      }
      changes {
        version
        changedBy
        changedAt
        before
        after
      }
    }
  }
`);

export const SET_TERMINOLOGY = graphql(`
  mutation SetTerminology($entries: [TermInput!]!, $expectedVersion: Int!) {
    setTerminology(entries: $entries, expectedVersion: $expectedVersion) {
      version
    }
  }
`);

export const RESET_TERMINOLOGY = graphql(`
  mutation ResetTerminology($keys: [String!]!, $expectedVersion: Int) {
    resetTerminology(keys: $keys, expectedVersion: $expectedVersion) {
      version
    }
  }
`);
