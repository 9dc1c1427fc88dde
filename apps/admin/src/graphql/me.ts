import { graphql } from './generated';
import type { MeQuery } from './generated/graphql';

export type Me = MeQuery['me'];
export type TenantRef = NonNullable<Me['tenant']>;

export const ME_QUERY = graphql(`
  query Me {
    me {
      username
      name
      roles
      realm
      tenant {
        code
        nameKo
        nameEn
      }
    }
  }
`);
