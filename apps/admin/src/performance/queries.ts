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

export const SCORECARD_STAFF_QUERY = graphql(`
  query ScorecardStaff($search: String) {
    staff(first: 50, search: $search) {
      edges {
        node {
          id
          name
          position
          department {
            name
          }
        }
      }
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

export const INDICATOR_FIELDS = graphql(`
  fragment IndicatorFields on PerformanceIndicator {
    code
    version
    standard
    overridden
    nameKo
    nameEn
    measureCode
    typeTag
    weight
    target
    direction
    period
    scope
    active
    bands {
      grade
      threshold
      score
    }
    createdAt
    createdBy
  }
`);

export const INDICATORS_QUERY = graphql(`
  query PerformanceIndicatorDesigner {
    performanceIndicators {
      ...IndicatorFields
    }
    performanceMeasures {
      code
      labelKo
      labelEn
      definitionKo
      definitionEn
      unit
      typeTag
      scopes
    }
  }
`);

export const INDICATOR_VERSIONS_QUERY = graphql(`
  query PerformanceIndicatorVersions($code: String!, $after: String) {
    performanceIndicatorVersions(code: $code, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...IndicatorFields
        }
      }
    }
  }
`);

export const SAVE_INDICATOR_MUTATION = graphql(`
  mutation SavePerformanceIndicator($input: SavePerformanceIndicatorInput!) {
    savePerformanceIndicator(input: $input) {
      ...IndicatorFields
    }
  }
`);
