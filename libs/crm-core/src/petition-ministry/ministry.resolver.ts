import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { MonthRangeArgs } from '../petition-analytics';
import { MinistryComparison } from './ministry.model';
import { MinistryComparisonService } from './ministry.service';

@Resolver()
export class MinistryComparisonResolver {
  constructor(@Inject(MinistryComparisonService) private readonly ministry: MinistryComparisonService) {}

  @Query(() => MinistryComparison, {
    description:
      '시·도 민원 처리 비교 (중앙부처 분석가 전용): 월별 접수, 목표·법정기한 내 처리율, 처리일수 중앙값, 만족도; 순위와 전국 중앙값. 5건 미만 묶음은 비공개',
  })
  ministryPetitionComparison(@Args() args: MonthRangeArgs): Promise<MinistryComparison> {
    return this.ministry.comparison(args);
  }
}
