import { gql, type TypedDocumentNode } from '@apollo/client';

export interface TenantRef {
  code: string;
  nameKo: string;
  nameEn: string;
}

export interface Me {
  username: string;
  name: string | null;
  roles: string[];
  realm: string;
  tenant: TenantRef | null;
}

export const ME_QUERY: TypedDocumentNode<{ me: Me }, Record<string, never>> = gql`
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
`;
