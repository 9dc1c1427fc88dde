import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AlertRow, CaseRow, TransitionRow } from './lifecycle.sql';
import { HandlingClass, VocKind } from '../petitions';

@ObjectType({ description: '민원의 처리 상태 (처리 절차에서 본 민원)' })
export class VocLifecycleState {
  @Field(() => ID) id!: string;
  @Field({ description: '접수번호' }) receiptNo!: string;
  @Field(() => ID, { nullable: true, description: '협조 민원이면 주관 민원' }) parentId!: string | null;
  @Field({ description: '상태 (워크플로 정의의 상태 이름)' }) status!: string;
  @Field({ description: '상태 이름 (한국어)' }) statusLabelKo!: string;
  @Field({ description: '상태 이름 (영어)' }) statusLabelEn!: string;
  @Field({ description: '워크플로 키' }) workflowKey!: string;
  @Field(() => Int, { description: '이 민원이 따르는 워크플로 버전 (접수 때 정해져 바뀌지 않습니다)' })
  workflowVersion!: number;
  @Field(() => ID, { nullable: true }) departmentId!: string | null;
  @Field(() => ID, { nullable: true }) officerId!: string | null;
  @Field(() => GraphQLISODateTime, { description: '법정 처리기한' }) dueAt!: Date;
  @Field(() => GraphQLISODateTime, { description: '목표 처리기한' }) targetDueAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: '보완요청으로 멈춘 시각' })
  pausedAt!: Date | null;
  @Field({ description: '처리기간 연장 여부 (한 번만)' }) extended!: boolean;
  @Field(() => String, { nullable: true }) extensionReason!: string | null;
  @Field({ description: '결재 대상 (복합·장기 민원)' }) approvalRequired!: boolean;
  @Field(() => ID, { nullable: true }) approvedBy!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) approvedAt!: Date | null;
  @Field(() => String, { nullable: true, description: '처리불가·이송 사유' }) outcomeReason!: string | null;
  @Field(() => String, { nullable: true, description: '이송 기관' }) transferAgency!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) answeredAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) closedAt!: Date | null;
  @Field(() => Int, { description: '변경할 때 expectedVersion 으로 보냅니다' }) version!: number;
}

export const toLifecycleState = (
  r: CaseRow,
  label: { ko: string; en: string } = { ko: r.status, en: r.status },
): VocLifecycleState => ({
  id: r.id,
  receiptNo: r.receipt_no,
  parentId: r.parent_id,
  status: r.status,
  statusLabelKo: label.ko,
  statusLabelEn: label.en,
  workflowKey: r.workflow_key,
  workflowVersion: r.workflow_version,
  departmentId: r.department_id,
  officerId: r.officer_id,
  dueAt: r.due_at,
  targetDueAt: r.target_due_at,
  pausedAt: r.paused_at,
  extended: r.extended,
  extensionReason: r.extension_reason,
  approvalRequired: r.approval_required,
  approvedBy: r.approved_by,
  approvedAt: r.approved_at,
  outcomeReason: r.outcome_reason,
  transferAgency: r.transfer_agency,
  answeredAt: r.answered_at,
  closedAt: r.closed_at,
  version: r.version,
});

@ObjectType({ description: '지금 할 수 있는 처리 (조건을 만족하는 전이)' })
export class VocAvailableTransition {
  @Field({ description: '이벤트 이름 (transitionVoc 의 event)' }) event!: string;
  @Field() labelKo!: string;
  @Field() labelEn!: string;
  @Field(() => String, { nullable: true, description: '다음 상태; 없으면 상태 그대로 (재배정, 연장, 결재)' })
  to!: string | null;
  @Field(() => [String], {
    description: '필수 입력: comment, reason, department, officer, answer, agency, newDueAt',
  })
  requires!: string[];
}

@ObjectType({ description: '변경 전후 값' })
export class VocChange {
  @Field(() => String, { nullable: true }) from!: string | null;
  @Field(() => String, { nullable: true }) to!: string | null;
}

