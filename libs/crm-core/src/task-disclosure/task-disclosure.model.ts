import { ArgsType, Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsUUID, Min } from 'class-validator';
import { say } from '@pcrm/tenancy';

const ID_FORMAT = say('과업 ID가 올바르지 않습니다.', 'The task id is not a valid id.');
const VERSION = say('버전은 1 이상의 정수여야 합니다.', 'expectedVersion must be a positive integer.');
const FLAG = say('공개 여부는 true 또는 false 입니다.', 'public must be true or false.');

@ObjectType('TaskPublicStep', { description: '공개 화면의 추진 단계 (순위 순)' })
export class TaskPublicStep {
  @Field(() => Int)
  position!: number;
  @Field()
  name!: string;
  @Field(() => Int, { description: '가중치 (%)' })
  weight!: number;
  @Field(() => Int, { description: '계획처리기간 (일)' })
  plannedDays!: number;
  @Field(() => Int, { nullable: true, description: '실제처리기간 (일): 시작 전이면 없음' })
  actualDays!: number | null;
  @Field(() => Int, { description: '진행률 (%)' })
  progress!: number;
  @Field({ description: 'NOT_STARTED, IN_PROGRESS, DONE' })
  status!: string;
  @Field()
  statusKo!: string;
  @Field({ description: '계획처리기간을 넘겨 진행 중' })
  overdue!: boolean;
  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType('TaskPublicView', {
  description: '공개 과업 화면에 보이는 그대로: 개인정보(담당자, 민원인) 없음',
})
export class TaskPublicView {
  @Field(() => ID)
  id!: string;
  @Field()
  managementNo!: string;
  @Field()
  title!: string;
  @Field(() => String, { nullable: true })
  summary!: string | null;
  @Field({ description: 'PLANNING, IN_PROGRESS, COMPLETED, IMPOSSIBLE' })
  status!: string;
  @Field()
  statusKo!: string;
  @Field(() => Float, { description: '과제진행률 (%): Σ 가중치 × 단계 진행률' })
  progress!: number;
  @Field(() => Float, { nullable: true, description: '처리기간준수도 (%)' })
  compliance!: number | null;
  @Field(() => [TaskPublicStep])
  steps!: TaskPublicStep[];
  @Field(() => String, { nullable: true, description: '완료된 과업의 추진 결과' })
  result!: string | null;
  @Field(() => String, { nullable: true, description: '처리불가 사유' })
  impossibleReason!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt!: Date | null;
  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true })
  closedAt!: Date | null;
}

@ObjectType('TaskPublicProblem', { description: '공개를 막는 개인정보: 값은 담지 않습니다' })
export class TaskPublicProblem {
  @Field({ description: 'title, summary, result, impossibleReason, steps.<순위>.name|note' })
  field!: string;
  @Field({ description: 'PHONE, EMAIL, RESIDENT_REGISTRATION_NO, RESIDENT_NAME, RESIDENT_ADDRESS' })
  kind!: string;
  @Field()
  messageKo!: string;
  @Field()
  messageEn!: string;
}

@ObjectType('TaskPublicPreview', { description: '공개 미리보기: 공개 화면 그대로와 공개를 막는 문제' })
export class TaskPublicPreview {
  @Field(() => ID)
  taskId!: string;
  @Field()
  managementNo!: string;
  @Field()
  isPublic!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt!: Date | null;
  @Field(() => Int)
  version!: number;
  @Field(() => TaskPublicView)
  view!: TaskPublicView;
  @Field(() => [TaskPublicProblem])
  problems!: TaskPublicProblem[];
}

@ArgsType()
export class TaskIdArgs {
  @Field(() => ID)
  @IsUUID('all', ID_FORMAT)
  id!: string;
}

@ArgsType()
export class SetTaskPublicArgs extends TaskIdArgs {
  @Field({ description: 'true 공개, false 비공개' })
  @IsBoolean(FLAG)
  'public'!: boolean;

  @Field(() => Int, { description: '읽어 온 과업의 version: 그새 바뀌었으면 CONFLICT' })
  @IsInt(VERSION)
  @Min(1, VERSION)
  expectedVersion!: number;
}
