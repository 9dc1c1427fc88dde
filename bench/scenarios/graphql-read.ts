import { DepartmentSql } from '../../libs/crm-core/src/departments/department.sql';
import { ALL_ROLES, TENANT_ROLES } from '../../libs/tenancy/src/auth/roles';
import type { DepartmentRow } from '../../libs/crm-core/src/departments/department.model';
import { apolloJson, hasAnyRole, type Scenario } from './scenario';

const QUERY = '{ me { username roles tenant { code nameKo nameEn } } departments { id code name parentId } }';

/**
 * An authenticated read: who am I (from the token and the in-memory tenant registry) and the whole department
 * tree of my 시·도 (one SELECT in the request's tenant transaction). Measures the per-request cost of the stack:
 * token check, JSON body parsing, Nest/Apollo execution, guards, the transaction and serialization.
 */
export const graphqlRead: Scenario = {
  name: 'graphql-read',
  description: 'me + departments with an integrator token of busan',
  targetRatio: 0.7,
  targetRssMb: 250,
  token: { kind: 'integrator', realm: 'busan' },
  request: { method: 'POST', path: '/graphql', body: { query: QUERY } },
  stableBody: true,
  async floor(ctx) {
    const { principal } = ctx;
    if (!hasAnyRole(principal, ALL_ROLES) || !hasAnyRole(principal, TENANT_ROLES)) {
      return { status: 403, body: apolloJson({ errors: [{ message: 'forbidden' }] }) };
    }
    const rows = await ctx.withTenant(principal.tenantId, (sql) =>
      sql.query<DepartmentRow>(DepartmentSql.list),
    );
    const tenant = principal.tenantId ? ctx.tenants.get(principal.tenantId) : undefined;
    return {
      status: 200,
      body: apolloJson({
        data: {
          me: {
            username: principal.username,
            roles: [...principal.roles],
            tenant: tenant ? { code: tenant.code, nameKo: tenant.nameKo, nameEn: tenant.nameEn } : null,
          },
          departments: rows.map((r) => ({ id: r.id, code: r.code, name: r.name, parentId: r.parent_id })),
        },
      }),
    };
  },
};
