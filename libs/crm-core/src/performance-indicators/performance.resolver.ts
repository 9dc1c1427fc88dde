import { Inject } from '@nestjs/common';
import { Args, ArgsType, Field, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, Matches } from 'class-validator';
import { BackgroundJobs, Job, PageArgs, say, type Connection } from '@pcrm/tenancy';
import { ScopeKind } from './measure';
import { PerformanceIndicator, PerformanceMeasure } from './indicator.model';
import { SavePerformanceIndicatorInput } from './indicator.inputs';
import { PerformanceIndicatorService } from './indicator.service';
import { ConnectionType } from '@pcrm/tenancy';
import {
  PerformanceCase,
  PerformanceCaseConnection,
  PerformanceDrillDownTotals,
  Scorecard,
} from './scorecard.model';
import { DrillDownArgs, DrillDownTotalsArgs, ScorecardArgs } from './scorecard.args';
import { ScorecardService } from './scorecard.service';
import { ROLLUP_FULL_JOB, ROLLUP_TOUCHED_JOB } from './performance-jobs';
import { ExportFormat } from '../department-export';
import { ScorecardExportService } from './scorecard-export';

const PerformanceIndicatorConnection = ConnectionType(PerformanceIndicator, 'PerformanceIndicator');

@ArgsType()
class IndicatorListArgs {
  @Field(() => ScopeKind, { nullable: true, description: '없으면 모든 평가 대상' })
  @IsOptional()
  @IsEnum(ScopeKind)
  scope?: ScopeKind | null;
}

@ArgsType()
class IndicatorVersionsArgs extends PageArgs {
  @Field()
  @Matches(
    /^[A-Z][A-Z0-9_]{0,39}$/,
    say('지표 코드가 올바르지 않습니다.', 'The indicator code is not valid.'),
  )
  code!: string;
}

@ArgsType()
class RollupArgs {
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'true: 처음부터 전부 다시 계산, false: 바뀐 달만',
  })
  @IsBoolean()
  full = false;
}

@ArgsType()
class ScorecardExportArgs extends ScorecardArgs {
  @Field(() => ExportFormat)
  @IsEnum(ExportFormat, say('형식은 XLSX 또는 CSV 여야 합니다.', 'format must be XLSX or CSV.'))
  format!: ExportFormat;
}

@Resolver()
export class PerformanceResolver {
  constructor(
    @Inject(PerformanceIndicatorService) private readonly indicators: PerformanceIndicatorService,
    @Inject(ScorecardService) private readonly scorecards: ScorecardService,
    @Inject(BackgroundJobs) private readonly jobs: BackgroundJobs,
    @Inject(ScorecardExportService) private readonly exports: ScorecardExportService,
  ) {}

  @Query(() => [PerformanceMeasure], { description: '성과 측정항목 목록 (지표 설계의 측정항목 선택지)' })
  performanceMeasures(): PerformanceMeasure[] {
    return this.indicators.measures();
  }

  @Query(() => [PerformanceIndicator], {
    description: '유효한 성과지표: 표준 지표(또는 이 시·도의 재정의)와 시·도가 추가한 지표',
  })
  performanceIndicators(@Args() { scope }: IndicatorListArgs): Promise<PerformanceIndicator[]> {
    return this.indicators.effective(scope);
  }

  @Query(() => PerformanceIndicatorConnection, { description: '한 지표의 저장 버전 (최신부터)' })
  performanceIndicatorVersions(
    @Args() { code, first, after }: IndicatorVersionsArgs,
  ): Promise<Connection<PerformanceIndicator>> {
    return this.indicators.versions(code, first, after);
  }

  @Mutation(() => PerformanceIndicator, { description: '성과지표 저장 (새 버전; 감사 기록)' })
  savePerformanceIndicator(
    @Args('input') input: SavePerformanceIndicatorInput,
  ): Promise<PerformanceIndicator> {
    return this.indicators.save(input);
  }

  @Query(() => Scorecard, { description: '부서·담당자 성과 평가표 (월·분기·연, 롤업에서 읽음)' })
  performanceScorecard(@Args() args: ScorecardArgs): Promise<Scorecard> {
    return this.scorecards.scorecard(args);
  }

  @Query(() => PerformanceCaseConnection, {
    description: '지표 숫자 뒤의 민원·과업 (측정항목과 같은 조건, 커서 페이지)',
  })
  performanceDrillDown(@Args() args: DrillDownArgs): Promise<Connection<PerformanceCase>> {
    return this.scorecards.drillDown(args);
  }

  @Query(() => PerformanceDrillDownTotals, {
    description: '지표 숫자 뒤의 건 전체의 건수와 분자·분모 합계 (평가표의 숫자와 같음)',
  })
  performanceDrillDownTotals(@Args() args: DrillDownTotalsArgs): Promise<PerformanceDrillDownTotals> {
    return this.scorecards.drillDownTotals(args);
  }

  @Mutation(() => Job, { description: '성과 롤업 다시 계산 (백그라운드 작업)' })
  startPerformanceRollup(@Args() { full }: RollupArgs): Promise<Job> {
    return this.jobs.enqueue(full ? ROLLUP_FULL_JOB : ROLLUP_TOUCHED_JOB, {});
  }

  @Mutation(() => Job, { description: '성과 평가표 내보내기 (XLSX·CSV, 백그라운드 작업; 직무성과계약용)' })
  startScorecardExport(@Args() { format, ...args }: ScorecardExportArgs): Promise<Job> {
    return this.exports.start(args as ScorecardArgs, format);
  }
}
