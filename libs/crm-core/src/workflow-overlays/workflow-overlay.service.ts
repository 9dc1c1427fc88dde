import { Inject, Injectable } from '@nestjs/common';
import {
  AppError,
  ErrorCode,
  RequestContexts,
  TenantDatabase,
  badInput,
  conflict,
  notFound,
  recordAudit,
  type Sql,
} from '@pcrm/tenancy';
import type { WorkflowDefinition, WorkflowEffect } from '../petitions';
import type { WorkflowProblem } from '../petition-workflow';
import { mergeOverlay, overlayProblems, type WorkflowOverlay } from './workflow-overlay';
import { PETITION_OVERLAY, type OverlaySubject } from './overlay-subject';
import { simulateWorkflow, type SimulatedScenario, type SimulationScenario } from './workflow-simulation';
import { OverlaySql as Q, type ChangeRow, type DraftRow, type VersionRow } from './workflow-overlay.sql';

/** A draft larger than this is not a workflow anyone edits by hand. */
const MAX_OVERLAY_BYTES = 100_000;

export interface WorkflowDraft {
  overlay: WorkflowOverlay;
  revision: number;
  updatedBy: string | null;
  updatedAt: Date | null;
  definition: WorkflowDefinition;
  problems: WorkflowProblem[];
  latestVersion: number;
}

const invalidWorkflow = (problems: readonly WorkflowProblem[]) =>
  new AppError(
    ErrorCode.BadUserInput,
    `워크플로에 문제가 ${problems.length}건 있습니다: ${problems[0].path ? `${problems[0].path}: ` : ''}${problems[0].messageKo}`,
    `The workflow has ${problems.length} problem(s): ${problems[0].path ? `${problems[0].path}: ` : ''}${problems[0].messageEn}`,
    { field: problems[0].path ? `overlay.${problems[0].path}` : 'overlay', problems },
  );

const staleRevision = () =>
  conflict(
    'expectedRevision',
    '그사이 다른 관리자가 초안을 바꿨습니다. 새로 불러온 뒤 다시 시도하세요.',
    'Another administrator changed the draft in the meantime; reload it and try again.',
  );

/** JSON with object keys in one order (jsonb does not keep the order they were written in). */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : x,
  );

/** Every department code an overlay's assign or follow-up actions name, with where. */
function departmentCodes(overlay: WorkflowOverlay): { path: string; code: string }[] {
  const out: { path: string; code: string }[] = [];
  const scan = (effects: readonly WorkflowEffect[] | undefined, at: string) =>
    (effects ?? []).forEach((e, i) => {
      if (e.kind !== 'notify' && e.departmentCode)
        out.push({ path: `${at}[${i}].departmentCode`, code: e.departmentCode });
    });
  for (const [name, s] of Object.entries(overlay.states ?? {})) scan(s.onEnter, `states.${name}.onEnter`);
  for (const [name, s] of Object.entries(overlay.standardStates ?? {}))
    scan(s.onEnter, `standardStates.${name}.onEnter`);
  (overlay.transitions ?? []).forEach((t, i) => scan(t.effects, `transitions[${i}].effects`));
  for (const [event, t] of Object.entries(overlay.standardTransitions ?? {}))
    scan(t.effects, `standardTransitions.${event}.effects`);
  return out;
}

/**
 * A tenant's overlay on the standard petition workflow: one draft, validated against the standard's
 * invariants, tried by simulation, published as a new immutable `voc_workflows` version (docs/adr/0023).
 */
@Injectable()
export class WorkflowOverlayService {
  constructor(@Inject(TenantDatabase) private readonly db: TenantDatabase) {}

  private get sql(): Sql {
    return this.db.request();
  }

  private get principal() {
    return RequestContexts.require().principal;
  }

  private async staffId(sql: Sql): Promise<string | null> {
    const [row] = await sql.query<{ id: string }>(Q.staffBySubject, [this.principal.subject]);
    return row?.id ?? null;
  }

