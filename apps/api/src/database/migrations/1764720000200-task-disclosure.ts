import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createJobQueue, deleteJobQueue } from './job-queue-sql';
import { enableTenantRls } from './tenant-table-sql';

/**
 * Public disclosure of tasks (issue 10 #4, docs/adr/0029): residents follow a public task by e-mail.
 *
 * - `task_followers`: one row per (task, channel, address), written only with the consent given on the
 *   task's page (`consented_at`); `last_notified_version` is the task version the follower last heard of,
 *   so the notifier picks exactly the followers a change has not reached yet. Unsubscribing deletes the row.
 * - `task_follower_tokens`: the SHA-256 of each unsubscribe token handed out (one per message); the token
 *   itself lives only in the resident's message. Deleted with the follower.
 * - The outbox learns the subject type `task`.
 * - Queues `task-follower-notify` (and its per-tenant schedule).
 */
export class TaskDisclosure1764720000200 implements MigrationInterface {
  name = 'TaskDisclosure1764720000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE task_followers (
        tenant_id             text NOT NULL REFERENCES tenants (id),
        id                    uuid NOT NULL DEFAULT gen_random_uuid(),
        task_id               uuid NOT NULL,
        channel               text NOT NULL CHECK (channel IN ('EMAIL')),
        address               text NOT NULL CHECK (length(address) BETWEEN 3 AND 254 AND address = lower(address)),
        consented_at          timestamptz NOT NULL,
        consent_text          text NOT NULL CHECK (length(consent_text) BETWEEN 1 AND 500),
        last_notified_version integer NOT NULL CHECK (last_notified_version >= 0),
        last_notified_at      timestamptz,
        created_at            timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, task_id, channel, address),
        FOREIGN KEY (tenant_id, task_id) REFERENCES tasks (tenant_id, id)
      )`);
    // ALTER TABLE task_followers ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'task_followers');

    await q.query(`
      CREATE TABLE task_follower_tokens (
        tenant_id   text NOT NULL REFERENCES tenants (id),
        token_hash  bytea NOT NULL CHECK (length(token_hash) = 32),
        follower_id uuid NOT NULL,
        issued_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, token_hash),
        FOREIGN KEY (tenant_id, follower_id) REFERENCES task_followers (tenant_id, id) ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE INDEX task_follower_tokens_follower_idx ON task_follower_tokens (tenant_id, follower_id)`,
    );
    // ALTER TABLE task_follower_tokens ENABLE / FORCE ROW LEVEL SECURITY + the tenant policy.
    await enableTenantRls(q, 'task_follower_tokens', ['SELECT', 'INSERT', 'DELETE']);

    await q.query(`ALTER TABLE notification_outbox DROP CONSTRAINT notification_outbox_subject_type_check`);
    await q.query(
      `ALTER TABLE notification_outbox ADD CONSTRAINT notification_outbox_subject_type_check
         CHECK (subject_type IN ('voc', 'task'))`,
    );

    await createJobQueue(q, 'task-follower-notify');
    await createJobQueue(q, 'task-follower-notify-schedule', { retryLimit: 1 });
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM pgboss.schedule WHERE name = 'task-follower-notify-schedule'`);
    for (const queue of ['task-follower-notify-schedule', 'task-follower-notify'])
      await deleteJobQueue(q, queue);
    await q.query(`DELETE FROM notification_outbox WHERE subject_type = 'task'`);
    await q.query(`ALTER TABLE notification_outbox DROP CONSTRAINT notification_outbox_subject_type_check`);
    await q.query(
      `ALTER TABLE notification_outbox ADD CONSTRAINT notification_outbox_subject_type_check CHECK (subject_type IN ('voc'))`,
    );
    await q.query(`DROP TABLE task_follower_tokens`);
    await q.query(`DROP TABLE task_followers`);
  }
}
