import { Inject, Injectable } from '@nestjs/common';
import { TenantDatabase, run, type TenantSchedule } from '@pcrm/tenancy';
import { PublicTasks } from './public-tasks.service';
import { TASK_STATUS_KO } from './public-task-view';
import { TASK_FOLLOWER_NOTIFY_JOB } from './task-disclosure.service';
import { TaskDisclosureQueries as Q } from './task-disclosure.sql';

/** Every five minutes, per tenant: changes reach followers without the tasks service knowing of them. */
export const TASK_FOLLOWER_NOTIFY_SCHEDULE: TenantSchedule = {
  kind: TASK_FOLLOWER_NOTIFY_JOB,
  cron: '*/5 * * * *',
  timezone: 'Asia/Seoul',
};

/** Followers claimed per statement; a run stops after `MAX_BATCHES` and the next one goes on. */
const BATCH = 200;
const MAX_BATCHES = 50;

/**
 * Tells each follower of a public task, once per change, that it changed (template `task.updated`): a
 * change is any move of the task's `version` past the one the follower last heard of, however it was made.
 * Claiming and enqueuing happen in the job's one transaction, so a crash tells no one and the retry tells all.
 */
@Injectable()
export class TaskFollowerNotifier {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(PublicTasks) private readonly tasks: PublicTasks,
  ) {}

  /** Returns how many messages were queued. */
  async notify(): Promise<number> {
    const sql = this.db.request();
    let sent = 0;
    for (let batch = 0; batch < MAX_BATCHES; batch++) {
      const due = await run(sql, Q.claimDue(BATCH));
      for (const f of due)
        await this.tasks.tell(sql, {
          followerId: f.id,
          address: f.address,
          taskId: f.task_id,
          managementNo: f.management_no,
          title: f.title,
          templateKey: 'task.updated',
          variables: { status: TASK_STATUS_KO[f.status] ?? f.status, progress: String(Number(f.progress)) },
        });
      sent += due.length;
      if (due.length < BATCH) break;
    }
    return sent;
  }
}
