import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@pcrm/tenancy';
import { CustomFieldValuesScalar } from '@pcrm/customization';
import { TaskKind, TaskSource, TaskStepStatus } from './task.enums';
import type { PlanFigures } from './action-plan';

@ObjectType({ description: '실행계획의 한 단계: 기록한 값과 거기서 계산한 값 (계산값은 입력하지 않습니다)' })
export class TaskStep {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: '순위 (1부터)' }) position!: number;
  @Field({ description: '해결방법 (단계 이름)' }) name!: string;
  @Field(() => Int, { description: '가중치 (%)' }) weight!: number;
  @Field(() => Int, { description: '계획처리기간 (일)' }) plannedDays!: number;
  @Field(() => String, { nullable: true, description: '시작일 (YYYY-MM-DD)' }) startedOn!: string | null;
  @Field(() => String, { nullable: true, description: '종료일 (YYYY-MM-DD)' }) endedOn!: string | null;
  @Field(() => Int, { description: '진행률 (%)' }) progress!: number;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => TaskStepStatus, { description: '상태 (계산)' }) status!: TaskStepStatus;
  @Field(() => Int, { nullable: true, description: '실제처리기간 (일, 계산; 진행 중이면 오늘까지)' })
  actualDays!: number | null;
  @Field(() => Float, { nullable: true, description: '처리기간준수도 (%, 계산; 끝난 단계만)' })
  compliance!: number | null;
  @Field({ description: '계획처리기간 초과 (계산)' }) overdue!: boolean;
  @Field({ description: '쓴 기간에 비해 진행이 늦음 (계산)' }) behind!: boolean;
  @Field(() => Float, { description: '과제진행률에 더하는 몫 = 가중치 × 진행률 (계산)' })
  contribution!: number;
}

@ObjectType({ description: '과제의 실행계획과 계산값 (asOf 날짜 기준, 한국 시간)' })
export class TaskPlan {
  @Field({ description: '계산 기준일 (YYYY-MM-DD, 한국 시간)' }) asOf!: string;
  @Field(() => [TaskStep]) steps!: TaskStep[];
  @Field(() => Int, { description: '가중치 합 (%); 100%일 때만 확정할 수 있습니다' }) weightTotal!: number;
  @Field(() => Float, { description: '과제진행률 (%) = Σ 가중치 × 진행률' }) progress!: number;
  @Field(() => Float, { nullable: true, description: '처리기간준수도 (%): 끝난 단계의 가중 평균' })
  compliance!: number | null;
  @Field(() => Int, { description: '기간을 넘긴 단계 수' }) overdueSteps!: number;
}

@ObjectType({ description: '과제에 연결된 VOC (개인정보 없이: 접수번호, 제목, 상태)' })
export class TaskVocItem {
  @Field(() => ID) id!: string;
  @Field() receiptNo!: string;
  @Field() title!: string;
  @Field() status!: string;
  @Field(() => GraphQLISODateTime) linkedAt!: Date;
}

@ObjectType({ description: '과제 처리 이력 (계획 확정 포함)' })
export class TaskTransition {
  @Field(() => ID) id!: string;
  @Field(() => Int) seq!: number;
  @Field() event!: string;
  @Field(() => String, { nullable: true }) fromStatus!: string | null;
  @Field() toStatus!: string;
  @Field(() => String, { nullable: true, description: '처리한 직원 이름' }) actorName!: string | null;
  @Field(() => String, { nullable: true }) comment!: string | null;
  @Field(() => GraphQLISODateTime) occurredAt!: Date;
}

@ObjectType({ description: '지금 할 수 있는 과제 처리' })
export class TaskAvailableTransition {
  @Field() event!: string;
  @Field() labelKo!: string;
  @Field() labelEn!: string;
  @Field(() => String, { nullable: true }) to!: string | null;
  @Field(() => [String], { description: '필요한 입력 (comment, impossibleReason)' }) requires!: string[];
}

