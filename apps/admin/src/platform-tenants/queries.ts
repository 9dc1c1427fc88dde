import { graphql } from '../graphql/generated';
import type { PlatformTenantsQuery } from '../graphql/generated/graphql';

export const PLATFORM_TENANTS_QUERY = graphql(`
  query PlatformTenants {
    platformTenants {
      code
      nameKo
      nameEn
      active
      createdAt
      deactivatedAt
    }
    platformAuditEvents(first: 20) {
      id
      occurredAt
      actor
      action
      tenantCode
    }
  }
`);

export type PlatformTenantRow = PlatformTenantsQuery['platformTenants'][number];
export type PlatformAuditRow = PlatformTenantsQuery['platformAuditEvents'][number];

export const CREATE_TENANT = graphql(`
  mutation CreateTenant($input: CreateTenantInput!) {
    createTenant(input: $input) {
      tenant {
        code
        nameKo
      }
      firstAdminUsername
      realmExport
      elapsedMs
    }
  }
`);

export const DEACTIVATE_TENANT = graphql(`
  mutation DeactivateTenant($code: String!) {
    deactivateTenant(code: $code) {
      code
      active
    }
  }
`);

export const REACTIVATE_TENANT = graphql(`
  mutation ReactivateTenant($code: String!) {
    reactivateTenant(code: $code) {
      code
      active
    }
  }
`);
