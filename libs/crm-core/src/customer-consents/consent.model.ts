import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { ConsentPurpose } from '../customers';
import { ContactChannel } from '../customer-contacts';

@ObjectType({ description: '개인정보 이용 동의 한 건 (목적별; 철회되어도 증빙으로 남음)' })
export class Consent {
  @Field(() => ID)
  id!: string;
  @Field(() => ID)
  customerId!: string;
  @Field(() => ConsentPurpose)
  purpose!: ConsentPurpose;
  @Field({ description: '지금 유효한지 (철회되지 않음)' })
  active!: boolean;
  @Field(() => GraphQLISODateTime, { description: '동의한 시각' })
  grantedAt!: Date;
  @Field(() => ContactChannel, { description: '동의를 받은 채널' })
  channel!: ContactChannel;
  @Field({ description: '증빙 (예: 서면 동의서 번호, 녹취 번호, 웹 동의 기록)' })
  evidence!: string;
  @Field({ description: '기록한 사람' })
  recordedBy!: string;
  @Field(() => GraphQLISODateTime, { nullable: true, description: '철회한 시각' })
  withdrawnAt!: Date | null;
  @Field(() => String, { nullable: true, description: '철회를 기록한 사람' })
  withdrawnBy!: string | null;
  @Field(() => ContactChannel, { nullable: true, description: '철회를 받은 채널' })
  withdrawalChannel!: ContactChannel | null;
}
