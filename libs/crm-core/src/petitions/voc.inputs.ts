import {
  ArgsType,
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  registerEnumType,
} from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { CustomFieldValuesScalar } from '@pcrm/customization';
import { say } from '@pcrm/tenancy';
import { ATTACHMENT_LIMITS } from '../attachments';
import { ContactChannel } from '../customer-contacts';
import { customerIdFormat } from '../customers';
import { HandlingClass, PeriodUnit, ReplyChannel, VocKind, VocSource, VocStatus } from './voc.enums';
import { DueState } from './voc.model';

/** The longest title and body of a case (the table's checks say the same). */
export const VOC_LIMITS = { title: 200, body: 20_000, address: 300, name: 100, email: 254, clientKey: 100 };

@InputType({ description: '익명(미등록) 민원인의 연락처: 이름과 전화 또는 이메일' })
export class AnonymousContactInput {
  @Field({ description: '이름 (1~100자)' })
  name!: string;

  @Field(() => String, { nullable: true, description: '전화번호 (숫자만 남겨 저장)' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: '이메일' })
  email?: string | null;
}

@InputType({ description: '민원(VOC) 접수' })
export class ReceiveVocInput {
  @Field(() => VocSource, { description: '출처' })
  source!: VocSource;

  @Field(() => ContactChannel, { description: '접수 채널' })
  channel!: ContactChannel;

  @Field(() => VocKind, { description: '민원 종류' })
  kind!: VocKind;

  @Field(() => String, {
    nullable: true,
    description:
      '처리기간 구분: 질의민원은 PROCEDURE(제도·절차, 7일) 또는 LEGAL_INTERPRETATION(법령 해석, 14일)',
  })
  periodVariant?: string | null;

  @Field(() => HandlingClass, { description: '처리 유형' })
  handlingClass!: HandlingClass;

  @Field({ description: '분류 코드 (시·도의 활성 분류)' })
  categoryCode!: string;

  @Field({ description: `제목 (1~${VOC_LIMITS.title}자)` })
  title!: string;

  @Field({ description: `내용 (1~${VOC_LIMITS.body.toLocaleString('en')}자)` })
  body!: string;

  @Field(() => String, { nullable: true, description: '발생 장소 주소' })
  locationAddress?: string | null;

  @Field(() => Float, { nullable: true, description: '위도 (대한민국 안: 33~39)' })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: '경도 (대한민국 안: 124~132)' })
  longitude?: number | null;

  @Field(() => ID, { nullable: true, description: '민원인 고객 ID (활성 고객); 없으면 contact 필요' })
  @IsOptional()
  @IsUUID('all', customerIdFormat('customerId'))
  customerId?: string | null;

  @Field(() => AnonymousContactInput, { nullable: true, description: '고객 등록 없이 받는 민원인 연락처' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AnonymousContactInput)
  contact?: AnonymousContactInput | null;

  @Field(() => ReplyChannel, { defaultValue: ReplyChannel.NONE, description: '회신 방법' })
  replyChannel: ReplyChannel = ReplyChannel.NONE;

  @Field(() => ID, {
    nullable: true,
    description: '이 민원이 들어온 접촉 이력; 없으면 고객 민원은 접촉 이력을 새로 남깁니다',
  })
  @IsOptional()
  @IsUUID('all', say('접촉 이력 ID가 올바르지 않습니다.', 'contactHistoryId is not a valid id.'))
  contactHistoryId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: '첨부파일 (POST /attachments로 먼저 올린 파일의 ID, 최대 5개)',
  })
  @IsOptional()
  @ArrayMaxSize(ATTACHMENT_LIMITS.maxFiles, say('첨부파일은 5개까지입니다.', 'At most 5 attachments.'))
  @IsUUID('all', { each: true, ...say('첨부파일 ID가 올바르지 않습니다.', 'An attachment id is not valid.') })
  attachmentIds?: string[] | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '접수 시각 (없으면 지금; 미래는 안 됨)' })
  receivedAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: '연계 시스템의 중복 방지 키 (1~100자): 같은 키로 다시 보내면 처음 접수된 민원을 돌려줍니다',
  })
  clientKey?: string | null;

  @Field(() => CustomFieldValuesScalar, {
    nullable: true,
    description: '사용자 정의 항목 값 (키 → 값; 기본값이 있는 항목은 보내지 않으면 기본값)',
  })
  customFields?: Record<string, unknown> | null;
}

@ArgsType()
export class VocDeadlinePreviewArgs {
  @Field(() => VocKind)
  kind!: VocKind;

  @Field(() => String, { nullable: true, description: '질의민원의 처리기간 구분' })
  variant?: string | null;

  @Field()
  categoryCode!: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '접수 시각 (없으면 지금)' })
  receivedAt?: Date | null;
}

export enum InboxScope {
  MINE = 'MINE',
  DEPARTMENT = 'DEPARTMENT',
  ALL = 'ALL',
}
registerEnumType(InboxScope, {
  name: 'VocInboxScope',
  description: '민원함 범위',
  valuesMap: {
    MINE: { description: '내 민원 (담당자가 나)' },
    DEPARTMENT: { description: '우리 부서 민원' },
    ALL: { description: '시·도 전체' },
  },
});

