import { graphql } from '../graphql/generated';

export const SS_DEPARTMENTS_QUERY = graphql(`
  query ServiceStandardDepartments {
    departments {
      id
      name
      active
    }
  }
`);

export const SERVICE_STANDARDS_QUERY = graphql(`
  query ServiceStandards {
    serviceStandards {
      version
      standards {
        id
        touchpoint
        coreService
        name
        commitment
        targetValue
        unit
        direction
        departmentId
        active
      }
    }
  }
`);

export const CREATE_SERVICE_STANDARD = graphql(`
  mutation CreateServiceStandard($input: ServiceStandardInput!, $expectedVersion: Int!) {
    createServiceStandard(input: $input, expectedVersion: $expectedVersion) {
      id
    }
  }
`);

export const UPDATE_SERVICE_STANDARD = graphql(`
  mutation UpdateServiceStandard($id: ID!, $input: ServiceStandardInput!, $expectedVersion: Int!) {
    updateServiceStandard(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
    }
  }
`);

export const RECORD_MEASUREMENT = graphql(`
  mutation RecordStandardMeasurement($input: StandardMeasurementInput!) {
    recordStandardMeasurement(input: $input) {
      id
    }
  }
`);

export const ATTAINMENT_QUERY = graphql(`
  query StandardAttainment($from: String!, $to: String!) {
    standardAttainment(from: $from, to: $to) {
      standardId
      month
      checks
      checksMet
      attainment
    }
  }
`);

export const CSI_QUERY = graphql(`
  query CsiRounds($departmentId: ID, $first: Int!, $after: String) {
    csiDesign {
      version
      scale
      items {
        code
        labelKo
        labelEn
        weight
      }
    }
    csiRounds(departmentId: $departmentId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          departmentId
          year
          period
          designVersion
          respondents
          csiIndex
          previousIndex
          change
        }
      }
    }
  }
`);

export const RECORD_CSI = graphql(`
  mutation RecordCsiRound($input: CsiRoundInput!) {
    recordCsiRound(input: $input) {
      id
      csiIndex
    }
  }
`);

export const COURTESY_QUERY = graphql(`
  query CourtesyMonthly($from: String!, $to: String!) {
    courtesyMonthly(from: $from, to: $to) {
      departmentId
      month
      denominator
      value
    }
  }
`);

export const RECORD_COURTESY = graphql(`
  mutation RecordCourtesyCheck($input: CourtesyCheckInput!) {
    recordCourtesyCheck(input: $input) {
      id
      total
    }
  }
`);

export const RANKING_QUERY = graphql(`
  query RecognitionRanking($year: Int!, $period: SurveyPeriod!) {
    recognitionRanking(year: $year, period: $period) {
      rank
      departmentId
      csiIndex
      courtesy
      attainment
      combined
    }
    recognitionAwards(year: $year, period: $period) {
      id
      departmentId
      kind
      note
    }
  }
`);

export const AWARD_RECOGNITION = graphql(`
  mutation AwardRecognition($input: RecognitionAwardInput!) {
    awardRecognition(input: $input) {
      id
    }
  }
`);