@ObjectType({ description: '과제 (과업): 주민이 거듭 요구하는 일을 만족할 때까지 해결하는 단위' })
export class Task {
  @Field(() => ID) id!: string;
  @Field({ description: '관리번호' }) managementNo!: string;
  @Field({ description: '과제명' }) title!: string;
  @Field(() => TaskSource, { description: '출처' }) source!: TaskSource;
  @Field(() => TaskKind, { description: '구분 (단기·장기)' }) kind!: TaskKind;
  @Field(() => ID) departmentId!: string;
  @Field({ description: '담당 부서명' }) departmentName!: string;
  @Field(() => ID, { nullable: true }) ownerId!: string | null;
  @Field(() => String, { nullable: true, description: '담당자 이름' }) ownerName!: string | null;
  @Field(() => String, { nullable: true, description: '해결방법' }) resolutionMethod!: string | null;
  @Field(() => String, { nullable: true, description: '과제 요약' }) summary!: string | null;
  @Field(() => String, { nullable: true, description: '기대효과' }) expectedEffect!: string | null;
  @Field(() => String, { nullable: true, description: '현황 및 문제점' }) currentState!: string | null;
  @Field(() => String, { nullable: true, description: '개선계획' }) improvementPlan!: string | null;
  @Field(() => String, { nullable: true, description: '추진결과' }) result!: string | null;
  @Field(() => String, { nullable: true, description: '처리불가 사유' }) impossibleReason!: string | null;
  @Field({ description: '상태 (워크플로 정의의 상태 이름: PLANNING, IN_PROGRESS, COMPLETED, IMPOSSIBLE, …)' })
  status!: string;
  @Field({ description: '상태 이름 (한국어)' }) statusLabelKo!: string;
  @Field({ description: '상태 이름 (영어)' }) statusLabelEn!: string;
  @Field() workflowKey!: string;
  @Field(() => Int) workflowVersion!: number;
  @Field(() => Int, { description: '마지막 계획 저장 때의 가중치 합 (%)' }) weightTotal!: number;
  @Field(() => Float, { description: '마지막 계획 저장 때의 과제진행률 (%)' }) progress!: number;
  @Field(() => Float, { nullable: true, description: '마지막 계획 저장 때의 처리기간준수도 (%)' })
  compliance!: number | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: '실행계획 확정 시각' })
  planApprovedAt!: Date | null;
  @Field(() => ID, { nullable: true }) planApprovedBy!: string | null;
  @Field({ description: '공개 과제 여부' }) isPublic!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) publishedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) startedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: '완료·처리불가 시각' })
  closedAt!: Date | null;
  @Field(() => CustomFieldValuesScalar) customFields!: Record<string, unknown>;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => Int, { description: '변경할 때 expectedVersion 으로 보냅니다' }) version!: number;
}

export const TaskConnection = ConnectionType(Task, 'Task');

export interface TaskRow {
  id: string;
  management_no: string;
  title: string;
  source: string;
  kind: string;
  department_id: string;
  department_name: string;
  owner_id: string | null;
  owner_name: string | null;
  resolution_method: string | null;
  summary: string | null;
  expected_effect: string | null;
  current_state: string | null;
  improvement_plan: string | null;
  result: string | null;
  impossible_reason: string | null;
  status: string;
  workflow_key: string;
  workflow_version: number;
  weight_total: number;
  progress: string;
  compliance: string | null;
  plan_approved_at: Date | null;
  plan_approved_by: string | null;
  is_public: boolean;
  published_at: Date | null;
  started_at: Date | null;
  closed_at: Date | null;
  custom_fields: Record<string, unknown>;
  created_at: Date;
  updated_at: Date;
  version: number;
}

export interface StepRow {
  id: string;
  task_id: string;
  position: number;
  name: string;
  weight: number;
  planned_days: number;
  started_on: string | null;
  ended_on: string | null;
  progress: number;
  note: string | null;
}

export const toTask = (r: TaskRow, label: { ko: string; en: string }): Task => ({
  id: r.id,
  managementNo: r.management_no,
  title: r.title,
  source: r.source as TaskSource,
  kind: r.kind as TaskKind,
  departmentId: r.department_id,
  departmentName: r.department_name,
  ownerId: r.owner_id,
  ownerName: r.owner_name,
  resolutionMethod: r.resolution_method,
  summary: r.summary,
  expectedEffect: r.expected_effect,
  currentState: r.current_state,
  improvementPlan: r.improvement_plan,
  result: r.result,
  impossibleReason: r.impossible_reason,
  status: r.status,
  statusLabelKo: label.ko,
  statusLabelEn: label.en,
  workflowKey: r.workflow_key,
  workflowVersion: r.workflow_version,
  weightTotal: r.weight_total,
  progress: Number(r.progress),
  compliance: r.compliance === null ? null : Number(r.compliance),
  planApprovedAt: r.plan_approved_at,
  planApprovedBy: r.plan_approved_by,
  isPublic: r.is_public,
  publishedAt: r.published_at,
  startedAt: r.started_at,
  closedAt: r.closed_at,
  customFields: r.custom_fields,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  version: r.version,
});

export const toStepInput = (s: StepRow) => ({
  weight: s.weight,
  plannedDays: s.planned_days,
  startedOn: s.started_on,
  endedOn: s.ended_on,
  progress: s.progress,
});

export const toPlan = (steps: readonly StepRow[], figures: PlanFigures, asOf: string): TaskPlan => ({
  asOf,
  steps: steps.map((s, i) => ({
    id: s.id,
    position: s.position,
    name: s.name,
    weight: s.weight,
    plannedDays: s.planned_days,
    startedOn: s.started_on,
    endedOn: s.ended_on,
    progress: s.progress,
    note: s.note,
    ...figures.steps[i],
    status: figures.steps[i].status as TaskStepStatus,
  })),
  weightTotal: figures.weightTotal,
  progress: figures.progress,
  compliance: figures.compliance,
  overdueSteps: figures.overdueSteps,
});
