import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@pcrm/tenancy';
import { HandlingClass, VocStatus } from '../petitions';
import { ProcessingGroupBy } from './analytics.sql';

registerEnumType(ProcessingGroupBy, {
  name: 'ProcessingGroupBy',
  description: '처리기간 분석의 묶음: 실·국(최상위 부서), 부서, 처리유형',
});

@ObjectType({ description: '처리기간 분석의 한 칸: 묶음 × 월 (month 가 없으면 기간 합계)' })
export class ProcessingTimeRow {
  @Field(() => String, { nullable: true, description: '묶음 키 (부서 ID 또는 처리유형); 없으면 전체' })
  key!: string | null;

  @Field(() => String, { nullable: true, description: '묶음 이름 (부서명; 처리유형은 화면이 번역)' })
  label!: string | null;

  @Field(() => String, {
    nullable: true,
    description: '처리(답변) 월 YYYY-MM (Asia/Seoul); 없으면 기간 합계',
  })
  month!: string | null;

  @Field(() => Int, { description: '처리 완료 건수 (답변·처리불가·이송)' })
  finished!: number;

  @Field(() => Float, { nullable: true, description: '평균 처리일수 (접수부터 처리까지, 일)' })
  averageDays!: number | null;

  @Field(() => Float, { nullable: true, description: '목표기한 내 처리 비율 (0~1)' })
  withinTargetShare!: number | null;

  @Field(() => Float, { nullable: true, description: '법정 처리기간 내 처리 비율 (0~1)' })
  withinStatutoryShare!: number | null;

  @Field(() => Int, { description: '전년 같은 기간의 처리 건수' })
  previousFinished!: number;

  @Field(() => Float, { nullable: true, description: '전년 같은 기간의 평균 처리일수' })
  previousAverageDays!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '처리기간 단축률: (전년 평균 − 올해 평균) / 전년 평균 (양수 = 단축)',
  })
  reductionRate!: number | null;
}

@ObjectType({ description: '처리기간 단축 분석의 한 칸: 실·국 × 부서 × 처리유형 × 월, 전년 같은 달과 비교' })
export class ProcessingReductionRow {
  @Field(() => ID, { nullable: true, description: '실·국 (부서의 최상위 부서); 부서 없는 건은 null' })
  bureauId!: string | null;
  @Field(() => String, { nullable: true })
  bureauName!: string | null;
  @Field(() => ID, { nullable: true })
  departmentId!: string | null;
  @Field(() => String, { nullable: true })
  departmentName!: string | null;
  @Field(() => HandlingClass)
  handlingClass!: HandlingClass;
  @Field({ description: 'YYYY-MM' })
  month!: string;
  @Field(() => Int, { description: '처리 건수' })
  finished!: number;
  @Field(() => Float, { description: '평균 처리일수' })
  averageDays!: number;
  @Field(() => Int, { description: '전년 같은 달 처리 건수' })
  previousFinished!: number;
  @Field(() => Float, { nullable: true, description: '전년 같은 달 평균 처리일수' })
  previousAverageDays!: number | null;
  @Field(() => Float, { nullable: true, description: '단축률 = (전년 − 올해) / 전년; 전년 건이 없으면 null' })
  reductionRate!: number | null;
}

export const ProcessingReductionConnection = ConnectionType(ProcessingReductionRow, 'ProcessingReductionRow');

@ObjectType({ description: '처리기간 분석 (부산 처리기간 단축률 화면)' })
export class ProcessingTimeReport {
  @Field(() => ProcessingGroupBy)
  groupBy!: ProcessingGroupBy;

  @Field(() => [String], { description: '기간의 월 (YYYY-MM, 오름차순)' })
  months!: string[];

  @Field(() => [ProcessingTimeRow], {
    description: '묶음 × 월 칸, 묶음별 합계(month 없음), 월별 전체(key 없음), 총계',
  })
  rows!: ProcessingTimeRow[];
}

@ObjectType({ description: '상위 x% 민원인이 전체 민원의 y%' })
export class ConcentrationPoint {
  @Field(() => Float, { description: '민원인 중 상위 비율 (0~1)' })
  topShare!: number;

  @Field(() => Int, { description: '상위 민원인 수' })
  petitioners!: number;

  @Field(() => Float, { description: '그들이 낸 민원의 비율 (0~1)' })
  petitionShare!: number;
}

