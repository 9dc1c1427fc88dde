import { graphql } from '../graphql/generated';

export const MINISTRY_TENANT_DETAIL_QUERY = graphql(`
  query MinistryTenantDetail($tenantId: ID!, $from: String!, $to: String!) {
    ministryTenantDetail(tenantId: $tenantId, from: $from, to: $to) {
      tenant {
        id
        nameKo
        nameEn
      }
      months
      minimumGroupSize
      refreshedAt
      populations {
        year
        population
        source
      }
      measures {
        month
        measure
        value
        rank
        suppressed
        nationalMedian
        rankedTenants
      }
      equityGaps {
        dimension
        month
        measure
        focus
        reference
        value
        rank
        nationalMedian
        rankedTenants
      }
      conformance {
        latestVersion
        medianScore
        rankedTenants
        own {
          ...MinistryConformanceFields
        }
      }
    }
  }
`);
