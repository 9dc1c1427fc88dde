import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Connection } from '@pcrm/tenancy';
import {
  BacklogItem,
  BacklogItemConnection,
  BacklogSummary,
  ProcessingReductionConnection,
  ProcessingReductionRow,
  ProcessingTimeReport,
  RepeatPetitionReport,
} from './analytics.model';
import {
  BacklogArgs,
  BacklogFilterArgs,
  ProcessingReductionArgs,
  ProcessingTimeArgs,
  RepeatPetitionArgs,
} from './analytics.args';
import { PetitionAnalyticsService } from './analytics.service';

@Resolver()
export class PetitionAnalyticsResolver {
  constructor(@Inject(PetitionAnalyticsService) private readonly analytics: PetitionAnalyticsService) {}

  @Query(() => ProcessingTimeReport, {
    description:
      '처리기간 분석: 실·국·부서·처리유형별 월별 평균 처리일수, 목표·법정기한 내 처리율, 전년 대비 단축률',
  })
  petitionProcessingTimes(@Args() args: ProcessingTimeArgs): Promise<ProcessingTimeReport> {
    return this.analytics.processingTimes(args);
  }

  @Query(() => ProcessingReductionConnection, {
    description: '처리기간 단축 분석: 실·국 × 부서 × 처리유형 × 월 평균 처리일수와 전년 같은 달 대비 단축률',
  })
  petitionProcessingReduction(
    @Args() args: ProcessingReductionArgs,
  ): Promise<Connection<ProcessingReductionRow>> {
    return this.analytics.processingReduction(args);
  }

  @Query(() => RepeatPetitionReport, {
    description: '반복·고질 민원 분석: 상위 x% 민원인이 y% 민원 (전체·처리유형별)과 민원이 많은 민원인',
  })
  repeatPetitions(@Args() args: RepeatPetitionArgs): Promise<RepeatPetitionReport> {
    return this.analytics.repeatPetitions(args);
  }

  @Query(() => BacklogItemConnection, { description: '미처리 민원 (법정 처리기한 순, 커서 페이지)' })
  petitionBacklog(@Args() args: BacklogArgs): Promise<Connection<BacklogItem>> {
    return this.analytics.backlog(args);
  }

  @Query(() => BacklogSummary, { description: '미처리·지연·임박 건수' })
  petitionBacklogSummary(@Args() args: BacklogFilterArgs): Promise<BacklogSummary> {
    return this.analytics.backlogSummary(args);
  }
}
