import { graphql } from '../graphql/generated';

export const TENANTS_QUERY = graphql(`
  query Tenants {
    tenants {
      code
      nameKo
      nameEn
    }
  }
`);
