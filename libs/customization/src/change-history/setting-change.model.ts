import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { SettingChange } from './setting-changes';

@ObjectType({ description: '맞춤 설정 변경 이력 한 건 (버전, 누가, 언제, 이전·이후 값)' })
export class SettingChangeRecord {
  @Field(() => Int) version!: number;
  @Field(() => ID, { nullable: true, description: '변경한 직원 (직원이 아닌 연계 시스템이면 없음)' })
  changedByStaffId!: string | null;
  @Field({ description: '변경한 사용자 이름' }) changedBy!: string;
  @Field(() => GraphQLISODateTime) changedAt!: Date;
  @Field({ description: '이전 값 (JSON)' }) before!: string;
  @Field({ description: '이후 값 (JSON)' }) after!: string;
}

export const toChangeRecord = (c: SettingChange): SettingChangeRecord => ({
  ...c,
  before: JSON.stringify(c.before),
  after: JSON.stringify(c.after),
});
