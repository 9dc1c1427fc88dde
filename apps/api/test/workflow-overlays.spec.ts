import { gql, userToken } from './support/api';
import { inTenant, roleClients } from './support/runtime-role';
import { insertCase, staffId } from './support/voc-cases';

/**
 * Workflow overlays over HTTP (docs/adr/0023): the draft with optimistic concurrency, validation with every
 * problem's path, publication as a new immutable version that new cases start on while cases in flight keep
 * theirs, role and field conditions and automatic actions through the real `transitionVoc`, simulation that
 * writes nothing, permissions, and tenant isolation through the API and at the database.
 *
 * Tenants no other spec files petitions in: publishing changes the workflow new cases of the tenant start on.
 */
const TENANT = 'chungnam';
const OTHER = 'jeonbuk';
const db = roleClients();

const DRAFT = `query { vocWorkflowDraft { overlay version updatedBy latestVersion
  problems { path messageKo messageEn }
  definition { initial states { key labelKo labelEn clock final standard renamed deadline }
    transitions { event from to labelKo standard when effects } } } }`;
const SAVE = `mutation($o: WorkflowData!, $v: Int!) { saveVocWorkflowDraft(overlay: $o, expectedVersion: $v) {
  version updatedBy problems { path messageKo messageEn } } }`;
const VALIDATE = `mutation($o: WorkflowData!) { validateVocWorkflow(overlay: $o) { path messageKo messageEn } }`;
const SIMULATE = `mutation($o: WorkflowData, $s: [VocWorkflowScenarioInput!]!) { simulateVocWorkflow(overlay: $o, scenarios: $s) {
  scenario scenarioName step event outcome from state clock reasonKo reasonEn effectsKo closed } }`;
const PUBLISH = `mutation($v: Int!) { publishVocWorkflow(expectedVersion: $v) { version createdBy overlay
  definition { states { key standard } } } }`;
const VERSIONS = `query { vocWorkflowVersions { version createdBy overlay } }`;
const VERSION = `query($v: Int) { vocWorkflowVersion(version: $v) { version definition { states { key labelKo } } } }`;
const CHANGES = `query { vocWorkflowChanges { changeNo kind workflowVersion username after } }`;
const TRANSITION = `mutation($id: ID!, $event: String!, $input: VocTransitionInput, $v: Int!) {
  transitionVoc(id: $id, event: $event, input: $input, expectedVersion: $v) {
    status statusLabelKo version workflowVersion departmentId } }`;
const AVAILABLE = `query($id: ID!) { vocAvailableTransitions(id: $id) { event } }`;
const ALERTS = `query { myVocAlerts(includeRead: true) { vocId kind } }`;

/** A review state between 처리중 and 답변, a renamed standard state, guards and actions of each kind. */
const REVIEW = {
  states: {
    QUALITY_REVIEW: {
      labelKo: '품질 검토',
      labelEn: 'Quality review',
      clock: 'RUNNING',
      deadline: { value: 2, unit: 'BUSINESS_DAYS' },
      onEnter: [{ kind: 'notify', target: 'role', role: 'manager' }],
    },
  },
  standardStates: { ASSIGNED: { labelKo: '부서 배정', labelEn: 'Routed' } },
  transitions: [
    {
      event: 'SEND_TO_REVIEW',
      from: ['IN_PROGRESS'],
      to: 'QUALITY_REVIEW',
      labelKo: '품질 검토 요청',
      labelEn: 'Send to review',
      when: [{ kind: 'field', field: 'customFields.review_needed', op: 'eq', value: true }],
    },
    {
      event: 'RETURN_FROM_REVIEW',
      from: ['QUALITY_REVIEW'],
      to: 'IN_PROGRESS',
      labelKo: '검토 반려',
      labelEn: 'Return',
      requires: ['reason'],
      when: [{ kind: 'role', roles: ['manager', 'tenant-admin'] }],
    },
  ],
  standardTransitions: {
    ANSWER: { alsoFrom: ['QUALITY_REVIEW'] },
    REJECT: { when: [{ kind: 'field', field: 'kind', op: 'neq', value: 'STATUTORY' }] },
  },
};

