import { Field, GraphQLISODateTime, ID, Int, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '@pcrm/tenancy';
import { CustomFieldType } from './custom-field.types';
import { CustomFieldValueScalar } from './custom-field.scalars';

registerEnumType(CustomFieldType, {
  name: 'CustomFieldType',
  description: '사용자 정의 항목 유형',
  valuesMap: {
    TEXT: { description: '글자 (한 줄, 500자까지)' },
    LONG_TEXT: { description: '긴 글 (10,000자까지)' },
    INTEGER: { description: '정수' },
    DECIMAL: { description: '소수' },
    DATE: { description: '날짜 YYYY-MM-DD' },
    DATETIME: { description: '일시 (ISO 8601, 시간대 포함)' },
    BOOLEAN: { description: '예/아니요' },
    SELECT: { description: '선택지 하나 (선택지 값)' },
    MULTI_SELECT: { description: '선택지 여러 개 (선택지 값의 배열)' },
    PHONE: { description: '전화번호' },
    EMAIL: { description: 'e-mail 주소' },
    URL: { description: '웹 주소 (http, https)' },
    ADDRESS: { description: '주소 { postalCode?, road, detail? }' },
    CUSTOMER_REF: { description: '같은 시·도의 고객 ID' },
    DEPARTMENT_REF: { description: '같은 시·도의 부서 ID' },
  },
});

@ObjectType({ description: '사용자 정의 항목을 둘 수 있는 대상' })
export class CustomizableEntityInfo {
  @Field({ description: '대상 ID (예: crm-core.customers)' })
  id!: string;
  @Field()
  labelKo!: string;
  @Field()
  labelEn!: string;
}

@ObjectType({ description: '선택 항목의 선택지' })
export class CustomFieldOption {
  @Field({ description: '저장되는 값' })
  value!: string;
  @Field()
  labelKo!: string;
  @Field()
  labelEn!: string;
}

@ObjectType({ description: '값 검사 규칙' })
export class CustomFieldRules {
  @Field(() => Int, { nullable: true, description: '최소 길이 (다중 선택은 최소 선택 수)' })
  minLength?: number | null;
  @Field(() => Int, { nullable: true, description: '최대 길이' })
  maxLength?: number | null;
  @Field(() => Float, { nullable: true, description: '최솟값' })
  minimum?: number | null;
  @Field(() => Float, { nullable: true, description: '최댓값' })
  maximum?: number | null;
  @Field(() => String, { nullable: true, description: '형식 (정규식, 200자까지)' })
  pattern?: string | null;
}

@ObjectType({ description: '사용자 정의 항목 정의' })
export class CustomFieldDefinition {
  @Field(() => ID)
  id!: string;
  @Field({ description: '대상 ID' })
  entity!: string;
  @Field({ description: '항목 키 (대상 안에서 유일, 보관해도 다시 쓰지 않음)' })
  key!: string;
  @Field()
  labelKo!: string;
  @Field()
  labelEn!: string;
  @Field(() => CustomFieldType)
  type!: CustomFieldType;
  @Field()
  required!: boolean;
  @Field(() => CustomFieldValueScalar, { nullable: true, description: '새 레코드의 기본값' })
  defaultValue!: unknown;
  @Field(() => CustomFieldRules, { nullable: true })
  rules!: CustomFieldRules | null;
  @Field(() => [CustomFieldOption])
  options!: CustomFieldOption[];
  @Field(() => String, { nullable: true })
  helpKo!: string | null;
  @Field(() => String, { nullable: true })
  helpEn!: string | null;
  @Field(() => Int, { description: '묶음 안의 순서' })
  position!: number;
  @Field(() => String, { nullable: true, description: '묶음 (양식의 구역)' })
  group!: string | null;
  @Field({ description: '보관됨: 숨겨지지만 값은 남음' })
  archived!: boolean;
  @Field(() => [String], { description: '볼 수 있는 역할 (비어 있으면 레코드를 볼 수 있는 모든 역할)' })
  readRoles!: string[];
  @Field(() => [String], { description: '고칠 수 있는 역할 (비어 있으면 레코드를 고칠 수 있는 모든 역할)' })
  editRoles!: string[];
  @Field({ description: '개인정보: 권한이 없으면 마스킹되고 열람이 기록됨' })
  personalData!: boolean;
  @Field(() => Int, {
    description: '정의의 버전 (변경마다 1씩 늘어남; updateCustomField 의 expectedVersion)',
  })
  version!: number;
  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
  @Field({ description: '마지막으로 바꾼 사람' })
  updatedBy!: string;
  @Field({ description: '호출한 사람이 이 항목의 값을 고칠 수 있는지' })
  canEdit!: boolean;
}

@ObjectType({ description: '사용자 정의 항목 정의의 변경 이력 한 건' })
export class CustomFieldChange {
  @Field(() => ID)
  id!: string;
  @Field()
  entity!: string;
  @Field()
  key!: string;
  @Field({ description: 'DEFINE, UPDATE, ARCHIVE, RESTORE' })
  action!: string;
  @Field(() => Int, { description: '이 변경으로 정해진 대상 전체 정의의 버전' })
  schemaVersion!: number;
  @Field(() => Int, { description: '이 변경 뒤 항목 정의의 버전' })
  definitionVersion!: number;
  @Field({ description: '바꾼 사람 (사용자 이름)' })
  changedBy!: string;
  @Field(() => ID, { nullable: true, description: '바꾼 직원 ID' })
  changedByStaffId!: string | null;
  @Field(() => GraphQLISODateTime)
  changedAt!: Date;
  @Field(() => CustomFieldValueScalar, { nullable: true, description: '변경 전 정의 (JSON)' })
  before!: unknown;
  @Field(() => CustomFieldValueScalar, { description: '변경 후 정의 (JSON)' })
  after!: unknown;
}

@ObjectType('CustomFieldChangeEdge')
export class CustomFieldChangeEdge {
  @Field()
  cursor!: string;
  @Field(() => CustomFieldChange)
  node!: CustomFieldChange;
}

@ObjectType({ description: '변경 이력 (최근 것부터)' })
export class CustomFieldChangeConnection {
  @Field(() => [CustomFieldChangeEdge])
  edges!: CustomFieldChangeEdge[];
  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType({ description: '변경과 맞지 않는 기존 레코드 하나' })
export class CustomFieldConflictSample {
  @Field(() => ID)
  recordId!: string;
  @Field({ description: '레코드를 알아볼 이름 (고객번호, 부서 이름, 접수번호 …)' })
  recordLabel!: string;
  @Field(() => CustomFieldValueScalar, { nullable: true })
  value!: unknown;
  @Field()
  problemKo!: string;
  @Field()
  problemEn!: string;
}

@ObjectType({ description: '정의 변경 검사: 맞지 않는 기존 레코드 수와 (20건까지) 보기' })
export class CustomFieldChangeCheck {
  @Field(() => Int)
  conflictCount!: number;
  @Field(() => [CustomFieldConflictSample])
  samples!: CustomFieldConflictSample[];
}
