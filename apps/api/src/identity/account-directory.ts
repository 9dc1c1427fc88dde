import {
  DEMO_MINISTRY_USER,
  DEMO_PLATFORM_USER,
  MINISTRY_REALM,
  PLATFORM_REALM,
  Role,
  type TenantScopes,
} from '@pcrm/tenancy';

/** A person (or service account) as the identity provider knows them. */
export interface Account {
  subject: string;
  username: string;
  name: string;
  email: string | null;
  roles: string[];
}

/** The people of the realms that are not tenants (development only). */
const PLATFORM_ACCOUNTS: Readonly<Record<string, readonly Account[]>> = {
  [MINISTRY_REALM]: [
    {
      subject: 'b3d1c1de-5f1a-4c55-9a53-2f3a0d000001',
      username: DEMO_MINISTRY_USER,
      name: '행정안전부 분석관',
      email: 'analyst@mois.example.go.kr',
      roles: [Role.MinistryAnalyst],
    },
  ],
  [PLATFORM_REALM]: [
    {
      subject: 'b3d1c1de-5f1a-4c55-9a53-2f3a0d000101',
      username: DEMO_PLATFORM_USER,
      name: '플랫폼 운영자',
      email: 'operator@pcrm.example.go.kr',
      roles: [Role.PlatformOperator],
    },
  ],
};

interface StaffAccountRow {
  keycloak_subject: string;
  username: string;
  name: string;
  email: string | null;
  roles: string[];
}

const ACCOUNT_SQL = `SELECT keycloak_subject, username, name, email, roles FROM staff
                     WHERE active AND keycloak_subject IS NOT NULL AND username IS NOT NULL`;

/** Development users: a tenant realm's staff with a login, the ministry's analyst and the platform's operator. */
export class AccountDirectory {
  constructor(private readonly db: TenantScopes) {}

  byUsername(realm: string, username: string): Promise<Account | null> {
    return this.find(realm, 'username', username);
  }

  bySubject(realm: string, subject: string): Promise<Account | null> {
    return this.find(realm, 'keycloak_subject', subject);
  }

  private async find(
    realm: string,
    column: 'username' | 'keycloak_subject',
    value: string,
  ): Promise<Account | null> {
    const fixed = PLATFORM_ACCOUNTS[realm];
    if (fixed) return fixed.find((a) => (column === 'username' ? a.username : a.subject) === value) ?? null;
    const [row] = await this.db.withTenant(realm, (sql) =>
      sql.query<StaffAccountRow>(`${ACCOUNT_SQL} AND ${column} = $1`, [value]),
    );
    return row
      ? {
          subject: row.keycloak_subject,
          username: row.username,
          name: row.name,
          email: row.email,
          roles: row.roles,
        }
      : null;
  }
}
