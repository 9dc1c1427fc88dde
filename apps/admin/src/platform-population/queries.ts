import { graphql } from '../graphql/generated';
import type {
  PlatformDistrictPopulationsQuery,
  PlatformPopulationsQuery,
} from '../graphql/generated/graphql';

export const PLATFORM_POPULATIONS_QUERY = graphql(`
  query PlatformPopulations {
    platformPopulations {
      tenantId
      nameKo
      nameEn
      active
      figures {
        year
        population
        source
        updatedAt
        districts
      }
    }
  }
`);

export type TenantPopulationRow = PlatformPopulationsQuery['platformPopulations'][number];
export type PopulationFigureRow = TenantPopulationRow['figures'][number];

export const PLATFORM_DISTRICT_POPULATIONS_QUERY = graphql(`
  query PlatformDistrictPopulations($tenantId: ID!, $offset: Int!, $first: Int!) {
    platformDistrictPopulations(tenantId: $tenantId, offset: $offset, first: $first) {
      total
      items {
        tenantId
        year
        sigungu
        population
        source
        updatedAt
      }
    }
  }
`);

export type DistrictPopulationRow =
  PlatformDistrictPopulationsQuery['platformDistrictPopulations']['items'][number];

export const SET_TENANT_POPULATION = graphql(`
  mutation SetTenantPopulation(
    $tenantId: ID!
    $year: Int!
    $population: Int!
    $source: String!
    $expectedUpdatedAt: DateTime
  ) {
    setTenantPopulation(
      tenantId: $tenantId
      year: $year
      population: $population
      source: $source
      expectedUpdatedAt: $expectedUpdatedAt
    ) {
      tenantId
      year
      population
      updatedAt
    }
  }
`);

export const SET_DISTRICT_POPULATIONS = graphql(`
  mutation SetDistrictPopulations($tenantId: ID!, $year: Int!, $districts: [DistrictPopulationInput!]!) {
    setDistrictPopulations(tenantId: $tenantId, year: $year, districts: $districts) {
      tenantId
      year
      sigungu
      population
      updatedAt
    }
  }
`);
