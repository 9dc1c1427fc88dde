import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OVERLAY_SUBJECTS } from './overlay-subject';
import type { WorkflowProblem } from '../petition-workflow';
import {
  PublishVocWorkflowArgs,
  WorkflowChoiceArgs,
  SaveVocWorkflowDraftArgs,
  SimulateVocWorkflowArgs,
  ValidateVocWorkflowArgs,
  VocWorkflowChangesArgs,
  VocWorkflowVersionArgs,
  VocWorkflowVersionsArgs,
} from './workflow-overlay.inputs';
import {
  VocWorkflowChange,
  VocWorkflowDraft,
  VocWorkflowProblem,
  VocWorkflowSimulatedStep,
  VocWorkflowVersion,
  toChange,
  toDraft,
  toSimulatedSteps,
  toVersion,
} from './workflow-overlay.model';
import { WorkflowOverlayService } from './workflow-overlay.service';

@Resolver()
export class WorkflowOverlayResolver {
  constructor(@Inject(WorkflowOverlayService) private readonly overlays: WorkflowOverlayService) {}

  @Query(() => VocWorkflowDraft, { description: '민원 처리 흐름의 초안 (변경 내용, 합친 정의, 문제)' })
  async vocWorkflowDraft(@Args() { workflow }: WorkflowChoiceArgs): Promise<VocWorkflowDraft> {
    return toDraft(await this.overlays.draft(OVERLAY_SUBJECTS[workflow]));
  }

  @Query(() => [VocWorkflowVersion], { description: '게시된 워크플로 버전 (최신 먼저)' })
  async vocWorkflowVersions(
    @Args() { first, workflow }: VocWorkflowVersionsArgs,
  ): Promise<VocWorkflowVersion[]> {
    return (await this.overlays.versions(first, OVERLAY_SUBJECTS[workflow])).map(toVersion);
  }

  @Query(() => VocWorkflowVersion, {
    description: '게시된 워크플로 버전 하나 (없으면 최신): 다이어그램용 정의',
  })
  async vocWorkflowVersion(
    @Args() { version, workflow }: VocWorkflowVersionArgs,
  ): Promise<VocWorkflowVersion> {
    return toVersion(await this.overlays.version(version ?? null, OVERLAY_SUBJECTS[workflow]));
  }

  @Query(() => [VocWorkflowChange], { description: '워크플로 변경 이력 (초안 저장과 게시, 최신 먼저)' })
  async vocWorkflowChanges(
    @Args() { first, before, workflow }: VocWorkflowChangesArgs,
  ): Promise<VocWorkflowChange[]> {
    return (await this.overlays.changes(first, before ?? null, OVERLAY_SUBJECTS[workflow])).map(toChange);
  }

  @Mutation(() => VocWorkflowDraft, {
    description:
      '초안 저장 (expectedVersion 이 다르면 CONFLICT). 문제가 있어도 저장되고 problems 로 돌아옵니다.',
  })
  async saveVocWorkflowDraft(
    @Args() { overlay, expectedVersion, workflow }: SaveVocWorkflowDraftArgs,
  ): Promise<VocWorkflowDraft> {
    return toDraft(await this.overlays.saveDraft(overlay, expectedVersion, OVERLAY_SUBJECTS[workflow]));
  }

  @Mutation(() => [VocWorkflowProblem], {
    description: '변경 내용 검사 (저장하지 않음): 문제마다 경로와 이유',
  })
  validateVocWorkflow(@Args() { overlay, workflow }: ValidateVocWorkflowArgs): Promise<WorkflowProblem[]> {
    return this.overlays.validate(overlay, OVERLAY_SUBJECTS[workflow]);
  }

  @Mutation(() => [VocWorkflowSimulatedStep], {
    description:
      '모의 실행: 모의 민원을 초안 워크플로로 처리해 봅니다 (시나리오마다 단계별 결과). 아무것도 저장하지 않습니다.',
  })
  async simulateVocWorkflow(
    @Args() { overlay, scenarios, workflow }: SimulateVocWorkflowArgs,
  ): Promise<VocWorkflowSimulatedStep[]> {
    const runs = await this.overlays.simulate(
      overlay ?? null,
      scenarios.map((s) => ({
        name: s.name,
        startState: s.startState ?? undefined,
        fields: s.fields
          ? { ...s.fields, customFields: (s.fields.customFields as Record<string, unknown>) ?? {} }
          : {},
        steps: s.steps.map((step) => ({
          event: step.event,
          roles: step.roles ?? undefined,
          openCooperations: step.openCooperations ?? undefined,
        })),
      })),
      OVERLAY_SUBJECTS[workflow],
    );
    return toSimulatedSteps(runs);
  }

  @Mutation(() => VocWorkflowVersion, {
    description:
      '초안 게시: 문제가 없으면 새 워크플로 버전을 만들고 새 민원부터 따릅니다 (처리 중인 민원은 원래 버전). ' +
      '문제가 있으면 BAD_USER_INPUT (extensions.problems)',
  })
  async publishVocWorkflow(
    @Args() { expectedVersion, workflow }: PublishVocWorkflowArgs,
  ): Promise<VocWorkflowVersion> {
    return toVersion(await this.overlays.publish(expectedVersion, OVERLAY_SUBJECTS[workflow]));
  }
}
