import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { CustomFieldValueScalar, CustomFieldValuesScalar } from '@pcrm/customization';
import { PageInfo } from '@pcrm/tenancy';
import { AgeBand, CustomerKind, CustomerPhoneKind, CustomerStatus, PartyType, Sex } from './customer.enums';

@ObjectType({
  description: '고객 목록의 한 줄: 개인정보는 역할과 관계없이 항상 마스킹 (홍*동, 010-****-4211)',
})
export class CustomerSummary {
  @Field(() => ID)
  id!: string;

  @Field({ description: '고객번호 (시·도 안에서 유일)' })
  customerNo!: string;

  @Field(() => PartyType)
  partyType!: PartyType;

  @Field(() => CustomerKind)
  kind!: CustomerKind;

  @Field(() => CustomerStatus)
  status!: CustomerStatus;

  @Field({ description: '이름 (마스킹)' })
  name!: string;

  @Field(() => String, { nullable: true, description: '대표 전화번호 (마스킹)' })
  primaryPhone!: string | null;

  @Field(() => String, { nullable: true, description: '대표 e-mail (마스킹)' })
  primaryEmail!: string | null;

  @Field(() => String, { nullable: true, description: '지역: 시·군·구 읍·면·동' })
  area!: string | null;

  @Field(() => AgeBand)
  ageBand!: AgeBand;

  @Field(() => [String])
  tags!: string[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: '마지막 접촉 시각' })
  lastContactAt!: Date | null;

  @Field(() => CustomFieldValueScalar, {
    nullable: true,
    description:
      '목록을 정렬한 사용자 정의 항목의 값 (sort 를 줄 때만; 개인정보 항목은 목록의 다른 개인정보처럼 마스킹)',
  })
  sortValue?: unknown;
}

@ObjectType('CustomerEdge')
export class CustomerEdge {
  @Field()
  cursor!: string;

  @Field(() => CustomerSummary)
  node!: CustomerSummary;
}

/**
 * A page of customers. `totalCount` is counted only when asked, and capped (a count over a million rows
 * would cost more than the page itself).
 */
@ObjectType('CustomerConnection')
export class CustomerConnection {
  @Field(() => [CustomerEdge])
  edges!: CustomerEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  /** Counts the matching customers up to the cap; resolved by `CustomerConnectionResolver`. */
  count!: () => Promise<number>;
}

@ObjectType({ description: '표준화된 주소 (개인정보 열람 권한이 없으면 읍·면·동 아래는 마스킹)' })
export class CustomerAddress {
  @Field(() => String, { nullable: true, description: '시·도' })
  sido!: string | null;
  @Field(() => String, { nullable: true, description: '시·군·구' })
  sigungu!: string | null;
  @Field(() => String, { nullable: true, description: '읍·면·동' })
  eupmyeondong!: string | null;
  @Field(() => String, { nullable: true, description: '도로명주소' })
  roadAddress!: string | null;
  @Field(() => String, { nullable: true, description: '지번주소' })
  jibunAddress!: string | null;
  @Field(() => String, { nullable: true, description: '건물번호' })
  buildingNo!: string | null;
  @Field(() => String, { nullable: true, description: '상세주소 (동·호)' })
  addressDetail!: string | null;
  @Field(() => String, { nullable: true, description: '우편번호 (5자리)' })
  postalCode!: string | null;
}

@ObjectType({ description: '고객의 전화번호' })
export class CustomerPhone {
  @Field(() => ID)
  id!: string;
  @Field(() => CustomerPhoneKind)
  kind!: CustomerPhoneKind;
  @Field({ description: '번호 (010-1234-5678 형식; 권한이 없으면 마스킹)' })
  number!: string;
  @Field()
  isPrimary!: boolean;
}

@ObjectType({ description: '고객의 e-mail' })
export class CustomerEmail {
  @Field(() => ID)
  id!: string;
  @Field({ description: '주소 (권한이 없으면 마스킹)' })
  address!: string;
  @Field()
  isPrimary!: boolean;
}

@ObjectType({ description: '고객 (개인 또는 법인·단체): 개인정보는 customer:personal:read 가 없으면 마스킹' })
export class Customer {
  @Field(() => ID)
  id!: string;
  @Field()
  customerNo!: string;
  @Field(() => PartyType)
  partyType!: PartyType;
  @Field(() => CustomerKind)
  kind!: CustomerKind;
  @Field(() => CustomerStatus)
  status!: CustomerStatus;
  @Field({ description: '이름 (법인·단체는 상호)' })
  name!: string;
  @Field(() => String, { nullable: true, description: '생년월일 YYYY-MM-DD (마스킹: 1985-**-**)' })
  birthDate!: string | null;
  @Field(() => Sex, { nullable: true })
  sex!: Sex | null;
  @Field(() => AgeBand)
  ageBand!: AgeBand;
  @Field(() => String, { nullable: true, description: '사업자등록번호 (10자리, 법인·단체)' })
  businessNo!: string | null;
  @Field(() => String, { nullable: true, description: '대표자 이름 (법인·단체)' })
  representativeName!: string | null;
  @Field(() => CustomerAddress)
  address!: CustomerAddress;
  @Field(() => String, {
    nullable: true,
    description: '세대 키 (같은 주소·동호의 고객은 한 세대; 개인정보 열람 권한이 없으면 마스킹)',
  })
  householdKey!: string | null;
  @Field(() => [CustomerPhone])
  phones!: CustomerPhone[];
  @Field(() => [CustomerEmail])
  emails!: CustomerEmail[];
  @Field(() => [String])
  tags!: string[];
  @Field({ description: '출처 (manual, 가져오기 출처 이름 등)' })
  source!: string;
  @Field(() => ID, { nullable: true })
  importBatchId!: string | null;
  @Field(() => ID, { nullable: true })
  mergedIntoId!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true })
  lastContactAt!: Date | null;
  @Field(() => CustomFieldValuesScalar, {
    description: '사용자 정의 항목 (볼 수 있는 것만; 개인정보 항목은 권한이 없으면 마스킹되고 열람이 기록됨)',
  })
  customFields!: Record<string, unknown>;
  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
  @Field(() => Int, { description: '낙관적 잠금 버전: updateCustomer 에 그대로 보냅니다' })
  version!: number;
}