  /** The overlay's problems: its own rules, the merged definition's, and department codes that do not exist. */
  async problems(
    overlay: unknown,
    subject: OverlaySubject = PETITION_OVERLAY,
    sql: Sql = this.sql,
  ): Promise<WorkflowProblem[]> {
    const problems = overlayProblems(overlay, subject);
    if (problems.length) return problems;
    const named = departmentCodes(overlay as WorkflowOverlay);
    if (!named.length) return problems;
    const known = new Set(
      (await sql.query<{ code: string }>(Q.departmentCodes, [named.map((n) => n.code)])).map((r) => r.code),
    );
    for (const n of named)
      if (!known.has(n.code))
        problems.push({
          path: n.path,
          messageKo: `부서 코드 '${n.code}'인 사용 중인 부서가 없습니다.`,
          messageEn: `There is no active department with code '${n.code}'.`,
        });
    return problems;
  }

  private async latest(sql: Sql, subject: OverlaySubject): Promise<VersionRow> {
    const [row] = await sql.query<VersionRow>(Q.version, [subject.key, null]);
    if (!row) throw notFound(subject.labelKo, subject.labelEn);
    return row;
  }

  private async toDraft(
    sql: Sql,
    row: DraftRow | undefined,
    subject: OverlaySubject,
  ): Promise<WorkflowDraft> {
    const latest = await this.latest(sql, subject);
    const overlay = (row?.overlay ?? latest.overlay ?? {}) as WorkflowOverlay;
    const problems = await this.problems(overlay, subject, sql);
    return {
      overlay,
      revision: row?.revision ?? 0,
      updatedBy: row?.updated_by ?? null,
      updatedAt: row?.updated_at ?? null,
      definition: problems.length ? subject.standard : mergeOverlay(overlay, subject.standard).definition,
      problems,
      latestVersion: latest.version,
    };
  }

  /** The tenant's draft (revision 0 and the latest published overlay when nobody has saved one yet). */
  async draft(subject: OverlaySubject = PETITION_OVERLAY): Promise<WorkflowDraft> {
    const sql = this.sql;
    const [row] = await sql.query<DraftRow>(Q.draft, [subject.key]);
    return this.toDraft(sql, row, subject);
  }

  /**
   * Saves the draft if nobody saved it since `expectedRevision` (CONFLICT otherwise). A draft may still have
   * problems (they come back with it); only its shape is refused: not an object, or too large.
   */
  async saveDraft(
    overlay: unknown,
    expectedRevision: number,
    subject: OverlaySubject = PETITION_OVERLAY,
  ): Promise<WorkflowDraft> {
    if (typeof overlay !== 'object' || overlay === null || Array.isArray(overlay))
      throw badInput('overlay', '워크플로 변경 내용은 객체여야 합니다.', 'The overlay must be an object.');
    const text = JSON.stringify(overlay);
    if (Buffer.byteLength(text) > MAX_OVERLAY_BYTES)
      throw badInput('overlay', '워크플로 변경 내용이 너무 큽니다.', 'The overlay is too large.');
    const sql = this.sql;
    await sql.query(Q.lock, [subject.key]);
    const [before] = await sql.query<DraftRow>(Q.draftForUpdate, [subject.key]);
    if ((before?.revision ?? 0) !== expectedRevision) throw staleRevision();
    const staffId = await this.staffId(sql);
    const [after] = await sql.query<DraftRow>(Q.saveDraft, [
      subject.key,
      text,
      this.principal.username,
      staffId,
    ]);
    await sql.query(Q.insertChange, [
      subject.key,
      'DRAFT_SAVED',
      null,
      before ? JSON.stringify(before.overlay) : null,
      text,
      staffId,
      this.principal.username,
    ]);
    await recordAudit(sql, {
      action: before ? 'update' : 'create',
      entity: 'voc_workflow_draft',
      entityId: subject.key,
      before: before ? { revision: before.revision, overlay: before.overlay } : undefined,
      after: { revision: after.revision, overlay },
    });
    return this.toDraft(sql, after, subject);
  }

  /** Validates an overlay without saving anything. */
  async validate(overlay: unknown, subject: OverlaySubject = PETITION_OVERLAY): Promise<WorkflowProblem[]> {
    return this.problems(overlay, subject);
  }

