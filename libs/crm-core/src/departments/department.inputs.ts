import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { CustomFieldValuesScalar } from '@pcrm/customization';
import { HasVisibleCharacter, NoControlOrFormatCharacters, say } from '@pcrm/tenancy';

const NAME = say('부서명은 1~100자여야 합니다.', 'Department name must be 1 to 100 characters.');
const NOT_BLANK = say(
  '부서명에는 보이는 글자가 하나 이상 있어야 합니다 (공백·보이지 않는 문자만으로는 안 됩니다).',
  'Department name needs at least one visible character (not only spaces or invisible characters).',
);
const NO_CONTROL = say(
  '부서명에 제어 문자나 보이지 않는 서식 문자(예: U+200B)를 쓸 수 없습니다.',
  'Department name must not contain control or invisible format characters (such as U+200B).',
);
const CODE = say(
  '부서 코드는 영문·숫자·_·- 로 된 1~40자여야 합니다.',
  'Department code must be 1 to 40 letters, digits, _ or -.',
);
const PARENT = say('상위 부서 ID가 올바르지 않습니다.', 'parentId is not a valid id.');
const ID_FORMAT = say('부서 ID가 올바르지 않습니다.', 'id is not a valid id.');

@InputType({ description: '부서 추가' })
export class CreateDepartmentInput {
  @Field()
  @Length(1, 100, NAME)
  @HasVisibleCharacter(NOT_BLANK)
  @NoControlOrFormatCharacters(NO_CONTROL)
  name!: string;

  @Field()
  @Matches(/^[0-9A-Za-z_-]{1,40}$/, CODE)
  code!: string;

  @Field(() => ID, { nullable: true, description: '없으면 최상위 부서(국/실/본부)' })
  @IsOptional()
  @IsUUID('all', PARENT)
  parentId?: string | null;

  @Field(() => CustomFieldValuesScalar, {
    nullable: true,
    description: '사용자 정의 항목 (PATCH: null 은 지움)',
  })
  customFields?: Record<string, unknown> | null;
}

@InputType({ description: '부서 변경: 보낸 항목만 바뀝니다. parentId: null 은 최상위로 옮깁니다.' })
export class UpdateDepartmentInput {
  @Field(() => ID)
  @IsUUID('all', ID_FORMAT)
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100, NAME)
  @HasVisibleCharacter(NOT_BLANK)
  @NoControlOrFormatCharacters(NO_CONTROL)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[0-9A-Za-z_-]{1,40}$/, CODE)
  code?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', PARENT)
  parentId?: string | null;

  @Field(() => CustomFieldValuesScalar, {
    nullable: true,
    description: '사용자 정의 항목 (PATCH: null 은 지움)',
  })
  customFields?: Record<string, unknown> | null;
}

@ArgsType()
export class DepartmentIdArgs {
  @Field(() => ID)
  @IsUUID('all', ID_FORMAT)
  id!: string;
}
