import { serviceTestbed, type ServiceTestbed } from '../../test/service-testbed';
import { newDepartment } from '../../test/factories';
import { insertCase, type CaseSeed } from '../../test/voc-cases';
import { PetitionEvents, STANDARD_PETITION_WORKFLOW, VocDeadlines, type PetitionEvent } from '../petitions';
import { PetitionLifecycleService } from './lifecycle.service';
import { VocAlertService } from './voc-alerts';
import { WorkflowRegistry } from './workflow-registry';

/**
 * The lifecycle inside one transaction: each taken transition publishes its petition event to the listeners
 * (a listener that throws refuses the change), due dates after a 보완 are what the `VocDeadlines` port says,
 * and the alerts job publishes each notice once.
 */
let bed: ServiceTestbed;
let lifecycle: PetitionLifecycleService;
let departments: string[];
const published: PetitionEvent[] = [];
let failWith: Error | null = null;

beforeAll(async () => {
  bed = await serviceTestbed('petition lifecycle');
  lifecycle = bed.get(PetitionLifecycleService);
  bed.get(PetitionEvents).subscribe({
    onPetitionEvent: async (event) => {
      if (failWith) throw failWith;
      published.push(event);
    },
  });
  departments = await bed.scope(async () => [(await newDepartment(bed)).id, (await newDepartment(bed)).id]);
});
afterAll(() => bed.close());

const seed = (s: CaseSeed = {}) =>
  insertCase(bed.owner, bed.tenant.code, STANDARD_PETITION_WORKFLOW, {
    departmentId: s.status && s.status !== 'RECEIVED' ? departments[0] : null,
    ...s,
  });
const take = (id: string, event: string, input: Record<string, unknown>, version: number, roles?: string[]) =>
  bed.scope(() => lifecycle.transition(id, event, input, version), roles);
const eventsOf = (id: string) => published.filter((e) => e.vocId === id).map((e) => e.type);

it('publishes the event of each transition, in order, with the status after it', async () => {
  const id = await seed();
  const steps: [string, Record<string, unknown>][] = [
    ['ASSIGN', { departmentId: departments[0] }],
    ['REASSIGN', { departmentId: departments[1], reason: '소관 변경' }],
    ['START', {}],
    ['REQUEST_SUPPLEMENT', { reason: '서류' }],
    ['RESUME', {}],
    ['EXTEND', { reason: '협의', newDueAt: new Date(Date.now() + 30 * 86_400_000) }],
    ['ANSWER', { answer: '답변' }],
    ['OPEN_SURVEY', {}],
    ['CLOSE', {}],
  ];
  let version = 1;
  for (const [event, input] of steps) version = (await take(id, event, input, version)).version;
  expect(eventsOf(id)).toEqual([
    'assigned',
    'reassigned',
    'supplement-requested',
    'resumed',
    'extended',
    'answered',
    'survey-opened',
    'closed',
  ]);
  expect(published.filter((e) => e.vocId === id).map((e) => e.status)).toEqual([
    'ASSIGNED',
    'ASSIGNED',
    'SUPPLEMENT_REQUESTED',
    'IN_PROGRESS',
    'IN_PROGRESS',
    'ANSWERED',
    'SURVEY',
    'CLOSED',
  ]);

  const rejected = await seed({ status: 'IN_PROGRESS' });
  await take(rejected, 'REJECT', { reason: '사유지' }, 1);
  const transferred = await seed({ status: 'ASSIGNED' });
  await take(transferred, 'TRANSFER', { agency: '한국전력공사', reason: '관할' }, 1);
  expect([...eventsOf(rejected), ...eventsOf(transferred)]).toEqual(['rejected', 'transferred']);
});

