import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SetTaskPublicArgs, TaskIdArgs, TaskPublicPreview } from './task-disclosure.model';
import { TaskDisclosureService } from './task-disclosure.service';

@Resolver(() => TaskPublicPreview)
export class TaskDisclosureResolver {
  constructor(@Inject(TaskDisclosureService) private readonly service: TaskDisclosureService) {}

  @Query(() => TaskPublicPreview, {
    description: '공개 미리보기: 공개 화면에 보일 내용 그대로와, 공개를 막는 개인정보 (부서장, 시·도 관리자)',
  })
  taskPublicPreview(@Args() { id }: TaskIdArgs): Promise<TaskPublicPreview> {
    return this.service.preview(id);
  }

  @Mutation(() => TaskPublicPreview, {
    description: '과업 공개·비공개: 공개 항목에 개인정보가 있으면 거부합니다 (부서장, 시·도 관리자)',
  })
  setTaskPublic(@Args() args: SetTaskPublicArgs): Promise<TaskPublicPreview> {
    return this.service.setPublic(args.id, args.public, args.expectedVersion);
  }
}