const INBOX_LIST_MAX = 20;
const LIST = (what: string, en: string) =>
  say(`${what}는 ${INBOX_LIST_MAX}개까지 고를 수 있습니다.`, `At most ${INBOX_LIST_MAX} ${en}.`);

@InputType({ description: '민원함 조건' })
export class VocInboxFilter {
  @Field(() => [VocStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(INBOX_LIST_MAX, LIST('상태', 'statuses'))
  status?: VocStatus[] | null;

  @Field(() => [VocKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(INBOX_LIST_MAX, LIST('민원 종류', 'kinds'))
  kind?: VocKind[] | null;

  @Field(() => String, { nullable: true, description: '분류 코드' })
  category?: string | null;

  @Field(() => DueState, { nullable: true, description: '기한 상태' })
  dueState?: DueState | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '접수 시각 이후 (포함)' })
  receivedFrom?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '접수 시각 이전 (제외)' })
  receivedTo?: Date | null;

  @Field(() => String, { nullable: true, description: '제목에 든 말 (100자까지)' })
  query?: string | null;
}

@ArgsType()
export class VocInboxArgs {
  @Field(() => InboxScope, { defaultValue: InboxScope.MINE })
  scope: InboxScope = InboxScope.MINE;

  @Field(() => VocInboxFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => VocInboxFilter)
  filter?: VocInboxFilter | null;

  @Field(() => Int, { defaultValue: 50, description: '한 페이지 크기 (1~100)' })
  @Min(1, say('first 는 1 이상이어야 합니다.', 'first must be at least 1.'))
  @Max(100, say('first 는 100 이하여야 합니다.', 'first must be at most 100.'))
  first = 50;

  @Field(() => String, { nullable: true, description: '이전 페이지의 endCursor' })
  after?: string | null;
}

@ArgsType()
export class VocIdArgs {
  @Field(() => ID)
  @IsUUID('all', say('민원 ID가 올바르지 않습니다.', 'id is not a valid id.'))
  id!: string;
}

@ArgsType()
export class AddVocAttachmentsArgs {
  @Field(() => ID, { description: '민원 ID' })
  @IsUUID('all', say('민원 ID가 올바르지 않습니다.', 'id is not a valid id.'))
  id!: string;

  @Field(() => [ID], { description: '첨부파일 (POST /attachments로 먼저 올린 파일의 ID, 1~5개)' })
  @ArrayMinSize(1, say('첨부파일을 하나 이상 골라 주세요.', 'Give at least one attachment.'))
  @ArrayMaxSize(ATTACHMENT_LIMITS.maxFiles, say('첨부파일은 5개까지입니다.', 'At most 5 attachments.'))
  @IsUUID('all', { each: true, ...say('첨부파일 ID가 올바르지 않습니다.', 'An attachment id is not valid.') })
  attachmentIds!: string[];
}

@ArgsType()
export class VocReceiptNoArgs {
  @Field({ description: '접수번호 (예: BUSAN-2026-000123)' })
  receiptNo!: string;
}

@InputType({ description: '민원 분류 추가·변경 (시·도 관리자): code 가 있으면 바꾸고, 없으면 만듭니다' })
export class SaveVocCategoryInput {
  @Field({ description: '분류 코드: 영문 대문자로 시작하는 대문자·숫자·_ 1~40자' })
  code!: string;

  @Field({ description: '분류 이름 (1~100자)' })
  nameKo!: string;

  @Field({ description: '영문 이름 (1~100자)' })
  nameEn!: string;

  @Field(() => String, { nullable: true, description: '상위 분류 코드 (없으면 최상위)' })
  parentCode?: string | null;

  @Field(() => [String], { nullable: true, description: '자동 배정 핵심어 (30개까지, 각 1~40자)' })
  @IsOptional()
  @ArrayMaxSize(30, say('핵심어는 30개까지입니다.', 'At most 30 keywords.'))
  keywords?: string[] | null;

  @Field({ defaultValue: true, description: '사용 여부 (비활성 분류로는 접수할 수 없습니다)' })
  active: boolean = true;
}

@InputType({ description: '법정 처리기간 변경 (시·도 관리자)' })
export class UpdateVocPeriodInput {
  @Field(() => VocKind)
  kind!: VocKind;

  @Field({ defaultValue: '*', description: "분류 코드 ('*' = 그 종류 전체)" })
  categoryCode: string = '*';

  @Field({ defaultValue: '', description: '구분 (질의: PROCEDURE / LEGAL_INTERPRETATION)' })
  variant: string = '';

  @Field(() => Int, { description: '기간 (1~3650)' })
  @Min(1, say('처리기간은 1 이상이어야 합니다.', 'value must be at least 1.'))
  @Max(3650, say('처리기간은 3650 이하여야 합니다.', 'value must be at most 3650.'))
  value!: number;

  @Field(() => PeriodUnit)
  unit!: PeriodUnit;
}
