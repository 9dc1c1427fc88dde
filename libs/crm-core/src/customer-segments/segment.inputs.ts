import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { HasVisibleCharacter, NoControlOrFormatCharacters, PageArgs, say } from '@pcrm/tenancy';
import { SegmentRulesScalar } from './segment.model';

const NAME = say('세그먼트 이름은 1~100자여야 합니다.', 'Segment name must be 1 to 100 characters.');
const NOT_BLANK = say(
  '세그먼트 이름에는 보이는 글자가 하나 이상 있어야 합니다.',
  'Segment name needs at least one visible character.',
);
const NO_CONTROL = say(
  '세그먼트 이름에 제어 문자나 보이지 않는 서식 문자를 쓸 수 없습니다.',
  'Segment name must not contain control or invisible format characters.',
);
const DESCRIPTION = say('설명은 1000자 이하여야 합니다.', 'Description must be at most 1000 characters.');
const ID_FORMAT = say('세그먼트 ID가 올바르지 않습니다.', 'id is not a valid segment id.');

@InputType({ description: '세그먼트 만들기' })
export class CreateSegmentInput {
  @Field()
  @Length(1, 100, NAME)
  @HasVisibleCharacter(NOT_BLANK)
  @NoControlOrFormatCharacters(NO_CONTROL)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 1000, DESCRIPTION)
  description?: string | null;

  @Field(() => SegmentRulesScalar)
  rules!: unknown;
}

@InputType({ description: '세그먼트 변경: 보낸 항목만 바뀝니다. version 은 읽은 그대로 (낙관적 잠금)' })
export class UpdateSegmentInput {
  @Field(() => ID)
  @IsUUID('all', ID_FORMAT)
  id!: string;

  @Field(() => Int)
  @IsInt(say('version 은 정수여야 합니다.', 'version must be an integer.'))
  version!: number;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100, NAME)
  @HasVisibleCharacter(NOT_BLANK)
  @NoControlOrFormatCharacters(NO_CONTROL)
  name?: string;

  @Field(() => String, { nullable: true, description: '빈 글은 설명을 지웁니다' })
  @IsOptional()
  @Length(0, 1000, DESCRIPTION)
  description?: string | null;

  @Field(() => SegmentRulesScalar, { nullable: true })
  @IsOptional()
  rules?: unknown;
}

@ArgsType()
export class SegmentIdArgs {
  @Field(() => ID)
  @IsUUID('all', ID_FORMAT)
  id!: string;
}

@ArgsType()
export class SegmentPreviewArgs {
  @Field(() => SegmentRulesScalar)
  rules!: unknown;
}

@ArgsType()
export class SegmentsArgs extends PageArgs {}

@ArgsType()
export class SegmentSnapshotsArgs {
  @Field(() => Int, { defaultValue: 30, description: '최근 몇 개 (1~366), 오래된 것부터 시간순' })
  @Min(1, say('last 는 1 이상이어야 합니다.', 'last must be at least 1.'))
  @Max(366, say('last 는 366 이하여야 합니다.', 'last must be at most 366.'))
  last = 30;
}
