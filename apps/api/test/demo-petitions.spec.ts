import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STANDARD_TENANTS } from '../../../libs/tenancy/src/registry/tenant-catalog';
import { freePort } from './support/free-port';
import { startServerProcess } from './support/server-process';
import { TEST_DEMO_CASES } from './support/demo-cases';
import { roleClients } from './support/runtime-role';

/** The demo petitions (issue 8 #10): a year of varied history per tenant, written once. */
const db = roleClients();

describe('the demo petitions in the database', () => {
  const pooled = async (text: string) => (await db.owner.query<Record<string, number>>(text)).rows;

  it('spread a year of cases over every source, channel, kind and class', async () => {
    const [r] = await pooled(
      `SELECT count(DISTINCT source)::int AS sources, count(DISTINCT channel)::int AS channels,
              count(DISTINCT kind)::int AS kinds, count(DISTINCT handling_class)::int AS classes,
              count(DISTINCT category_code)::int AS categories,
              (max(received_at) - min(received_at) > interval '300 days')::int AS a_year,
              count(*) FILTER (WHERE NOT (target_due_at <= due_at AND received_at < target_due_at))::int AS bad_dates
       FROM voc_items WHERE created_by = 'demo-seed'`,
    );
    expect(r).toMatchObject({ sources: 9, channels: 8, kinds: 7, classes: 5, a_year: 1, bad_dates: 0 });
    expect(r.categories).toBeGreaterThan(15);
  });

  it('are mostly answered within target, some late, rejected, transferred, and some open past their due date', async () => {
    const [r] = await pooled(
      `SELECT count(*) FILTER (WHERE answered_at <= target_due_at)::float8 / count(answered_at) AS in_target,
              count(*) FILTER (WHERE answered_at > due_at)::int AS late,
              count(*) FILTER (WHERE outcome_reason IS NOT NULL AND transfer_agency IS NULL)::int AS rejected,
              count(*) FILTER (WHERE transfer_agency IS NOT NULL)::int AS transferred,
              count(*) FILTER (WHERE answered_at IS NULL AND due_at < now())::int AS open_overdue,
              count(*) FILTER (WHERE answered_at IS NULL AND due_at >= now())::int AS open_in_time
       FROM voc_items WHERE created_by = 'demo-seed'`,
    );
    expect(r.in_target).toBeGreaterThan(0.45);
    for (const k of ['late', 'rejected', 'transferred', 'open_overdue', 'open_in_time'])
      expect([k, r[k] > 0]).toEqual([k, true]);
  });

  it('record each case as a chain of transitions from receipt to its status', async () => {
    const [r] = await pooled(
      `SELECT count(*) FILTER (WHERE first.event <> 'RECEIVE' OR first.from_status IS NOT NULL)::int AS bad_first,
              count(*) FILTER (WHERE last.to_status <> v.status)::int AS bad_last
       FROM voc_items v
       JOIN voc_transitions first ON first.tenant_id = v.tenant_id AND first.voc_id = v.id AND first.seq = 1
       JOIN LATERAL (SELECT to_status FROM voc_transitions x WHERE x.tenant_id = v.tenant_id AND x.voc_id = v.id
                     ORDER BY seq DESC LIMIT 1) last ON true
       WHERE v.created_by = 'demo-seed'`,
    );
    expect(r).toEqual({ bad_first: 0, bad_last: 0 });
  });

  it('come mostly from a minority of residents (the top 36 % file well over half)', async () => {
    const [r] = await pooled(
      `WITH per AS (SELECT customer_id, count(*) AS n FROM voc_items WHERE created_by = 'demo-seed' AND customer_id IS NOT NULL
                    GROUP BY customer_id),
            ranked AS (SELECT n, row_number() OVER (ORDER BY n DESC) AS rk, count(*) OVER () AS total FROM per)
       SELECT sum(n) FILTER (WHERE rk <= ceil(total * 0.36))::float8 / sum(n) AS share FROM ranked`,
    );
    expect(r.share).toBeGreaterThan(0.6);
    expect(r.share).toBeLessThan(0.92);
  });

  it('differ by tenant, so the comparison has something to compare', async () => {
    const rows = await pooled(
      `SELECT avg(speed + kindness + fairness + convenience)::float8 / 4 AS avg FROM voc_survey_responses
       WHERE tenant_id IN (SELECT id FROM tenants) GROUP BY tenant_id`,
    );
    const avgs = rows.map((r) => r.avg);
    expect(rows.length).toBeGreaterThanOrEqual(16);
    expect(Math.max(...avgs) - Math.min(...avgs)).toBeGreaterThan(0.3);
  });
});

