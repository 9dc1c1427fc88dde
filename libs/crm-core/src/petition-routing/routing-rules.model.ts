import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { DepartmentRef } from '../customer-contacts';

@ObjectType({
  description:
    '민원 자동 배정 규칙: 분류(있으면)가 같고 핵심어(있으면) 하나가 제목·내용에 있으면 부서로 배정; 우선순위 숫자가 작은 규칙부터',
})
export class VocRoutingRule {
  @Field(() => ID)
  id!: string;
  @Field(() => String, { nullable: true, description: '분류 코드 (없으면 모든 분류)' })
  categoryCode!: string | null;
  @Field(() => [String], { description: '핵심어 (없으면 분류만으로 배정; 대소문자 구분 없음)' })
  keywords!: string[];
  @Field(() => DepartmentRef, { description: '배정할 부서' })
  department!: DepartmentRef;
  @Field({ description: '배정할 부서가 사용 중인지 (사용 중지된 부서의 규칙은 건너뜁니다)' })
  departmentActive!: boolean;
  @Field(() => Int, { description: '우선순위 (작을수록 먼저)' })
  priority!: number;
  @Field({ description: '사용 여부' })
  active!: boolean;
  @Field({ description: '만든 사람 (system:routing = 처음 자동 생성)' })
  createdBy!: string;
  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}

@ObjectType({ description: '배정 미리보기: 지금 규칙으로 접수하면 어느 규칙이 어느 부서로 배정하는지' })
export class VocRoutingPreview {
  @Field(() => VocRoutingRule, {
    nullable: true,
    description: '배정하는 규칙 (없으면 배정 안 됨: 접수 상태로 남음)',
  })
  rule!: VocRoutingRule | null;
  @Field(() => String, { nullable: true, description: '일치한 핵심어 (분류만으로 배정하면 없음)' })
  matchedKeyword!: string | null;
}
