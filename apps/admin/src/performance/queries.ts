import { graphql } from '../graphql/generated';

export const SCORECARD_DEPARTMENTS_QUERY = graphql(`
  query ScorecardDepartments {
    departments {
      id
      name
      active
    }
  }
`);

export const SCORECARD_QUERY = graphql(`
  query PerformanceScorecard(
    $scope: PerformanceScopeKind!
    $scopeId: ID!
    $period: IndicatorPeriod!
    $year: Int!
    $index: Int!
  ) {
    performanceScorecard(scope: $scope, scopeId: $scopeId, period: $period, year: $year, index: $index) {
      scopeName
      from
      to
      weightTotal
      weightedTotal
      scoredWeight
      problemKo
      problemEn
      rows {
        indicator {
          code
          nameKo
          nameEn
          typeTag
        }
        measure {
          code
          labelKo
          labelEn
          unit
        }
        numerator
        denominator
        value
        target
        targetMet
        grade
        score
        weight
        weightedScore
        trend {
          month
          value
        }
      }
    }
  }
`);

export const DRILL_DOWN_QUERY = graphql(`
  query PerformanceDrillDown(
    $measureCode: String!
    $scope: PerformanceScopeKind!
    $scopeId: ID!
    $period: IndicatorPeriod!
    $year: Int!
    $index: Int!
    $after: String
  ) {
    performanceDrillDownTotals(
      measureCode: $measureCode
      scope: $scope
      scopeId: $scopeId
      period: $period
      year: $year
      index: $index
    ) {
      cases
      numerator
      denominator
    }
    performanceDrillDown(
      measureCode: $measureCode
      scope: $scope
      scopeId: $scopeId
      period: $period
      year: $year
      index: $index
      first: 20
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          subject
          number
          title
          status
          month
          numerator
        }
      }
    }
  }
`);

export const SCORECARD_EXPORT_MUTATION = graphql(`
  mutation StartScorecardExport(
    $scope: PerformanceScopeKind!
    $scopeId: ID!
    $period: IndicatorPeriod!
    $year: Int!
    $index: Int!
    $format: ExportFormat!
  ) {
    startScorecardExport(
      scope: $scope
      scopeId: $scopeId
      period: $period
      year: $year
      index: $index
      format: $format
    ) {
      id
    }
  }
`);
