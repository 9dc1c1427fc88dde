import { DEMO_MINISTRY_USER, MINISTRY_REALM, Role, type TenantScopes } from '@pcrm/tenancy';

/** A person (or service account) as the identity provider knows them. */
export interface Account {
  subject: string;
  username: string;
  name: string;
  email: string | null;
  roles: string[];
}

const MINISTRY_ACCOUNTS: Account[] = [
  {
    subject: 'b3d1c1de-5f1a-4c55-9a53-2f3a0d000001',
    username: DEMO_MINISTRY_USER,
    name: '행정안전부 분석관',
    email: 'analyst@mois.example.go.kr',
    roles: [Role.MinistryAnalyst],
  },
];

interface StaffAccountRow {
  keycloak_subject: string;
  username: string;
  name: string;
  email: string | null;
  roles: string[];
}

const ACCOUNT_SQL = `SELECT keycloak_subject, username, name, email, roles FROM staff
                     WHERE active AND keycloak_subject IS NOT NULL AND username IS NOT NULL`;

/** Development users: a tenant realm's staff with a login, and the ministry realm's analyst. */
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
    if (realm === MINISTRY_REALM) {
      return (
        MINISTRY_ACCOUNTS.find((a) => (column === 'username' ? a.username : a.subject) === value) ?? null
      );
    }
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