describe('the seeded database', () => {
  // Only the seed's own cases: other specs file cases in the same tenants of the shared test server.
  it('has every tenant its demo cases, receipt numbers below its counters, transitions and survey answers', async () => {
    const { rows } = await db.owner.query(
      `SELECT t.id, (SELECT count(*)::int FROM voc_items v WHERE v.tenant_id = t.id AND v.created_by = 'demo-seed') AS cases,
              (SELECT count(*)::int FROM voc_items v JOIN voc_receipt_counters c
                 ON c.tenant_id = v.tenant_id AND c.year = v.receipt_year
               WHERE v.tenant_id = t.id AND v.created_by = 'demo-seed' AND (v.receipt_seq >= c.next_seq
                 OR v.receipt_no <> upper(t.id) || '-' || v.receipt_year || '-' || lpad(v.receipt_seq::text, 6, '0'))) AS bad_numbers,
              (SELECT count(*)::int FROM voc_items v WHERE v.tenant_id = t.id AND v.created_by = 'demo-seed'
                 AND NOT EXISTS (SELECT 1 FROM voc_transitions x WHERE x.tenant_id = v.tenant_id AND x.voc_id = v.id AND x.seq = 1
                                   AND x.event = 'RECEIVE')) AS without_receipt_transition,
              (SELECT count(*)::int FROM voc_survey_responses s WHERE s.tenant_id = t.id) AS surveys,
              (SELECT count(*)::int FROM voc_categories c WHERE c.tenant_id = t.id) AS categories,
              (SELECT count(*)::int FROM voc_workflows w WHERE w.tenant_id = t.id AND w.key = 'petition' AND w.version = 1) AS workflows
       FROM tenants t WHERE t.id = ANY($1::text[]) ORDER BY t.id`,
      [STANDARD_TENANTS.map((t) => t.code)],
    );
    expect(rows).toHaveLength(16);
    for (const r of rows) {
      // workflows counts the standard key only: voc-lifecycle.spec adds workflows of its own keys to these tenants.
      expect(r).toMatchObject({
        cases: TEST_DEMO_CASES,
        bad_numbers: 0,
        without_receipt_transition: 0,
        workflows: 1,
      });
      // The 21 standard categories, and any a spec sharing the test server added to the tenant.
      expect(r.categories).toBeGreaterThanOrEqual(21);
      expect(r.surveys).toBeGreaterThan(10);
    }
  });

  it('seeds once: a second start adds nothing and takes no receipt number', async () => {
    const state = async () =>
      (
        await db.owner.query(
          // The seed's own rows only: specs running beside this one file cases and take numbers meanwhile.
          `WITH seeded AS (SELECT tenant_id, id, receipt_year, receipt_seq FROM voc_items WHERE created_by = 'demo-seed')
           SELECT (SELECT count(*)::int FROM seeded) AS cases,
                  (SELECT count(*)::int FROM voc_transitions x JOIN seeded s ON s.tenant_id = x.tenant_id AND s.id = x.voc_id) AS transitions,
                  (SELECT count(*)::int FROM voc_survey_responses r JOIN seeded s ON s.tenant_id = r.tenant_id AND s.id = r.voc_id) AS surveys,
                  (SELECT sum(receipt_seq)::bigint::text FROM seeded) AS numbers`,
        )
      ).rows[0];
    const before = await state();
    const second = await startServerProcess(
      {
        DATABASE_URL: process.env.PCRM_OWNER_DATABASE_URL!,
        PCRM_APP_DB_PASSWORD: 'pcrm-app-test',
        PCRM_DATA_DIR: await mkdtemp(join(tmpdir(), 'pcrm-demo-petitions-')),
        PCRM_SEED_CUSTOMERS: '120',
        PCRM_SEED_CASES: '50',
      },
      await freePort(),
    );
    try {
      expect(second.output()).toMatch(/데모 데이터 준비 완료/);
      expect(second.output()).not.toMatch(/새 민원/);
      expect(await state()).toEqual(before);
    } finally {
      await second.stop();
    }
  }, 120_000);
});
