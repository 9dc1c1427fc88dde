import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DataQualityHistory, DataQualityReport, DataQualitySnapshotResult } from './quality.model';
import { DataQualityArgs, DataQualityHistoryArgs } from './quality.inputs';
import { DataQualityService } from './quality.service';

@Resolver()
export class DataQualityResolver {
  constructor(@Inject(DataQualityService) private readonly service: DataQualityService) {}

  @Query(() => DataQualityReport, {
    description: '고객정보 품질 현황: 항목별 충실도·정확도 (시·도 전체, 출처별, 가져오기 묶음별; 활성 고객)',
  })
  dataQuality(@Args() args: DataQualityArgs): Promise<DataQualityReport> {
    return this.service.report(args);
  }

  @Query(() => DataQualityHistory, { description: '날짜별 품질 기록 (차트용 계열, 날짜순)' })
  dataQualityHistory(@Args() args: DataQualityHistoryArgs): Promise<DataQualityHistory> {
    return this.service.history(args);
  }

  @Mutation(() => DataQualitySnapshotResult, {
    description: '오늘의 품질을 기록 (시·도 전체·출처별·묶음별); 같은 날 다시 하면 오늘 기록을 바꿉니다',
  })
  snapshotDataQuality(): Promise<DataQualitySnapshotResult> {
    return this.service.snapshot();
  }
}
