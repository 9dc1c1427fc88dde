import { gql, userToken } from './support/api';
import { inTenant, roleClients } from './support/runtime-role';
import { fireTenantSchedule, registeredSchedule } from './support/tenant-schedules';
import { ensureWorkflow, insertCase, staffId, type CaseSeed } from './support/voc-cases';
import { STANDARD_PETITION_WORKFLOW } from '../../../libs/crm-core/src/petitions/standard-workflow';

/**
 * The petition lifecycle over HTTP: every transition of the standard workflow and every refused one (nothing
 * changes), requirements, stale versions and concurrent transitions, cooperation requests, approval, 보완
 * pause/resume, the single extension, a case keeping its workflow version, the alerts job, and tenant isolation
 * through the API and at the database.
 */
const TENANT = 'ulsan';
const OTHER = 'gyeongnam';
const db = roleClients();

const TRANSITION = `mutation($id: ID!, $event: String!, $input: VocTransitionInput, $v: Int!) {
  transitionVoc(id: $id, event: $event, input: $input, expectedVersion: $v) {
    id status statusLabelKo version departmentId officerId dueAt targetDueAt pausedAt extended extensionReason
    approvedBy approvedAt answeredAt closedAt outcomeReason transferAgency workflowVersion
  } }`;
const AVAILABLE = `query($id: ID!) { vocAvailableTransitions(id: $id) { event labelKo to requires } }`;
const HISTORY = `query($id: ID!) { vocTransitions(id: $id) {
  seq event fromStatus toStatus actor actorStaffId comment reason agency
  department { from to } officer { from to } dueAt { from to } cooperationDepartmentIds } }`;
const COOPERATE = `mutation($i: RequestVocCooperationInput!) { requestVocCooperation(input: $i) {
  id parentId status departmentId dueAt targetDueAt receiptNo } }`;
const COOPERATIONS = `query($id: ID!) { vocCooperations(id: $id) { id status departmentId } }`;
const ALERTS = `query($all: Boolean) { myVocAlerts(includeRead: $all) { id vocId kind readAt receiptNo } }`;
const MARK_READ = `mutation($id: ID!) { markVocAlertRead(id: $id) { id readAt } }`;

let officer: string;
let manager: string;
let admin: string;
let otherAdmin: string;
let officerStaff: { id: string; departmentId: string };
let managerStaff: { id: string; departmentId: string };
let otherDepartments: string[];

beforeAll(async () => {
  [officer, manager, admin, otherAdmin] = await Promise.all([
    userToken(TENANT, 'officer'),
    userToken(TENANT, 'manager'),
    userToken(TENANT, 'admin'),
    userToken(OTHER, 'admin'),
  ]);
  officerStaff = await staffId(db.owner, TENANT, 'officer');
  managerStaff = await staffId(db.owner, TENANT, 'manager');
  otherDepartments = (
    await db.owner.query<{ id: string }>(
      `SELECT id FROM departments WHERE tenant_id = $1 AND active AND id <> ALL($2) ORDER BY code LIMIT 3`,
      [TENANT, [officerStaff.departmentId, managerStaff.departmentId]],
    )
  ).rows.map((r) => r.id);
});

const seed = (s: CaseSeed = {}) =>
  insertCase(db.owner, TENANT, {
    departmentId: s.status && s.status !== 'RECEIVED' ? officerStaff.departmentId : null,
    ...s,
  });

interface Row {
  status: string;
  version: number;
  department_id: string | null;
  officer_id: string | null;
  due_at: Date;
  target_due_at: Date;
  paused_at: Date | null;
  extended: boolean;
  approved_by: string | null;
  answered_at: Date | null;
  closed_at: Date | null;
  transitions: number;
  audits: number;
}
const row = async (id: string): Promise<Row> =>
  (
    await db.owner.query<Row>(
      `SELECT status, version, department_id, officer_id, due_at, target_due_at, paused_at, extended, approved_by,
         answered_at, closed_at,
         (SELECT count(*)::int FROM voc_transitions t WHERE t.voc_id = v.id) AS transitions,
         (SELECT count(*)::int FROM audit_events a WHERE a.entity_id = v.id::text) AS audits
       FROM voc_items v WHERE id = $1`,
      [id],
    )
  ).rows[0];

const take = (token: string, id: string, event: string, input: Record<string, unknown> | null, v: number) =>
  gql(token, TRANSITION, { id, event, input, v });

/** What each event of the standard needs, so that the happy path of each transition has it. */
const INPUT: Record<string, Record<string, unknown>> = {
  ASSIGN: {},
  REASSIGN: { reason: '업무 조정' },
  REQUEST_SUPPLEMENT: { reason: '신분증 사본이 필요합니다' },
  EXTEND: { reason: '현장 확인 필요' },
  ANSWER: { answer: '가로등을 교체했습니다.' },
  REJECT: { reason: '사유지 시설물입니다' },
  TRANSFER: { agency: '한국전력공사', reason: '전력 시설 관할' },
};
const inputFor = (event: string, r?: Row): Record<string, unknown> => ({
  ...INPUT[event],
  ...(event === 'ASSIGN' ? { departmentId: officerStaff.departmentId, officerId: officerStaff.id } : {}),
  ...(event === 'REASSIGN' ? { departmentId: managerStaff.departmentId } : {}),
  ...(event === 'EXTEND' && r
    ? { newDueAt: new Date(r.due_at.getTime() + 5 * 86_400_000).toISOString() }
    : {}),
});