  /**
   * Runs sample cases through `overlay` (or the saved draft) merged onto the standard, in memory: no case,
   * draft or version is read for the run or written. An overlay with problems is refused with them.
   */
  async simulate(
    overlay: unknown | null,
    scenarios: SimulationScenario[],
    subject: OverlaySubject = PETITION_OVERLAY,
  ): Promise<SimulatedScenario[]> {
    // The sample cases are petitions (kind, channel, cooperations…): a task workflow is tried on its tasks.
    if (subject !== PETITION_OVERLAY)
      throw badInput(
        'workflow',
        `모의 실행은 민원 처리 흐름만 할 수 있습니다 (${subject.labelKo}은 검사 후 게시하세요).`,
        `Only the petition workflow can be simulated (validate the ${subject.labelEn.toLowerCase()} and publish it).`,
      );
    const chosen = overlay ?? (await this.draft()).overlay;
    const problems = await this.problems(chosen);
    if (problems.length) throw invalidWorkflow(problems);
    const definition = mergeOverlay(chosen as WorkflowOverlay).definition;
    scenarios.forEach((s, i) => {
      if (s.startState && !Object.prototype.hasOwnProperty.call(definition.states, s.startState))
        throw badInput(
          `scenarios[${i}].startState`,
          `상태 '${s.startState}'이(가) 없습니다.`,
          `State '${s.startState}' is not defined.`,
        );
    });
    return simulateWorkflow(definition, scenarios);
  }

  /**
   * Publishes the draft saved at `expectedRevision`: refused with every problem if it has any (nothing is
   * written), otherwise a new immutable version of the tenant's workflow (the merged definition and the
   * overlay) that new cases start on; cases in flight keep theirs.
   */
  async publish(expectedRevision: number, subject: OverlaySubject = PETITION_OVERLAY): Promise<VersionRow> {
    const sql = this.sql;
    await sql.query(Q.lock, [subject.key]);
    const [draft] = await sql.query<DraftRow>(Q.draftForUpdate, [subject.key]);
    if (!draft || draft.revision !== expectedRevision) throw staleRevision();
    const problems = await this.problems(draft.overlay, subject, sql);
    if (problems.length) throw invalidWorkflow(problems);
    const previous = await this.latest(sql, subject);
    if (canonical(previous.overlay ?? {}) === canonical(draft.overlay))
      throw badInput(
        'expectedVersion',
        '초안이 이미 게시된 최신 버전과 같습니다. 바꾼 뒤에 게시하세요.',
        'The draft is the same as the latest published version; change it before publishing.',
      );
    const definition = mergeOverlay(draft.overlay as WorkflowOverlay, subject.standard).definition;
    const [published] = await sql.query<VersionRow>(Q.insertVersion, [
      subject.key,
      definition.standardVersion,
      JSON.stringify(definition),
      JSON.stringify(draft.overlay),
      this.principal.username,
    ]);
    await sql.query(Q.insertChange, [
      subject.key,
      'PUBLISHED',
      published.version,
      JSON.stringify(previous.overlay ?? {}),
      JSON.stringify(draft.overlay),
      await this.staffId(sql),
      this.principal.username,
    ]);
    await recordAudit(sql, {
      action: 'create',
      entity: 'voc_workflow',
      entityId: `${subject.key}@${published.version}`,
      before: { version: previous.version, overlay: previous.overlay ?? {} },
      after: { version: published.version, draftRevision: draft.revision, overlay: draft.overlay },
    });
    return published;
  }

  async versions(first: number, subject: OverlaySubject = PETITION_OVERLAY): Promise<VersionRow[]> {
    return this.sql.query<VersionRow>(Q.versions, [subject.key, first]);
  }

  /** A published version (the latest when `version` is null). */
  async version(version: number | null, subject: OverlaySubject = PETITION_OVERLAY): Promise<VersionRow> {
    const [row] = await this.sql.query<VersionRow>(Q.version, [subject.key, version]);
    if (!row) throw notFound(`워크플로 버전 ${version}`, `Workflow version ${version}`);
    return row;
  }

  async changes(
    first: number,
    before: number | null,
    subject: OverlaySubject = PETITION_OVERLAY,
  ): Promise<ChangeRow[]> {
    return this.sql.query<ChangeRow>(Q.changes, [subject.key, before, first]);
  }
}
