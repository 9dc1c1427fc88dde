import { STANDARD_PETITION_WORKFLOW } from '../src/petitions';
import type { ServiceTestbed } from './service-testbed';

const DAY = 86_400_000;

/**
 * A petition row exactly as given, inserted in the caller's scope under RLS (analytics need cases with known
 * times and outcomes, which intake and the lifecycle would stamp with now()). Statutory period 7 days,
 * target at 50 % unless given.
 */
export interface VocRowSeed {
  receivedAt: Date;
  answeredAt?: Date | null;
  closedAt?: Date | null;
  dueAt?: Date;
  targetDueAt?: Date;
  handlingClass?: string;
  status?: string;
  customerId?: string | null;
  departmentId?: string | null;
  officerId?: string | null;
  parentId?: string | null;
  title?: string;
}

/** The category and workflow version every fixture case refers to (idempotent). */
export async function ensureVocReference(bed: ServiceTestbed): Promise<void> {
  const sql = bed.sql();
  await sql.query(
    `INSERT INTO voc_categories (tenant_id, code, name_ko, name_en)
     VALUES (current_setting('app.tenant_id', true), 'GENERAL', '일반행정', 'General administration')
     ON CONFLICT DO NOTHING`,
  );
  await sql.query(
    `INSERT INTO voc_workflows (tenant_id, key, version, standard_version, definition, created_by)
     VALUES (current_setting('app.tenant_id', true), $1, 1, 1, $2::jsonb, 'system') ON CONFLICT DO NOTHING`,
    [STANDARD_PETITION_WORKFLOW.key, JSON.stringify(STANDARD_PETITION_WORKFLOW)],
  );
}

let seq = 0;

export async function insertVocRow(bed: ServiceTestbed, seed: VocRowSeed): Promise<string> {
  seq += 1;
  const year = seed.receivedAt.getUTCFullYear();
  const dueAt = seed.dueAt ?? new Date(seed.receivedAt.getTime() + 7 * DAY);
  const targetDueAt = seed.targetDueAt ?? new Date(seed.receivedAt.getTime() + 3.5 * DAY);
  const [{ id }] = await bed.sql().query<{ id: string }>(
    `INSERT INTO voc_items (tenant_id, receipt_year, receipt_seq, receipt_no, parent_id, source, channel, kind,
       handling_class, category_code, title, body, customer_id, contact_name, status, workflow_key,
       workflow_version, department_id, officer_id, received_at, period_value, period_unit, due_at, target_due_at,
       answered_at, closed_at, created_by)
     VALUES (current_setting('app.tenant_id', true), $1::int, $2::bigint, 'TEST-' || $1::text || '-' || lpad($2::text, 6, '0'),
       $3, 'PETITION', 'WEB', 'GRIEVANCE', $4, 'GENERAL', $5, '시험 민원', $6,
       CASE WHEN $6::uuid IS NULL THEN '익명' END, $7, 'petition', 1, $8, $9, $10, 7, 'DAYS', $11, $12, $13, $14,
       'test')
     RETURNING id`,
    [
      year,
      seq,
      seed.parentId ?? null,
      seed.handlingClass ?? 'SIMPLE_CONSULT',
      seed.title ?? '시험 민원',
      seed.customerId ?? null,
      seed.status ?? (seed.answeredAt ? 'ANSWERED' : 'IN_PROGRESS'),
      seed.departmentId ?? null,
      seed.officerId ?? null,
      seed.receivedAt,
      dueAt,
      targetDueAt,
      seed.answeredAt ?? null,
      seed.closedAt ?? null,
    ],
  );
  return id;
}