const ALLOWED: Record<string, Record<string, string>> = {
  RECEIVED: { ASSIGN: 'ASSIGNED', TRANSFER: 'TRANSFERRED' },
  ASSIGNED: { REASSIGN: 'ASSIGNED', START: 'IN_PROGRESS', TRANSFER: 'TRANSFERRED' },
  IN_PROGRESS: {
    REASSIGN: 'IN_PROGRESS',
    REQUEST_SUPPLEMENT: 'SUPPLEMENT_REQUESTED',
    EXTEND: 'IN_PROGRESS',
    ANSWER: 'ANSWERED',
    REJECT: 'REJECTED',
    TRANSFER: 'TRANSFERRED',
  },
  SUPPLEMENT_REQUESTED: { REASSIGN: 'SUPPLEMENT_REQUESTED', RESUME: 'IN_PROGRESS' },
  ANSWERED: { OPEN_SURVEY: 'SURVEY' },
  REJECTED: { OPEN_SURVEY: 'SURVEY' },
  TRANSFERRED: { OPEN_SURVEY: 'SURVEY' },
  SURVEY: { CLOSE: 'CLOSED' },
  CLOSED: {},
};
const EVENTS = [...new Set(STANDARD_PETITION_WORKFLOW.transitions.map((t) => t.event))];
/** Events the state does not allow (APPROVE is allowed in progress, refused there by its guards: see approval). */
const refusedFrom = (state: string) =>
  EVENTS.filter((e) => !ALLOWED[state][e] && !(state === 'IN_PROGRESS' && e === 'APPROVE'));

describe('every transition of the standard workflow', () => {
  for (const [state, allowed] of Object.entries(ALLOWED))
    for (const [event, to] of Object.entries(allowed))
      it(`${state} --${event}--> ${to}: recorded, audited, version + 1`, async () => {
        const id = await seed({ status: state });
        const before = await row(id);
        const res = await take(officer, id, event, { comment: '처리 의견', ...inputFor(event, before) }, 1);
        expect(res.errors).toBeUndefined();
        expect(res.data!.transitionVoc).toMatchObject({ status: to, version: 2, workflowVersion: 1 });
        const after = await row(id);
        expect(after).toMatchObject({ status: to, version: 2, transitions: 1, audits: 1 });
        const [record] = (await gql(officer, HISTORY, { id })).data!.vocTransitions;
        expect(record).toMatchObject({
          seq: 1,
          event,
          fromStatus: state,
          toStatus: to,
          actor: `${TENANT}/officer`,
          actorStaffId: officerStaff.id,
          comment: '처리 의견',
        });
      });
});

