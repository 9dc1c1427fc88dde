import { Inject } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { HistoryRow } from './standard-model.sql';
import {
  StandardConformance,
  StandardModel,
  StandardResolutionInput,
  StandardUpgradeDryRun,
  type StandardVersionChange,
} from './standard-model.model';
import { StandardModelService, type StandardModelOverview } from './standard-model.service';

const toChange = (h: HistoryRow): StandardVersionChange => ({
  fromVersion: h.from_version,
  toVersion: h.to_version,
  appliedBy: h.applied_by,
  appliedAt: h.applied_at,
  takenCount: h.changes.filter((c) => c.taken).length,
  keptCount: h.changes.filter((c) => !c.taken).length,
});

const toModel = (o: StandardModelOverview): StandardModel => ({
  currentVersion: o.currentVersion,
  latestVersion: o.latestVersion,
  versions: o.versions.map(({ version, titleKo, titleEn, summaryKo, summaryEn }) => ({
    version,
    titleKo,
    titleEn,
    summaryKo,
    summaryEn,
  })),
  history: o.history.map(toChange),
});

@Resolver()
export class StandardModelResolver {
  constructor(@Inject(StandardModelService) private readonly service: StandardModelService) {}

  @Query(() => StandardModel, { description: '기관의 표준 모델 버전, 제공되는 판, 적용 이력' })
  async standardModel(): Promise<StandardModel> {
    return toModel(await this.service.overview());
  }

  @Query(() => StandardUpgradeDryRun, {
    description: '다음 표준 판 적용 사전 점검: 모든 변경과 기관 맞춤 설정과의 충돌 (아무것도 바꾸지 않음)',
  })
  standardUpgradeDryRun(
    @Args('toVersion', { type: () => Int }) toVersion: number,
  ): Promise<StandardUpgradeDryRun> {
    return this.service.dryRun(toVersion);
  }

  @Query(() => StandardConformance, {
    description: '표준 준수 보고서: 기관이 추가·변경·사용 중지한 요소와 준수 점수',
  })
  standardConformance(): Promise<StandardConformance> {
    return this.service.conformance();
  }

  @Mutation(() => StandardModel, {
    description:
      '다음 표준 판 적용 (시·도 관리자): 모든 충돌에 해결 방법이 있어야 하며 전부 반영되거나 아무것도 바뀌지 않음',
  })
  async applyStandardVersion(
    @Args('toVersion', { type: () => Int }) toVersion: number,
    @Args('expectedCurrentVersion', { type: () => Int, description: '사전 점검 때의 현재 판' })
    expectedCurrentVersion: number,
    @Args('resolutions', { type: () => [StandardResolutionInput], defaultValue: [] })
    resolutions: StandardResolutionInput[],
  ): Promise<StandardModel> {
    return toModel(await this.service.apply(toVersion, expectedCurrentVersion, resolutions));
  }
}
