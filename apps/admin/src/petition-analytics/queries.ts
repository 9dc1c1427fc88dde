import { graphql } from '../graphql/generated';

export const PROCESSING_TIMES_QUERY = graphql(`
  query PetitionProcessingTimes($from: String!, $to: String!, $groupBy: ProcessingGroupBy!) {
    petitionProcessingTimes(from: $from, to: $to, groupBy: $groupBy) {
      groupBy
      months
      rows {
        key
        label
        month
        finished
        averageDays
        withinTargetShare
        withinStatutoryShare
        previousFinished
        previousAverageDays
        reductionRate
      }
    }
  }
`);

export const REPEAT_PETITIONS_QUERY = graphql(`
  query RepeatPetitions($from: String!, $to: String!, $handlingClass: HandlingClass, $top: Int!) {
    repeatPetitions(from: $from, to: $to, handlingClass: $handlingClass, top: $top) {
      from
      to
      anonymousPetitions
      overall {
        ...RepeatStatsFields
        concentration {
          topShare
          petitioners
          petitionShare
        }
      }
      byClass {
        ...RepeatStatsFields
      }
      top {
        id
        customerNo
        name
        petitions
        open
        lastReceivedAt
        classes
      }
    }
  }
  fragment RepeatStatsFields on RepeatStats {
    handlingClass
    petitioners
    petitions
    repeatPetitioners
    repeatShare
    repeatPetitionShare
    chronicPetitioners
    chronicPetitionShare
  }
`);

export const BACKLOG_QUERY = graphql(`
  query PetitionBacklog($overdueOnly: Boolean!, $first: Int!, $after: String) {
    petitionBacklogSummary {
      open
      overdue
      atRisk
    }
    petitionBacklog(overdueOnly: $overdueOnly, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          receiptNo
          title
          status
          handlingClass
          receivedAt
          dueAt
          targetDueAt
          departmentName
          officerName
          overdue
          overdueDays
        }
      }
    }
  }
`);

export const MINISTRY_COMPARISON_QUERY = graphql(`
  query MinistryPetitionComparison($from: String!, $to: String!) {
    ministryPetitionComparison(from: $from, to: $to) {
      months
      minimumGroupSize
      refreshedAt
      tenants {
        id
        nameKo
        nameEn
      }
      populations {
        tenantId
        year
        source
      }
      cells {
        tenantId
        month
        measure
        value
        rank
        suppressed
      }
      medians {
        month
        measure
        value
        tenants
      }
    }
  }
`);

export const MINISTRY_EQUITY_QUERY = graphql(`
  query MinistryEquity($from: String!, $to: String!, $dimension: EquityDimension!) {
    ministryEquity(from: $from, to: $to, dimension: $dimension) {
      dimension
      months
      minimumGroupSize
      refreshedAt
      tenants {
        id
        nameKo
        nameEn
      }
      groups {
        tenantId
        month
        group
        received
        receivedPer1000
      }
      gaps {
        tenantId
        month
        measure
        focus
        reference
        value
        rank
      }
      medians {
        month
        measure
        value
        tenants
      }
    }
  }
`);

/** What the conformance table and a tenant's conformance card show of one 시·도. */
export const MINISTRY_CONFORMANCE_FIELDS = graphql(`
  fragment MinistryConformanceFields on MinistryTenantConformance {
    standardVersion
    score
    rank
    standardElements
    unchangedElements
    refreshedAt
    areas {
      area
      standardCount
      unchanged
      changed
      disabled
      added
    }
  }
`);

export const MINISTRY_CONFORMANCE_QUERY = graphql(`
  query MinistryConformance {
    ministryConformance {
      latestVersion
      medianScore
      tenants {
        id
        nameKo
        nameEn
      }
      rows {
        tenantId
        ...MinistryConformanceFields
      }
    }
  }
`);

export const MINISTRY_EXPORT_QUERY = graphql(`
  query MinistryComparisonExport($from: String!, $to: String!, $format: ExportFormat!) {
    ministryComparisonExport(from: $from, to: $to, format: $format) {
      filename
      contentType
      base64
    }
  }
`);

export const PROCESSING_REDUCTION_QUERY = graphql(`
  query PetitionProcessingReduction(
    $from: String!
    $to: String!
    $bureauId: ID
    $departmentId: ID
    $handlingClass: HandlingClass
    $after: String
  ) {
    petitionProcessingReduction(
      from: $from
      to: $to
      bureauId: $bureauId
      departmentId: $departmentId
      handlingClass: $handlingClass
      first: 50
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          bureauId
          bureauName
          departmentId
          departmentName
          handlingClass
          month
          finished
          averageDays
          previousFinished
          previousAverageDays
          reductionRate
        }
      }
    }
  }
`);

export const MINISTRY_INDICATORS_QUERY = graphql(`
  query MinistryIndicatorComparison($from: String!, $to: String!) {
    ministryIndicatorComparison(from: $from, to: $to) {
      months
      minimumGroupSize
      refreshedAt
      tenants {
        id
        nameKo
        nameEn
      }
      populations {
        tenantId
        year
        source
      }
      indicators {
        code
        nameKo
        nameEn
        unit
        direction
        nationalMedian
        distribution {
          min
          q1
          median
          q3
          max
          tenants
        }
        tenants {
          tenantId
          value
          numerator
          denominator
          casesPer1000
          rank
          suppressed
          suppressedMonths
          overridden
          trend {
            month
            value
            suppressed
          }
        }
      }
      tenantIndicators {
        tenantId
        code
        nameKo
        nameEn
        measureCode
        scope
        active
        version
      }
    }
  }
`);

export const MINISTRY_INDICATOR_EXPORT_QUERY = graphql(`
  query MinistryIndicatorExport($from: String!, $to: String!, $format: ExportFormat!, $codes: [String!]) {
    ministryIndicatorExport(from: $from, to: $to, format: $format, indicatorCodes: $codes) {
      filename
      contentType
      base64
    }
  }
`);
