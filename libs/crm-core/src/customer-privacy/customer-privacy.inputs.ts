import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayNotEmpty, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { PageArgs, say } from '@pcrm/tenancy';
import { RevealableField } from './customer-privacy.model';

const ID_FORMAT = say('고객 ID가 올바르지 않습니다.', 'id is not a valid customer id.');

/** The most customers one `anonymizeCustomers` call names (about 390 KB of ids; the body limit is 1 MB). */
export const ANONYMIZE_MAX_IDS = 10_000;
export const RETENTION_YEARS_RANGE = [1, 50] as const;

@ArgsType()
export class RevealCustomerFieldArgs {
  @Field(() => ID)
  @IsUUID('all', ID_FORMAT)
  id!: string;

  @Field(() => RevealableField)
  field!: RevealableField;

  @Field({ description: '열람 사유 (1~200자, 개인정보 열람 기록에 남음)' })
  reason!: string;

  @Field(() => ID, { nullable: true, description: 'PHONE·EMAIL: 전화번호·e-mail 의 id (없으면 대표)' })
  @IsOptional()
  @IsUUID('all', say('itemId 가 올바르지 않습니다.', 'itemId is not a valid id.'))
  itemId?: string | null;
}

@ArgsType()
export class UpdateCustomerSettingsArgs {
  @Field(() => Int, { description: `보관 기간 (년, ${RETENTION_YEARS_RANGE.join('~')})` })
  @IsInt(say('보관 기간은 정수(년)여야 합니다.', 'retentionYears must be a whole number of years.'))
  @Min(
    RETENTION_YEARS_RANGE[0],
    say(
      `보관 기간은 ${RETENTION_YEARS_RANGE[0]}년 이상이어야 합니다.`,
      `retentionYears must be at least ${RETENTION_YEARS_RANGE[0]}.`,
    ),
  )
  @Max(
    RETENTION_YEARS_RANGE[1],
    say(
      `보관 기간은 ${RETENTION_YEARS_RANGE[1]}년 이하여야 합니다.`,
      `retentionYears must be at most ${RETENTION_YEARS_RANGE[1]}.`,
    ),
  )
  retentionYears!: number;
}

@ArgsType()
export class RetentionCandidatesArgs extends PageArgs {}

@ArgsType()
export class AnonymizeCustomersArgs {
  @Field(() => [ID], { description: `익명 처리할 고객 (1~${ANONYMIZE_MAX_IDS.toLocaleString('en')}명)` })
  @ArrayNotEmpty(say('익명 처리할 고객을 한 명 이상 주세요.', 'Name at least one customer to anonymize.'))
  @ArrayMaxSize(
    ANONYMIZE_MAX_IDS,
    say(
      `한 번에 ${ANONYMIZE_MAX_IDS.toLocaleString('ko-KR')}명까지 익명 처리할 수 있습니다.`,
      `At most ${ANONYMIZE_MAX_IDS} customers at once.`,
    ),
  )
  @IsUUID('all', { each: true, ...ID_FORMAT })
  ids!: string[];

  @Field({ description: '익명 처리 사유 (1~200자, 감사 기록에 남음)' })
  reason!: string;
}
