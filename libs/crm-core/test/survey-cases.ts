import { createHash, randomBytes, randomInt } from 'node:crypto';

/** Runs one statement and answers its rows: a testbed scope's `sql().query` or a pg client wrapped. */
export type Query = (text: string, params?: unknown[]) => Promise<Record<string, any>[]>;

export interface SurveyCaseSeed {
  id: string;
  receiptNo: string;
  departmentId: string | null;
  officerId: string | null;
}

export interface SurveyCaseOptions {
  status?: string;
  handlingClass?: string;
  departmentId?: string | null;
  officerId?: string | null;
  contactPhone?: string | null;
  answer?: string | null;
  receiptNo?: string;
}

/**
 * The standard petition workflow and categories (`STANDARD_PETITION_WORKFLOW`, `STANDARD_VOC_CATEGORIES` of
 * src/petitions), passed in: service specs import them, end-to-end specs (which cannot load Nest) read them from
 * the built server (apps/api/test/support/petition-reference.ts).
 */
export interface PetitionReference {
  workflow: { key: string; standardVersion: number };
  categories: readonly {
    code: string;
    nameKo: string;
    nameEn: string;
    parentCode?: string;
    keywords: readonly string[];
  }[];
}

/**
 * The standard workflow version and categories of a tenant, as the petitions intake seeds them on first use
 * (`ON CONFLICT DO NOTHING`, so it is harmless before or after the intake ran).
 */
async function referenceData(query: Query, tenantId: string, reference: PetitionReference): Promise<void> {
  const STANDARD_PETITION_WORKFLOW = reference.workflow;
  const STANDARD_VOC_CATEGORIES = reference.categories;
  await query(
    `INSERT INTO voc_workflows (tenant_id, key, version, standard_version, definition, created_by)
     VALUES ($1, $2, 1, $3, $4, 'test') ON CONFLICT DO NOTHING`,
    [
      tenantId,
      STANDARD_PETITION_WORKFLOW.key,
      STANDARD_PETITION_WORKFLOW.standardVersion,
      JSON.stringify(STANDARD_PETITION_WORKFLOW),
    ],
  );
  const ordered = [...STANDARD_VOC_CATEGORIES].sort(
    (a, b) => Number(!!a.parentCode) - Number(!!b.parentCode),
  );
  for (const [i, c] of ordered.entries()) {
    await query(
      `INSERT INTO voc_categories (tenant_id, code, name_ko, name_en, parent_code, keywords, sort_order)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
      [tenantId, c.code, c.nameKo, c.nameEn, c.parentCode ?? null, [...c.keywords], i],
    );
  }
}

/**
 * A petition case written straight into `voc_items` (the intake and lifecycle are other capabilities'), in the
 * survey step unless told otherwise. Works as the owner (any tenant) or inside a tenant scope under RLS.
 */
export async function newSurveyCase(
  query: Query,
  tenantId: string,
  reference: PetitionReference,
  options: SurveyCaseOptions = {},
): Promise<SurveyCaseSeed> {
  await referenceData(query, tenantId, reference);
  const prefix = /^[a-z]{2,20}$/.test(tenantId) ? tenantId.toUpperCase() : 'SVC';
  const seq = randomInt(100_000, 999_999_999);
  const receiptNo = options.receiptNo ?? `${prefix}-2026-${String(seq).padStart(9, '0')}`;
  const [row] = await query(
    `INSERT INTO voc_items (tenant_id, receipt_year, receipt_seq, receipt_no, source, channel, kind, handling_class,
       category_code, title, body, contact_name, contact_phone, status, workflow_key, workflow_version,
       department_id, officer_id, received_at, period_value, period_unit, due_at, target_due_at, answer,
       answered_at, created_by)
     VALUES ($1, 2026, $2, $3, 'PETITION', 'WEB', 'GRIEVANCE', $4, 'TRAFFIC', '횡단보도 신호가 너무 짧습니다',
       '해운대구 중동 교차로 횡단보도 신호가 짧아 어르신들이 건너기 어렵습니다.', '김민원', $5, $6, 'petition', 1,
       $7, $8, now() - interval '10 days', 7, 'DAYS', now() - interval '3 days', now() - interval '6 days', $9,
       CASE WHEN $9::text IS NULL THEN NULL ELSE now() - interval '4 days' END, 'test')
     RETURNING id, receipt_no, department_id, officer_id`,
    [
      tenantId,
      seq,
      receiptNo,
      options.handlingClass ?? 'SIMPLE_CONSULT',
      options.contactPhone === undefined ? '01012344211' : options.contactPhone,
      options.status ?? 'SURVEY',
      options.departmentId ?? null,
      options.officerId ?? null,
      options.answer === undefined ? '신호 시간을 10초 늘렸습니다.' : options.answer,
    ],
  );
  return {
    id: row.id,
    receiptNo: row.receipt_no,
    departmentId: row.department_id,
    officerId: row.officer_id,
  };
}

/**
 * A survey link of a case as the survey capability issues it (random 256-bit token, only its SHA-256
 * stored), for specs that cannot publish the petition event (end-to-end, where the lifecycle is another
 * capability's). Answers the token.
 */
export async function newSurveyLink(
  query: Query,
  tenantId: string,
  vocId: string,
  validDays = 14,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await query(
    `INSERT INTO voc_survey_invitations (tenant_id, voc_id, token_hash, created_at, expires_at)
     VALUES ($1, $2, $3, now() - interval '30 days', now() + make_interval(days => $4::int))`,
    [tenantId, vocId, createHash('sha256').update(token).digest(), validDays],
  );
  return token;
}
