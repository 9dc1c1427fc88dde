import { Inject, Injectable } from '@nestjs/common';
import { TenantDatabase, type Sql } from '@pcrm/tenancy';

/** The standard version of the tenant `sql` writes as (`app.tenant_id`). */
export async function standardVersionOf(sql: Sql): Promise<number> {
  const [row] = await sql.query<{ standard_version: number }>(
    `SELECT standard_version FROM tenants WHERE id = current_setting('app.tenant_id', true)`,
  );
  if (!row) throw new Error('The current tenant has no row in tenants');
  return row.standard_version;
}

/** Which version of the standard model a tenant runs (`tenants.standard_version`). */
@Injectable()
export class StandardVersions {
  constructor(@Inject(TenantDatabase) private readonly db: TenantDatabase) {}

  /** The standard version of the caller's tenant. */
  ofCurrentTenant(): Promise<number> {
    return standardVersionOf(this.db.request());
  }
}
