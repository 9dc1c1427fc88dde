import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { jsonScalar } from '@pcrm/tenancy';
import { STANDARD_PETITION_WORKFLOW, type WorkflowDefinition } from '../petitions';
import type { WorkflowProblem } from '../petition-workflow';
import { isStandardEvent, isStandardState } from './workflow-overlay';
import type { SimulatedScenario } from './workflow-simulation';
import type { WorkflowDraft } from './workflow-overlay.service';
import type { ChangeRow, VersionRow } from './workflow-overlay.sql';

/**
 * A workflow overlay or one of its parts as JSON (states, standardStates, transitions, standardTransitions;
 * conditions, actions, deadline rules). JSON because GraphQL inputs have no unions; the server checks it
 * strictly and names the path of every problem (docs/adr/0023).
 */
export const WorkflowDataScalar = jsonScalar(
  'WorkflowData',
  '워크플로 변경 내용 또는 그 일부 (JSON): { states, standardStates, transitions, standardTransitions }. ' +
    '서버가 엄격히 검사하고 문제마다 경로를 알려 줍니다 (docs/adr/0023).',
);

@ObjectType({ description: '워크플로 검사에서 찾은 문제 하나: 어디에서 (경로), 무엇이' })
export class VocWorkflowProblem {
  @Field({ description: '변경 내용 안의 경로, 예: transitions[0].when[1].op' }) path!: string;
  @Field() messageKo!: string;
  @Field() messageEn!: string;
}

@ObjectType({ description: '워크플로의 상태 하나 (다이어그램의 노드)' })
export class VocWorkflowState {
  @Field() key!: string;
  @Field() labelKo!: string;
  @Field() labelEn!: string;
  @Field({ description: 'RUNNING, PAUSED 또는 STOPPED (처리기한 시계)' }) clock!: string;
  @Field() final!: boolean;
  @Field({ description: '표준 상태인지 (아니면 시·도가 추가한 상태)' }) standard!: boolean;
  @Field({ description: '표준 상태의 이름을 바꿨는지' }) renamed!: boolean;
  @Field(() => WorkflowDataScalar, { nullable: true, description: '상태 자체 처리기한 규칙' })
  deadline!: unknown;
  @Field(() => WorkflowDataScalar, { description: '상태에 들어갈 때의 자동 동작' }) onEnter!: unknown;
}

@ObjectType({ description: '워크플로의 전이 하나 (다이어그램의 화살표)' })
export class VocWorkflowTransition {
  @Field() event!: string;
  @Field(() => [String]) from!: string[];
  @Field(() => String, { nullable: true, description: '없으면 상태가 그대로인 처리 (재배정, 연장, 결재)' })
  to!: string | null;
  @Field() labelKo!: string;
  @Field() labelEn!: string;
  @Field(() => [String]) requires!: string[];
  @Field(() => [String], { description: '표준 조건 이름' }) guards!: string[];
  @Field(() => WorkflowDataScalar, { description: '역할·항목 조건 (모두 만족해야 함)' }) when!: unknown;
  @Field(() => WorkflowDataScalar, { description: '자동 동작 (알림, 배정, 후속 민원)' }) effects!: unknown;
  @Field({ description: '표준 전이인지 (아니면 시·도가 추가한 전이)' }) standard!: boolean;
}

@ObjectType({ description: '워크플로 정의 (표준 + 시·도 변경 내용을 합친 것)' })
export class VocWorkflowDefinition {
  @Field() key!: string;
  @Field(() => Int) standardVersion!: number;
  @Field() initial!: string;
  @Field(() => [VocWorkflowState]) states!: VocWorkflowState[];
  @Field(() => [VocWorkflowTransition]) transitions!: VocWorkflowTransition[];
}

@ObjectType({ description: '시·도의 워크플로 초안: 관리자가 고치고, 시험하고, 게시하는 것' })
export class VocWorkflowDraft {
  @Field(() => WorkflowDataScalar) overlay!: unknown;
  @Field(() => Int, {
    description: '초안의 수정 번호 (저장·게시할 때 expectedVersion 으로 보냅니다; 0 = 아직 없음)',
  })
  version!: number;
  @Field(() => String, { nullable: true }) updatedBy!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) updatedAt!: Date | null;
  @Field(() => VocWorkflowDefinition, { description: '초안을 합친 정의 (문제가 있으면 표준)' })
  definition!: VocWorkflowDefinition;
  @Field(() => [VocWorkflowProblem], { description: '게시를 막는 문제 (없으면 게시 가능)' })
  problems!: WorkflowProblem[];
  @Field(() => Int, { description: '지금 새 민원이 따르는 게시 버전' }) latestVersion!: number;
}

