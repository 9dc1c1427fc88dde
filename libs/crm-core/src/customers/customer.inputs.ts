import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Length, ValidateNested } from 'class-validator';
import { CustomFieldFilterInput, CustomFieldValuesScalar } from '@pcrm/customization';
import { NoControlOrFormatCharacters, PageArgs, say } from '@pcrm/tenancy';
import {
  AgeBand,
  ConsentPurpose,
  CustomerKind,
  CustomerPhoneKind,
  CustomerStatus,
  PartyType,
  Sex,
} from './customer.enums';

const ID_FORMAT = say('고객 ID가 올바르지 않습니다.', 'id is not a valid customer id.');

@InputType({ description: '고객 검색 조건: 모두 만족하는 고객' })
export class CustomerFilter {
  @Field(() => String, {
    nullable: true,
    description:
      '검색어 (모양으로 판단): 이름 일부, 초성(ㅎㄱㄷ), 전화번호(어떤 형식이든), 끝 4자리, e-mail, 고객번호',
  })
  @IsOptional()
  @Length(0, 100, say('검색어는 100자 이하여야 합니다.', 'query must be at most 100 characters.'))
  query?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      '주소 낱말 (띄어쓰기·쉼표로 나눔): 도로명, 읍·면·동, 시·군·구, 건물번호, 지번(123-4), 우편번호. 모든 낱말이 주소에 통째로 있는 고객 (낱말 일부는 찾지 않음)',
  })
  @IsOptional()
  @Length(0, 100, say('주소 검색어는 100자 이하여야 합니다.', 'address must be at most 100 characters.'))
  @NoControlOrFormatCharacters(
    say(
      '주소 검색어에 제어 문자나 보이지 않는 서식 문자를 쓸 수 없습니다.',
      'address must not contain control or invisible format characters.',
    ),
  )
  address?: string | null;

  @Field(() => [CustomerKind], { nullable: true })
  kinds?: CustomerKind[] | null;

  @Field(() => PartyType, { nullable: true })
  partyType?: PartyType | null;

  @Field(() => String, { nullable: true, description: '시·군·구' })
  @IsOptional()
  @Length(1, 50, say('시·군·구는 1~50자여야 합니다.', 'sigungu must be 1 to 50 characters.'))
  sigungu?: string | null;

  @Field(() => String, { nullable: true, description: '읍·면·동' })
  @IsOptional()
  @Length(1, 50, say('읍·면·동은 1~50자여야 합니다.', 'eupmyeondong must be 1 to 50 characters.'))
  eupmyeondong?: string | null;

  @Field(() => [String], { nullable: true, description: '이 태그를 모두 가진 고객' })
  @IsOptional()
  @Length(1, 50, { each: true, ...say('태그는 1~50자여야 합니다.', 'Each tag must be 1 to 50 characters.') })
  tags?: string[] | null;

  @Field(() => ConsentPurpose, { nullable: true, description: '이 목적의 동의가 유효한 고객' })
  consent?: ConsentPurpose | null;

  @Field(() => AgeBand, { nullable: true })
  ageBand?: AgeBand | null;

  @Field(() => CustomerStatus, { nullable: true, description: '기본값 ACTIVE' })
  status?: CustomerStatus | null;

  @Field(() => [CustomFieldFilterInput], {
    nullable: true,
    description: '사용자 정의 항목 조건 (10개까지, 모두 만족; 고객 목록 검색과 고객 내보내기에서)',
  })
  customFields?: CustomFieldFilterInput[] | null;
}

@InputType({
  description: '고객 목록의 순서: 사용자 정의 항목 하나로 (값이 없는 고객은 끝에), 같으면 이름순',
})
export class CustomerSort {
  @Field({
    description:
      '정렬할 사용자 정의 항목 키 (텍스트·전화·e-mail·URL·선택·숫자·날짜·일시·예/아니오; 검색할 수 있는 항목만)',
  })
  @Length(1, 40, say('정렬 항목 키는 1~40자여야 합니다.', 'sort.customField must be 1 to 40 characters.'))
  customField!: string;

  @Field({ defaultValue: false, description: '내림차순' })
  descending!: boolean;
}

@ArgsType()
export class CustomersArgs extends PageArgs {
  @Field(() => CustomerFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CustomerFilter)
  filter?: CustomerFilter | null;

