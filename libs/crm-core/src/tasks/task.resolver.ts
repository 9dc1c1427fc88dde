import { Inject } from '@nestjs/common';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Connection } from '@pcrm/tenancy';
import {
  Task,
  TaskAvailableTransition,
  TaskConnection,
  TaskPlan,
  TaskTransition,
  TaskVocItem,
} from './task.model';
import {
  CreateTaskInput,
  SaveTaskPlanArgs,
  TaskIdArgs,
  TaskVersionArgs,
  TaskVocArgs,
  TasksArgs,
  TransitionTaskArgs,
  UpdateTaskInput,
} from './task.inputs';
import { TaskService } from './task.service';

@Resolver(() => Task)
export class TaskResolver {
  constructor(@Inject(TaskService) private readonly service: TaskService) {}

  @Query(() => TaskConnection, {
    description: '과제 목록 (최근 등록순; 부서·담당자·상태·구분·검색어로 거름)',
  })
  tasks(@Args() args: TasksArgs): Promise<Connection<Task>> {
    return this.service.page(args);
  }

  @Query(() => Task, { description: '과제 하나' })
  task(@Args() { id }: TaskIdArgs): Promise<Task> {
    return this.service.get(id);
  }

  @Mutation(() => Task, { description: '과제 등록 (담당 부서의 담당자·부서장, 시·도 관리자)' })
  createTask(@Args('input') input: CreateTaskInput): Promise<Task> {
    return this.service.create(input);
  }

  @Mutation(() => Task, { description: '과제 수정 (expectedVersion 이 다르면 CONFLICT)' })
  updateTask(@Args('input') input: UpdateTaskInput): Promise<Task> {
    return this.service.update(input);
  }

  @Mutation(() => Task, {
    description:
      '실행계획 저장: 단계 전체를 바꿉니다. 가중치 합은 100%를 넘을 수 없고, 진행률·준수도는 계산됩니다.',
  })
  saveTaskPlan(@Args() { id, steps, expectedVersion }: SaveTaskPlanArgs): Promise<Task> {
    return this.service.savePlan(id, steps, expectedVersion);
  }

  @Mutation(() => Task, { description: '실행계획 확정 (부서장·시·도 관리자; 가중치 합 100%일 때만)' })
  approveTaskPlan(@Args() { id, expectedVersion }: TaskVersionArgs): Promise<Task> {
    return this.service.approvePlan(id, expectedVersion);
  }

  @Mutation(() => Task, {
    description: '과제 상태 변경 (시작, 완료, 처리불가: 처리불가에는 사유가 필요합니다)',
  })
  transitionTask(
    @Args() { id, event, comment, impossibleReason, expectedVersion }: TransitionTaskArgs,
  ): Promise<Task> {
    return this.service.transition(id, event, { comment, impossibleReason }, expectedVersion);
  }

  @Mutation(() => Task, { description: '과제에 VOC 연결 (이미 연결되어 있으면 그대로)' })
  linkTaskVoc(@Args() { id, vocId }: TaskVocArgs): Promise<Task> {
    return this.service.link(id, vocId);
  }

  @Mutation(() => Task, { description: '과제에서 VOC 연결 해제' })
  unlinkTaskVoc(@Args() { id, vocId }: TaskVocArgs): Promise<Task> {
    return this.service.unlink(id, vocId);
  }

  @ResolveField(() => TaskPlan, { description: '실행계획과 오늘(한국 시간) 기준 계산값' })
  plan(@Parent() task: Task): Promise<TaskPlan> {
    return this.service.plan(task.id);
  }

  @ResolveField(() => [TaskVocItem], { description: '연결된 VOC' })
  vocItems(@Parent() task: Task): Promise<TaskVocItem[]> {
    return this.service.vocItems(task.id);
  }

  @ResolveField(() => [TaskTransition], { description: '처리 이력' })
  transitions(@Parent() task: Task): Promise<TaskTransition[]> {
    return this.service.transitions(task.id);
  }

  @ResolveField(() => [TaskAvailableTransition], { description: '지금 할 수 있는 처리' })
  availableTransitions(@Parent() task: Task): Promise<TaskAvailableTransition[]> {
    return this.service.available(task);
  }
}
