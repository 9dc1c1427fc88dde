import { Client } from 'pg';
import { gql, userToken } from './support/api';

/**
 * A tenant's overlay on the standard task workflow (issue 10 #1, docs/adr/0023 and 0028), through the same
 * overlay operations as the petition workflow with `workflow: TASK`: validated against the task workflow's own
 * rules, published as a new `task` version that new tasks start on, the petition workflow untouched. No other
 * spec creates tasks through the API in Chungnam; Jeonbuk is the other tenant.
 */
const TENANT = 'chungnam';
const OTHER = 'jeonbuk';
const DRAFT = `query($w: WorkflowKind) { vocWorkflowDraft(workflow: $w) { version latestVersion problems { path }
  definition { initial states { key } } } }`;
const VALIDATE = `mutation($o: WorkflowData!) { validateVocWorkflow(overlay: $o, workflow: TASK) { path messageKo messageEn } }`;
const SAVE = `mutation($o: WorkflowData!, $v: Int!) { saveVocWorkflowDraft(overlay: $o, expectedVersion: $v, workflow: TASK) { version problems { path } } }`;
const PUBLISH = `mutation($v: Int!) { publishVocWorkflow(expectedVersion: $v, workflow: TASK) { version } }`;
const SIMULATE = `mutation { simulateVocWorkflow(workflow: TASK, scenarios: [{ name: "x", steps: [{ event: "START" }] }]) { scenario } }`;
const CREATE = `mutation($i: CreateTaskInput!) { createTask(input: $i) { id version status availableTransitions { event } } }`;
const MOVE = `mutation($id: ID!, $e: String!, $v: Int!) { transitionTask(id: $id, event: $e, expectedVersion: $v) {
  status version availableTransitions { event } } }`;

/** 보류: a task under way may be put on hold and resumed — the tenant's own state, no automatic effect. */
const ON_HOLD = {
  states: { ON_HOLD: { labelKo: '보류', labelEn: 'On hold', clock: 'PAUSED' } },
  transitions: [
    { event: 'HOLD', from: ['IN_PROGRESS'], to: 'ON_HOLD', labelKo: '보류', labelEn: 'Hold' },
    { event: 'RESUME', from: ['ON_HOLD'], to: 'IN_PROGRESS', labelKo: '재개', labelEn: 'Resume' },
  ],
};

let admin: string;
let agent: string;
let otherAdmin: string;
let owner: Client;

beforeAll(async () => {
  [admin, agent, otherAdmin] = await Promise.all([
    userToken(TENANT, 'admin'),
    userToken(TENANT, 'agent'),
    userToken(OTHER, 'admin'),
  ]);
  owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
  await owner.connect();
});
afterAll(() => owner?.end());

const versions = async (tenant: string, key: string) =>
  (
    await owner.query<{ n: number }>(
      `SELECT max(version)::int AS n FROM voc_workflows WHERE tenant_id = $1 AND key = $2`,
      [tenant, key],
    )
  ).rows[0].n;

it('refuses what the task workflow may not take, each under its path, and simulates petitions only', async () => {
  const paths = async (o: object) =>
    ((await gql(admin, VALIDATE, { o })).data!.validateVocWorkflow as { path: string }[]).map((p) => p.path);
  expect(await paths(ON_HOLD)).toEqual([]);
  expect(
    await paths({
      states: { ON_HOLD: { ...ON_HOLD.states.ON_HOLD, onEnter: [{ kind: 'notify', roles: ['manager'] }] } },
    }),
  ).toContain('states.ON_HOLD.onEnter');
  expect(await paths({ standardTransitions: { COMPLETE: { disabled: true } } })).toEqual([
    'standardTransitions.COMPLETE.disabled',
  ]);
  expect(
    await paths({
      transitions: [
        { event: 'DONE_EARLY', from: ['PLANNING'], to: 'COMPLETED', labelKo: '조기완료', labelEn: 'Done' },
      ],
    }),
  ).toContain('transitions[0].to');
  const simulated = await gql(admin, SIMULATE);
  expect(simulated.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'workflow' });
});

it('publishes an overlay as the version new tasks start on, and leaves the petition workflow alone', async () => {
  const petitionVersion = await versions(TENANT, 'petition');
  const draft = (await gql(admin, DRAFT, { w: 'TASK' })).data!.vocWorkflowDraft;
  expect(draft.definition.initial).toBe('PLANNING');
  const saved = await gql(admin, SAVE, { o: ON_HOLD, v: draft.version });
  expect(saved.errors).toBeUndefined();
  expect(saved.data!.saveVocWorkflowDraft.problems).toEqual([]);
  const published = (await gql(admin, PUBLISH, { v: saved.data!.saveVocWorkflowDraft.version })).data!
    .publishVocWorkflow;
  expect(published.version).toBe(draft.latestVersion + 1);
  expect(await versions(TENANT, 'task')).toBe(published.version);
  expect(await versions(TENANT, 'petition')).toBe(petitionVersion);
  expect((await gql(admin, DRAFT, {})).data!.vocWorkflowDraft.definition.initial).toBe('RECEIVED');

  const { rows } = await owner.query(
    `SELECT department_id FROM staff WHERE tenant_id = $1 AND username = 'manager'`,
    [TENANT],
  );
  const created = await gql(admin, CREATE, {
    i: {
      title: '보류 가능한 과업',
      source: 'PETITION',
      kind: 'SHORT_TERM',
      departmentId: rows[0].department_id,
    },
  });
  expect(created.errors).toBeUndefined();
  const task = created.data!.createTask;
  const { rows: started } = await owner.query(
    `UPDATE tasks SET status = 'IN_PROGRESS', started_at = now(), version = version + 1
     WHERE tenant_id = $1 AND id = $2 RETURNING version, workflow_version`,
    [TENANT, task.id],
  );
  expect(started[0].workflow_version).toBe(published.version);
  const held = await gql(admin, MOVE, { id: task.id, e: 'HOLD', v: started[0].version });
  expect(held.errors).toBeUndefined();
  expect(held.data!.transitionTask).toMatchObject({
    status: 'ON_HOLD',
    availableTransitions: [{ event: 'RESUME' }],
  });
});

it('is for the tenant administrator of the tenant only', async () => {
  const draft = (await gql(admin, DRAFT, { w: 'TASK' })).data!.vocWorkflowDraft;
  const denied = await gql(agent, SAVE, { o: {}, v: draft.version });
  expect(denied.errors![0].extensions!.code).toBe('FORBIDDEN');
  // Another tenant's administrator edits only their own tenant's task draft.
  const theirs = (await gql(otherAdmin, DRAFT, { w: 'TASK' })).data!.vocWorkflowDraft;
  expect(theirs.definition.states.map((s: { key: string }) => s.key)).not.toContain('ON_HOLD');
  expect((await gql(admin, DRAFT, { w: 'TASK' })).data!.vocWorkflowDraft.version).toBe(draft.version);
});
