import { Field, GraphQLISODateTime, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { jsonScalar } from '@pcrm/tenancy';

export const CustomizationPackageScalar = jsonScalar(
  'CustomizationPackage',
  '맞춤 설정 꾸러미 (JSON): { format: "pcrm.customization-package", formatVersion: 1, standardVersion, ' +
    'sourceTenant, exportedAt, exportedBy, sections: { customFields?, terminology?, referenceData? }, checksum } ' +
    '(docs/adr/0027).',
);

export enum PackageSectionName {
  CUSTOM_FIELDS = 'customFields',
  TERMINOLOGY = 'terminology',
  REFERENCE_DATA = 'referenceData',
}
registerEnumType(PackageSectionName, {
  name: 'CustomizationPackageSection',
  description: '꾸러미에 담을 수 있는 맞춤 설정 영역',
  valuesMap: {
    CUSTOM_FIELDS: { description: '사용자 정의 항목 (정의만, 값은 담지 않음)' },
    TERMINOLOGY: { description: '시·도가 바꾼 용어' },
    REFERENCE_DATA: { description: '민원 기준 정보 (목표 처리 비율, 만족도 조사, 중간 통지)' },
  },
});

/** What importing one item of a package would do in the importing tenant. */
export enum PackageItemKind {
  NEW = 'NEW',
  SAME = 'SAME',
  CHANGED = 'CHANGED',
  CONFLICT = 'CONFLICT',
}
registerEnumType(PackageItemKind, {
  name: 'CustomizationPackageItemKind',
  valuesMap: {
    NEW: { description: '이 시·도에 없음: 새로 추가' },
    SAME: { description: '이 시·도에 같은 것이 있음: 건너뜀' },
    CHANGED: { description: '이 시·도의 것과 다름: 꾸러미의 것으로 바꿈' },
    CONFLICT: { description: '이 시·도에 맞지 않음: 가져올 수 없고 건너뛰도록 골라야 함' },
  },
});

@ObjectType({ description: '꾸러미의 항목 하나와 가져오면 일어날 일' })
export class CustomizationPackageItem {
  @Field({
    description:
      '항목 ID (가져오기에서 건너뛸 항목을 고를 때 씀), 예: customFields:crm-core.customers:interest',
  })
  id!: string;
  @Field(() => PackageSectionName) section!: PackageSectionName;
  @Field(() => String, { nullable: true, description: '사용자 정의 항목의 대상 (다른 영역은 없음)' })
  entity!: string | null;
  @Field({ description: '항목 키, 용어 키 또는 기준 정보 이름' }) key!: string;
  @Field({ description: '꾸러미에 적힌 이름' }) labelKo!: string;
  @Field() labelEn!: string;
  @Field(() => PackageItemKind) kind!: PackageItemKind;
  @Field({ description: '왜 이 판정인지 (바뀌는 부분, 충돌 이유)' }) reasonKo!: string;
  @Field() reasonEn!: string;
}

@ObjectType({
  description: '꾸러미 미리 보기: 무엇을 어디서 가져오고 항목마다 어떻게 되는지 (아무것도 바꾸지 않음)',
})
export class CustomizationPackagePreview {
  @Field() sourceTenant!: string;
  @Field(() => Int) standardVersion!: number;
  @Field(() => GraphQLISODateTime) exportedAt!: Date;
  @Field({ description: '가져오기에 expectedChecksum 으로 보낼 값' }) checksum!: string;
  @Field(() => [CustomizationPackageItem]) items!: CustomizationPackageItem[];
  @Field(() => Int) newCount!: number;
  @Field(() => Int) sameCount!: number;
  @Field(() => Int) changedCount!: number;
  @Field(() => Int) conflictCount!: number;
}

@InputType({ description: '가져오기 선택: 건너뛸 항목 (충돌 항목은 반드시 포함)' })
export class CustomizationPackageChoices {
  @Field(() => [String], { description: '건너뛸 항목 ID (미리 보기의 items.id)' })
  skip!: string[];
}

@ObjectType({ description: '꾸러미 가져오기 결과' })
export class CustomizationPackageImportResult {
  @Field(() => Int, {
    nullable: true,
    description: '이 시·도의 가져오기 번호 (바뀐 것이 없으면 기록하지 않아 없음)',
  })
  version!: number | null;
  @Field() sourceTenant!: string;
  @Field() checksum!: string;
  @Field(() => [String], { description: '적용한 항목 ID' }) applied!: string[];
  @Field(() => [String], { description: '고른 대로 건너뛴 항목 ID' }) skipped!: string[];
  @Field(() => [String], { description: '이미 같아서 건너뛴 항목 ID' }) unchanged!: string[];
}

@ObjectType({ description: '이 시·도가 가져온 꾸러미 한 건' })
export class CustomizationPackageImport {
  @Field(() => Int) version!: number;
  @Field() sourceTenant!: string;
  @Field() checksum!: string;
  @Field(() => Int) standardVersion!: number;
  @Field(() => GraphQLISODateTime) exportedAt!: Date;
  @Field() importedBy!: string;
  @Field(() => GraphQLISODateTime) importedAt!: Date;
  @Field(() => Int, { description: '적용한 항목 수' }) appliedCount!: number;
}
