import { STANDARD_PETITION_WORKFLOW } from '@pcrm/crm-core';
import { columns, type SqlRunner } from '../customers/customer-writer';
import type { PlannedVoc } from './petition-plan';

const INSERT_ITEMS = `
  INSERT INTO voc_items (tenant_id, id, receipt_year, receipt_seq, receipt_no, source, channel, kind, period_variant,
    handling_class, category_code, title, body, customer_id, contact_name, reply_channel, status, workflow_key,
    workflow_version, department_id, officer_id, received_at, period_value, period_unit, due_at, target_due_at,
    extended, extension_reason, approval_required, approved_by, approved_at, answer, outcome_reason,
    transfer_agency, answered_at, closed_at, quality_score, quality_rated_by, created_by, created_at, updated_at)
  SELECT current_setting('app.tenant_id', true), v.id, v.receipt_year, v.receipt_seq,
    upper(current_setting('app.tenant_id', true)) || '-' || v.receipt_year || '-' || lpad(v.receipt_seq::text, 6, '0'),
    v.source, v.channel, v.kind, v.period_variant, v.handling_class, v.category_code, v.title, v.body,
    v.customer_id, v.contact_name, v.reply_channel, v.status, $34, $35, v.department_id, v.officer_id,
    v.received_at, v.period_value, v.period_unit, v.due_at, v.target_due_at, v.extension_reason IS NOT NULL,
    v.extension_reason, v.approval_required, v.approved_by, v.approved_at, v.answer, v.outcome_reason,
    v.transfer_agency, v.answered_at, v.closed_at, v.quality_score, v.quality_rated_by, $36, v.received_at,
    coalesce(v.closed_at, v.answered_at, v.received_at)
  FROM unnest($1::uuid[], $2::int[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
    $9::text[], $10::text[], $11::text[], $12::uuid[], $13::text[], $14::text[], $15::text[], $16::uuid[],
    $17::uuid[], $18::timestamptz[], $19::int[], $20::text[], $21::timestamptz[], $22::timestamptz[], $23::text[],
    $24::boolean[], $25::uuid[], $26::timestamptz[], $27::text[], $28::text[], $29::text[], $30::timestamptz[],
    $31::timestamptz[], $32::smallint[], $33::uuid[])
    AS v(id, receipt_year, receipt_seq, source, channel, kind, period_variant, handling_class, category_code,
      title, body, customer_id, contact_name, reply_channel, status, department_id, officer_id, received_at,
      period_value, period_unit, due_at, target_due_at, extension_reason, approval_required, approved_by,
      approved_at, answer, outcome_reason, transfer_agency, answered_at, closed_at, quality_score,
      quality_rated_by)`;

const INSERT_TRANSITIONS = `
  INSERT INTO voc_transitions (tenant_id, voc_id, seq, event, from_status, to_status, actor, actor_staff_id,
    comment, occurred_at)
  SELECT current_setting('app.tenant_id', true), t.*
  FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::text[],
    $9::timestamptz[]) AS t(voc_id, seq, event, from_status, to_status, actor, actor_staff_id, comment, occurred_at)`;

const INSERT_SURVEYS = `
  INSERT INTO voc_survey_responses (tenant_id, voc_id, department_id, officer_id, speed, kindness, fairness,
    convenience, comment, submitted_at)
  SELECT current_setting('app.tenant_id', true), s.*
  FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::smallint[], $5::smallint[], $6::smallint[], $7::smallint[],
    $8::text[], $9::timestamptz[])
    AS s(voc_id, department_id, officer_id, speed, kindness, fairness, convenience, comment, submitted_at)`;

/** A batch of planned cases with their transitions and survey answers: one multi-row INSERT per table. */
export async function writePetitions(
  sql: SqlRunner,
  items: readonly PlannedVoc[],
  createdBy: string,
): Promise<void> {
  if (!items.length) return;
  await sql.query(INSERT_ITEMS, [
    ...columns(items, [
      (v) => v.id,
      (v) => v.receiptYear,
      (v) => v.receiptSeq,
      (v) => v.source,
      (v) => v.channel,
      (v) => v.kind,
      (v) => v.periodVariant,
      (v) => v.handlingClass,
      (v) => v.categoryCode,
      (v) => v.title,
      (v) => v.body,
      (v) => v.customerId,
      (v) => v.contactName,
      (v) => v.replyChannel,
      (v) => v.status,
      (v) => v.departmentId,
      (v) => v.officerId,
      (v) => v.receivedAt,
      (v) => v.periodValue,
      (v) => v.periodUnit,
      (v) => v.dueAt,
      (v) => v.targetDueAt,
      (v) => v.extensionReason,
      (v) => v.approvalRequired,
      (v) => v.approvedBy,
      (v) => v.approvedAt,
      (v) => v.answer,
      (v) => v.outcomeReason,
      (v) => v.transferAgency,
      (v) => v.answeredAt,
      (v) => v.closedAt,
      (v) => v.qualityScore,
      (v) => v.qualityRatedBy,
    ]),
    STANDARD_PETITION_WORKFLOW.key,
    1,
    createdBy,
  ]);
  const steps = items.flatMap((v) => v.transitions.map((t, i) => ({ id: v.id, seq: i + 1, ...t })));
  await sql.query(
    INSERT_TRANSITIONS,
    columns(steps, [
      (t) => t.id,
      (t) => t.seq,
      (t) => t.event,
      (t) => t.from,
      (t) => t.to,
      (t) => t.actor,
      (t) => t.actorStaffId,
      (t) => t.comment,
      (t) => t.at,
    ]),
  );
  const surveyed = items.filter((v) => v.survey);
  if (surveyed.length)
    await sql.query(
      INSERT_SURVEYS,
      columns(surveyed, [
        (v) => v.id,
        (v) => v.departmentId,
        (v) => v.officerId,
        (v) => v.survey!.speed,
        (v) => v.survey!.kindness,
        (v) => v.survey!.fairness,
        (v) => v.survey!.convenience,
        (v) => v.survey!.comment,
        (v) => v.survey!.submittedAt,
      ]),
    );
}
