import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  PreviewVocRoutingArgs,
  ReorderVocRoutingRulesArgs,
  UpdateVocRoutingRuleArgs,
  VocRoutingRuleIdArgs,
  VocRoutingRuleInput,
} from './routing-rules.inputs';
import { VocRoutingPreview, VocRoutingRule } from './routing-rules.model';
import { RoutingRulesService } from './routing-rules.service';

@Resolver(() => VocRoutingRule)
export class RoutingRulesResolver {
  constructor(@Inject(RoutingRulesService) private readonly rules: RoutingRulesService) {}

  @Query(() => [VocRoutingRule], { description: '민원 배정 규칙 전체 (접수 때 적용하는 순서대로)' })
  vocRoutingRules(): Promise<VocRoutingRule[]> {
    return this.rules.rules();
  }

  @Query(() => VocRoutingPreview, {
    description:
      '배정 미리보기: 이 분류·제목·내용으로 접수하면 어느 규칙이 어느 부서로 배정하는지 (접수와 같은 규칙 판단)',
  })
  previewVocRouting(@Args() args: PreviewVocRoutingArgs): Promise<VocRoutingPreview> {
    return this.rules.preview(args.categoryCode, args.title, args.body);
  }

  @Mutation(() => VocRoutingRule, { description: '배정 규칙 추가 (관리자·시·도 관리자, 감사 기록)' })
  createVocRoutingRule(@Args('input') input: VocRoutingRuleInput): Promise<VocRoutingRule> {
    return this.rules.create(input);
  }

  @Mutation(() => VocRoutingRule, { description: '배정 규칙 변경 (감사 기록)' })
  updateVocRoutingRule(@Args() { id, input }: UpdateVocRoutingRuleArgs): Promise<VocRoutingRule> {
    return this.rules.update(id, input);
  }

  @Mutation(() => ID, { description: '배정 규칙 삭제 (감사 기록); 지운 규칙의 ID' })
  deleteVocRoutingRule(@Args() { id }: VocRoutingRuleIdArgs): Promise<string> {
    return this.rules.delete(id);
  }

  @Mutation(() => [VocRoutingRule], {
    description:
      '배정 규칙 순서 바꾸기: 모든 규칙의 ID를 새 순서대로 보내면 10, 20, 30… 으로 번호를 매깁니다',
  })
  reorderVocRoutingRules(@Args() { ids }: ReorderVocRoutingRulesArgs): Promise<VocRoutingRule[]> {
    return this.rules.reorder(ids);
  }
}