@ObjectType({ description: '반복민원 지표 (전체 또는 한 처리유형)' })
export class RepeatStats {
  @Field(() => HandlingClass, { nullable: true, description: '처리유형; 없으면 전체' })
  handlingClass!: HandlingClass | null;

  @Field(() => Int, { description: '민원인 수 (고객으로 확인된 사람·단체)' })
  petitioners!: number;

  @Field(() => Int, { description: '그들의 민원 건수' })
  petitions!: number;

  @Field(() => Int, { description: '반복 민원인 (기간 중 2건 이상)' })
  repeatPetitioners!: number;

  @Field(() => Float, { description: '반복 민원인의 비율 (0~1)' })
  repeatShare!: number;

  @Field(() => Float, { description: '반복 민원인이 낸 민원의 비율 (0~1)' })
  repeatPetitionShare!: number;

  @Field(() => Int, { description: '고질 민원인 (기간 중 5건 이상)' })
  chronicPetitioners!: number;

  @Field(() => Float, { description: '고질 민원인이 낸 민원의 비율 (0~1)' })
  chronicPetitionShare!: number;

  @Field(() => [ConcentrationPoint], { description: '집중도: 상위 1·5·10·20·36·50% 민원인의 민원 비율' })
  concentration!: ConcentrationPoint[];
}

@ObjectType({ description: '민원을 많이 낸 민원인 (이름은 권한에 따라 마스킹)' })
export class RepeatPetitioner {
  @Field(() => ID, { description: '고객 ID' })
  id!: string;

  @Field(() => Int, { description: '고객번호' })
  customerNo!: number;

  @Field({ description: '이름 (개인정보 열람 권한이 없으면 마스킹)' })
  name!: string;

  @Field(() => Int, { description: '기간 중 민원 건수' })
  petitions!: number;

  @Field(() => Int, { description: '그중 미처리 건수' })
  open!: number;

  @Field(() => GraphQLISODateTime, { description: '마지막 접수 시각' })
  lastReceivedAt!: Date;

  @Field(() => [HandlingClass], { description: '낸 민원의 처리유형' })
  classes!: HandlingClass[];
}

@ObjectType({ description: '반복·고질 민원 분석' })
export class RepeatPetitionReport {
  @Field({ description: '시작 월 (YYYY-MM)' })
  from!: string;

  @Field({ description: '끝 월 (YYYY-MM, 포함)' })
  to!: string;

  @Field(() => Int, { description: '고객으로 확인되지 않은(익명) 민원 건수 (지표에서 제외)' })
  anonymousPetitions!: number;

  @Field(() => RepeatStats, { description: '전체' })
  overall!: RepeatStats;

  @Field(() => [RepeatStats], { description: '처리유형별' })
  byClass!: RepeatStats[];

  @Field(() => [RepeatPetitioner], { description: '민원이 많은 민원인 (건수순)' })
  top!: RepeatPetitioner[];
}

@ObjectType({ description: '미처리 민원 한 건' })
export class BacklogItem {
  @Field(() => ID)
  id!: string;

  @Field({ description: '접수번호' })
  receiptNo!: string;

  @Field({ description: '제목' })
  title!: string;

  @Field(() => VocStatus)
  status!: VocStatus;

  @Field(() => HandlingClass)
  handlingClass!: HandlingClass;

  @Field(() => GraphQLISODateTime)
  receivedAt!: Date;

  @Field(() => GraphQLISODateTime, { description: '법정 처리기한' })
  dueAt!: Date;

  @Field(() => GraphQLISODateTime, { description: '목표 처리기한' })
  targetDueAt!: Date;

  @Field(() => ID, { nullable: true })
  departmentId!: string | null;

  @Field(() => String, { nullable: true, description: '담당 부서명' })
  departmentName!: string | null;

  @Field(() => String, { nullable: true, description: '담당자 이름' })
  officerName!: string | null;

  @Field(() => Boolean, { description: '법정 처리기한이 지났는지' })
  overdue!: boolean;

  @Field(() => Float, { description: '법정 처리기한을 넘긴 일수 (지나지 않았으면 0)' })
  overdueDays!: number;
}

@ObjectType({ description: '미처리·지연 건수' })
export class BacklogSummary {
  @Field(() => Int, { description: '미처리' })
  open!: number;

  @Field(() => Int, { description: '법정 처리기한 경과 (지연)' })
  overdue!: number;

  @Field(() => Int, { description: '목표기한은 지났고 법정기한 전 (임박)' })
  atRisk!: number;
}

export const BacklogItemConnection = ConnectionType(BacklogItem, 'BacklogItem');
