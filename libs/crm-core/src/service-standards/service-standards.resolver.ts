import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Connection } from '@pcrm/tenancy';
import { CURRENT_CSI_DESIGN } from './csi-design';
import {
  CourtesyCheckInput,
  CsiRoundInput,
  DepartmentPageArgs,
  MeasurementsArgs,
  MonthRangeArgs,
  PeriodArgs,
  RecognitionAwardInput,
  ServiceStandardInput,
  StandardMeasurementInput,
} from './service-standards.inputs';
import {
  CourtesyCheck,
  CourtesyCheckConnection,
  CsiDesignModel,
  CsiRound,
  CsiRoundConnection,
  DepartmentMonthFigure,
  RecognitionAward,
  RecognitionRank,
  ServiceStandard,
  ServiceStandardSettings,
  StandardAttainment,
  StandardMeasurement,
  StandardMeasurementConnection,
} from './service-standards.model';
import { ServiceStandardsService } from './service-standards.service';
import { ServiceSurveysService } from './service-surveys.service';
import { RecognitionService } from './recognition.service';

const VERSION = { type: () => Int, description: '읽은 버전 (다른 사람이 먼저 바꿨으면 CONFLICT)' };

@Resolver()
export class ServiceStandardsResolver {
  constructor(
    @Inject(ServiceStandardsService) private readonly standards: ServiceStandardsService,
    @Inject(ServiceSurveysService) private readonly surveys: ServiceSurveysService,
    @Inject(RecognitionService) private readonly recognition: RecognitionService,
  ) {}

  @Query(() => ServiceStandardSettings, { description: '서비스 이행표준 목록, 버전, 변경 이력' })
  serviceStandards(): Promise<ServiceStandardSettings> {
    return this.standards.settings();
  }

  @Mutation(() => ServiceStandard, { description: '이행표준 추가 (시·도 관리자)' })
  createServiceStandard(
    @Args('input') input: ServiceStandardInput,
    @Args('expectedVersion', VERSION) expectedVersion: number,
  ): Promise<ServiceStandard> {
    return this.standards.create(input, expectedVersion);
  }

  @Mutation(() => ServiceStandard, { description: '이행표준 변경·사용 중지 (시·도 관리자)' })
  updateServiceStandard(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ServiceStandardInput,
    @Args('expectedVersion', VERSION) expectedVersion: number,
  ): Promise<ServiceStandard> {
    return this.standards.update(id, input, expectedVersion);
  }

  @Mutation(() => StandardMeasurement, { description: '이행표준 모니터링 결과 기록' })
  recordStandardMeasurement(@Args('input') input: StandardMeasurementInput): Promise<StandardMeasurement> {
    return this.standards.record(input);
  }

  @Query(() => StandardMeasurementConnection, { description: '이행표준 하나의 모니터링 기록 (최근 월부터)' })
  standardMeasurements(@Args() args: MeasurementsArgs): Promise<Connection<StandardMeasurement>> {
    return this.standards.measurements(args.standardId, args.first, args.after);
  }

  @Query(() => [StandardAttainment], { description: '이행표준별 월 달성률' })
  standardAttainment(@Args() { from, to }: MonthRangeArgs): Promise<StandardAttainment[]> {
    return this.standards.attainment(from, to);
  }

  @Query(() => [DepartmentMonthFigure], { description: '부서별 월 이행표준 달성률 (%)' })
  departmentStandardAttainment(@Args() { from, to }: MonthRangeArgs): Promise<DepartmentMonthFigure[]> {
    return this.surveys.monthly('standardAttainment', from, to);
  }

  @Query(() => CsiDesignModel, { description: '고객만족도(CSI) 설문 설계 (현재 버전)' })
  csiDesign(): CsiDesignModel {
    const d = CURRENT_CSI_DESIGN;
    return {
      version: d.version,
      scale: d.scale,
      items: d.items.map((i) => ({ code: i.code, labelKo: i.ko, labelEn: i.en, weight: i.weight })),
    };
  }

  @Mutation(() => CsiRound, { description: '부서 CSI 조사 결과 입력 (지수는 계산됨)' })
  recordCsiRound(@Args('input') input: CsiRoundInput): Promise<CsiRound> {
    return this.surveys.recordCsiRound(input);
  }

  @Query(() => CsiRoundConnection, {
    description: 'CSI 조사 회차 (최근부터), 같은 설계의 전년 대비 증감 포함',
  })
  csiRounds(@Args() args: DepartmentPageArgs): Promise<Connection<CsiRound>> {
    return this.surveys.csiRounds(args.departmentId ?? null, args.first, args.after);
  }

  @Mutation(() => CourtesyCheck, { description: '전화친절도 모니터링 결과 입력' })
  recordCourtesyCheck(@Args('input') input: CourtesyCheckInput): Promise<CourtesyCheck> {
    return this.surveys.recordCourtesy(input);
  }

  @Query(() => CourtesyCheckConnection, { description: '전화친절도 모니터링 결과 (최근부터)' })
  courtesyChecks(@Args() args: DepartmentPageArgs): Promise<Connection<CourtesyCheck>> {
    return this.surveys.courtesyChecks(args.departmentId ?? null, args.first, args.after);
  }

  @Query(() => [DepartmentMonthFigure], { description: '부서별 월 전화친절도 평균 (통화 수 가중)' })
  courtesyMonthly(@Args() { from, to }: MonthRangeArgs): Promise<DepartmentMonthFigure[]> {
    return this.surveys.monthly('phoneCourtesy', from, to);
  }

  @Query(() => [RecognitionRank], {
    description: '기간별 부서 순위 (CSI·전화친절도·이행표준 종합)',
  })
  recognitionRanking(@Args() { year, period }: PeriodArgs): Promise<RecognitionRank[]> {
    return this.recognition.ranking(year, period);
  }

  @Query(() => [RecognitionAward], { description: '기간의 포상 대상 지정 (최대 500건)' })
  recognitionAwards(@Args() { year, period }: PeriodArgs): Promise<RecognitionAward[]> {
    return this.recognition.awards(year, period);
  }

  @Mutation(() => RecognitionAward, { description: '포상 대상 지정 (시·도 관리자)' })
  awardRecognition(@Args('input') input: RecognitionAwardInput): Promise<RecognitionAward> {
    return this.recognition.award(input);
  }
}
