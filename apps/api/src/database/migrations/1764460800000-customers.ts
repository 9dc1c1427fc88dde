import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './tenant-table-sql';

/**
 * The integrated customer database (issue 7, docs/domain.md "Customers"): residents and organizations with
 * their phones, e-mails, relations, consents and contact history. Every table is a tenant table: `tenant_id`
 * leads each key, row-level security is enabled and forced (`enableTenantRls`).
 *
 * Search keys are computed by the application (libs/crm-core/src/customer-keys/customer-keys.ts), never by
 * PostgreSQL's locale: `search_grams` holds the name's and its 초성's one- and two-character grams and is
 * GIN-indexed, so partial and initial-consonant search are index-backed under any collation (docs/adr/0011).
 */
export class Customers1764460800000 implements MigrationInterface {
  name = 'Customers1764460800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE customer_settings (
        tenant_id        text PRIMARY KEY REFERENCES tenants (id),
        next_customer_no bigint NOT NULL DEFAULT 1 CHECK (next_customer_no > 0),
        retention_years  integer NOT NULL DEFAULT 5 CHECK (retention_years BETWEEN 1 AND 50),
        updated_at       timestamptz NOT NULL DEFAULT now()
      )`);
    // ALTER TABLE customer_settings ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'customer_settings', ['SELECT', 'INSERT', 'UPDATE']);

    await q.query(`
      CREATE TABLE customers (
        tenant_id           text NOT NULL REFERENCES tenants (id),
        id                  uuid NOT NULL DEFAULT gen_random_uuid(),
        customer_no         bigint NOT NULL CHECK (customer_no > 0),
        party_type          text NOT NULL CHECK (party_type IN ('PERSON', 'ORGANIZATION')),
        kind                text NOT NULL CHECK (kind IN ('CURRENT', 'ACQUIRED', 'POLICY')),
        status              text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'MERGED', 'ANONYMIZED')),
        name                text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        name_initials       text NOT NULL,
        search_grams        text[] NOT NULL,
        birth_date          date CHECK (birth_date BETWEEN DATE '1900-01-01' AND DATE '2100-01-01'),
        sex                 text CHECK (sex IN ('MALE', 'FEMALE')),
        business_no         text CHECK (business_no ~ '^[0-9]{10}$'),
        representative_name text CHECK (length(representative_name) BETWEEN 1 AND 200),
        sido                text,
        sigungu             text,
        eupmyeondong        text,
        road_address        text,
        jibun_address       text,
        building_no         text,
        address_detail      text,
        postal_code         text CHECK (postal_code ~ '^[0-9]{5}$'),
        household_key       text,
        tags                text[] NOT NULL DEFAULT '{}',
        source              text NOT NULL DEFAULT 'manual' CHECK (length(source) BETWEEN 1 AND 100),
        import_batch_id     uuid,
        merged_into_id      uuid,
        last_contact_at     timestamptz,
        anonymized_at       timestamptz,
        custom_fields       jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(custom_fields) = 'object'),
        created_by          text NOT NULL,
        created_at          timestamptz NOT NULL DEFAULT now(),
        updated_at          timestamptz NOT NULL DEFAULT now(),
        version             integer NOT NULL DEFAULT 1,
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, customer_no),
        FOREIGN KEY (tenant_id, merged_into_id) REFERENCES customers (tenant_id, id),
        CHECK ((status = 'MERGED') = (merged_into_id IS NOT NULL)),
        CHECK (merged_into_id IS DISTINCT FROM id)
      )`);
    await q.query(`CREATE INDEX customers_name_idx ON customers (tenant_id, name, id)`);
    await q.query(`CREATE INDEX customers_grams_idx ON customers USING gin (search_grams)`);
    await q.query(`CREATE INDEX customers_tags_idx ON customers USING gin (tags)`);
    await q.query(`CREATE INDEX customers_area_idx ON customers (tenant_id, sigungu, eupmyeondong)`);
    await q.query(`CREATE INDEX customers_household_idx ON customers (tenant_id, household_key)`);
    await q.query(`CREATE INDEX customers_match_idx ON customers (tenant_id, name, birth_date)`);
    await q.query(`CREATE INDEX customers_batch_idx ON customers (tenant_id, import_batch_id)`);
    await q.query(`CREATE INDEX customers_activity_idx ON customers (tenant_id, status, last_contact_at)`);
    // ALTER TABLE customers ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'customers');

    await q.query(`
      CREATE TABLE customer_phones (
        tenant_id   text NOT NULL REFERENCES tenants (id),
        id          uuid NOT NULL DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL,
        kind        text NOT NULL CHECK (kind IN ('MOBILE', 'HOME', 'WORK')),
        digits      text NOT NULL CHECK (digits ~ '^0[0-9]{8,10}$'),
        last4       text GENERATED ALWAYS AS (right(digits, 4)) STORED,
        is_primary  boolean NOT NULL DEFAULT false,
        created_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, customer_id, digits),
        FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX customer_phones_digits_idx ON customer_phones (tenant_id, digits)`);
    await q.query(`CREATE INDEX customer_phones_last4_idx ON customer_phones (tenant_id, last4)`);
    // ALTER TABLE customer_phones ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'customer_phones');

    await q.query(`
      CREATE TABLE customer_emails (
        tenant_id   text NOT NULL REFERENCES tenants (id),
        id          uuid NOT NULL DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL,
        address     text NOT NULL CHECK (address ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' AND length(address) <= 254),
        normalized  text GENERATED ALWAYS AS (lower(address)) STORED,
        is_primary  boolean NOT NULL DEFAULT false,
        created_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, customer_id, normalized),
        FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX customer_emails_normalized_idx ON customer_emails (tenant_id, normalized)`);
    // ALTER TABLE customer_emails ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'customer_emails');

    await q.query(`
      CREATE TABLE customer_relations (
        tenant_id           text NOT NULL REFERENCES tenants (id),
        id                  uuid NOT NULL DEFAULT gen_random_uuid(),
        customer_id         uuid NOT NULL,
        related_customer_id uuid NOT NULL,
        kind                text NOT NULL CHECK (kind IN ('FAMILY', 'REPRESENTATIVE', 'PROXY', 'CONTACT_PERSON')),
        note                text CHECK (length(note) <= 500),
        created_by          text NOT NULL,
        created_at          timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, customer_id, related_customer_id, kind),
        CHECK (customer_id <> related_customer_id),
        FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, related_customer_id) REFERENCES customers (tenant_id, id) ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE INDEX customer_relations_related_idx ON customer_relations (tenant_id, related_customer_id)`,
    );
    // ALTER TABLE customer_relations ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'customer_relations');

    await q.query(`
      CREATE TABLE customer_consents (
        tenant_id    text NOT NULL REFERENCES tenants (id),
        id           uuid NOT NULL DEFAULT gen_random_uuid(),
        customer_id  uuid NOT NULL,
        purpose      text NOT NULL CHECK (purpose IN ('ADMIN_NOTICE', 'SATISFACTION_SURVEY', 'PROMOTION')),
        granted_at   timestamptz NOT NULL,
        channel      text NOT NULL,
        evidence     text NOT NULL CHECK (length(evidence) BETWEEN 1 AND 500),
        recorded_by  text NOT NULL,
        withdrawn_at timestamptz,
        withdrawn_by text,
        withdrawal_channel text,
        created_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        CHECK (withdrawn_at IS NULL OR withdrawn_at >= granted_at),
        FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id) ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE UNIQUE INDEX customer_consents_active_idx ON customer_consents (tenant_id, customer_id, purpose)
         WHERE withdrawn_at IS NULL`,
    );
    // ALTER TABLE customer_consents ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'customer_consents', ['SELECT', 'INSERT', 'UPDATE']);

    await q.query(`
      CREATE TABLE contact_history (
        tenant_id          text NOT NULL REFERENCES tenants (id),
        id                 uuid NOT NULL DEFAULT gen_random_uuid(),
        customer_id        uuid NOT NULL,
        channel            text NOT NULL CHECK (channel IN ('VISIT', 'PHONE', 'WEB', 'MOBILE', 'EMAIL', 'MAIL', 'KIOSK', 'SMS')),
        direction          text NOT NULL CHECK (direction IN ('INBOUND', 'OUTBOUND')),
        occurred_at        timestamptz NOT NULL,
        staff_id           uuid,
        department_id      uuid,
        summary            text NOT NULL CHECK (length(summary) BETWEEN 1 AND 2000),
        subject_type       text,
        subject_id         text,
        origin_customer_id uuid NOT NULL,
        import_batch_id    uuid,
        created_by         text NOT NULL,
        created_at         timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        CHECK ((subject_type IS NULL) = (subject_id IS NULL)),
        FOREIGN KEY (tenant_id, customer_id) REFERENCES customers (tenant_id, id) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, staff_id) REFERENCES staff (tenant_id, id),
        FOREIGN KEY (tenant_id, department_id) REFERENCES departments (tenant_id, id)
      )`);
    await q.query(
      `CREATE INDEX contact_history_timeline_idx ON contact_history (tenant_id, customer_id, occurred_at DESC, id DESC)`,
    );
    await q.query(
      `CREATE INDEX contact_history_subject_idx ON contact_history (tenant_id, subject_type, subject_id)`,
    );
    // ALTER TABLE contact_history ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'contact_history');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'contact_history',
      'customer_consents',
      'customer_relations',
      'customer_emails',
      'customer_phones',
      'customers',
      'customer_settings',
    ])
      await q.query(`DROP TABLE ${table}`);
  }
}
