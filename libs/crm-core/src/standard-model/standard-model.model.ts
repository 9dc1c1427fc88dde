import {
  Field,
  Float,
  GraphQLISODateTime,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { jsonScalar } from '@pcrm/tenancy';
import { ConformanceStatus } from './standard-conformance';
import { StandardArea } from './standard-elements';
import { StandardChangeKind, StandardConflictKind, StandardResolutionChoice } from './standard-upgrade';

registerEnumType(StandardArea, {
  name: 'StandardArea',
  description: '표준 모델의 영역: 표준 항목, 민원 분류, 처리기간, 기준 정보, 처리 흐름, 용어',
});
registerEnumType(StandardChangeKind, {
  name: 'StandardChangeKind',
  description: '새 표준이 추가(ADD)하는지, 바꾸는지(CHANGE)',
});
registerEnumType(StandardConflictKind, {
  name: 'StandardConflictKind',
  description:
    '기관 맞춤 설정과의 충돌: 같은 키를 이미 씀(KEY_TAKEN), 기관도 바꿈(OVERRIDDEN), 기관이 사용 중지(DISABLED)',
});
registerEnumType(StandardResolutionChoice, {
  name: 'StandardResolutionChoice',
  description: '충돌 해결: 기관 설정 유지(KEEP_TENANT) 또는 표준 적용(TAKE_STANDARD)',
});
registerEnumType(ConformanceStatus, {
  name: 'ConformanceStatus',
  description: '표준 대비: 기관이 추가(ADDED), 변경(CHANGED), 사용 중지(DISABLED)',
});

/** An element of the standard or of the tenant as JSON (a category, a period, a setting, a field, …). */
export const StandardValueScalar = jsonScalar(
  'StandardValue',
  '표준 또는 기관의 요소 하나 (JSON): 분류, 처리기간, 기준 정보 값, 항목 정의, 처리 흐름 변경, 용어',
);

@ObjectType({ description: '플랫폼이 제공하는 표준 모델의 한 판' })
export class StandardModelVersionInfo {
  @Field(() => Int) version!: number;
  @Field() titleKo!: string;
  @Field() titleEn!: string;
  @Field() summaryKo!: string;
  @Field() summaryEn!: string;
}

@ObjectType({ description: '표준 모델 적용 이력 한 건' })
export class StandardVersionChange {
  @Field(() => Int) fromVersion!: number;
  @Field(() => Int) toVersion!: number;
  @Field() appliedBy!: string;
  @Field(() => GraphQLISODateTime) appliedAt!: Date;
  @Field(() => Int, { description: '반영한 변경 수' }) takenCount!: number;
  @Field(() => Int, { description: '기관 설정을 유지한 충돌 수' }) keptCount!: number;
}

@ObjectType({ description: '기관의 표준 모델 버전과 제공되는 판' })
export class StandardModel {
  @Field(() => Int) currentVersion!: number;
  @Field(() => Int) latestVersion!: number;
  @Field(() => [StandardModelVersionInfo]) versions!: StandardModelVersionInfo[];
  @Field(() => [StandardVersionChange], { description: '최근 적용 이력 (최신순, 20건)' })
  history!: StandardVersionChange[];
}

@ObjectType({ description: '새 표준 판이 가져올 변경 하나와, 기관 맞춤 설정과의 충돌' })
export class StandardChange {
  @Field({ description: '<영역>:<키>, 해결 방법이 가리키는 값' }) id!: string;
  @Field(() => StandardArea) area!: StandardArea;
  @Field() key!: string;
  @Field(() => StandardChangeKind) kind!: StandardChangeKind;
  @Field(() => StandardConflictKind, { nullable: true, description: '없으면 그대로 반영됨' })
  conflict!: StandardConflictKind | null;
  @Field(() => StandardValueScalar, { nullable: true, description: '현재 판의 표준' })
  standardBefore!: unknown;
  @Field(() => StandardValueScalar, { description: '새 판의 표준' }) standardAfter!: unknown;
  @Field(() => StandardValueScalar, { nullable: true, description: '기관의 현재 값' }) tenant!: unknown;
  @Field() tenantDisabled!: boolean;
  @Field() explanationKo!: string;
  @Field() explanationEn!: string;
}

@ObjectType({ description: '표준 판 적용 사전 점검 결과 (아무것도 바꾸지 않음)' })
export class StandardUpgradeDryRun {
  @Field(() => Int) fromVersion!: number;
  @Field(() => Int) toVersion!: number;
  @Field(() => [StandardChange]) changes!: StandardChange[];
  @Field(() => Int) conflictCount!: number;
}

@InputType({ description: '충돌 하나의 해결 방법' })
export class StandardResolutionInput {
  @Field({ description: '사전 점검 결과의 StandardChange.id' }) id!: string;
  @Field(() => StandardResolutionChoice) choice!: StandardResolutionChoice;
}

@ObjectType({ description: '표준 대비 기관이 추가·변경·사용 중지한 요소 하나' })
export class ConformanceItem {
  @Field(() => StandardArea) area!: StandardArea;
  @Field() key!: string;
  @Field(() => ConformanceStatus) status!: ConformanceStatus;
  @Field(() => StandardValueScalar, { nullable: true }) standard!: unknown;
  @Field(() => StandardValueScalar, { nullable: true }) tenant!: unknown;
}

@ObjectType({ description: '영역별 표준 준수 집계' })
export class ConformanceAreaSummary {
  @Field(() => StandardArea) area!: StandardArea;
  @Field(() => Int) standardCount!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => Int) changed!: number;
  @Field(() => Int) disabled!: number;
  @Field(() => Int) added!: number;
}

@ObjectType({ description: '기관의 표준 준수 보고서' })
export class StandardConformance {
  @Field(() => Int) standardVersion!: number;
  @Field(() => Float, { description: '표준 요소 중 그대로 쓰는 비율 (0–1, docs/adr/0026)' }) score!: number;
  @Field(() => Int) standardElements!: number;
  @Field(() => Int) unchangedElements!: number;
  @Field(() => [ConformanceAreaSummary]) areas!: ConformanceAreaSummary[];
  @Field(() => [ConformanceItem]) items!: ConformanceItem[];
}