let admin: string;
let officer: string;
let manager: string;
let agent: string;
let otherAdmin: string;
let officerStaff: { id: string; departmentId: string };
let managerStaff: { id: string; departmentId: string };
let versionBefore: number;
let published: number;
let caseBefore: string;

const count = async (table: string, tenant = TENANT) =>
  (await db.owner.query(`SELECT count(*)::int AS n FROM ${table} WHERE tenant_id = $1`, [tenant])).rows[0].n;
/** Audit entries of this tenant's workflows (other specs audit other things in the same tenant meanwhile). */
const publications = async () =>
  (
    await db.owner.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE tenant_id = $1 AND entity LIKE 'voc_workflow%'`,
      [TENANT],
    )
  ).rows[0].n;
const draftOf = async (token: string) => (await gql(token, DRAFT)).data!.vocWorkflowDraft;
const seed = (workflowVersion: number, status = 'IN_PROGRESS') =>
  insertCase(db.owner, TENANT, { status, departmentId: officerStaff.departmentId, workflowVersion });
const take = (token: string, id: string, event: string, input: Record<string, unknown> | null, v: number) =>
  gql(token, TRANSITION, { id, event, input, v });

beforeAll(async () => {
  [admin, officer, manager, agent, otherAdmin] = await Promise.all([
    userToken(TENANT, 'admin'),
    userToken(TENANT, 'officer'),
    userToken(TENANT, 'manager'),
    userToken(TENANT, 'agent'),
    userToken(OTHER, 'admin'),
  ]);
  officerStaff = await staffId(db.owner, TENANT, 'officer');
  managerStaff = await staffId(db.owner, TENANT, 'manager');
  // The manager sits in the officer's department so that the review's notify action reaches them.
  await db.owner.query(`UPDATE staff SET department_id = $2 WHERE id = $1`, [
    managerStaff.id,
    officerStaff.departmentId,
  ]);
  await insertCase(db.owner, TENANT); // makes sure version 1 (the standard) is there
  versionBefore = (await draftOf(admin)).latestVersion;
});

describe('the draft', () => {
  it('starts at version 0 with the published overlay and the standard definition, no problems', async () => {
    const draft = await draftOf(admin);
    expect(draft).toMatchObject({
      version: 0,
      overlay: {},
      problems: [],
      definition: { initial: 'RECEIVED' },
    });
    expect(draft.definition.states.every((s: { standard: boolean }) => s.standard)).toBe(true);
  });

  it('is saved with expectedVersion; a stale version is a CONFLICT and changes nothing', async () => {
    const saved = await gql(admin, SAVE, { o: REVIEW, v: 0 });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveVocWorkflowDraft).toMatchObject({ version: 1, updatedBy: 'admin', problems: [] });
    const stale = await gql(admin, SAVE, { o: {}, v: 0 });
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedRevision' });
    expect(stale.errors![0].message).toMatch(/다른 관리자/);
    const draft = await draftOf(officer);
    expect(draft).toMatchObject({ version: 1, overlay: REVIEW });
    const review = draft.definition.states.find((s: { key: string }) => s.key === 'QUALITY_REVIEW');
    expect(review).toMatchObject({ standard: false, clock: 'RUNNING', deadline: { value: 2 } });
    expect(draft.definition.states.find((s: { key: string }) => s.key === 'ASSIGNED')).toMatchObject({
      labelKo: '부서 배정',
      standard: true,
      renamed: true,
    });
  });

  it('a draft with problems is kept and lists them; publishing it is refused with every problem, nothing written', async () => {
    const broken = {
      ...REVIEW,
      states: { ...REVIEW.states, ORPHAN: { labelKo: '고아', labelEn: 'Orphan', clock: 'RUNNING' } },
    };
    const saved = await gql(admin, SAVE, { o: broken, v: 1 });
    expect(saved.data!.saveVocWorkflowDraft.problems).toEqual([
      expect.objectContaining({ path: 'states.ORPHAN', messageEn: "State 'ORPHAN' cannot be reached." }),
    ]);
    const versions = await count('voc_workflows');
    const refused = await gql(admin, PUBLISH, { v: 2 });
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'overlay.states.ORPHAN',
      problems: [expect.objectContaining({ path: 'states.ORPHAN' })],
    });
    expect(refused.errors![0].message).toMatch(/도달할 수 없습니다/);
    expect(refused.errors![0].extensions.messageEn).toMatch(/cannot be reached/);
    expect(await count('voc_workflows')).toBe(versions);
    expect((await gql(admin, SAVE, { o: REVIEW, v: 2 })).data!.saveVocWorkflowDraft.version).toBe(3);
  });

  it('a draft that is not an object is refused', async () => {
    const res = await gql(admin, SAVE, { o: ['states'], v: 3 });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'overlay' });
    expect((await draftOf(admin)).version).toBe(3);
  });
});

describe('validation explains each violation', () => {
  it.each([
    [
      'an unknown condition kind',
      { standardTransitions: { START: { when: [{ kind: 'moon' }] } } },
      'standardTransitions.START.when[0].kind',
    ],
    [
      'an unknown action kind',
      { standardTransitions: { START: { effects: [{ kind: 'fax' }] } } },
      'standardTransitions.START.effects[0].kind',
    ],
    [
      'an unknown state',
      { transitions: [{ event: 'GO', from: ['NOWHERE'], labelKo: '가', labelEn: 'Go' }] },
      'transitions[0].from[0]',
    ],
    [
      'a dead end',
      {
        states: { PARKED: { labelKo: '보류', labelEn: 'Parked', clock: 'PAUSED' } },
        transitions: [
          { event: 'PARK', from: ['IN_PROGRESS'], to: 'PARKED', labelKo: '보류', labelEn: 'Park' },
        ],
      },
      'states.PARKED',
    ],
    [
      'closure without the survey',
      {
        transitions: [
          { event: 'FAST_CLOSE', from: ['IN_PROGRESS'], to: 'CLOSED', labelKo: '종결', labelEn: 'Close' },
        ],
      },
      'transitions[0].to',
    ],
    [
      'a duplicate state key',
      { states: { SURVEY: { labelKo: '조사', labelEn: 'Survey', clock: 'STOPPED' } } },
      'states.SURVEY',
    ],
    ['a rename to empty', { standardStates: { CLOSED: { labelKo: '' } } }, 'standardStates.CLOSED.labelKo'],
    [
      'removing a standard transition',
      { standardTransitions: { ANSWER: { disabled: true } } },
      'standardTransitions.ANSWER.disabled',
    ],
    [
      'an unknown department code',
      {
        standardTransitions: { START: { effects: [{ kind: 'assign', departmentCode: 'NO-SUCH-DEPT' }] } },
      },
      'standardTransitions.START.effects[0].departmentCode',
    ],
  ])('%s', async (_, overlay, path) => {
    const res = await gql(admin, VALIDATE, { o: overlay });
    expect(res.errors).toBeUndefined();
    const problem = res.data!.validateVocWorkflow.find((p: { path: string }) => p.path === path);
    expect(problem).toBeDefined();
    expect(problem.messageKo).toMatch(/[가-힣]/);
    expect(problem.messageEn).toMatch(/[a-z]/);
  });
});

describe('simulation', () => {
  it('runs sample cases through the draft and writes nothing', async () => {
    const tables = [
      'voc_items',
      'voc_transitions',
      'voc_alerts',
      'voc_workflows',
      'voc_workflow_drafts',
      'voc_workflow_changes',
    ];
    // Audit entries of workflows only: the customization specs audit other changes in this tenant meanwhile.
    const counts = async () => [...(await Promise.all(tables.map((t) => count(t)))), await publications()];
    const before = await counts();
    const res = await gql(admin, SIMULATE, {
      o: null,
      s: [
        {
          name: '검토 대상',
          startState: 'IN_PROGRESS',
          fields: { kind: 'STATUTORY', customFields: { review_needed: true } },
          steps: [
            { event: 'REJECT' },
            { event: 'SEND_TO_REVIEW' },
            { event: 'RETURN_FROM_REVIEW' },
            { event: 'RETURN_FROM_REVIEW', roles: ['manager'] },
            { event: 'SEND_TO_REVIEW' },
            { event: 'ANSWER' },
            { event: 'OPEN_SURVEY' },
            { event: 'CLOSE' },
          ],
        },
      ],
    });
    expect(res.errors).toBeUndefined();
    const steps = res.data!.simulateVocWorkflow;
    expect(
      steps.every(
        (s: { scenario: number; scenarioName: string }) => s.scenario === 0 && s.scenarioName === '검토 대상',
      ),
    ).toBe(true);
    expect(
      steps.map((s: { event: string; outcome: string; state: string }) => [s.event, s.outcome, s.state]),
    ).toEqual([
      ['REJECT', 'REFUSED', 'IN_PROGRESS'],
      ['SEND_TO_REVIEW', 'TAKEN', 'QUALITY_REVIEW'],
      ['RETURN_FROM_REVIEW', 'REFUSED', 'QUALITY_REVIEW'],
      ['RETURN_FROM_REVIEW', 'TAKEN', 'IN_PROGRESS'],
      ['SEND_TO_REVIEW', 'TAKEN', 'QUALITY_REVIEW'],
      ['ANSWER', 'TAKEN', 'ANSWERED'],
      ['OPEN_SURVEY', 'TAKEN', 'SURVEY'],
      ['CLOSE', 'TAKEN', 'CLOSED'],
    ]);
    expect(steps[0].reasonKo).toMatch(/민원 유형/);
    expect(steps[1].effectsKo).toEqual(["'manager' 역할에게 알림"]);
    expect(steps.map((s: { closed: boolean }) => s.closed)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      true,
    ]);
    expect(await counts()).toEqual(before);
  });

  it('an overlay with problems is refused with them; an unknown start state is bad input', async () => {
    const bad = await gql(admin, SIMULATE, {
      o: { states: { X1: { labelKo: 'x', labelEn: 'x', clock: 'RUNNING' } } },
      s: [],
    });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'overlay.states.X1' });
    const start = await gql(admin, SIMULATE, { o: {}, s: [{ name: 'x', startState: 'LIMBO', steps: [] }] });
    expect(start.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'scenarios[0].startState',
    });
  });
});

describe('publishing', () => {
  it('writes a new immutable version with the merged definition, versioned and audited; new cases start on it', async () => {
    caseBefore = await seed(versionBefore);
    const audits = await publications();
    const res = await gql(admin, PUBLISH, { v: 3 });
    expect(res.errors).toBeUndefined();
    published = res.data!.publishVocWorkflow.version;
    expect(published).toBe(versionBefore + 1);
    expect(res.data!.publishVocWorkflow).toMatchObject({ createdBy: 'admin', overlay: REVIEW });
    expect(await publications()).toBe(audits + 1);
    const changes = (await gql(admin, CHANGES)).data!.vocWorkflowChanges;
    expect(changes[0]).toMatchObject({
      kind: 'PUBLISHED',
      workflowVersion: published,
      username: 'admin',
      after: REVIEW,
    });
    expect(changes.filter((c: { kind: string }) => c.kind === 'DRAFT_SAVED')).toHaveLength(3);
    expect((await gql(officer, VERSIONS)).data!.vocWorkflowVersions[0]).toMatchObject({ version: published });
    const v1 = (await gql(officer, VERSION, { v: versionBefore })).data!.vocWorkflowVersion;
    expect(v1.definition.states.map((s: { key: string }) => s.key)).not.toContain('QUALITY_REVIEW');

    // Intake starts new cases on the latest published version.
    const intake = await gql(
      agent,
      `mutation($i: ReceiveVocInput!) { receiveVoc(input: $i) { workflowVersion } }`,
      {
        i: {
          source: 'PETITION',
          channel: 'WEB',
          kind: 'GRIEVANCE',
          handlingClass: 'SIMPLE_CONSULT',
          categoryCode: 'TRAFFIC',
          title: '워크플로 버전 확인',
          body: '새 민원은 게시된 최신 워크플로를 따릅니다.',
          contact: { name: '김충남', phone: '010-1234-5678' },
          replyChannel: 'SMS',
        },
      },
    );
    expect(intake.errors).toBeUndefined();
    expect(intake.data!.receiveVoc.workflowVersion).toBe(published);
  });

  it('a version row cannot be changed by the runtime role', async () => {
    await expect(
      inTenant(db.app, TENANT, () =>
        db.app.query(`UPDATE voc_workflows SET definition = '{}' WHERE version = $1`, [published]),
      ),
    ).rejects.toThrow(/permission denied/);
  });

  it('a stale draft version is a CONFLICT; the draft as published is nothing to publish', async () => {
    const versions = await count('voc_workflows');
    const stale = await gql(admin, PUBLISH, { v: 2 });
    expect(stale.errors![0].extensions.code).toBe('CONFLICT');
    const same = await gql(admin, PUBLISH, { v: 3 });
    expect(same.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expectedVersion' });
    expect(same.errors![0].message).toMatch(/이미 게시/);
    expect(await count('voc_workflows')).toBe(versions);
  });
});

describe('cases follow the version they started with', () => {
  it('a case filed before the publication keeps the old rules; a new one follows the new', async () => {
    const old = await take(officer, caseBefore, 'SEND_TO_REVIEW', null, 1);
    expect(old.errors![0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', event: 'SEND_TO_REVIEW' });
    expect(
      (await gql(officer, AVAILABLE, { id: caseBefore })).data!.vocAvailableTransitions.map(
        (t: { event: string }) => t.event,
      ),
    ).toContain('EXTEND');

    const fresh = await seed(published);
    await db.owner.query(`UPDATE voc_items SET custom_fields = '{"review_needed": true}' WHERE id = $1`, [
      fresh,
    ]);
    const sent = await take(officer, fresh, 'SEND_TO_REVIEW', null, 1);
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.transitionVoc).toMatchObject({
      status: 'QUALITY_REVIEW',
      statusLabelKo: '품질 검토',
      workflowVersion: published,
    });
    const row = (
      await db.owner.query(`SELECT state_due_at, state_target_at FROM voc_items WHERE id = $1`, [fresh])
    ).rows[0];
    expect(row.state_due_at).toBeInstanceOf(Date);
    expect(row.state_target_at.getTime()).toBeLessThan(row.state_due_at.getTime());
    // onEnter notify: the department's manager is alerted.
    expect((await gql(manager, ALERTS)).data!.myVocAlerts).toContainEqual({ vocId: fresh, kind: 'WORKFLOW' });
  });
});

describe('conditions at transition time through transitionVoc', () => {
  it('a field condition on a custom value refuses when it does not hold, and nothing changes', async () => {
    const id = await seed(published);
    const res = await take(officer, id, 'SEND_TO_REVIEW', null, 1);
    expect(res.errors![0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', guard: 'field' });
    expect(res.errors![0].message).toMatch(/review_needed/);
    expect(res.errors![0].extensions.messageEn).toMatch(/review_needed/);
    const row = (await db.owner.query(`SELECT status, version FROM voc_items WHERE id = $1`, [id])).rows[0];
    expect(row).toEqual({ status: 'IN_PROGRESS', version: 1 });
  });

  it('a field condition on a core field (kind) on a standard transition', async () => {
    const statutory = await seed(published);
    await db.owner.query(`UPDATE voc_items SET kind = 'STATUTORY' WHERE id = $1`, [statutory]);
    const refused = await take(officer, statutory, 'REJECT', { reason: '관할 아님' }, 1);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', guard: 'field' });
    const grievance = await seed(published);
    const taken = await take(officer, grievance, 'REJECT', { reason: '관할 아님' }, 1);
    expect(taken.data!.transitionVoc.status).toBe('REJECTED');
  });

  it('a role condition: the officer is FORBIDDEN, the manager may; the added state is left for a standard one', async () => {
    const id = await seed(published);
    await db.owner.query(`UPDATE voc_items SET custom_fields = '{"review_needed": true}' WHERE id = $1`, [
      id,
    ]);
    expect((await take(officer, id, 'SEND_TO_REVIEW', null, 1)).errors).toBeUndefined();
    const refused = await take(officer, id, 'RETURN_FROM_REVIEW', { reason: '보완 필요' }, 2);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', guard: 'role' });
    expect(refused.errors![0].message).toMatch(/부서장/);
    const returned = await take(manager, id, 'RETURN_FROM_REVIEW', { reason: '보완 필요' }, 2);
    expect(returned.errors).toBeUndefined();
    expect(returned.data!.transitionVoc.status).toBe('IN_PROGRESS');
    await take(officer, id, 'SEND_TO_REVIEW', null, 3);
    const answered = await take(officer, id, 'ANSWER', { answer: '처리했습니다.' }, 4);
    expect(answered.errors).toBeUndefined();
    expect(answered.data!.transitionVoc.status).toBe('ANSWERED');
    const row = (await db.owner.query(`SELECT state_due_at FROM voc_items WHERE id = $1`, [id])).rows[0];
    expect(row.state_due_at).toBeNull();
  });
});

describe('permissions', () => {
  it('only a tenant administrator changes the workflow; every tenant role reads it', async () => {
    for (const token of [officer, manager]) {
      for (const [q, v] of [
        [SAVE, { o: {}, v: 3 }],
        [PUBLISH, { v: 3 }],
        [VALIDATE, { o: {} }],
        [SIMULATE, { o: {}, s: [] }],
      ] as const) {
        const res = await gql(token, q, v);
        expect(res.errors![0].extensions.code).toBe('FORBIDDEN');
      }
      expect((await gql(token, DRAFT)).errors).toBeUndefined();
    }
  });
});

describe('tenant isolation', () => {
  it("another tenant's administrator sees its own standard workflow and cannot change or publish this one", async () => {
    const theirs = await draftOf(otherAdmin);
    expect(theirs.overlay).toEqual({});
    expect(theirs.definition.states.map((s: { key: string }) => s.key)).not.toContain('QUALITY_REVIEW');
    const versions = (await gql(otherAdmin, VERSIONS)).data!.vocWorkflowVersions;
    expect(versions.every((v: { overlay: object }) => JSON.stringify(v.overlay) === '{}')).toBe(true);
    const same = await gql(otherAdmin, VERSION, { v: published });
    const keys = same.data?.vocWorkflowVersion?.definition.states.map((s: { key: string }) => s.key) ?? [];
    expect(same.errors?.[0].extensions.code === 'NOT_FOUND' || !keys.includes('QUALITY_REVIEW')).toBe(true);
    expect(keys).not.toContain('QUALITY_REVIEW');

    const ours = await count('voc_workflows');
    const saved = await gql(otherAdmin, SAVE, { o: { standardStates: { CLOSED: { labelKo: '끝' } } }, v: 0 });
    expect(saved.errors).toBeUndefined();
    const pub = await gql(otherAdmin, PUBLISH, { v: 1 });
    expect(pub.errors).toBeUndefined();
    expect(await count('voc_workflows')).toBe(ours);
    expect((await draftOf(admin)).overlay).toEqual(REVIEW);
    expect(
      (await gql(admin, VERSION, { v: null })).data!.vocWorkflowVersion.definition.states.find(
        (s: { key: string }) => s.key === 'CLOSED',
      ).labelKo,
    ).toBe('종결');
  });

  it('at the database: the runtime role sees only its tenant’s drafts, changes and versions, and cannot write another’s', async () => {
    for (const table of ['voc_workflow_drafts', 'voc_workflow_changes', 'voc_workflows']) {
      const rows = await inTenant(db.app, OTHER, () =>
        db.app.query(`SELECT DISTINCT tenant_id FROM ${table}`),
      );
      expect(rows.rows.map((r) => r.tenant_id)).toEqual([OTHER]);
    }
    await expect(
      inTenant(db.app, OTHER, () =>
        db.app.query(
          `INSERT INTO voc_workflow_drafts (tenant_id, key, overlay, revision, updated_by) VALUES ($1, 'petition', '{}', 9, 'x')
           ON CONFLICT (tenant_id, key) DO UPDATE SET revision = 9`,
          [TENANT],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    const updated = await inTenant(db.app, OTHER, () =>
      db.app.query(`UPDATE voc_workflow_drafts SET revision = 99 WHERE tenant_id = $1`, [TENANT]),
    );
    expect(updated.rowCount).toBe(0);
    await expect(
      inTenant(db.app, TENANT, () => db.app.query(`DELETE FROM voc_workflow_changes`)),
    ).rejects.toThrow(/permission denied/);
  });
});
