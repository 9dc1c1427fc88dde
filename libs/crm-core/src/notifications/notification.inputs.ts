import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  IsEmail,
  IsEnum,
  IsOptional,
  Length,
  Matches,
  ValidateBy,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';
import { Type } from 'class-transformer';
import { normalizeSmsSender } from '@pcrm/access';
import { NoControlOrFormatCharacters, controlOrFormatCharacter, say } from '@pcrm/tenancy';
import { NotificationChannel } from './notification.enums';

const KEY = say(
  '템플릿 키가 올바르지 않습니다 (예: voc.received).',
  'Not a template key (e.g. voc.received).',
);
const CHANNEL = say('채널은 SMS 또는 EMAIL 입니다.', 'Channel is SMS or EMAIL.');
const BODY = say('본문은 1~4,000자여야 합니다.', 'The body must be 1 to 4,000 characters.');
const SUBJECT = say('제목은 1~200자여야 합니다.', 'The subject must be 1 to 200 characters.');
const NO_CONTROL = say(
  '제어 문자나 보이지 않는 서식 문자(예: U+200B)를 쓸 수 없습니다 (줄바꿈은 됩니다).',
  'Control or invisible format characters (such as U+200B) are not allowed (line breaks are).',
);
const SUBJECT_ID = say('대상 ID는 1~100자여야 합니다.', 'subjectId must be 1 to 100 characters.');
const SUBJECT_TYPE = say("대상 종류는 'voc' 입니다.", "subjectType is 'voc'.");
const SENDER = say(
  '발신번호는 사전 등록할 수 있는 국내 번호여야 합니다 (지역번호·휴대전화 9~11자리 또는 1588-0000 같은 대표번호).',
  'The sender number must be a Korean number that can be registered (area or mobile, 9 to 11 digits, or a 1588-0000 style number).',
);
const FROM = say('발신 전자우편 주소가 올바르지 않습니다.', 'Not a valid sender e-mail address.');
const VARIABLE_NAME = say('변수 이름이 올바르지 않습니다.', 'Not a variable name.');
const VARIABLE_VALUE = say('변수 값은 0~500자여야 합니다.', 'A variable value must be 0 to 500 characters.');

/** Like `NoControlOrFormatCharacters`, but a message body may have line breaks (async: see display-name.ts). */
function NoControlButLineBreaks(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'noControlButLineBreaks',
      validator: {
        validate: async (value) =>
          typeof value === 'string' && controlOrFormatCharacter(value.replace(/\r?\n/g, '')) === null,
      },
    },
    options,
  );
}

/** A number the carriers accept as sender (`normalizeSmsSender`); the service stores its digits. */
function IsSmsSender(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isSmsSender',
      validator: {
        validate: async (value) => typeof value === 'string' && normalizeSmsSender(value) !== null,
      },
    },
    options,
  );
}

@ArgsType()
export class NotificationSubjectArgs {
  @Field({ description: "대상 종류 ('voc')" })
  @Matches(/^voc$/, SUBJECT_TYPE)
  subjectType!: string;

  @Field(() => ID, { description: '대상 ID (민원 ID)' })
  @Length(1, 100, SUBJECT_ID)
  subjectId!: string;
}

@InputType({ description: '템플릿 문구 (문자는 제목 없음)' })
export class NotificationTemplateInput {
  @Field()
  @Matches(/^[a-z][a-z0-9]*(\.[a-z][a-z0-9]*)+$/, KEY)
  key!: string;

  @Field(() => NotificationChannel)
  @IsEnum(NotificationChannel, CHANNEL)
  channel!: NotificationChannel;

  @Field(() => String, { nullable: true, description: '전자우편 제목 (전자우편에 필수, 문자에는 없음)' })
  @IsOptional()
  @Length(1, 200, SUBJECT)
  @NoControlOrFormatCharacters(NO_CONTROL)
  subject?: string | null;

  @Field()
  @Length(1, 4000, BODY)
  @NoControlButLineBreaks(NO_CONTROL)
  body!: string;
}

@InputType({ description: '미리보기에 쓸 변수 값' })
export class NotificationVariableInput {
  @Field()
  @Matches(/^[A-Za-z][A-Za-z0-9]{0,39}$/, VARIABLE_NAME)
  name!: string;

  @Field()
  @Length(0, 500, VARIABLE_VALUE)
  value!: string;
}

@InputType({ description: '저장 전 문구의 미리보기 (변수 값을 주지 않으면 예시 값)' })
export class PreviewNotificationTemplateInput extends NotificationTemplateInput {
  @Field(() => [NotificationVariableInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => NotificationVariableInput)
  variables?: NotificationVariableInput[] | null;
}

@ArgsType()
export class NotificationTemplateKeyArgs {
  @Field()
  @Matches(/^[a-z][a-z0-9]*(\.[a-z][a-z0-9]*)+$/, KEY)
  key!: string;

  @Field(() => NotificationChannel)
  @IsEnum(NotificationChannel, CHANNEL)
  channel!: NotificationChannel;
}

@InputType({ description: '발신 설정' })
export class NotificationSettingsInput {
  @Field({ description: '문자 발신번호 (하이픈 허용, 숫자만 저장)' })
  @IsSmsSender(SENDER)
  smsSender!: string;

  @Field()
  @IsEmail({}, FROM)
  @Length(3, 254, FROM)
  emailFrom!: string;
}
