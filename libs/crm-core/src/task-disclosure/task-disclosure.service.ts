import { Inject, Injectable } from '@nestjs/common';
import {
  AppError,
  BackgroundJobs,
  ErrorCode,
  TenantDatabase,
  conflict,
  notFound,
  recordAudit,
  run,
  runOne,
  type Sql,
} from '@pcrm/tenancy';
import { publicTextProblems, type KnownResidents, type PublicTextProblem } from './public-text';
import {
  koreanToday,
  publicFields,
  publicTaskView,
  type PublicTaskRow,
  type PublicTaskView,
} from './public-task-view';
import { TaskDisclosureQueries as Q } from './task-disclosure.sql';

export const TASK_FOLLOWER_NOTIFY_JOB = 'task-follower-notify';

/** What the admin sees before and after publishing: the public view exactly, and what blocks it. */
export interface TaskPublicPreviewResult {
  taskId: string;
  managementNo: string;
  isPublic: boolean;
  publishedAt: Date | null;
  version: number;
  view: PublicTaskView;
  problems: PublicTextProblem[];
}

const taskNotFound = () => notFound('과업', 'Task');

/** The refusal of personal data in a public field: the first problem's field and message, all problems' kinds. */
function refusePersonalData(problems: readonly PublicTextProblem[]): void {
  if (!problems.length) return;
  const [first] = problems;
  throw new AppError(ErrorCode.BadUserInput, first.messageKo, first.messageEn, {
    field: first.field,
    reason: 'PERSONAL_DATA',
    problems: problems.map((p) => ({ field: p.field, kind: p.kind })),
  });
}

/** The residents behind a task's linked VOC items, as the personal-data check compares them. */
export async function knownResidents(sql: Sql, taskId: string): Promise<KnownResidents> {
  const rows = await run(sql, Q.linkedResidents(taskId));
  const present = (v: (string | null)[]) => v.filter((x): x is string => !!x);
  return {
    names: present(rows.flatMap((r) => [r.contact_name, r.name, r.representative_name])),
    addresses: present(rows.flatMap((r) => [r.road_address, r.jibun_address, r.address_detail])),
  };
}

/**
 * Publishing a task (issue 10 #4, docs/adr/0029): `setTaskPublic` refuses while any public field holds
 * personal data, and `taskPublicPreview` shows exactly what the public page will.
 */
@Injectable()
export class TaskDisclosureService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(BackgroundJobs) private readonly jobs: BackgroundJobs,
  ) {}

  async preview(id: string): Promise<TaskPublicPreviewResult> {
    const sql = this.db.request();
    const row = (await run(sql, Q.byId(id)))[0];
    if (!row) throw taskNotFound();
    return this.previewOf(sql, row);
  }

  async setPublic(id: string, isPublic: boolean, expectedVersion: number): Promise<TaskPublicPreviewResult> {
    const sql = this.db.request();
    const row = (await run(sql, Q.lockById(id)))[0];
    if (!row) throw taskNotFound();
    if (row.version !== expectedVersion)
      throw conflict(
        'expectedVersion',
        '그사이 다른 사람이 이 과업을 바꿨습니다. 새로 불러온 뒤 다시 시도하세요.',
        'Someone else changed this task in the meantime; reload it and try again.',
      );
    const before = await this.previewOf(sql, row);
    if (row.is_public === isPublic) return before;
    if (isPublic) refusePersonalData(before.problems);
    const changed = await runOne(sql, Q.setPublic(id, isPublic));
    await recordAudit(sql, {
      action: 'update',
      entity: 'task',
      entityId: id,
      before: { isPublic: row.is_public, version: row.version },
      after: { isPublic, version: changed.version },
    });
    // Followers from an earlier publication hear of it now rather than at the next scheduled run.
    if (isPublic) await this.jobs.enqueue(TASK_FOLLOWER_NOTIFY_JOB, {});
    return this.previewOf(sql, { ...row, is_public: isPublic, ...changed });
  }

  /** Registered with the tasks' `PublicTaskChecks`: a public task, as just changed, must hold no personal data. */
  async keepsPublicable(sql: Sql, taskId: string): Promise<void> {
    const row = (await run(sql, Q.byId(taskId)))[0];
    if (row?.is_public) refusePersonalData((await this.previewOf(sql, row)).problems);
  }

  private async previewOf(sql: Sql, row: PublicTaskRow): Promise<TaskPublicPreviewResult> {
    const steps = await run(sql, Q.steps([row.id]));
    const problems = publicTextProblems(publicFields(row, steps), await knownResidents(sql, row.id));
    return {
      taskId: row.id,
      managementNo: row.management_no,
      isPublic: row.is_public,
      publishedAt: row.published_at,
      version: row.version,
      view: publicTaskView(row, steps, koreanToday()),
      problems,
    };
  }
}
