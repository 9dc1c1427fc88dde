import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ROUTING_KEYWORD_LIMIT } from '../petitions';
import { KEYWORD_MAX_LENGTH } from './routing-rule-checks';

@InputType({ description: '민원 배정 규칙: 분류와 핵심어 중 하나 이상, 부서 하나' })
export class VocRoutingRuleInput {
  @Field(() => String, { nullable: true, description: '분류 코드 (비우면 모든 분류)' })
  categoryCode?: string | null;

  @Field(() => [String], {
    defaultValue: [],
    description: `핵심어 (${ROUTING_KEYWORD_LIMIT}개까지, 각 ${KEYWORD_MAX_LENGTH}자 이하; 제목·내용에 하나라도 있으면 일치)`,
  })
  keywords: string[] = [];

  @Field(() => ID, { description: '배정할 부서 (이 시·도의 사용 중인 부서)' })
  departmentId!: string;

  @Field(() => Int, { nullable: true, description: '우선순위 (작을수록 먼저; 비우면 맨 뒤)' })
  priority?: number | null;

  @Field({ defaultValue: true, description: '사용 여부' })
  active: boolean = true;
}

@ArgsType()
export class VocRoutingRuleIdArgs {
  @Field(() => ID)
  id!: string;
}

@ArgsType()
export class UpdateVocRoutingRuleArgs extends VocRoutingRuleIdArgs {
  @Field(() => VocRoutingRuleInput)
  input!: VocRoutingRuleInput;
}

@ArgsType()
export class ReorderVocRoutingRulesArgs {
  @Field(() => [ID], { description: '모든 배정 규칙의 ID를 새 순서대로 (각 한 번씩)' })
  ids!: string[];
}

@ArgsType()
export class PreviewVocRoutingArgs {
  @Field({ description: '분류 코드' })
  categoryCode!: string;

  @Field({ defaultValue: '', description: '제목' })
  title: string = '';

  @Field({ defaultValue: '', description: '내용' })
  body: string = '';
}
