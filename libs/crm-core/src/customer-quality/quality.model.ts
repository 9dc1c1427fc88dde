import { Field, Float, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { QualityField, QualityGroupBy } from './quality-rules';

registerEnumType(QualityField, {
  name: 'DataQualityField',
  description: '품질을 재는 고객 정보 항목',
  valuesMap: {
    NAME: { description: '이름' },
    ADDRESS: { description: '주소' },
    PHONE: { description: '전화번호 (유선: 집·직장)' },
    MOBILE: { description: '휴대전화' },
    EMAIL: { description: '이메일' },
    BIRTH_DATE: { description: '생년월일 (개인만)' },
  },
});

registerEnumType(QualityGroupBy, {
  name: 'DataQualityGroupBy',
  description: '품질 보고서를 나누는 기준',
  valuesMap: {
    TENANT: { description: '시·도 전체' },
    SOURCE: { description: '출처별' },
    BATCH: { description: '가져오기 묶음별 (직접 등록은 key 없음)' },
  },
});

@ObjectType({
  description:
    '보고서의 한 줄 (부산 표 4-1·4-2 형식): 묶음 하나의 항목 하나 — 건수, 정상입력, 공란(Null), 충실도, 정확 건수, 정확도',
})
export class DataQualityRow {
  @Field(() => String, {
    nullable: true,
    description: 'SOURCE: 출처, BATCH: 가져오기 묶음 ID (직접 등록은 null), TENANT: null',
  })
  key!: string | null;

  @Field(() => String, { nullable: true, description: 'BATCH: 그 묶음의 출처' })
  source!: string | null;

  @Field(() => QualityField)
  field!: QualityField;

  @Field(() => Int, { description: '건수: 활성 고객 수 (BIRTH_DATE 는 개인 고객만)' })
  total!: number;

  @Field(() => Int, { description: '정상입력 건수' })
  filled!: number;

  @Field(() => Int, { description: '공란 (Null) = 건수 − 정상입력' })
  empty!: number;

  @Field(() => Float, {
    nullable: true,
    description: '충실도 % = 정상입력 / 건수 (소수 둘째 자리; 건수 0 이면 null)',
  })
  completeness!: number | null;

  @Field(() => Int, {
    description: '정확 건수 (원본정확 + 클린징: 입력 때 표준화하므로 둘을 나누지 않습니다)',
  })
  valid!: number;

  @Field(() => Float, { nullable: true, description: '정확도 % = 정확 건수 / 건수 (소수 둘째 자리)' })
  accuracy!: number | null;
}

@ObjectType({ description: '고객정보 품질 현황 (충실도·정확도)' })
export class DataQualityReport {
  @Field(() => QualityGroupBy)
  groupBy!: QualityGroupBy;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '이때 이후 등록된 고객 (포함)' })
  from!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '이때 전에 등록된 고객 (제외)' })
  to!: Date | null;

  @Field(() => GraphQLISODateTime)
  generatedAt!: Date;

  @Field(() => [DataQualityRow], {
    description: '묶음마다 항목 6줄 (NAME, ADDRESS, PHONE, MOBILE, EMAIL, BIRTH_DATE 순), 묶음은 key 순',
  })
  rows!: DataQualityRow[];
}

@ObjectType({ description: '하루의 품질 (차트의 점 하나)' })
export class DataQualityPoint {
  @Field({ description: '날짜 YYYY-MM-DD (한국 시간)' })
  date!: string;

  @Field(() => QualityField)
  field!: QualityField;

  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  filled!: number;

  @Field(() => Int)
  valid!: number;

  @Field(() => Float, { nullable: true })
  completeness!: number | null;

  @Field(() => Float, { nullable: true })
  accuracy!: number | null;
}

@ObjectType({ description: '날짜별 품질 기록 (snapshotDataQuality 로 하루 한 번 남긴 결과)' })
export class DataQualityHistory {
  @Field(() => QualityGroupBy)
  groupBy!: QualityGroupBy;

  @Field(() => String, { nullable: true })
  key!: string | null;

  @Field(() => [DataQualityPoint], {
    description: '날짜순, 같은 날은 항목 순: 항목(field)별로 묶으면 차트의 계열이 됩니다',
  })
  points!: DataQualityPoint[];
}

@ObjectType({ description: '남긴 품질 기록' })
export class DataQualitySnapshotResult {
  @Field({ description: '기록한 날짜 YYYY-MM-DD (한국 시간); 같은 날 다시 남기면 바뀝니다' })
  date!: string;

  @Field(() => Int, { description: '남긴 묶음 수 (시·도 전체 + 출처별 + 가져오기 묶음별)' })
  groups!: number;
}

/** A percentage with two decimals, as Busan's tables print it (88.50 %); null without a denominator. */
export const percent = (part: number, total: number): number | null =>
  total === 0 ? null : Math.round((part * 10_000) / total) / 100;
