import { ArgsType, Field, Float, InputType, Int } from '@nestjs/graphql';
import { PageArgs } from '@pcrm/tenancy';
import { CustomFieldType } from './custom-field.types';
import { CustomFieldValueScalar } from './custom-field.scalars';

@InputType({ description: '선택지' })
export class CustomFieldOptionInput {
  @Field({ description: '저장되는 값 (50자까지, 항목 안에서 유일)' })
  value!: string;
  @Field()
  labelKo!: string;
  @Field()
  labelEn!: string;
}

@InputType({ description: '값 검사 규칙 (유형에 맞는 것만)' })
export class CustomFieldRulesInput {
  @Field(() => Int, { nullable: true })
  minLength?: number | null;
  @Field(() => Int, { nullable: true })
  maxLength?: number | null;
  @Field(() => Float, { nullable: true })
  minimum?: number | null;
  @Field(() => Float, { nullable: true })
  maximum?: number | null;
  @Field(() => String, { nullable: true })
  pattern?: string | null;
}

/** Everything about a field but its entity and key; on update every part is optional (absent keeps, null clears). */
@InputType({ description: '사용자 정의 항목 변경: 보낸 것만 바뀌고 null 은 지움' })
export class UpdateCustomFieldInput {
  @Field(() => String, { nullable: true })
  labelKo?: string | null;
  @Field(() => String, { nullable: true })
  labelEn?: string | null;
  @Field(() => CustomFieldType, { nullable: true })
  type?: CustomFieldType | null;
  @Field(() => Boolean, { nullable: true })
  required?: boolean | null;
  @Field(() => CustomFieldValueScalar, { nullable: true })
  defaultValue?: unknown;
  @Field(() => CustomFieldRulesInput, { nullable: true })
  rules?: CustomFieldRulesInput | null;
  @Field(() => [CustomFieldOptionInput], { nullable: true })
  options?: CustomFieldOptionInput[] | null;
  @Field(() => String, { nullable: true })
  helpKo?: string | null;
  @Field(() => String, { nullable: true })
  helpEn?: string | null;
  @Field(() => Int, { nullable: true })
  position?: number | null;
  @Field(() => String, { nullable: true })
  group?: string | null;
  @Field(() => [String], { nullable: true })
  readRoles?: string[] | null;
  @Field(() => [String], { nullable: true })
  editRoles?: string[] | null;
  @Field(() => Boolean, { nullable: true })
  personalData?: boolean | null;
}

@InputType({ description: '새 사용자 정의 항목' })
export class DefineCustomFieldInput {
  @Field({ description: '대상 ID (customizableEntities)' })
  entity!: string;
  @Field({ description: '항목 키: 영문 소문자로 시작, 소문자·숫자·_ 2~40자' })
  key!: string;
  @Field()
  labelKo!: string;
  @Field()
  labelEn!: string;
  @Field(() => CustomFieldType)
  type!: CustomFieldType;
  @Field({ defaultValue: false })
  required: boolean = false;
  @Field(() => CustomFieldValueScalar, { nullable: true })
  defaultValue?: unknown;
  @Field(() => CustomFieldRulesInput, { nullable: true })
  rules?: CustomFieldRulesInput | null;
  @Field(() => [CustomFieldOptionInput], { defaultValue: [] })
  options: CustomFieldOptionInput[] = [];
  @Field(() => String, { nullable: true })
  helpKo?: string | null;
  @Field(() => String, { nullable: true })
  helpEn?: string | null;
  @Field(() => Int, { nullable: true, description: '순서 (비우면 맨 뒤)' })
  position?: number | null;
  @Field(() => String, { nullable: true })
  group?: string | null;
  @Field(() => [String], { defaultValue: [] })
  readRoles: string[] = [];
  @Field(() => [String], { defaultValue: [] })
  editRoles: string[] = [];
  @Field({ defaultValue: false })
  personalData: boolean = false;
}

@ArgsType()
export class CustomFieldDefinitionsArgs {
  @Field({ description: '대상 ID' })
  entity!: string;
  @Field({ defaultValue: false, description: '보관된 항목도' })
  includeArchived: boolean = false;
}

@ArgsType()
export class CustomFieldKeyArgs {
  @Field()
  entity!: string;
  @Field()
  key!: string;
}

@ArgsType()
export class UpdateCustomFieldArgs extends CustomFieldKeyArgs {
  @Field(() => UpdateCustomFieldInput)
  input!: UpdateCustomFieldInput;
  @Field(() => Int, { description: '읽어 온 정의의 version (다르면 CONFLICT)' })
  expectedVersion!: number;
}

@ArgsType()
export class CheckCustomFieldChangeArgs extends CustomFieldKeyArgs {
  @Field(() => UpdateCustomFieldInput)
  input!: UpdateCustomFieldInput;
}

@ArgsType()
export class CustomFieldChangesArgs extends PageArgs {
  @Field()
  entity!: string;
  @Field(() => String, { nullable: true, description: '이 항목의 이력만' })
  key?: string | null;
}
