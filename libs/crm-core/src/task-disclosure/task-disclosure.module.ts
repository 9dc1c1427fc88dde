import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { BackgroundJobs } from '@pcrm/tenancy';
import { NotificationsModule } from '../notifications';
import { PublicTasks } from './public-tasks.service';
import { TaskDisclosureResolver } from './task-disclosure.resolver';
import { TASK_FOLLOWER_NOTIFY_JOB, TaskDisclosureService } from './task-disclosure.service';
import { TASK_FOLLOWER_NOTIFY_SCHEDULE, TaskFollowerNotifier } from './task-follower-notifier';

/** Public disclosure of tasks: publishing, the public view, following by e-mail and the follower notices. */
@Module({
  imports: [NotificationsModule],
  providers: [TaskDisclosureService, TaskDisclosureResolver, PublicTasks, TaskFollowerNotifier],
  exports: [TaskDisclosureService, PublicTasks],
})
export class TaskDisclosureModule implements OnModuleInit {
  constructor(
    @Inject(BackgroundJobs) private readonly jobs: BackgroundJobs,
    @Inject(TaskFollowerNotifier) private readonly notifier: TaskFollowerNotifier,
  ) {}

  onModuleInit(): void {
    this.jobs.define(TASK_FOLLOWER_NOTIFY_JOB, async () => {
      await this.notifier.notify();
    });
    this.jobs.scheduleForEachTenant(TASK_FOLLOWER_NOTIFY_SCHEDULE);
  }
}