@ObjectType({ description: '민원의 분류: 종류, 처리기간 구분, 처리 유형, 분류 코드' })
export class VocClassification {
  @Field(() => VocKind) kind!: VocKind;
  @Field({ description: '처리기간 구분 (없으면 빈 문자열)' }) periodVariant!: string;
  @Field(() => HandlingClass) handlingClass!: HandlingClass;
  @Field() categoryCode!: string;
}

@ObjectType({ description: '분류 변경 전후' })
export class VocClassificationChange {
  @Field(() => VocClassification) from!: VocClassification;
  @Field(() => VocClassification) to!: VocClassification;
}

@ObjectType({ description: '처리 이력 한 건: 누가, 언제, 어느 상태에서 어느 상태로' })
export class VocTransitionRecord {
  @Field(() => Int) seq!: number;
  @Field() event!: string;
  @Field(() => String, { nullable: true }) fromStatus!: string | null;
  @Field() toStatus!: string;
  @Field({ description: '처리자 (realm/사용자)' }) actor!: string;
  @Field(() => ID, { nullable: true }) actorStaffId!: string | null;
  @Field(() => String, { nullable: true }) comment!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => String, { nullable: true }) agency!: string | null;
  @Field(() => VocChange, { nullable: true, description: '담당 부서 변경 (배정·재배정)' })
  department!: VocChange | null;
  @Field(() => VocChange, { nullable: true, description: '담당자 변경 (배정·재배정)' })
  officer!: VocChange | null;
  @Field(() => VocChange, { nullable: true, description: '처리기한 변경 (연장, 보완 후 재개, 분류 변경)' })
  dueAt!: VocChange | null;
  @Field(() => VocClassificationChange, { nullable: true, description: '분류 변경 (배정·재배정 때)' })
  classification!: VocClassificationChange | null;
  @Field(() => [ID], { nullable: true, description: '협조 요청한 부서' })
  cooperationDepartmentIds!: string[] | null;
  @Field(() => GraphQLISODateTime) occurredAt!: Date;
}

const change = (v: unknown): VocChange | null => {
  if (!v || typeof v !== 'object') return null;
  const { from, to } = v as { from?: unknown; to?: unknown };
  return { from: from == null ? null : String(from), to: to == null ? null : String(to) };
};
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export const toTransitionRecord = (r: TransitionRow): VocTransitionRecord => ({
  seq: r.seq,
  event: r.event,
  fromStatus: r.from_status,
  toStatus: r.to_status,
  actor: r.actor,
  actorStaffId: r.actor_staff_id,
  comment: r.comment,
  reason: str(r.data.reason),
  agency: str(r.data.agency),
  department: change(r.data.department),
  officer: change(r.data.officer),
  dueAt: change(r.data.dueAt),
  classification: (r.data.classification as VocClassificationChange | undefined) ?? null,
  cooperationDepartmentIds: Array.isArray(r.data.departmentIds) ? r.data.departmentIds.map(String) : null,
  occurredAt: r.occurred_at,
});

@ObjectType({ description: '처리기한 알림 (목표기한 경과: AT_RISK, 법정기한 경과: OVERDUE)' })
export class VocAlert {
  @Field(() => ID) id!: string;
  @Field(() => ID) vocId!: string;
  @Field() receiptNo!: string;
  @Field() title!: string;
  @Field() status!: string;
  @Field({ description: 'AT_RISK, OVERDUE 또는 WORKFLOW (워크플로의 알림 동작)' }) kind!: string;
  @Field(() => GraphQLISODateTime) dueAt!: Date;
  @Field(() => GraphQLISODateTime) targetDueAt!: Date;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) readAt!: Date | null;
}

export const toAlert = (r: AlertRow): VocAlert => ({
  id: r.id,
  vocId: r.voc_id,
  receiptNo: r.receipt_no,
  title: r.title,
  status: r.status,
  kind: r.kind,
  dueAt: r.due_at,
  targetDueAt: r.target_due_at,
  createdAt: r.created_at,
  readAt: r.read_at,
});
