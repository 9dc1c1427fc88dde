import type { Client } from 'pg';

/**
 * Closed cases written straight into a tenant as the owner, for the ministry roll-up specs: statutory period
 * 7 days, target 3.5 days (50 %), category GENERAL, marked by `created_by` so a spec removes only its own.
 */
export interface FixtureCase {
  receivedAt: Date;
  answeredAfterDays: number;
  survey?: [number, number, number, number];
  channel?: string;
  customerId?: string;
}

const DAY = 86_400_000;

export async function insertClosedCases(
  owner: Client,
  tenant: string,
  creator: string,
  cases: FixtureCase[],
  firstSeq = 900_000,
): Promise<void> {
  let seq = firstSeq;
  for (const c of cases) {
    seq += 1;
    const year = c.receivedAt.getUTCFullYear();
    const answeredAt = new Date(c.receivedAt.getTime() + c.answeredAfterDays * DAY);
    const {
      rows: [row],
    } = await owner.query<{ id: string }>(
      `INSERT INTO voc_items (tenant_id, receipt_year, receipt_seq, receipt_no, source, channel, kind, handling_class,
         category_code, title, body, contact_name, status, workflow_key, workflow_version, received_at, period_value,
         period_unit, due_at, target_due_at, answered_at, closed_at, created_by, customer_id)
       VALUES ($1, $6::int, $2::bigint, upper($1) || '-' || $6::text || '-' || $2::text, 'PETITION', $7, 'GRIEVANCE',
         'SIMPLE_CONSULT', 'GENERAL', '비교 시험', '비교 시험 민원', '익명', 'CLOSED', 'petition', 1, $3, 7, 'DAYS',
         $3::timestamptz + interval '7 days', $3::timestamptz + interval '84 hours', $4, $4, $5, $8)
       RETURNING id`,
      [tenant, seq, c.receivedAt, answeredAt, creator, year, c.channel ?? 'WEB', c.customerId ?? null],
    );
    if (c.survey)
      await owner.query(
        `INSERT INTO voc_survey_responses (tenant_id, voc_id, speed, kindness, fairness, convenience, submitted_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7::timestamptz + interval '15 days')`,
        [tenant, row.id, ...c.survey, c.receivedAt],
      );
  }
}

/** Removes what `insertClosedCases` wrote for `creator`. */
export async function removeClosedCases(owner: Client, creator: string): Promise<void> {
  await owner.query(
    `DELETE FROM voc_survey_responses WHERE voc_id IN (SELECT id FROM voc_items WHERE created_by = $1)`,
    [creator],
  );
  await owner.query(`DELETE FROM voc_items WHERE created_by = $1`, [creator]);
}

/** Recomputes one tenant's published roll-ups as the runtime role does in that tenant's job. */
export async function refreshRollups(app: Client, tenant: string): Promise<void> {
  await app.query('BEGIN');
  try {
    await app.query("SELECT set_config('app.tenant_id', $1, true)", [tenant]);
    await app.query('SELECT refresh_voc_ministry_monthly(), refresh_voc_ministry_equity()');
    await app.query('COMMIT');
  } catch (error) {
    await app.query('ROLLBACK');
    throw error;
  }
}