@ObjectType({ description: '게시된 워크플로 버전 (바뀌지 않음; 민원은 시작한 버전을 따름)' })
export class VocWorkflowVersion {
  @Field(() => Int) version!: number;
  @Field(() => Int) standardVersion!: number;
  @Field({ description: '게시한 사람' }) createdBy!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => WorkflowDataScalar, { description: '이 버전의 변경 내용 (표준 그대로면 {})' })
  overlay!: unknown;
  @Field(() => VocWorkflowDefinition) definition!: VocWorkflowDefinition;
}

@ObjectType({ description: '워크플로 변경 이력 (초안 저장, 게시): 누가, 언제, 무엇을' })
export class VocWorkflowChange {
  @Field(() => Int) changeNo!: number;
  @Field({ description: 'DRAFT_SAVED 또는 PUBLISHED' }) kind!: string;
  @Field(() => Int, { nullable: true }) workflowVersion!: number | null;
  @Field(() => WorkflowDataScalar, { nullable: true }) before!: unknown;
  @Field(() => WorkflowDataScalar) after!: unknown;
  @Field() username!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

@ObjectType({
  description:
    '모의 실행의 한 단계 (아무것도 저장하지 않음). 시나리오들의 단계를 한 목록으로 돌려줍니다 (scenario 로 구분).',
})
export class VocWorkflowSimulatedStep {
  @Field(() => Int, { description: '시나리오 순번 (입력 순서, 0부터)' }) scenario!: number;
  @Field({ description: '시나리오 이름' }) scenarioName!: string;
  @Field(() => Int, { description: '시나리오 안의 단계 순번 (0부터)' }) step!: number;
  @Field() event!: string;
  @Field({ description: 'TAKEN, REFUSED (조건 불만족) 또는 NOT_ALLOWED (그 상태에 없는 처리)' })
  outcome!: string;
  @Field() from!: string;
  @Field({ description: '이 단계 뒤의 상태' }) state!: string;
  @Field() clock!: string;
  @Field(() => String, { nullable: true }) reasonKo!: string | null;
  @Field(() => String, { nullable: true }) reasonEn!: string | null;
  @Field(() => [String]) requires!: string[];
  @Field(() => [String], { description: '실행될 자동 동작' }) effectsKo!: string[];
  @Field({ description: '이 단계 뒤에 종결에 이르렀는지' }) closed!: boolean;
}

export const toDefinition = (d: WorkflowDefinition): VocWorkflowDefinition => ({
  key: d.key,
  standardVersion: d.standardVersion,
  initial: d.initial,
  states: Object.entries(d.states).map(([key, s]) => ({
    key,
    labelKo: s.labelKo,
    labelEn: s.labelEn,
    clock: s.clock,
    final: !!s.final,
    standard: isStandardState(key),
    renamed:
      isStandardState(key) &&
      (STANDARD_PETITION_WORKFLOW.states[key].labelKo !== s.labelKo ||
        STANDARD_PETITION_WORKFLOW.states[key].labelEn !== s.labelEn),
    deadline: s.deadline ?? null,
    onEnter: s.onEnter ?? [],
  })),
  transitions: d.transitions.map((t) => ({
    event: t.event,
    from: [...t.from],
    to: t.to ?? null,
    labelKo: t.labelKo,
    labelEn: t.labelEn,
    requires: [...(t.requires ?? [])],
    guards: [...(t.guards ?? [])],
    when: t.when ?? [],
    effects: t.effects ?? [],
    standard: isStandardEvent(t.event),
  })),
});

export const toDraft = (d: WorkflowDraft): VocWorkflowDraft => ({
  overlay: d.overlay,
  version: d.revision,
  updatedBy: d.updatedBy,
  updatedAt: d.updatedAt,
  definition: toDefinition(d.definition),
  problems: d.problems,
  latestVersion: d.latestVersion,
});

export const toVersion = (r: VersionRow): VocWorkflowVersion => ({
  version: r.version,
  standardVersion: r.standard_version,
  createdBy: r.created_by,
  createdAt: r.created_at,
  overlay: r.overlay ?? {},
  definition: toDefinition(r.definition),
});

export const toChange = (r: ChangeRow): VocWorkflowChange => ({
  changeNo: r.change_no,
  kind: r.kind,
  workflowVersion: r.workflow_version,
  before: r.before,
  after: r.after,
  username: r.username,
  createdAt: r.created_at,
});

/** The scenarios' steps as one list (a nested list of lists would count its cost twice over). */
export const toSimulatedSteps = (runs: readonly SimulatedScenario[]): VocWorkflowSimulatedStep[] =>
  runs.flatMap((run, scenario) =>
    run.steps.map((s, step) => ({
      ...s,
      scenario,
      scenarioName: run.name,
      step,
      closed: step === run.steps.length - 1 && run.closed,
    })),
  );
