import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls, RUNTIME_ROLE } from './tenant-table-sql';

/**
 * Tenants, departments, staff and the audit trail.
 * `tenants` is the platform's registry, not tenant-scoped: every tenant may read the public registry row
 * (code and names), none may write it.
 */
export class TenancyFoundation1764115200000 implements MigrationInterface {
  name = 'TenancyFoundation1764115200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tenants (
        id          text PRIMARY KEY CHECK (id ~ '^[a-z][a-z0-9-]{1,30}$'),
        name_ko     text NOT NULL,
        name_en     text NOT NULL,
        active      boolean NOT NULL DEFAULT true,
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`GRANT SELECT ON tenants TO ${RUNTIME_ROLE}`);

    await q.query(`
      CREATE TABLE departments (
        tenant_id   text NOT NULL REFERENCES tenants (id),
        id          uuid NOT NULL DEFAULT gen_random_uuid(),
        code        text NOT NULL CHECK (length(code) BETWEEN 1 AND 40),
        name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        parent_id   uuid,
        sort_order  integer NOT NULL DEFAULT 0,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, code),
        FOREIGN KEY (tenant_id, parent_id) REFERENCES departments (tenant_id, id),
        CHECK (parent_id IS DISTINCT FROM id)
      )`);
    await q.query(`CREATE INDEX departments_parent_idx ON departments (tenant_id, parent_id)`);
    await q.query(`CREATE INDEX departments_order_idx ON departments (tenant_id, sort_order, code)`);

    await q.query(`
      CREATE TABLE staff (
        tenant_id         text NOT NULL REFERENCES tenants (id),
        id                uuid NOT NULL DEFAULT gen_random_uuid(),
        name              text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        username          text,
        keycloak_subject  text,
        department_id     uuid,
        position          text,
        roles             text[] NOT NULL DEFAULT '{}',
        email             text,
        phone             text,
        active            boolean NOT NULL DEFAULT true,
        created_at        timestamptz NOT NULL DEFAULT now(),
        updated_at        timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, username),
        UNIQUE (tenant_id, keycloak_subject),
        FOREIGN KEY (tenant_id, department_id) REFERENCES departments (tenant_id, id)
      )`);
    await q.query(`CREATE INDEX staff_department_idx ON staff (tenant_id, department_id)`);
    await q.query(`CREATE INDEX staff_name_idx ON staff (tenant_id, name, id)`);

    await q.query(`
      CREATE TABLE audit_events (
        tenant_id    text NOT NULL REFERENCES tenants (id),
        id           bigint GENERATED ALWAYS AS IDENTITY,
        occurred_at  timestamptz NOT NULL DEFAULT now(),
        actor        text NOT NULL,
        actor_roles  text[] NOT NULL DEFAULT '{}',
        action       text NOT NULL,
        entity       text NOT NULL,
        entity_id    text NOT NULL,
        before       jsonb,
        after        jsonb,
        PRIMARY KEY (tenant_id, id)
      )`);
    await q.query(`CREATE INDEX audit_events_entity_idx ON audit_events (tenant_id, entity, entity_id)`);

    for (const table of ['departments', 'staff']) await enableTenantRls(q, table);
    // The audit trail is append-only for the runtime role.
    await enableTenantRls(q, 'audit_events', ['SELECT', 'INSERT']);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_events, staff, departments, tenants`);
  }
}
