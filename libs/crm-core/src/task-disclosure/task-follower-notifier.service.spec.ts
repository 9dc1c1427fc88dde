import { newDepartment } from '../../test/factories';
import { serviceTestbed, type ServiceTestbed } from '../../test/service-testbed';
import { TaskFollowerNotifier } from './task-follower-notifier';

/**
 * The follower notices (docs/adr/0029): each change of a public task reaches each follower once, however many
 * runs of the job overlap; a non-public task tells no one; a follower hears of nothing before they followed.
 */
let bed: ServiceTestbed;
let notifier: TaskFollowerNotifier;
let departmentId: string;
let seq = 0;

beforeAll(async () => {
  bed = await serviceTestbed('task follower notices');
  notifier = bed.get(TaskFollowerNotifier);
  departmentId = (await bed.scope(() => newDepartment(bed))).id;
  await bed.owner(
    `INSERT INTO voc_workflows (tenant_id, key, version, standard_version, definition, created_by)
     VALUES ($1, 'task', 1, 1, '{}', 'test')`,
    [bed.tenant.code],
  );
}, 60_000);
afterAll(() => bed.close());

async function publicTask(isPublic = true): Promise<string> {
  seq += 1;
  const [t] = await bed.owner<{ id: string }>(
    `INSERT INTO tasks (tenant_id, management_year, management_seq, management_no, title, source, kind,
       department_id, status, workflow_key, workflow_version, is_public, published_at, created_by, version)
     VALUES ($1, 2026, $2, $3, '보도 정비', 'PETITION', 'SHORT_TERM', $4, 'IN_PROGRESS', 'task', 1,
       $5, CASE WHEN $5 THEN now() END, 'test', 1) RETURNING id`,
    [bed.tenant.code, seq, `T-2026-${seq}`, departmentId, isPublic],
  );
  return t.id;
}

const follow = (taskId: string, n: number) =>
  bed.owner(
    `INSERT INTO task_followers (tenant_id, task_id, channel, address, consented_at, consent_text, last_notified_version)
     SELECT $1, $2, 'EMAIL', 'f' || i || '@example.com', now(), '동의', 1 FROM generate_series(1, $3::int) i`,
    [bed.tenant.code, taskId, n],
  );
const change = (taskId: string) =>
  bed.owner(
    `UPDATE tasks SET version = version + 1, progress = progress + 10 WHERE tenant_id = $1 AND id = $2`,
    [bed.tenant.code, taskId],
  );
const notices = async (taskId: string) =>
  (
    await bed.owner<{ recipient: string }>(
      `SELECT recipient FROM notification_outbox WHERE tenant_id = $1 AND subject_type = 'task' AND subject_id = $2
         AND template_key = 'task.updated' ORDER BY recipient`,
      [bed.tenant.code, taskId],
    )
  ).map((r) => r.recipient);

it('tells each follower once per change, with three runs at the same time', async () => {
  const taskId = await publicTask();
  await follow(taskId, 30);
  expect(await bed.scope(() => notifier.notify())).toBe(0); // nothing changed since they followed
  await change(taskId);
  await change(taskId); // two changes before a run: one notice of the latest state
  const sent = await Promise.all([1, 2, 3].map(() => bed.scope(() => notifier.notify())));
  expect(sent.reduce((a, b) => a + b, 0)).toBe(30);
  const got = await notices(taskId);
  expect(got).toHaveLength(30);
  expect(new Set(got).size).toBe(30);
  expect(await bed.scope(() => notifier.notify())).toBe(0);

  await change(taskId);
  expect(await bed.scope(() => notifier.notify())).toBe(30);
  expect(await notices(taskId)).toHaveLength(60);
  // One unsubscribe token per message, each only a hash.
  const [tokens] = await bed.owner<{ n: number }>(
    `SELECT count(*)::int AS n FROM task_follower_tokens k JOIN task_followers f ON f.tenant_id = k.tenant_id AND f.id = k.follower_id
      WHERE f.tenant_id = $1 AND f.task_id = $2`,
    [bed.tenant.code, taskId],
  );
  expect(tokens.n).toBe(60);
}, 60_000);

it('tells no one of a task that is not public', async () => {
  const taskId = await publicTask(false);
  await follow(taskId, 2);
  await change(taskId);
  expect(await bed.scope(() => notifier.notify())).toBe(0);
  expect(await notices(taskId)).toEqual([]);
});

it('a failed run tells no one and leaves the change for the next', async () => {
  const taskId = await publicTask();
  await follow(taskId, 1);
  await change(taskId);
  await expect(
    bed.scope(async () => {
      await notifier.notify();
      throw new Error('the job died');
    }),
  ).rejects.toThrow('the job died');
  expect(await notices(taskId)).toEqual([]);
  expect(await bed.scope(() => notifier.notify())).toBe(1);
});
