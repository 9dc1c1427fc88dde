import { Inject } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { VocSettings, VocSettingsInput } from './voc-settings.model';
import { VocSettingsService } from './voc-settings.service';

@Resolver()
export class ReferenceDataResolver {
  constructor(@Inject(VocSettingsService) private readonly vocSettingsService: VocSettingsService) {}

  @Query(() => VocSettings, {
    description: '민원 기준 정보 (목표 처리 비율, 만족도 조사, 중간 통지)와 변경 이력',
  })
  vocSettings(): Promise<VocSettings> {
    return this.vocSettingsService.settings();
  }

  @Mutation(() => VocSettings, {
    description: '민원 기준 정보 변경 (시·도 관리자): 버전이 다르면 거부, 변경 이력·감사 기록',
  })
  updateVocSettings(
    @Args('input') input: VocSettingsInput,
    @Args('expectedVersion', { type: () => Int, description: '편집을 시작할 때 읽은 버전' })
    expectedVersion: number,
  ): Promise<VocSettings> {
    return this.vocSettingsService.update(input, expectedVersion);
  }
}
