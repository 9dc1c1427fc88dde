/** A statement run as the owner (outside RLS): a spec file's pg client or a service testbed's `owner`. */
export type OwnerQuery = <R>(text: string, params: unknown[]) => Promise<R[]>;

/**
 * Petition cases written directly as the owner, in any state, for the lifecycle's tests (intake belongs to the
 * petitions capability; these rows only need what the lifecycle reads). Each tenant gets the standard
 * workflow as version 1 and a test category, as intake would.
 */
export interface CaseSeed {
  status?: string;
  handlingClass?: string;
  departmentId?: string | null;
  officerId?: string | null;
  workflowKey?: string;
  workflowVersion?: number;
  /** Received this many hours ago (default 1). */
  receivedHoursAgo?: number;
  /** Due / target due this many hours from now (negative: past); default 7 days / 3.5 days. */
  dueInHours?: number;
  targetDueInHours?: number;
  approvedBy?: string | null;
  extended?: boolean;
}

export async function ensureWorkflow(
  owner: OwnerQuery,
  tenant: string,
  key: string,
  version: number,
  definition: object,
): Promise<void> {
  await owner(
    `INSERT INTO voc_workflows (tenant_id, key, version, standard_version, definition, created_by)
     VALUES ($1, $2, $3, 1, $4, 'test') ON CONFLICT DO NOTHING`,
    [tenant, key, version, JSON.stringify(definition)],
  );
}

/** A case of `tenant` in `seed.status`; the standard workflow (`standard`) becomes version 1 if missing. */
export async function insertCase(
  owner: OwnerQuery,
  tenant: string,
  standard: object,
  seed: CaseSeed = {},
): Promise<string> {
  const key = seed.workflowKey ?? 'petition';
  const version = seed.workflowVersion ?? 1;
  if (key === 'petition' && version === 1) await ensureWorkflow(owner, tenant, key, version, standard);
  await owner(
    `INSERT INTO voc_categories (tenant_id, code, name_ko, name_en) VALUES ($1, 'LIFECYCLE_TEST', '처리절차 시험', 'Lifecycle test')
     ON CONFLICT DO NOTHING`,
    [tenant],
  );
  const [{ seq, year }] = await owner<{ seq: string; year: number }>(
    `INSERT INTO voc_receipt_counters (tenant_id, year, next_seq)
     VALUES ($1, extract(year FROM now() AT TIME ZONE 'Asia/Seoul')::int, 2)
     ON CONFLICT (tenant_id, year) DO UPDATE SET next_seq = voc_receipt_counters.next_seq + 1
     RETURNING next_seq - 1 AS seq, year`,
    [tenant],
  );
  const receiptNo = `${tenant
    .toUpperCase()
    .replace(/[^A-Z]/g, '')
    .slice(0, 20)}-${year}-${String(seq).padStart(6, '0')}`;
  const [{ id }] = await owner<{ id: string }>(
    `INSERT INTO voc_items (tenant_id, receipt_year, receipt_seq, receipt_no, source, channel, kind, handling_class,
       category_code, title, body, status, workflow_key, workflow_version, department_id, officer_id, received_at,
       period_value, period_unit, due_at, target_due_at, approved_by, approved_at, extended, extension_reason,
       created_by)
     VALUES ($1, $2, $3, $4, 'PETITION', 'WEB', 'GRIEVANCE', $5, 'LIFECYCLE_TEST', '가로등 고장', '집 앞 가로등이 꺼져 있습니다.',
       $6, $7, $8, $9, $10, now() - make_interval(hours => $11), 7, 'DAYS',
       now() + make_interval(hours => $12), now() + make_interval(hours => $13),
       $14, CASE WHEN $14::uuid IS NULL THEN NULL ELSE now() END, $15, CASE WHEN $15 THEN '이미 연장함' END, 'test')
     RETURNING id`,
    [
      tenant,
      year,
      seq,
      receiptNo,
      seed.handlingClass ?? 'SIMPLE_CONSULT',
      seed.status ?? 'RECEIVED',
      key,
      version,
      seed.departmentId ?? null,
      seed.officerId ?? null,
      seed.receivedHoursAgo ?? 1,
      seed.dueInHours ?? 24 * 7,
      seed.targetDueInHours ?? 24 * 3.5,
      seed.approvedBy ?? null,
      seed.extended ?? false,
    ],
  );
  const status = seed.status ?? 'RECEIVED';
  if (status === 'SUPPLEMENT_REQUESTED') {
    await owner(`UPDATE voc_items SET paused_at = now() - interval '2 hours' WHERE id = $1`, [id]);
    await owner(
      `INSERT INTO voc_pauses (tenant_id, voc_id, paused_at, reason) VALUES ($1, $2, now() - interval '2 hours', '서류 보완')`,
      [tenant, id],
    );
  }
  if (['ANSWERED', 'REJECTED', 'TRANSFERRED', 'SURVEY', 'CLOSED'].includes(status))
    await owner(`UPDATE voc_items SET answered_at = now() WHERE id = $1`, [id]);
  if (status === 'CLOSED') await owner(`UPDATE voc_items SET closed_at = now() WHERE id = $1`, [id]);
  return id;
}

export async function staffId(
  owner: OwnerQuery,
  tenant: string,
  username: string,
): Promise<{ id: string; departmentId: string }> {
  const rows = await owner<{ id: string; department_id: string }>(
    `SELECT id, department_id FROM staff WHERE tenant_id = $1 AND username = $2`,
    [tenant, username],
  );
  return { id: rows[0].id, departmentId: rows[0].department_id };
}
