import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { BackgroundJobs } from '@pcrm/tenancy';
import { NotificationsModule } from '../notifications';
import { PublicTaskChecks, TasksModule } from '../tasks';
import { PublicTasks } from './public-tasks.service';
import { TaskDisclosureResolver } from './task-disclosure.resolver';
import { TASK_FOLLOWER_NOTIFY_JOB, TaskDisclosureService } from './task-disclosure.service';
import { TASK_FOLLOWER_NOTIFY_SCHEDULE, TaskFollowerNotifier } from './task-follower-notifier';

/** Public disclosure of tasks: publishing, the public view, following by e-mail and the follower notices. */
@Module({
  imports: [NotificationsModule, TasksModule],
  providers: [TaskDisclosureService, TaskDisclosureResolver, PublicTasks, TaskFollowerNotifier],
  exports: [TaskDisclosureService, PublicTasks],
})
export class TaskDisclosureModule implements OnModuleInit {
  constructor(
    @Inject(BackgroundJobs) private readonly jobs: BackgroundJobs,
    @Inject(TaskFollowerNotifier) private readonly notifier: TaskFollowerNotifier,
    @Inject(PublicTaskChecks) private readonly publicChecks: PublicTaskChecks,
    @Inject(TaskDisclosureService) private readonly disclosure: TaskDisclosureService,
  ) {}

  onModuleInit(): void {
    this.publicChecks.register((sql, taskId) => this.disclosure.keepsPublicable(sql, taskId));
    this.jobs.define(TASK_FOLLOWER_NOTIFY_JOB, async () => {
      await this.notifier.notify();
    });
    this.jobs.scheduleForEachTenant(TASK_FOLLOWER_NOTIFY_SCHEDULE);
  }
}
