import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { say } from '@pcrm/tenancy';
import { ConsentPurpose, customerIdFormat } from '../customers';
import { ContactChannel } from '../customer-contacts';

@InputType({ description: '동의 기록: 한 목적에 유효한 동의는 하나뿐입니다' })
export class GrantConsentInput {
  @Field(() => ID)
  @IsUUID('all', customerIdFormat('customerId'))
  customerId!: string;

  @Field(() => ConsentPurpose)
  purpose!: ConsentPurpose;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '동의한 시각 (없으면 지금; 미래는 안 됨)' })
  grantedAt?: Date | null;

  @Field(() => ContactChannel, { description: '동의를 받은 채널' })
  channel!: ContactChannel;

  @Field({ description: '증빙 (1~500자: 서면 동의서 번호, 녹취 번호 등)' })
  evidence!: string;
}

@InputType({ description: '동의 철회: 동의 기록은 철회 시각·채널과 함께 남습니다' })
export class WithdrawConsentInput {
  @Field(() => ID)
  @IsUUID('all', say('동의 ID가 올바르지 않습니다.', 'consentId is not a valid consent id.'))
  consentId!: string;

  @Field(() => ContactChannel, { description: '철회를 받은 채널' })
  channel!: ContactChannel;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: '철회한 시각 (없으면 지금; 동의 시각 이후, 미래는 안 됨)',
  })
  withdrawnAt?: Date | null;
}
