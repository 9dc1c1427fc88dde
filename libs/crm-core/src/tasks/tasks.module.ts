import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { CustomizableEntities, CustomizationModule } from '@pcrm/customization';
import { PetitionEventsModule } from '../petitions';
import { PetitionWorkflowModule } from '../petition-workflow';
import { TASK_ENTITY } from './task.entity';
import { TaskResolver } from './task.resolver';
import { TaskService } from './task.service';
import { PublicTaskChecks } from './public-task-checks';

/** Tasks (과업): records, weighted action plans, the task workflow, VOC links (issue 10 #1–#3). */
@Module({
  imports: [CustomizationModule, PetitionEventsModule, PetitionWorkflowModule],
  providers: [TaskService, TaskResolver, PublicTaskChecks],
  exports: [TaskService, PublicTaskChecks],
})
export class TasksModule implements OnModuleInit {
  constructor(@Inject(CustomizableEntities) private readonly entities: CustomizableEntities) {}

  onModuleInit(): void {
    this.entities.register(TASK_ENTITY);
  }
}
