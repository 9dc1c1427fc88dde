import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './tenant-table-sql';

/**
 * Satisfaction surveys (issue 8 #6, libs/crm-core/src/petition-surveys):
 *
 * - `voc_survey_invitations`: one single-use, expiring link per survey step of a case. Only the SHA-256 of the
 *   random 256-bit token is stored, so the table cannot rebuild a link; `used_at` is set by the one
 *   `UPDATE … WHERE used_at IS NULL AND expires_at > now()` that accepts an answer, so two concurrent answers
 *   of one link cannot both pass.
 * - `voc_survey_followups`: a manager's follow-up of a case whose answer scored under the tenant's threshold.
 */
export class VocSurveys1764547200500 implements MigrationInterface {
  name = 'VocSurveys1764547200500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE voc_survey_invitations (
        tenant_id  text NOT NULL REFERENCES tenants (id),
        id         uuid NOT NULL DEFAULT gen_random_uuid(),
        voc_id     uuid NOT NULL,
        token_hash bytea NOT NULL CHECK (length(token_hash) = 32),
        expires_at timestamptz NOT NULL,
        used_at    timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, token_hash),
        CHECK (expires_at > created_at),
        FOREIGN KEY (tenant_id, voc_id) REFERENCES voc_items (tenant_id, id)
      )`);
    await q.query(
      `CREATE INDEX voc_survey_invitations_voc_idx ON voc_survey_invitations (tenant_id, voc_id)`,
    );
    // ALTER TABLE voc_survey_invitations ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'voc_survey_invitations', ['SELECT', 'INSERT', 'UPDATE']);

    await q.query(`
      CREATE TABLE voc_survey_followups (
        tenant_id   text NOT NULL REFERENCES tenants (id),
        id          uuid NOT NULL DEFAULT gen_random_uuid(),
        voc_id      uuid NOT NULL,
        mean_score  numeric(3, 2) NOT NULL CHECK (mean_score BETWEEN 1 AND 5),
        status      text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DONE')),
        note        text CHECK (length(note) <= 2000),
        resolved_by text,
        resolved_at timestamptz,
        created_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, voc_id),
        CHECK ((status = 'DONE') = (resolved_at IS NOT NULL)),
        FOREIGN KEY (tenant_id, voc_id) REFERENCES voc_items (tenant_id, id)
      )`);
    await q.query(
      `CREATE INDEX voc_survey_followups_status_idx ON voc_survey_followups (tenant_id, status, created_at, id)`,
    );
    // ALTER TABLE voc_survey_followups ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'voc_survey_followups', ['SELECT', 'INSERT', 'UPDATE']);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE voc_survey_followups`);
    await q.query(`DROP TABLE voc_survey_invitations`);
  }
}
