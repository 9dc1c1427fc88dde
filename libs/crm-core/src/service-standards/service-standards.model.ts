import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@pcrm/tenancy';
import { SettingChangeRecord } from '@pcrm/customization';
import {
  RecognitionKind,
  StandardUnit,
  SurveyPeriod,
  TargetDirection,
  Touchpoint,
} from './service-standards.enums';

@ObjectType({ description: '서비스 이행표준: 접점 또는 핵심 서비스별 약속과 측정 가능한 목표' })
export class ServiceStandard {
  @Field(() => ID) id!: string;
  @Field(() => Touchpoint, { nullable: true, description: '고객 접점 (핵심 서비스 표준이면 없음)' })
  touchpoint!: Touchpoint | null;
  @Field(() => String, { nullable: true, description: '핵심 서비스 (예: 여권 발급; 접점 표준이면 없음)' })
  coreService!: string | null;
  @Field({ description: '표준 이름' }) name!: string;
  @Field({ description: '고객에게 하는 약속 (이행표준 문안)' }) commitment!: string;
  @Field(() => Float, { description: '목표 값' }) targetValue!: number;
  @Field(() => StandardUnit) unit!: StandardUnit;
  @Field(() => TargetDirection) direction!: TargetDirection;
  @Field(() => ID, { description: '책임 부서' }) departmentId!: string;
  @Field() active!: boolean;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
}

@ObjectType({ description: '이행표준 목록과 변경 버전·이력 (기준 정보)' })
export class ServiceStandardSettings {
  @Field(() => Int, { description: '현재 버전 (변경 횟수); 저장할 때 expectedVersion 으로 보냅니다' })
  version!: number;
  @Field(() => [ServiceStandard]) standards!: ServiceStandard[];
  @Field(() => [SettingChangeRecord], { description: '최근 변경 이력 (최신 순, 최대 20건)' })
  changes!: SettingChangeRecord[];
}

@ObjectType({ description: '이행표준 모니터링 기록 한 건' })
export class StandardMeasurement {
  @Field(() => ID) id!: string;
  @Field(() => ID) standardId!: string;
  @Field(() => ID, { description: '기록 당시의 책임 부서' }) departmentId!: string;
  @Field({ description: '측정 월 (YYYY-MM)' }) month!: string;
  @Field(() => Int, { description: '표본 수' }) sampleSize!: number;
  @Field(() => Int, { nullable: true, description: '목표를 충족한 건수 (건수로 기록한 경우)' })
  metCount!: number | null;
  @Field(() => Float, { nullable: true, description: '측정값 (값으로 기록한 경우)' })
  measuredValue!: number | null;
  @Field(() => Int, { description: '달성률 계산에 드는 점검 수 (건수 기록: 표본 수, 값 기록: 1)' })
  checks!: number;
  @Field(() => Int, { description: '그중 목표를 충족한 점검 수' }) checksMet!: number;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field({ description: '기록한 사람' }) recordedBy!: string;
  @Field(() => GraphQLISODateTime) recordedAt!: Date;
}
export const StandardMeasurementConnection = ConnectionType(StandardMeasurement, 'StandardMeasurement');

@ObjectType({ description: '이행표준별 월 달성률' })
export class StandardAttainment {
  @Field(() => ID) standardId!: string;
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field(() => Int) checks!: number;
  @Field(() => Int) checksMet!: number;
  @Field(() => Float, { description: '달성률 % (소수 첫째 자리)' }) attainment!: number;
}

@ObjectType({ description: '부서별 월 수치: 분자·분모와 값 (성과지표 측정값과 같은 모양)' })
export class DepartmentMonthFigure {
  @Field(() => ID) departmentId!: string;
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field(() => Float) numerator!: number;
  @Field(() => Float) denominator!: number;
  @Field(() => Float, { description: '분자 ÷ 분모 (달성률은 %; 소수 첫째 자리)' }) value!: number;
}

@ObjectType({ description: 'CSI 설문 문항' })
export class CsiDesignItem {
  @Field() code!: string;
  @Field() labelKo!: string;
  @Field() labelEn!: string;
  @Field(() => Int, { description: '가중치 (%)' }) weight!: number;
}

