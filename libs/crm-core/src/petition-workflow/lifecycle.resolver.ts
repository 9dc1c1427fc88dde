import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { ArgsType, Field } from '@nestjs/graphql';
import { say } from '@pcrm/tenancy';
import { VocAlert, VocAvailableTransition, VocLifecycleState, VocTransitionRecord } from './lifecycle.model';
import {
  MyVocAlertsArgs,
  RequestVocCooperationInput,
  TransitionVocArgs,
  VocIdArgs,
} from './lifecycle.inputs';
import { PetitionLifecycleService } from './lifecycle.service';
import { VocAlertService } from './voc-alerts';

@ArgsType()
class VocAlertIdArgs {
  @Field(() => ID)
  @IsUUID('all', say('알림 ID가 올바르지 않습니다.', 'The alert id is not a valid id.'))
  id!: string;
}

@Resolver()
export class PetitionLifecycleResolver {
  constructor(
    @Inject(PetitionLifecycleService) private readonly lifecycle: PetitionLifecycleService,
    @Inject(VocAlertService) private readonly alerts: VocAlertService,
  ) {}

  @Query(() => VocLifecycleState, { description: '민원의 처리 상태 (워크플로 버전, 기한, 결재, 연장)' })
  vocLifecycle(@Args() { id }: VocIdArgs): Promise<VocLifecycleState> {
    return this.lifecycle.lifecycle(id);
  }

  @Query(() => [VocAvailableTransition], {
    description: '지금 이 사용자가 할 수 있는 처리 (워크플로가 허용하고 조건을 만족하는 전이)',
  })
  vocAvailableTransitions(@Args() { id }: VocIdArgs): Promise<VocAvailableTransition[]> {
    return this.lifecycle.available(id);
  }

  @Query(() => [VocTransitionRecord], { description: '처리 이력: 누가, 언제, 어느 상태에서 어느 상태로' })
  vocTransitions(@Args() { id }: VocIdArgs): Promise<VocTransitionRecord[]> {
    return this.lifecycle.history(id);
  }

  @Query(() => [VocLifecycleState], { description: '협조 민원 (협조 부서마다 하나, 자체 상태와 기한)' })
  vocCooperations(@Args() { id }: VocIdArgs): Promise<VocLifecycleState[]> {
    return this.lifecycle.cooperations(id);
  }

  @Mutation(() => VocLifecycleState, {
    description:
      '민원 처리 (전이): 배정, 재배정, 처리 시작, 보완 요청, 보완 완료, 연장, 결재, 답변, 처리불가, 이송, 만족도조사, 종결. ' +
      '워크플로가 허용하지 않으면 INVALID_TRANSITION, 필수 입력이 없으면 BAD_USER_INPUT, version 이 다르면 CONFLICT.',
  })
  transitionVoc(@Args() args: TransitionVocArgs): Promise<VocLifecycleState> {
    return this.lifecycle.transition(args.id, args.event, args.input ?? {}, args.expectedVersion);
  }

  @Mutation(() => [VocLifecycleState], { description: '협조 요청: 부서마다 협조 민원을 만들어 배정합니다' })
  requestVocCooperation(@Args('input') input: RequestVocCooperationInput): Promise<VocLifecycleState[]> {
    return this.lifecycle.requestCooperation(input);
  }

  @Query(() => [VocAlert], { description: '나의 처리기한 알림 (안 읽은 것 먼저)' })
  myVocAlerts(@Args() { first, includeRead }: MyVocAlertsArgs): Promise<VocAlert[]> {
    return this.alerts.mine(first, includeRead);
  }

  @Mutation(() => VocAlert, { description: '알림 읽음 표시' })
  markVocAlertRead(@Args() { id }: VocAlertIdArgs): Promise<VocAlert> {
    return this.alerts.markRead(id);
  }
}