describe('every refused transition changes nothing', () => {
  for (const state of Object.keys(ALLOWED))
    it(`${state} refuses ${refusedFrom(state).join(', ')}`, async () => {
      const id = await seed({ status: state });
      const before = await row(id);
      for (const event of refusedFrom(state)) {
        const res = await take(officer, id, event, inputFor(event, before), 1);
        expect(res.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', state, event });
        const label = STANDARD_PETITION_WORKFLOW.states[state].labelKo;
        expect(res.errors![0].message).toContain(label);
        expect(res.errors![0].extensions.messageEn).toContain(event);
      }
      expect(await row(id)).toEqual(before);
    });

  it('an unknown event and an unknown case are refused', async () => {
    const id = await seed({ status: 'IN_PROGRESS' });
    expect((await take(officer, id, 'TELEPORT', null, 1)).errors?.[0].extensions.code).toBe(
      'INVALID_TRANSITION',
    );
    const missing = await take(officer, '00000000-0000-4000-8000-000000000000', 'START', null, 1);
    expect(missing.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('a missing requirement is BAD_USER_INPUT with its field; a stale version is CONFLICT', async () => {
    const id = await seed({ status: 'IN_PROGRESS' });
    const before = await row(id);
    for (const [event, field] of [
      ['REQUEST_SUPPLEMENT', 'input.reason'],
      ['ANSWER', 'input.answer'],
      ['REJECT', 'input.reason'],
      ['TRANSFER', 'input.agency'],
      ['EXTEND', 'input.reason'],
      ['REASSIGN', 'input.departmentId'],
    ]) {
      const res = await take(officer, id, event, { reason: event === 'TRANSFER' ? '관할' : '  ' }, 1);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const stale = await take(officer, id, 'ANSWER', { answer: '답변' }, 7);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
    expect(await row(id)).toEqual(before);
  });

  it('of concurrent transitions on one case exactly one wins', async () => {
    const id = await seed({ status: 'ASSIGNED' });
    const results = await Promise.all(Array.from({ length: 6 }, () => take(officer, id, 'START', null, 1)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions.code === 'CONFLICT')).toHaveLength(5);
    expect(await row(id)).toMatchObject({ status: 'IN_PROGRESS', version: 2, transitions: 1 });
  });
});

describe('who may act on a case', () => {
  let outside: string;
  const elsewhere = () => outside;
  // A department outside the manager's subtree: neither the officer's team nor its head's 과 have a say there.
  beforeAll(async () => {
    outside = (
      await db.owner.query<{ id: string }>(
        `WITH RECURSIVE sub AS (SELECT id FROM departments WHERE id = $2
           UNION ALL SELECT d.id FROM departments d JOIN sub ON d.parent_id = sub.id)
         SELECT id FROM departments WHERE tenant_id = $1 AND active AND id NOT IN (SELECT id FROM sub)
           AND id NOT IN (SELECT parent_id FROM departments WHERE id = $2 AND parent_id IS NOT NULL)
         ORDER BY code DESC LIMIT 1`,
        [TENANT, managerStaff.departmentId],
      )
    ).rows[0].id;
  });

  it('staff of another department are refused (FORBIDDEN, nothing changes) and offered nothing', async () => {
    const id = await seed({ status: 'IN_PROGRESS', departmentId: elsewhere() });
    const before = await row(id);
    const res = await take(officer, id, 'ANSWER', { answer: '남의 부서 민원' }, 1);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(res.errors![0].message).toContain('권한');
    const cooperate = await gql(officer, COOPERATE, {
      i: { vocId: id, departmentIds: [officerStaff.departmentId], expectedVersion: 1 },
    });
    expect(cooperate.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await gql(officer, AVAILABLE, { id })).data!.vocAvailableTransitions).toEqual([]);
    expect(await row(id)).toEqual(before);
    // Reading stays open to the tenant's petition readers.
    expect((await gql(officer, HISTORY, { id })).errors).toBeUndefined();
  });

  it('the assigned officer, the department, its head above and the tenant administrator may', async () => {
    const [{ parent_id }] = (
      await db.owner.query<{ parent_id: string }>(`SELECT parent_id FROM departments WHERE id = $1`, [
        officerStaff.departmentId,
      ])
    ).rows;
    expect(parent_id).toBe(managerStaff.departmentId);

    const assignedElsewhere = await seed({
      status: 'ASSIGNED',
      departmentId: elsewhere(),
      officerId: officerStaff.id,
    });
    expect((await take(officer, assignedElsewhere, 'START', null, 1)).errors).toBeUndefined();

    const ofTheTeam = await seed({ status: 'ASSIGNED' });
    expect((await take(manager, ofTheTeam, 'START', null, 1)).errors).toBeUndefined();
    // The head's own 과: its teams' staff work its cases too.
    const ofTheParent = await seed({ status: 'ASSIGNED', departmentId: managerStaff.departmentId });
    expect((await take(officer, ofTheParent, 'START', null, 1)).errors).toBeUndefined();

    const anywhere = await seed({ status: 'ASSIGNED', departmentId: elsewhere() });
    expect((await take(manager, anywhere, 'START', null, 1)).errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await take(admin, anywhere, 'START', null, 1)).errors).toBeUndefined();
  });

  it('an unassigned case is classified and assigned by whoever receives it', async () => {
    const id = await seed({ status: 'RECEIVED' });
    const res = await take(officer, id, 'ASSIGN', { departmentId: elsewhere() }, 1);
    expect(res.errors).toBeUndefined();
    // Once it is another department's, the receiving officer is done with it.
    expect((await take(officer, id, 'START', null, 2)).errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('분류 변경 at 배정 and 재배정', () => {
  const PREVIEW = `query($c: String!, $k: VocKind!, $r: DateTime, $v: String) {
    vocDeadlinePreview(categoryCode: $c, kind: $k, receivedAt: $r, variant: $v) { dueAt targetDueAt period { value unit } } }`;
  const classOf = async (id: string) =>
    (
      await db.owner.query(
        `SELECT kind, period_variant, handling_class, category_code, period_value, period_unit FROM voc_items WHERE id = $1`,
        [id],
      )
    ).rows[0];

  it('recounts the statutory due date from receipt under the new classification and records the change', async () => {
    const id = await seed({ status: 'RECEIVED', receivedHoursAgo: 30 });
    const [{ received_at }] = (
      await db.owner.query<{ received_at: Date }>(`SELECT received_at FROM voc_items WHERE id = $1`, [id])
    ).rows;
    const preview = await gql(officer, PREVIEW, {
      c: 'TRAFFIC',
      k: 'INQUIRY',
      r: received_at.toISOString(),
      v: 'LEGAL_INTERPRETATION',
    });
    expect(preview.errors).toBeUndefined();
    const expected = preview.data!.vocDeadlinePreview;
    expect(expected.period).toEqual({ value: 14, unit: 'DAYS' });

    const res = await take(
      officer,
      id,
      'ASSIGN',
      {
        departmentId: officerStaff.departmentId,
        kind: 'INQUIRY',
        periodVariant: 'LEGAL_INTERPRETATION',
        handlingClass: 'COMPLEX',
        categoryCode: 'TRAFFIC',
      },
      1,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.transitionVoc).toMatchObject({
      status: 'ASSIGNED',
      dueAt: expected.dueAt,
      targetDueAt: expected.targetDueAt,
    });
    expect(await classOf(id)).toEqual({
      kind: 'INQUIRY',
      period_variant: 'LEGAL_INTERPRETATION',
      handling_class: 'COMPLEX',
      category_code: 'TRAFFIC',
      period_value: 14,
      period_unit: 'DAYS',
    });
    const history = await gql(
      officer,
      `query($id: ID!) { vocTransitions(id: $id) { event dueAt { from to }
        classification { from { kind handlingClass categoryCode } to { kind periodVariant handlingClass categoryCode } } } }`,
      { id },
    );
    expect(history.data!.vocTransitions.at(-1)).toMatchObject({
      event: 'ASSIGN',
      dueAt: { to: expected.dueAt },
      classification: {
        from: { kind: 'GRIEVANCE', handlingClass: 'SIMPLE_CONSULT', categoryCode: 'LIFECYCLE_TEST' },
        to: {
          kind: 'INQUIRY',
          periodVariant: 'LEGAL_INTERPRETATION',
          handlingClass: 'COMPLEX',
          categoryCode: 'TRAFFIC',
        },
      },
    });
    // COMPLEX now: the answer waits for a supervisor's approval.
    expect((await take(officer, id, 'START', null, 2)).errors).toBeUndefined();
    expect((await take(officer, id, 'ANSWER', { answer: '답변' }, 3)).errors?.[0].extensions).toMatchObject({
      guard: 'approvedIfRequired',
    });
  });

  it('a 재배정 may reclassify alone, to the same department', async () => {
    const id = await seed({ status: 'IN_PROGRESS', departmentId: officerStaff.departmentId });
    const res = await take(
      officer,
      id,
      'REASSIGN',
      {
        departmentId: officerStaff.departmentId,
        reason: '분류 정정',
        kind: 'PROPOSAL',
        categoryCode: 'ROAD',
      },
      1,
    );
    expect(res.errors).toBeUndefined();
    expect(await classOf(id)).toMatchObject({ kind: 'PROPOSAL', category_code: 'ROAD', period_value: 14 });
  });

  it('refuses an unknown category, a variant the kind lacks, and a case paused or extended before: nothing changes', async () => {
    const id = await seed({ status: 'RECEIVED' });
    const before = await row(id);
    const assign = (input: Record<string, unknown>) =>
      take(officer, id, 'ASSIGN', { departmentId: officerStaff.departmentId, ...input }, 1);
    expect((await assign({ categoryCode: 'NO_SUCH' })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.categoryCode',
    });
    expect((await assign({ kind: 'INQUIRY' })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.periodVariant',
    });
    expect(
      (await assign({ kind: 'PROPOSAL', periodVariant: 'PROCEDURE' })).errors?.[0].extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.periodVariant',
    });
    expect((await assign({ categoryCode: 'TRAFFIC\u200b' })).errors?.[0].extensions.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await assign({ kind: 'NOT_A_KIND' })).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await row(id)).toEqual(before);
    expect(await classOf(id)).toMatchObject({ kind: 'GRIEVANCE', category_code: 'LIFECYCLE_TEST' });

    for (const s of [{ status: 'SUPPLEMENT_REQUESTED' }, { status: 'IN_PROGRESS', extended: true }]) {
      const paused = await seed({ ...s, departmentId: officerStaff.departmentId });
      const was = await row(paused);
      const res = await take(
        officer,
        paused,
        'REASSIGN',
        { departmentId: officerStaff.departmentId, reason: '분류 정정', kind: 'PROPOSAL' },
        1,
      );
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.kind' });
      expect(await row(paused)).toEqual(was);
    }
  });
});

describe('the whole path of one case', () => {
  it('접수 → 배정 → 처리중 ⇄ 보완 → 연장 → 답변 → 만족도조사 → 종결, with every step in the history', async () => {
    const id = await seed({ receivedHoursAgo: 24 * 10 });
    let v = 1;
    const step = async (event: string, input: Record<string, unknown> = {}) => {
      const res = await take(officer, id, event, input, v);
      expect(res.errors).toBeUndefined();
      v = res.data!.transitionVoc.version;
      return res.data!.transitionVoc;
    };
    await step('ASSIGN', { departmentId: officerStaff.departmentId });
    await step('REASSIGN', {
      departmentId: managerStaff.departmentId,
      officerId: officerStaff.id,
      reason: '소관',
    });
    await step('START');
    const paused = await step('REQUEST_SUPPLEMENT', { reason: '도면 보완' });
    expect(paused.pausedAt).not.toBeNull();
    // The 보완 lasted a week: the clock's due dates move by what the calendar says of that pause. (A week
    // holds working hours whatever the time of day the test runs; two hours after 18:00 KST hold none.)
    await db.owner.query(`UPDATE voc_items SET paused_at = paused_at - interval '7 days' WHERE id = $1;`, [
      id,
    ]);
    await db.owner.query(
      `UPDATE voc_pauses SET paused_at = paused_at - interval '7 days' WHERE voc_id = $1`,
      [id],
    );
    const beforeResume = await row(id);
    const resumed = await step('RESUME');
    expect(resumed.pausedAt).toBeNull();
    expect(new Date(resumed.dueAt).getTime()).toBeGreaterThan(beforeResume.due_at.getTime());
    expect(new Date(resumed.targetDueAt).getTime()).toBeGreaterThan(beforeResume.target_due_at.getTime());
    const pauses = await db.owner.query(`SELECT resumed_at FROM voc_pauses WHERE voc_id = $1`, [id]);
    expect(pauses.rows).toHaveLength(1);
    expect(pauses.rows[0].resumed_at).not.toBeNull();

    const newDueAt = new Date(new Date(resumed.dueAt).getTime() + 10 * 86_400_000).toISOString();
    const extended = await step('EXTEND', { reason: '관계기관 협의', newDueAt });
    expect(extended).toMatchObject({ extended: true, extensionReason: '관계기관 협의', dueAt: newDueAt });
    await step('ANSWER', { answer: '보수 공사를 마쳤습니다.' });
    await step('OPEN_SURVEY');
    const closed = await step('CLOSE');
    expect(closed).toMatchObject({ status: 'CLOSED', version: 10 });
    expect(closed.closedAt).not.toBeNull();

    const history = (await gql(officer, HISTORY, { id })).data!.vocTransitions;
    expect(history.map((h: { event: string }) => h.event)).toEqual([
      'ASSIGN',
      'REASSIGN',
      'START',
      'REQUEST_SUPPLEMENT',
      'RESUME',
      'EXTEND',
      'ANSWER',
      'OPEN_SURVEY',
      'CLOSE',
      // seq is gap-free
    ]);
    expect(history.map((h: { seq: number }) => h.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(history[1]).toMatchObject({
      reason: '소관',
      department: { from: officerStaff.departmentId, to: managerStaff.departmentId },
      officer: { from: null, to: officerStaff.id },
    });
    expect(history[5].dueAt).toEqual({ from: resumed.dueAt, to: newDueAt });
    expect((await gql(officer, AVAILABLE, { id })).data!.vocAvailableTransitions).toEqual([]);
  });
});

describe('extension', () => {
  it('needs a later due date and happens once only', async () => {
    const id = await seed({ status: 'IN_PROGRESS' });
    const before = await row(id);
    const earlier = await take(
      officer,
      id,
      'EXTEND',
      { reason: '사유', newDueAt: new Date(before.due_at.getTime() - 3_600_000).toISOString() },
      1,
    );
    expect(earlier.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.newDueAt' });
    expect(await row(id)).toEqual(before);
    const later = new Date(before.due_at.getTime() + 86_400_000).toISOString();
    expect(
      (await take(officer, id, 'EXTEND', { reason: '사유', newDueAt: later }, 1)).errors,
    ).toBeUndefined();
    const again = await take(
      officer,
      id,
      'EXTEND',
      { reason: '또', newDueAt: new Date(before.due_at.getTime() + 2 * 86_400_000).toISOString() },
      2,
    );
    expect(again.errors?.[0].extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      guard: 'notExtendedYet',
    });
    expect(again.errors?.[0].message).toBe('처리기간은 한 번만 연장할 수 있습니다.');
    expect(await row(id)).toMatchObject({ version: 2, extended: true, transitions: 1 });
    expect(
      (await gql(officer, AVAILABLE, { id })).data!.vocAvailableTransitions.map((t: any) => t.event),
    ).not.toContain('EXTEND');
  });
});

describe('approval', () => {
  it('a COMPLEX case is answered only after a supervisor approves it', async () => {
    const id = await seed({ status: 'IN_PROGRESS', handlingClass: 'COMPLEX' });
    const early = await take(officer, id, 'ANSWER', { answer: '답변' }, 1);
    expect(early.errors?.[0].extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      guard: 'approvedIfRequired',
    });
    const byOfficer = await take(officer, id, 'APPROVE', null, 1);
    expect(byOfficer.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', guard: 'isSupervisor' });
    expect(await row(id)).toMatchObject({ version: 1, approved_by: null, transitions: 0 });

    const officerSees = (await gql(officer, AVAILABLE, { id })).data!.vocAvailableTransitions.map(
      (t: any) => t.event,
    );
    expect(officerSees).not.toContain('APPROVE');
    expect(officerSees).not.toContain('ANSWER');
    expect(
      (await gql(manager, AVAILABLE, { id })).data!.vocAvailableTransitions.map((t: any) => t.event),
    ).toContain('APPROVE');

    const approved = await take(manager, id, 'APPROVE', { comment: '승인' }, 1);
    expect(approved.data!.transitionVoc).toMatchObject({
      status: 'IN_PROGRESS',
      approvedBy: managerStaff.id,
    });
    const twice = await take(manager, id, 'APPROVE', null, 2);
    expect(twice.errors?.[0].extensions).toMatchObject({ guard: 'notApprovedYet' });
    expect((await take(officer, id, 'ANSWER', { answer: '답변' }, 2)).data!.transitionVoc.status).toBe(
      'ANSWERED',
    );
  });

  it('a simple case has nothing to approve', async () => {
    const id = await seed({ status: 'IN_PROGRESS' });
    const res = await take(manager, id, 'APPROVE', null, 1);
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      guard: 'approvalRequired',
    });
  });
});

describe('cooperating departments', () => {
  it('child cases with their own status and deadline; the parent waits until all are done', async () => {
    const id = await seed({ status: 'IN_PROGRESS' });
    const parentBefore = await row(id);
    const [b, c] = otherDepartments;
    const res = await gql(officer, COOPERATE, {
      i: { vocId: id, departmentIds: [b, c], comment: '현장 확인 협조 바랍니다', expectedVersion: 1 },
    });
    expect(res.errors).toBeUndefined();
    const children = res.data!.requestVocCooperation;
    expect(children).toHaveLength(2);
    const now = Date.now();
    for (const child of children) {
      expect(child).toMatchObject({ parentId: id, status: 'ASSIGNED' });
      expect(child.receiptNo).toMatch(/^ULSAN-\d{4}-\d{6}$/);
      // Half of the parent's remaining time (a minute of slack for the request itself).
      const half = now + (parentBefore.due_at.getTime() - now) / 2;
      expect(Math.abs(new Date(child.dueAt).getTime() - half)).toBeLessThan(60_000);
      expect(new Date(child.targetDueAt).getTime()).toBeLessThanOrEqual(new Date(child.dueAt).getTime());
    }
    expect(children.map((x: { departmentId: string }) => x.departmentId).sort()).toEqual([b, c].sort());
    expect(await row(id)).toMatchObject({ version: 2, transitions: 1 });

    const again = await gql(officer, COOPERATE, { i: { vocId: id, departmentIds: [b], expectedVersion: 2 } });
    expect(again.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.departmentIds',
    });

    const blocked = await take(officer, id, 'ANSWER', { answer: '답변' }, 2);
    expect(blocked.errors?.[0].extensions).toMatchObject({
      code: 'INVALID_TRANSITION',
      guard: 'cooperationDone',
    });
    expect(blocked.errors?.[0].message).toContain('협조');

    const [first, second] = children;
    // The lead department's officer does not work the cooperating departments' cases; their staff (here the
    // tenant administrator, who may act on any case) do.
    expect((await take(officer, first.id, 'START', null, 1)).errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await gql(officer, AVAILABLE, { id: first.id })).data!.vocAvailableTransitions).toEqual([]);
    expect((await take(admin, first.id, 'START', null, 1)).errors).toBeUndefined();
    expect((await take(admin, first.id, 'ANSWER', { answer: '확인했습니다' }, 2)).errors).toBeUndefined();
    expect((await take(officer, id, 'ANSWER', { answer: '답변' }, 2)).errors?.[0].extensions).toMatchObject({
      guard: 'cooperationDone',
    });
    expect((await take(admin, second.id, 'START', null, 1)).errors).toBeUndefined();
    expect((await take(admin, second.id, 'REJECT', { reason: '소관 아님' }, 2)).errors).toBeUndefined();
    // A cooperation request is not surveyed: done once answered or rejected.
    expect((await take(admin, first.id, 'OPEN_SURVEY', null, 3)).errors?.[0].extensions).toMatchObject({
      guard: 'residentCase',
    });

    const statuses = (await gql(officer, COOPERATIONS, { id })).data!.vocCooperations.map(
      (x: any) => x.status,
    );
    expect(statuses.sort()).toEqual(['ANSWERED', 'REJECTED']);
    expect((await take(officer, id, 'ANSWER', { answer: '종합 답변' }, 2)).data!.transitionVoc.status).toBe(
      'ANSWERED',
    );
  });

  it('refuses a due date past the parent’s, the lead department, and a case not in progress', async () => {
    const id = await seed({ status: 'IN_PROGRESS' });
    const before = await row(id);
    const late = await gql(officer, COOPERATE, {
      i: {
        vocId: id,
        departmentIds: [otherDepartments[0]],
        dueAt: new Date(before.due_at.getTime() + 3_600_000).toISOString(),
        expectedVersion: 1,
      },
    });
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.dueAt' });
    const lead = await gql(officer, COOPERATE, {
      i: { vocId: id, departmentIds: [officerStaff.departmentId], expectedVersion: 1 },
    });
    expect(lead.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.departmentIds',
    });
    const received = await seed();
    const early = await gql(officer, COOPERATE, {
      i: { vocId: received, departmentIds: [otherDepartments[0]], expectedVersion: 1 },
    });
    expect(early.errors?.[0].extensions.code).toBe('INVALID_TRANSITION');
    expect(await row(id)).toEqual(before);
    expect(
      (await db.owner.query(`SELECT 1 FROM voc_items WHERE parent_id = ANY($1)`, [[id, received]])).rows,
    ).toEqual([]);
  });
});

describe('workflow versions', () => {
  it('a case keeps the version it started with after a newer version exists', async () => {
    const key = 'petition-versioned';
    await ensureWorkflow(db.owner, TENANT, key, 1);
    const onV1 = await seed({ status: 'ASSIGNED', workflowKey: key, workflowVersion: 1 });
    // Warm the v1 machine before v2 exists.
    expect((await gql(officer, AVAILABLE, { id: onV1 })).errors).toBeUndefined();
    const v2 = structuredClone(STANDARD_PETITION_WORKFLOW) as typeof STANDARD_PETITION_WORKFLOW;
    (v2.transitions.find((t) => t.event === 'REQUEST_SUPPLEMENT')!.from as string[]).push('ASSIGNED');
    await ensureWorkflow(db.owner, TENANT, key, 2, v2);
    const onV2 = await seed({ status: 'ASSIGNED', workflowKey: key, workflowVersion: 2 });

    const refused = await take(officer, onV1, 'REQUEST_SUPPLEMENT', { reason: '보완' }, 1);
    expect(refused.errors?.[0].extensions.code).toBe('INVALID_TRANSITION');
    const taken = await take(officer, onV2, 'REQUEST_SUPPLEMENT', { reason: '보완' }, 1);
    expect(taken.data!.transitionVoc).toMatchObject({ status: 'SUPPLEMENT_REQUESTED', workflowVersion: 2 });
    expect((await take(officer, onV1, 'START', null, 1)).data!.transitionVoc.workflowVersion).toBe(1);
  });
});

describe('alerts job', () => {
  it('is registered as an hourly pg-boss cron schedule in Korean time', async () => {
    expect(await registeredSchedule(db.owner, 'voc-alerts')).toEqual([
      { cron: '0 * * * *', timezone: 'Asia/Seoul' },
    ]);
  });

  it('alerts the officer and the manager of late cases once, publishes each notice once, and reruns add nothing', async () => {
    const common = {
      status: 'IN_PROGRESS',
      departmentId: managerStaff.departmentId,
      officerId: officerStaff.id,
    };
    const atRisk = await seed({ ...common, targetDueInHours: -1, dueInHours: 24 });
    const overdue = await seed({ ...common, targetDueInHours: -48, dueInHours: -2 });
    const onTime = await seed({ ...common });
    const paused = await seed({
      ...common,
      status: 'SUPPLEMENT_REQUESTED',
      targetDueInHours: -1,
      dueInHours: 5,
    });
    const longOpen = await seed({ ...common, receivedHoursAgo: 24 * 31 });
    const otherOfficer = await staffId(db.owner, OTHER, 'officer');
    const otherTenant = await insertCase(db.owner, OTHER, {
      status: 'IN_PROGRESS',
      officerId: otherOfficer.id,
      targetDueInHours: -1,
    });

    const alerts = async () =>
      (
        await db.owner.query<{ voc_id: string; staff_id: string; kind: string }>(
          `SELECT voc_id, staff_id, kind FROM voc_alerts WHERE voc_id = ANY($1) ORDER BY voc_id, kind, staff_id`,
          [[atRisk, overdue, onTime, paused, longOpen, otherTenant]],
        )
      ).rows;
    const notices = async () =>
      (
        await db.owner.query<{ voc_id: string; kind: string }>(
          `SELECT voc_id, kind FROM voc_case_notices WHERE voc_id = ANY($1) ORDER BY voc_id, kind`,
          [[atRisk, overdue, onTime, paused, longOpen]],
        )
      ).rows;

    await fireTenantSchedule(db.owner, 'voc-alerts');
    const first = await alerts();
    const kinds = (id: string) => new Set(first.filter((a) => a.voc_id === id).map((a) => a.kind));
    expect(kinds(atRisk)).toEqual(new Set(['AT_RISK']));
    expect(kinds(overdue)).toEqual(new Set(['OVERDUE']));
    expect(kinds(onTime).size + kinds(paused).size + kinds(longOpen).size).toBe(0);
    const recipients = (id: string) => first.filter((a) => a.voc_id === id).map((a) => a.staff_id);
    expect(recipients(atRisk)).toEqual(expect.arrayContaining([officerStaff.id, managerStaff.id]));
    expect(first.filter((a) => a.voc_id === otherTenant)).toEqual([
      { voc_id: otherTenant, staff_id: otherOfficer.id, kind: 'AT_RISK' },
    ]);

    expect(await notices()).toEqual(
      expect.arrayContaining([
        { voc_id: atRisk, kind: 'at-risk' },
        { voc_id: overdue, kind: 'overdue' },
        { voc_id: longOpen, kind: 'progress-notice' },
      ]),
    );
    expect(await notices()).toHaveLength(3);

    await fireTenantSchedule(db.owner, 'voc-alerts');
    expect(await alerts()).toEqual(first);
    expect(await notices()).toHaveLength(3);

    const mine = (await gql(officer, ALERTS, { all: false })).data!.myVocAlerts;
    const forAtRisk = mine.find((a: { vocId: string }) => a.vocId === atRisk);
    expect(forAtRisk).toMatchObject({ kind: 'AT_RISK', readAt: null });
    expect(mine.some((a: { vocId: string }) => a.vocId === otherTenant)).toBe(false);
    expect((await gql(manager, ALERTS, {})).data!.myVocAlerts.map((a: any) => a.vocId)).toEqual(
      expect.arrayContaining([atRisk, overdue]),
    );

    // Another staff member's alert is not the caller's to mark; the owner marks it, once.
    expect((await gql(manager, MARK_READ, { id: forAtRisk.id })).errors?.[0].extensions.code).toBe(
      'NOT_FOUND',
    );
    const read = await gql(officer, MARK_READ, { id: forAtRisk.id });
    expect(read.data!.markVocAlertRead.readAt).not.toBeNull();
    const unread = (await gql(officer, ALERTS, { all: false })).data!.myVocAlerts;
    expect(unread.some((a: { id: string }) => a.id === forAtRisk.id)).toBe(false);
    expect(
      (await gql(officer, ALERTS, { all: true })).data!.myVocAlerts.some(
        (a: { id: string }) => a.id === forAtRisk.id,
      ),
    ).toBe(true);

    // Another tenant's token neither sees nor marks them.
    expect((await gql(otherAdmin, MARK_READ, { id: forAtRisk.id })).errors?.[0].extensions.code).toBe(
      'NOT_FOUND',
    );
  }, 240_000);
});

describe('tenant isolation', () => {
  it('another tenant’s token can neither read nor change a case’s lifecycle', async () => {
    const id = await seed({ status: 'IN_PROGRESS' });
    const before = await row(id);
    for (const query of [
      AVAILABLE,
      HISTORY,
      COOPERATIONS,
      `query($id: ID!) { vocLifecycle(id: $id) { id } }`,
    ])
      expect((await gql(otherAdmin, query, { id })).errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(
      (await take(otherAdmin, id, 'ANSWER', { answer: '남의 답변' }, 1)).errors?.[0].extensions.code,
    ).toBe('NOT_FOUND');
    const coop = await gql(otherAdmin, COOPERATE, {
      i: { vocId: id, departmentIds: [otherDepartments[0]], expectedVersion: 1 },
    });
    expect(coop.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(await row(id)).toEqual(before);
  });

  it('at the database the runtime role of one tenant sees and changes none of another’s lifecycle rows', async () => {
    const id = await seed({ status: 'IN_PROGRESS', officerId: officerStaff.id, targetDueInHours: -1 });
    await db.owner.query(
      `INSERT INTO voc_alerts (tenant_id, voc_id, staff_id, kind) VALUES ($1, $2, $3, 'AT_RISK') ON CONFLICT DO NOTHING`,
      [TENANT, id, officerStaff.id],
    );
    await db.owner.query(
      `INSERT INTO voc_case_notices (tenant_id, voc_id, kind) VALUES ($1, $2, 'at-risk') ON CONFLICT DO NOTHING`,
      [TENANT, id],
    );
    await inTenant(db.app, OTHER, async () => {
      for (const table of ['voc_alerts', 'voc_case_notices', 'voc_transitions', 'voc_pauses'])
        expect((await db.app.query(`SELECT 1 FROM ${table} WHERE voc_id = $1`, [id])).rowCount).toBe(0);
      expect(
        (await db.app.query(`UPDATE voc_alerts SET read_at = now() WHERE voc_id = $1`, [id])).rowCount,
      ).toBe(0);
      expect(
        (await db.app.query(`UPDATE voc_items SET status = 'CLOSED' WHERE id = $1`, [id])).rowCount,
      ).toBe(0);
    });
    await inTenant(db.app, OTHER, async () => {
      await expect(
        db.app.query(`INSERT INTO voc_case_notices (tenant_id, voc_id, kind) VALUES ($1, $2, 'overdue')`, [
          TENANT,
          id,
        ]),
      ).rejects.toThrow(/row-level security/);
    });
    await inTenant(db.app, TENANT, async () => {
      expect((await db.app.query(`SELECT 1 FROM voc_alerts WHERE voc_id = $1`, [id])).rowCount).toBe(1);
    });
    expect(
      (await db.owner.query(`SELECT read_at FROM voc_alerts WHERE voc_id = $1`, [id])).rows[0].read_at,
    ).toBeNull();
  });
});