  @Field(() => CustomerSort, {
    nullable: true,
    description: '없으면 이름순; 커서(after)는 같은 정렬로 받은 것이어야 합니다',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => CustomerSort)
  sort?: CustomerSort | null;
}

@ArgsType()
export class CustomerIdArgs {
  @Field(() => ID)
  @IsUUID('all', ID_FORMAT)
  id!: string;
}

@InputType({ description: '표준화된 주소' })
export class CustomerAddressInput {
  @Field(() => String, { nullable: true, description: '시·도' })
  sido?: string | null;
  @Field(() => String, { nullable: true, description: '시·군·구' })
  sigungu?: string | null;
  @Field(() => String, { nullable: true, description: '읍·면·동' })
  eupmyeondong?: string | null;
  @Field(() => String, { nullable: true, description: '도로명주소' })
  roadAddress?: string | null;
  @Field(() => String, { nullable: true, description: '지번주소' })
  jibunAddress?: string | null;
  @Field(() => String, { nullable: true, description: '건물번호' })
  buildingNo?: string | null;
  @Field(() => String, { nullable: true, description: '상세주소 (동·호)' })
  addressDetail?: string | null;
  @Field(() => String, { nullable: true, description: '우편번호 (5자리)' })
  postalCode?: string | null;
}

@InputType({ description: '전화번호: 어떤 형식이든 (010-1234-5678, 01012345678, +82 10 …)' })
export class CustomerPhoneInput {
  @Field(() => CustomerPhoneKind, {
    nullable: true,
    description: '없으면 휴대전화 번호는 MOBILE, 그 밖은 HOME',
  })
  kind?: CustomerPhoneKind | null;
  @Field()
  number!: string;
  @Field(() => Boolean, { nullable: true, description: '대표 번호 (없으면 첫 번호)' })
  isPrimary?: boolean | null;
}

@InputType()
export class CustomerEmailInput {
  @Field()
  address!: string;
  @Field(() => Boolean, { nullable: true, description: '대표 e-mail (없으면 첫 주소)' })
  isPrimary?: boolean | null;
}

@InputType({ description: '고객 등록: 고객번호와 검색 키는 서버가 정합니다' })
export class CreateCustomerInput {
  @Field(() => PartyType, { defaultValue: PartyType.PERSON })
  partyType: PartyType = PartyType.PERSON;
  @Field(() => CustomerKind, { defaultValue: CustomerKind.CURRENT })
  kind: CustomerKind = CustomerKind.CURRENT;
  @Field({ description: '이름 (법인·단체는 상호)' })
  name!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  birthDate?: string | null;
  @Field(() => Sex, { nullable: true })
  sex?: Sex | null;
  @Field(() => String, { nullable: true, description: '사업자등록번호 (10자리, 하이픈 허용)' })
  businessNo?: string | null;
  @Field(() => String, { nullable: true })
  representativeName?: string | null;
  @Field(() => CustomerAddressInput, { nullable: true })
  address?: CustomerAddressInput | null;
  @Field(() => [CustomerPhoneInput], { nullable: true })
  phones?: CustomerPhoneInput[] | null;
  @Field(() => [CustomerEmailInput], { nullable: true })
  emails?: CustomerEmailInput[] | null;
  @Field(() => [String], { nullable: true })
  tags?: string[] | null;
  @Field(() => CustomFieldValuesScalar, {
    nullable: true,
    description: '사용자 정의 항목 값 (키 → 값; 기본값이 있는 항목은 보내지 않으면 기본값)',
  })
  customFields?: Record<string, unknown> | null;
}

@InputType({
  description:
    '고객 변경: 보낸 항목만 바뀝니다 (phones·emails·address·tags 는 보낸 것으로 통째로 바뀜). version 은 읽은 그대로',
})
export class UpdateCustomerInput {
  @Field(() => ID)
  @IsUUID('all', ID_FORMAT)
  id!: string;
  @Field(() => Int)
  @IsInt(say('version 은 정수여야 합니다.', 'version must be an integer.'))
  version!: number;
  @Field(() => PartyType, { nullable: true })
  partyType?: PartyType | null;
  @Field(() => CustomerKind, { nullable: true })
  kind?: CustomerKind | null;
  @Field(() => String, { nullable: true })
  name?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; 빈 글은 지웁니다' })
  birthDate?: string | null;
  @Field(() => Sex, { nullable: true })
  sex?: Sex | null;
  @Field(() => String, { nullable: true })
  businessNo?: string | null;
  @Field(() => String, { nullable: true })
  representativeName?: string | null;
  @Field(() => CustomerAddressInput, { nullable: true })
  address?: CustomerAddressInput | null;
  @Field(() => [CustomerPhoneInput], { nullable: true })
  phones?: CustomerPhoneInput[] | null;
  @Field(() => [CustomerEmailInput], { nullable: true })
  emails?: CustomerEmailInput[] | null;
  @Field(() => [String], { nullable: true })
  tags?: string[] | null;
  @Field(() => CustomFieldValuesScalar, {
    nullable: true,
    description: '사용자 정의 항목 (PATCH: 보낸 키만 바뀌고 null 은 값을 지움)',
  })
  customFields?: Record<string, unknown> | null;
}
