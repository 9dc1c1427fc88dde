import { graphql } from '../../graphql/generated';

export const STANDARD_MODEL_QUERY = graphql(`
  query StandardModel {
    standardModel {
      currentVersion
      latestVersion
      versions {
        version
        titleKo
        titleEn
        summaryKo
        summaryEn
      }
      history {
        fromVersion
        toVersion
        appliedBy
        appliedAt
        takenCount
        keptCount
      }
    }
  }
`);

export const STANDARD_DRY_RUN_QUERY = graphql(`
  query StandardUpgradeDryRun($toVersion: Int!) {
    standardUpgradeDryRun(toVersion: $toVersion) {
      fromVersion
      toVersion
      conflictCount
      changes {
        id
        area
        key
        kind
        conflict
        standardBefore
        standardAfter
        tenant
        tenantDisabled
        explanationKo
        explanationEn
      }
    }
  }
`);

export const APPLY_STANDARD_VERSION = graphql(`
  mutation ApplyStandardVersion(
    $toVersion: Int!
    $expectedCurrentVersion: Int!
    $resolutions: [StandardResolutionInput!]
  ) {
    applyStandardVersion(
      toVersion: $toVersion
      expectedCurrentVersion: $expectedCurrentVersion
      resolutions: $resolutions
    ) {
      currentVersion
    }
  }
`);

export const STANDARD_CONFORMANCE_QUERY = graphql(`
  query StandardConformance {
    standardConformance {
      standardVersion
      score
      standardElements
      unchangedElements
      areas {
        area
        standardCount
        unchanged
        changed
        disabled
        added
      }
      items {
        area
        key
        status
        standard
        tenant
      }
    }
  }
`);
