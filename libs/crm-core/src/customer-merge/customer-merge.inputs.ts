import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { say } from '@pcrm/tenancy';

const ID_FORMAT = say('고객 ID가 올바르지 않습니다.', 'The customer id is not valid.');

@InputType({
  description: '두 고객을 하나로 병합: survivorId 가 남고 mergedId 는 병합됨(MERGED)으로 남습니다',
})
export class MergeCustomersInput {
  @Field(() => ID, { description: '남는 고객' })
  @IsUUID('all', ID_FORMAT)
  survivorId!: string;

  @Field(() => ID, { description: '병합되는 고객 (기록·출처는 그대로 남음)' })
  @IsUUID('all', ID_FORMAT)
  mergedId!: string;

  @Field({ description: '병합 사유 (1~200자, 병합 기록과 감사 기록에 남음)' })
  reason!: string;
}
