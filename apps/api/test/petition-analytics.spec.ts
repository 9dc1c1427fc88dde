import { gql, userToken } from './support/api';
import { inTenant, roleClients } from './support/runtime-role';

/** Petition analytics through the API: who may run them, and a tenant's token sees only its own cases. */
const db = roleClients();
let busanManager: string;
let seoulIds: { departments: string[]; cases: string[]; customers: string[] };

const BACKLOG = `query($d: ID, $a: String) {
  petitionBacklog(first: 200, departmentId: $d, after: $a) { totalCount edges { node { id receiptNo } } }
  petitionBacklogSummary(departmentId: $d) { open overdue atRisk }
}`;

beforeAll(async () => {
  busanManager = await userToken('busan', 'manager');
  const q = async (text: string) => (await db.owner.query<{ id: string }>(text)).rows.map((r) => r.id);
  seoulIds = {
    departments: await q(`SELECT id FROM departments WHERE tenant_id = 'seoul'`),
    cases: await q(
      `SELECT id FROM voc_items WHERE tenant_id = 'seoul' AND answered_at IS NULL ORDER BY due_at`,
    ),
    customers: await q(`SELECT id FROM customers WHERE tenant_id = 'seoul'`),
  };
  expect(seoulIds.cases.length).toBeGreaterThan(0);
});

describe('who may run the analytics', () => {
  it('managers and tenant admins may; officers and agents are refused', async () => {
    const query = '{ petitionBacklogSummary { open } }';
    expect((await gql(busanManager, query)).data?.petitionBacklogSummary.open).toBeGreaterThan(0);
    expect((await gql(await userToken('busan', 'admin'), query)).errors).toBeUndefined();
    for (const user of ['officer', 'agent']) {
      const res = await gql(await userToken('busan', user), query);
      expect([user, res.errors?.[0].extensions?.code]).toEqual([user, 'FORBIDDEN']);
    }
  });
});

describe("a busan manager against seoul's cases, through the API", () => {
  it('finds no backlog under a seoul department and never a seoul case, whatever cursor it forges', async () => {
    const own = await gql(busanManager, BACKLOG, {});
    const ownIds: string[] = own.data!.petitionBacklog.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ownIds.length).toBeGreaterThan(0);
    expect(ownIds.some((id) => seoulIds.cases.includes(id))).toBe(false);
    expect(
      own.data!.petitionBacklog.edges.every((e: { node: { receiptNo: string } }) =>
        e.node.receiptNo.startsWith('BUSAN-'),
      ),
    ).toBe(true);
    const underSeoul = await gql(busanManager, BACKLOG, { d: seoulIds.departments[0] });
    expect(underSeoul.data!.petitionBacklog.totalCount).toBe(0);
    expect(underSeoul.data!.petitionBacklogSummary).toEqual({ open: 0, overdue: 0, atRisk: 0 });
    const forged = Buffer.from(JSON.stringify(['2000-01-01T00:00:00.000000Z', seoulIds.cases[0]])).toString(
      'base64url',
    );
    const paged = await gql(busanManager, BACKLOG, { a: forged });
    const pagedIds: string[] = paged.data!.petitionBacklog.edges.map(
      (e: { node: { id: string } }) => e.node.id,
    );
    expect(pagedIds.some((id) => seoulIds.cases.includes(id))).toBe(false);
  });

  it('sees only busan petitioners and busan departments in the reports', async () => {
    const res = await gql(
      busanManager,
      `{ repeatPetitions(from: "2025-11", to: "2026-11", top: 100) { overall { petitions } top { id } }
         petitionProcessingTimes(from: "2025-12", to: "2026-11", groupBy: DEPARTMENT) { rows { key month finished } } }`,
    );
    expect(res.errors).toBeUndefined();
    const top: string[] = res.data!.repeatPetitions.top.map((t: { id: string }) => t.id);
    expect(top.length).toBeGreaterThan(0);
    expect(top.some((id) => seoulIds.customers.includes(id))).toBe(false);
    const { rows: busanCustomers } = await db.owner.query(
      `SELECT count(*)::int AS n FROM customers WHERE tenant_id = 'busan' AND id = ANY($1::uuid[])`,
      [top],
    );
    expect(busanCustomers[0].n).toBe(top.length);
    const keys: string[] = res
      .data!.petitionProcessingTimes.rows.map((r: { key: string | null }) => r.key)
      .filter((k: string | null): k is string => k !== null);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.some((k) => seoulIds.departments.includes(k))).toBe(false);
    const { rows: total } = await db.owner.query(
      `SELECT count(*)::int AS n FROM voc_items WHERE tenant_id = 'busan' AND parent_id IS NULL AND answered_at IS NOT NULL
         AND answered_at >= '2025-12-01T00:00:00+09:00' AND answered_at < '2026-12-01T00:00:00+09:00'`,
    );
    const grand = res.data!.petitionProcessingTimes.rows.find(
      (r: { key: string | null; month: string | null }) => r.key === null && r.month === null,
    );
    expect(grand.finished).toBe(total[0].n);
  });
});

describe("a busan scope against seoul's cases, at the database (RLS)", () => {
  it('reads none of them and changes none', async () => {
    await inTenant(db.app, 'busan', async () => {
      const read = await db.app.query(
        `SELECT (SELECT count(*)::int FROM voc_items WHERE tenant_id = 'seoul') AS cases,
                (SELECT count(*)::int FROM voc_transitions WHERE tenant_id = 'seoul') AS transitions,
                (SELECT count(*)::int FROM voc_survey_responses WHERE tenant_id = 'seoul') AS surveys,
                (SELECT count(*)::int FROM voc_ministry_monthly WHERE tenant_id = 'seoul') AS aggregates`,
      );
      expect(read.rows[0]).toEqual({ cases: 0, transitions: 0, surveys: 0, aggregates: 0 });
      const update = await db.app.query(`UPDATE voc_items SET title = '침투' WHERE id = $1`, [
        seoulIds.cases[0],
      ]);
      expect(update.rowCount).toBe(0);
    });
    const { rows } = await db.owner.query(`SELECT title FROM voc_items WHERE id = $1`, [seoulIds.cases[0]]);
    expect(rows[0].title).not.toBe('침투');
  });
});
