import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './tenant-table-sql';

const CHANNELS = `('SMS', 'EMAIL')`;

/**
 * Resident notifications (issue 8 #5, docs/adr/0015): the tenant's template overrides, its sender settings,
 * and the transactional outbox — a message row is written in the caller's transaction and a dispatcher
 * sends it later, claiming it with a lease (`locked_until`) so a crashed sender's message is taken back.
 */
export class NotificationOutbox1764547200200 implements MigrationInterface {
  name = 'NotificationOutbox1764547200200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification_templates (
        tenant_id    text NOT NULL REFERENCES tenants (id),
        template_key text NOT NULL CHECK (template_key ~ '^[a-z][a-z0-9]*(\\.[a-z][a-z0-9]*)+$'),
        channel      text NOT NULL CHECK (channel IN ${CHANNELS}),
        subject      text CHECK (length(subject) BETWEEN 1 AND 200),
        body         text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
        updated_at   timestamptz NOT NULL DEFAULT now(),
        updated_by   text NOT NULL,
        PRIMARY KEY (tenant_id, template_key, channel),
        CHECK ((channel = 'EMAIL') = (subject IS NOT NULL))
      )`);
    // ALTER TABLE notification_templates ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'notification_templates', ['SELECT', 'INSERT', 'UPDATE']);

    await q.query(`
      CREATE TABLE notification_settings (
        tenant_id   text PRIMARY KEY REFERENCES tenants (id),
        sms_sender  text NOT NULL CHECK (sms_sender ~ '^[0-9]{4,12}$'),
        email_from  text NOT NULL CHECK (length(email_from) BETWEEN 3 AND 254),
        updated_at  timestamptz NOT NULL DEFAULT now(),
        updated_by  text NOT NULL
      )`);
    // ALTER TABLE notification_settings ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'notification_settings', ['SELECT', 'INSERT', 'UPDATE']);

    await q.query(`
      CREATE TABLE notification_outbox (
        tenant_id       text NOT NULL REFERENCES tenants (id),
        id              uuid NOT NULL DEFAULT gen_random_uuid(),
        subject_type    text NOT NULL CHECK (subject_type IN ('voc')),
        subject_id      text NOT NULL CHECK (length(subject_id) BETWEEN 1 AND 100),
        customer_id     uuid,
        purpose         text NOT NULL CHECK (purpose IN ('ADMIN_NOTICE', 'SATISFACTION_SURVEY', 'PROMOTION')),
        channel         text NOT NULL CHECK (channel IN ${CHANNELS}),
        sms_kind        text CHECK (sms_kind IN ('SMS', 'LMS')),
        recipient       text NOT NULL,
        template_key    text NOT NULL,
        title           text,
        body            text NOT NULL,
        state           text NOT NULL CHECK (state IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'SKIPPED')),
        skip_reason     text,
        attempts        int NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        locked_until    timestamptz,
        last_error      text,
        last_error_en   text,
        sent_at         timestamptz,
        created_at      timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        CHECK ((channel = 'SMS') = (sms_kind IS NOT NULL)),
        CHECK ((state = 'SKIPPED') = (skip_reason IS NOT NULL)),
        CHECK ((state = 'SENT') = (sent_at IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX notification_outbox_subject_idx ON notification_outbox (tenant_id, subject_type, subject_id, created_at)`,
    );
    // The dispatcher's claim reads only what may still be sent.
    await q.query(
      `CREATE INDEX notification_outbox_due_idx ON notification_outbox (tenant_id, next_attempt_at)
         WHERE state IN ('PENDING', 'SENDING')`,
    );
    // ALTER TABLE notification_outbox ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy. Messages are never
    // deleted by the runtime: the delivery record is the case's evidence.
    await enableTenantRls(q, 'notification_outbox', ['SELECT', 'INSERT', 'UPDATE']);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification_outbox`);
    await q.query(`DROP TABLE notification_settings`);
    await q.query(`DROP TABLE notification_templates`);
  }
}
