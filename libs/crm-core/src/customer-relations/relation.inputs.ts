import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { say } from '@pcrm/tenancy';
import { customerIdFormat } from '../customers';
import { RelationKind } from './relation.enums';

@InputType({ description: '관계 추가: 관련 고객(relatedCustomerId)이 고객(customerId)의 kind 입니다' })
export class AddCustomerRelationInput {
  @Field(() => ID)
  @IsUUID('all', customerIdFormat('customerId'))
  customerId!: string;

  @Field(() => ID)
  @IsUUID('all', customerIdFormat('relatedCustomerId'))
  relatedCustomerId!: string;

  @Field(() => RelationKind)
  kind!: RelationKind;

  @Field(() => String, { nullable: true, description: '메모 (500자 이하)' })
  note?: string | null;
}

@ArgsType()
export class RelationIdArgs {
  @Field(() => ID)
  @IsUUID('all', say('관계 ID가 올바르지 않습니다.', 'id is not a valid relation id.'))
  id!: string;
}