@ObjectType({ description: 'CSI 설문 설계 (고정; 바뀌면 새 버전)' })
export class CsiDesignModel {
  @Field(() => Int) version!: number;
  @Field(() => Int, { description: '척도 (5점 또는 7점)' }) scale!: number;
  @Field(() => [CsiDesignItem]) items!: CsiDesignItem[];
}

@ObjectType({ description: 'CSI 문항별 결과' })
export class CsiItemResult {
  @Field() code!: string;
  @Field(() => Float, { description: '평균 점수 (척도 안)' }) mean!: number;
  @Field(() => Int) respondents!: number;
}

@ObjectType({ description: '부서별 고객만족도(CSI) 조사 회차' })
export class CsiRound {
  @Field(() => ID) id!: string;
  @Field(() => ID) departmentId!: string;
  @Field(() => Int) year!: number;
  @Field(() => SurveyPeriod) period!: SurveyPeriod;
  @Field(() => Int, { description: '응답한 설문 설계 버전' }) designVersion!: number;
  @Field({ description: '조사 완료일 (YYYY-MM-DD)' }) surveyedOn!: string;
  @Field(() => Int) respondents!: number;
  @Field(() => Float, { description: 'CSI 지수 (100점 환산, 문항 평균의 가중 합)' }) csiIndex!: number;
  @Field(() => Float, { nullable: true, description: '같은 설계·같은 기간의 직전 조사 지수 (없으면 null)' })
  previousIndex!: number | null;
  @Field(() => Int, { nullable: true, description: '그 직전 조사의 연도' }) previousYear!: number | null;
  @Field(() => Float, { nullable: true, description: '직전 조사 대비 증감 (점)' }) change!: number | null;
  @Field(() => [CsiItemResult]) items!: CsiItemResult[];
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() recordedBy!: string;
  @Field(() => GraphQLISODateTime) recordedAt!: Date;
}
export const CsiRoundConnection = ConnectionType(CsiRound, 'CsiRound');

@ObjectType({ description: '전화친절도 모니터링 결과 한 건 (항목별 20점, 총점 100점)' })
export class CourtesyCheck {
  @Field(() => ID) id!: string;
  @Field(() => ID) departmentId!: string;
  @Field({ description: '점검일 (YYYY-MM-DD)' }) checkedOn!: string;
  @Field(() => Int, { description: '점검한 통화 수' }) callsChecked!: number;
  @Field(() => Float, { description: '인사' }) greeting!: number;
  @Field(() => Float, { description: '신속 응대' }) promptness!: number;
  @Field(() => Float, { description: '친절' }) kindness!: number;
  @Field(() => Float, { description: '정확한 안내' }) accuracy!: number;
  @Field(() => Float, { description: '끝인사' }) closing!: number;
  @Field(() => Float, { description: '총점' }) total!: number;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() recordedBy!: string;
  @Field(() => GraphQLISODateTime) recordedAt!: Date;
}
export const CourtesyCheckConnection = ConnectionType(CourtesyCheck, 'CourtesyCheck');

@ObjectType({ description: '포상 대상 지정' })
export class RecognitionAward {
  @Field(() => ID) id!: string;
  @Field(() => ID) departmentId!: string;
  @Field(() => Int) year!: number;
  @Field(() => SurveyPeriod) period!: SurveyPeriod;
  @Field(() => RecognitionKind) kind!: RecognitionKind;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() awardedBy!: string;
  @Field(() => GraphQLISODateTime) awardedAt!: Date;
}

@ObjectType({ description: '기간 안 부서 순위: CSI·전화친절도·이행표준 달성률의 종합' })
export class RecognitionRank {
  @Field(() => Int, { description: '순위 (같은 점수는 같은 순위)' }) rank!: number;
  @Field(() => ID) departmentId!: string;
  @Field(() => Float, { nullable: true, description: 'CSI 지수 (응답자 가중)' }) csiIndex!: number | null;
  @Field(() => Float, { nullable: true, description: '전화친절도 평균 (통화 수 가중)' }) courtesy!:
    number | null;
  @Field(() => Float, { nullable: true, description: '이행표준 달성률 (%)' }) attainment!: number | null;
  @Field(() => Float, { description: '종합 점수: 있는 항목의 평균 (100점)' }) combined!: number;
}
