import type { QueryRunner } from 'typeorm';

/**
 * The retry policy of the platform's job queues (ADR 0008): three retries from 30 s, doubling; 15 minutes
 * for an attempt; then the dead-letter queue. Only the owner may create a queue (each is a partition table).
 */
export const STANDARD_QUEUE = {
  policy: 'standard',
  retryLimit: 3,
  retryDelay: 30,
  retryBackoff: true,
  expireInSeconds: 900,
  deadLetter: 'dead-letter',
};

export async function createJobQueue(
  q: QueryRunner,
  name: string,
  options: Partial<typeof STANDARD_QUEUE> = {},
): Promise<void> {
  await q.query(`SELECT pgboss.create_queue($1, $2)`, [
    name,
    JSON.stringify({ ...STANDARD_QUEUE, ...options }),
  ]);
}

export async function deleteJobQueue(q: QueryRunner, name: string): Promise<void> {
  await q.query(`SELECT pgboss.delete_queue($1)`, [name]);
}
