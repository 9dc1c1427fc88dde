import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConsentPurpose } from '../customers';
import { NotificationChannel, NotificationState, SmsKind } from './notification.enums';
import { templateDefinition } from './template-defaults';

@ObjectType({ description: '민원인 알림 한 건의 발송 상태 (수신처는 개인정보: 권한 없으면 가려짐)' })
export class NotificationDelivery {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationChannel)
  channel!: NotificationChannel;

  @Field(() => SmsKind, { nullable: true, description: '문자일 때 SMS/LMS' })
  smsKind!: SmsKind | null;

  @Field({ description: '수신 번호 또는 전자우편 (customer:personal:read 없으면 마스킹)' })
  recipient!: string;

  @Field({ description: '템플릿 키 (예: voc.received)' })
  templateKey!: string;

  @Field({ description: '템플릿 이름 (예: 민원 접수; 모르는 키는 키 그대로)' })
  templateNameKo!: string;

  @Field({ description: 'Template name (English; an unknown key as it is)' })
  templateNameEn!: string;

  @Field(() => ConsentPurpose, { description: '발송 목적 (동의 확인 기준)' })
  purpose!: ConsentPurpose;

  @Field(() => NotificationState)
  state!: NotificationState;

  @Field(() => String, { nullable: true, description: '보내지 않은 사유 (SKIPPED)' })
  skipReason!: string | null;

  @Field(() => Int, { description: '발송 시도 횟수' })
  attempts!: number;

  @Field(() => String, { nullable: true, description: '마지막 오류 (한국어)' })
  lastError!: string | null;

  @Field(() => String, { nullable: true, description: 'Last error (English)' })
  lastErrorEn!: string | null;

  @Field(() => Date, { nullable: true, description: '발송 완료 시각' })
  sentAt!: Date | null;

  @Field(() => Date, { description: '알림이 만들어진 시각 (업무 처리와 같은 트랜잭션)' })
  createdAt!: Date;
}

export interface DeliveryRow {
  id: string;
  channel: string;
  sms_kind: string | null;
  recipient: string;
  template_key: string;
  purpose: string;
  state: string;
  skip_reason: string | null;
  attempts: number;
  last_error: string | null;
  last_error_en: string | null;
  sent_at: Date | null;
  created_at: Date;
}

export const toDelivery = (row: DeliveryRow): NotificationDelivery => ({
  id: row.id,
  channel: row.channel as NotificationChannel,
  smsKind: row.sms_kind as SmsKind | null,
  recipient: row.recipient,
  templateKey: row.template_key,
  templateNameKo: templateDefinition(row.template_key)?.nameKo ?? row.template_key,
  templateNameEn: templateDefinition(row.template_key)?.nameEn ?? row.template_key,
  purpose: row.purpose as ConsentPurpose,
  state: row.state as NotificationState,
  skipReason: row.skip_reason,
  attempts: row.attempts,
  lastError: row.last_error,
  lastErrorEn: row.last_error_en,
  sentAt: row.sent_at,
  createdAt: row.created_at,
});

@ObjectType({ description: '알림 템플릿 (시·도별; 고치지 않은 것은 플랫폼 기본 문구)' })
export class NotificationTemplate {
  @Field({ description: '템플릿 키 (예: voc.received)' })
  key!: string;

  @Field(() => NotificationChannel)
  channel!: NotificationChannel;

  @Field({ description: '이름' })
  nameKo!: string;

  @Field({ description: 'Name (English)' })
  nameEn!: string;

  @Field(() => String, { nullable: true, description: '전자우편 제목 (문자는 null)' })
  subject!: string | null;

  @Field({ description: '본문 ({{변수}} 자리표시자)' })
  body!: string;

  @Field(() => [String], { description: '쓸 수 있는 변수 (tenantName 은 자동으로 채워짐)' })
  variables!: string[];

  @Field({ description: '시·도가 고친 문구인지 (false: 플랫폼 기본)' })
  customized!: boolean;

  @Field(() => Date, { nullable: true })
  updatedAt!: Date | null;

  @Field(() => String, { nullable: true, description: '마지막으로 고친 사람' })
  updatedBy!: string | null;
}

@ObjectType({ description: '템플릿 미리보기: 예시 값으로 채운 문구와 문자 바이트 수' })
export class NotificationPreview {
  @Field(() => String, { nullable: true })
  subject!: string | null;

  @Field()
  body!: string;

  @Field(() => Int, { nullable: true, description: '문자일 때 EUC-KR(CP949) 바이트 수' })
  bytes!: number | null;

  @Field(() => SmsKind, { nullable: true, description: '문자일 때 SMS(≤90)/LMS(≤2,000)' })
  smsKind!: SmsKind | null;
}

@ObjectType({ description: '시·도의 발신 설정' })
export class NotificationSettings {
  @Field({ description: '문자 발신번호 (사전 등록된 번호, 숫자만)' })
  smsSender!: string;

  @Field({ description: '전자우편 발신 주소' })
  emailFrom!: string;

  @Field({ description: '시·도가 정한 값인지 (false: 플랫폼 기본값)' })
  customized!: boolean;
}
