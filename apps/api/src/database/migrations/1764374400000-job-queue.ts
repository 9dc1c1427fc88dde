import PgBoss from 'pg-boss';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RUNTIME_ROLE } from './tenant-table-sql';

/** pg-boss's schema; the runtime starts pg-boss with `migrate: false` against this name. */
export const JOB_SCHEMA = 'pgboss';

/** Retry policy of every queue made here; a send may shorten it (tests), never the runtime's grants. */
const QUEUE_DEFAULTS = { retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 900 };

/** Where jobs that used up their retries are kept (pg-boss copies them there). */
const DEAD_LETTER = 'dead-letter';

/**
 * pg-boss 10 in the same database, created by the owner: the runtime role can neither create the schema
 * nor a queue (each queue is a partition table), so both happen here. The runtime role gets only the rows
 * it works on. pg-boss's construction plan runs its own BEGIN/COMMIT under an advisory lock, so this
 * migration is not wrapped in TypeORM's transaction.
 */
export class JobQueue1764374400000 implements MigrationInterface {
  name = 'JobQueue1764374400000';
  transaction = false as const;

  async up(q: QueryRunner): Promise<void> {
    await q.query(PgBoss.getConstructionPlans(JOB_SCHEMA));
    await createQueue(q, DEAD_LETTER, { retryLimit: 0 });
    await createQueue(q, 'department-export', { ...QUEUE_DEFAULTS, deadLetter: DEAD_LETTER });

    // Functions are executable by PUBLIC by default; queue management is the owner's alone.
    await q.query(`REVOKE ALL ON ALL FUNCTIONS IN SCHEMA ${JOB_SCHEMA} FROM PUBLIC`);
    await q.query(`GRANT USAGE ON SCHEMA ${JOB_SCHEMA} TO ${RUNTIME_ROLE}`);
    // Workers fetch, complete, fail (delete + re-insert) and archive jobs through the partitioned parent.
    await q.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ${JOB_SCHEMA}.job, ${JOB_SCHEMA}.archive TO ${RUNTIME_ROLE}`,
    );
    await q.query(`GRANT SELECT ON ${JOB_SCHEMA}.queue TO ${RUNTIME_ROLE}`);
    // The version check at start, and the maintenance/monitor timestamps that elect one supervisor.
    await q.query(`GRANT SELECT, UPDATE ON ${JOB_SCHEMA}.version TO ${RUNTIME_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP SCHEMA ${JOB_SCHEMA} CASCADE`);
  }
}

async function createQueue(q: QueryRunner, name: string, options: Omit<PgBoss.Queue, 'name'>): Promise<void> {
  await q.query(`SELECT ${JOB_SCHEMA}.create_queue($1, $2)`, [
    name,
    JSON.stringify({ policy: 'standard', ...options }),
  ]);
}