it('a listener that throws refuses the transition: nothing changes', async () => {
  const id = await seed({ status: 'IN_PROGRESS' });
  failWith = new Error('outbox unavailable');
  await expect(take(id, 'ANSWER', { answer: '답변' }, 1)).rejects.toThrow('outbox unavailable');
  failWith = null;
  const [row] = await bed.owner<{ status: string; version: number; n: number }>(
    `SELECT status, version, (SELECT count(*)::int FROM voc_transitions WHERE voc_id = $1) AS n FROM voc_items WHERE id = $1`,
    [id],
  );
  expect(row).toEqual({ status: 'IN_PROGRESS', version: 1, n: 0 });
});

it('after a 보완 the due and target dates are what the VocDeadlines port gives for the pause', async () => {
  const id = await seed({ status: 'IN_PROGRESS' });
  await take(id, 'REQUEST_SUPPLEMENT', { reason: '도면' }, 1);
  // The pause began three hours ago.
  await bed.owner(`UPDATE voc_pauses SET paused_at = paused_at - interval '3 hours' WHERE voc_id = $1`, [id]);
  await bed.owner(`UPDATE voc_items SET paused_at = paused_at - interval '3 hours' WHERE id = $1`, [id]);
  const [before] = await bed.owner<{ due_at: Date; target_due_at: Date }>(
    `SELECT due_at, target_due_at FROM voc_items WHERE id = $1`,
    [id],
  );
  const after = await take(id, 'RESUME', {}, 2);
  const [pause] = await bed.owner<{ paused_at: Date; resumed_at: Date }>(
    `SELECT paused_at, resumed_at FROM voc_pauses WHERE voc_id = $1`,
    [id],
  );
  const deadlines = bed.app.get<VocDeadlines>(VocDeadlines);
  const expected = await bed.scope(async () => ({
    due: await deadlines.resumeAfterPause(before.due_at, pause.paused_at, pause.resumed_at),
    target: await deadlines.resumeAfterPause(before.target_due_at, pause.paused_at, pause.resumed_at),
  }));
  expect(after.dueAt).toEqual(expected.due);
  expect(after.targetDueAt).toEqual(expected.target);
  expect(after.pausedAt).toBeNull();
});

it('a cooperation request publishes nothing to the resident’s listeners', async () => {
  const parent = await seed({ status: 'IN_PROGRESS' });
  const [child] = await bed.scope(() =>
    lifecycle.requestCooperation({ vocId: parent, departmentIds: [departments[1]], expectedVersion: 1 }),
  );
  await take(child.id, 'START', {}, 1);
  await take(child.id, 'ANSWER', { answer: '협조 답변' }, 2);
  expect(eventsOf(child.id)).toEqual([]);
  expect(eventsOf(parent)).toEqual([]);
});

it('the alerts run publishes at-risk, overdue and progress notices once per case', async () => {
  const atRisk = await seed({ status: 'IN_PROGRESS', targetDueInHours: -1 });
  const overdue = await seed({ status: 'IN_PROGRESS', targetDueInHours: -30, dueInHours: -1 });
  const longOpen = await seed({ status: 'IN_PROGRESS', receivedHoursAgo: 24 * 31 });
  const alerts = bed.get(VocAlertService);
  await bed.scope(() => alerts.run());
  await bed.scope(() => alerts.run());
  expect(eventsOf(atRisk)).toEqual(['at-risk']);
  expect(eventsOf(overdue)).toEqual(['overdue']);
  expect(eventsOf(longOpen)).toEqual(['progress-notice']);
});

it('compiles a workflow version once per tenant, key and version', async () => {
  const registry = bed.get(WorkflowRegistry);
  await seed();
  const [first, again] = await bed.scope(async () => [
    await registry.get(bed.sql(), bed.tenant.code, 'petition', 1),
    await registry.get(bed.sql(), bed.tenant.code, 'petition', 1),
  ]);
  expect(again).toBe(first);
  expect(first.definition).toEqual(STANDARD_PETITION_WORKFLOW);
  await expect(
    bed.scope(() => registry.get(bed.sql(), bed.tenant.code, 'petition', 99)),
  ).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' } });
});
