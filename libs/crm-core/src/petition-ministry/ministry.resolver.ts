import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { MonthRangeArgs } from '../petition-analytics';
import { MinistryComparison } from './ministry.model';
import { MinistryComparisonService } from './ministry.service';
import {
  MinistryExportArgs,
  MinistryExportFile,
  MinistryIndicatorExportArgs,
  comparisonFile,
  indicatorFile,
} from './ministry-export';
import { MinistryIndicatorArgs, MinistryIndicatorComparison } from './ministry-indicators.model';
import { MinistryIndicatorService } from './ministry-indicators.service';
import { MinistryEquity, MinistryEquityArgs } from './ministry-equity.model';
import { MinistryEquityService } from './ministry-equity.service';
import { MinistryConformance } from './ministry-conformance.model';
import { MinistryConformanceService } from './ministry-conformance.service';
import { MinistryTenantDetail, MinistryTenantDetailArgs } from './ministry-tenant-detail.model';
import { MinistryTenantDetailService } from './ministry-tenant-detail.service';

@Resolver()
export class MinistryComparisonResolver {
  constructor(
    @Inject(MinistryComparisonService) private readonly ministry: MinistryComparisonService,
    @Inject(MinistryEquityService) private readonly equity: MinistryEquityService,
    @Inject(MinistryConformanceService) private readonly conformance: MinistryConformanceService,
    @Inject(MinistryTenantDetailService) private readonly tenantDetail: MinistryTenantDetailService,
    @Inject(MinistryIndicatorService) private readonly indicators: MinistryIndicatorService,
  ) {}

  @Query(() => MinistryComparison, {
    description:
      '시·도 민원 처리 비교 (중앙부처 분석가 전용): 월별 접수, 목표·법정기한 내 처리율, 처리일수 중앙값, 만족도; 순위와 전국 중앙값. 5건 미만 묶음은 비공개',
  })
  ministryPetitionComparison(@Args() args: MonthRangeArgs): Promise<MinistryComparison> {
    return this.ministry.comparison(args);
  }

  @Query(() => MinistryEquity, {
    description:
      '시·도 안의 형평성 (중앙부처 분석가 전용): 채널·연령대·고령·시·군·구 집단별 처리 결과와 집단 간 격차, 격차 순위와 전국 중앙값. 5건 미만 묶음은 비공개',
  })
  ministryEquity(@Args() args: MinistryEquityArgs): Promise<MinistryEquity> {
    return this.equity.equity(args);
  }

  @Query(() => MinistryConformance, {
    description:
      '시·도별 표준 준수 (중앙부처 분석가 전용): 운영 중인 표준 판, 준수율과 순위, 전국 중앙값, 영역별 차이 건수',
  })
  ministryConformance(): Promise<MinistryConformance> {
    return this.conformance.conformance();
  }

  @Query(() => MinistryTenantDetail, {
    description:
      '시·도 상세 (중앙부처 분석가 전용): 인구와 출처, 월별 지표와 순위·전국 중앙값, 구분별 형평성 격차와 전국 중앙 격차, 표준 준수. 운영 중이 아닌 시·도 코드는 NOT_FOUND',
  })
  ministryTenantDetail(@Args() args: MinistryTenantDetailArgs): Promise<MinistryTenantDetail> {
    return this.tenantDetail.detail(args);
  }

  @Query(() => MinistryExportFile, {
    description: '시·도 민원 처리 비교를 CSV 또는 XLSX 파일로 (중앙부처 분석가 전용; 집계값만)',
  })
  async ministryComparisonExport(@Args() args: MinistryExportArgs): Promise<MinistryExportFile> {
    const { format, ...range } = args;
    return comparisonFile(await this.ministry.comparison(range), format);
  }

  @Query(() => MinistryIndicatorComparison, {
    description:
      '표준 성과지표의 시·도 비교 (중앙부처 분석가 전용): 기간 값, 주민 1,000명당 건수, 월별 추이, 순위, 분포와 전국 중앙값; 시·도 고유 지표는 따로. 5건 미만인 달은 비공개',
  })
  ministryIndicatorComparison(@Args() args: MinistryIndicatorArgs): Promise<MinistryIndicatorComparison> {
    return this.indicators.comparison(args);
  }

  @Query(() => MinistryExportFile, {
    description: '표준 성과지표의 시·도 비교를 CSV 또는 XLSX 파일로 (중앙부처 분석가 전용; 집계값만)',
  })
  async ministryIndicatorExport(@Args() args: MinistryIndicatorExportArgs): Promise<MinistryExportFile> {
    const { format, ...rest } = args;
    return indicatorFile(await this.indicators.comparison(rest), format);
  }
}
