import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { fillVocCases, loadVocCases, VOC_GENERATOR } from './voc-cases';

// The generated cases' counters are checked (other specs file fixture cases of their own in this tenant).
const TENANT = 'daejeon';
const COUNT = 4_000;

/** The voc-inbox scenario's bulk loader against the shared test database (as the bench runs it: owner + RLS). */
describe('bench petition cases', () => {
  let owner: Client;
  beforeAll(async () => {
    owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
    await owner.connect();
  });
  afterAll(() => owner.end());

  it('loads cases over many officers and states, the officer holding a share, numbered from the counters', async () => {
    const { rows: officers } = await owner.query<{ id: string }>(
      `SELECT id FROM staff WHERE tenant_id = $1 AND username = 'officer'`,
      [TENANT],
    );
    const officerId = officers[0].id;
    const { rows: before } = await owner.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM voc_items WHERE tenant_id = $1 AND created_by = $2`,
      [TENANT, VOC_GENERATOR],
    );
    await loadVocCases({
      ownerUrl: process.env.PCRM_OWNER_DATABASE_URL!,
      tenant: TENANT,
      count: COUNT,
      officerId,
      officerOpenCases: 20,
      seed: randomBytes(3).readUIntBE(0, 3),
    });
    const { rows } = await owner.query(
      `SELECT count(*)::int AS n,
              count(DISTINCT officer_id)::int AS officers,
              count(DISTINCT department_id)::int AS departments,
              count(DISTINCT category_code)::int AS categories,
              count(DISTINCT kind)::int AS kinds,
              count(*) FILTER (WHERE closed_at IS NULL)::int AS open,
              count(*) FILTER (WHERE closed_at IS NULL AND officer_id = $2)::int AS mine,
              count(*) FILTER (WHERE closed_at IS NULL AND due_at < now())::int AS overdue,
              bool_and((closed_at IS NULL) = (status NOT IN ('CLOSED', 'REJECTED', 'TRANSFERRED'))) AS closed_consistent,
              bool_and(status <> 'RECEIVED' OR officer_id IS NULL AND department_id IS NULL) AS received_unassigned,
              bool_and(target_due_at <= due_at AND received_at <= now()) AS dates,
              bool_and((customer_id IS NULL) <> (contact_name IS NULL)) AS one_requester
         FROM voc_items WHERE tenant_id = $1 AND created_by = $3`,
      [TENANT, officerId, VOC_GENERATOR],
    );
    const r = rows[0];
    expect(r.n - before[0].n).toBe(COUNT);
    expect(r.officers).toBeGreaterThan(10);
    expect(r.departments).toBeGreaterThan(5);
    expect(r.categories).toBeGreaterThan(5);
    expect(r.kinds).toBe(7);
    // ~6 % open over three years of history; the officer holds about 20 of them.
    expect(r.open).toBeGreaterThan(COUNT * 0.03);
    expect(r.open).toBeLessThan(COUNT * 0.12);
    expect(r.mine).toBeGreaterThan(5);
    expect(r.mine).toBeLessThan(60);
    expect(r.overdue).toBeGreaterThan(0);
    expect(r).toMatchObject({
      closed_consistent: true,
      received_unassigned: true,
      dates: true,
      one_requester: true,
    });
    // Intake after the load takes numbers past every loaded one, in every year.
    const { rows: behind } = await owner.query(
      `SELECT v.receipt_year FROM voc_items v
         LEFT JOIN voc_receipt_counters c ON c.tenant_id = v.tenant_id AND c.year = v.receipt_year
        WHERE v.tenant_id = $1 AND v.created_by = $2
        GROUP BY v.receipt_year, c.next_seq HAVING coalesce(c.next_seq, 0) <= max(v.receipt_seq)`,
      [TENANT, VOC_GENERATOR],
    );
    expect(behind).toEqual([]);
  });
});

/** `fillVocCases`: the resumable fill every petition scenario uses (16 tenants for the ministry comparison). */
describe('filling a tenant with bench petitions', () => {
  let owner: Client;
  beforeAll(async () => {
    owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
    await owner.connect();
  });
  afterAll(() => owner.end());

  const counts = async () =>
    (
      await owner.query<{ have: number; generated: number }>(
        `SELECT count(*)::int AS have, count(*) FILTER (WHERE created_by = $2)::int AS generated
           FROM voc_items WHERE tenant_id = $1`,
        [TENANT, VOC_GENERATOR],
      )
    ).rows[0];
  const fill = (total: number) =>
    fillVocCases({
      ownerUrl: process.env.PCRM_OWNER_DATABASE_URL!,
      tenant: TENANT,
      total,
      officerUsername: 'officer',
      officerOpenCases: 5,
      seed: 20060301,
    });

  // Other spec files add and remove fixture cases of their own in this tenant meanwhile: the assertions count
  // the generated cases, which only this file makes here.
  it('loads only what is missing, continues the generator rows, and loads nothing into a full tenant', async () => {
    const before = await counts();
    const first = await fill(before.have + 1_000);
    expect(first.loaded).toBeGreaterThan(950);
    expect((await counts()).generated).toBe(before.generated + first.loaded);

    // Full: nothing is loaded.
    const again = await fill(1);
    expect(again).toMatchObject({ loaded: 0, officerId: first.officerId });
    expect((await counts()).generated).toBe(before.generated + first.loaded);

    // A continued load (as after an interruption) takes the generator's next rows, not its first ones again:
    // an anonymous case's phone carries its row number (010 + the row, 8 digits).
    const more = await fill((await counts()).have + 500);
    const added = first.loaded + more.loaded;
    expect((await counts()).generated).toBe(before.generated + added);
    const { rows } = await owner.query<{ n: number; distinct: number; low: number; high: number }>(
      `WITH g AS MATERIALIZED (SELECT substr(contact_phone, 4)::int AS rownum FROM voc_items
                                WHERE tenant_id = $1 AND created_by = $2 AND contact_phone IS NOT NULL)
       SELECT count(*)::int AS n, count(DISTINCT rownum)::int AS distinct, min(rownum) AS low, max(rownum) AS high
         FROM g WHERE rownum > $3`,
      [TENANT, VOC_GENERATOR, before.generated],
    );
    // About half of the rows are anonymous, each row number once.
    expect(rows[0].n).toBeGreaterThan(added * 0.35);
    expect(rows[0].n).toBeLessThan(added * 0.65);
    expect(rows[0].distinct).toBe(rows[0].n);
    expect(rows[0].low).toBeGreaterThan(before.generated);
    expect(rows[0].high).toBeLessThanOrEqual(before.generated + added);
  });

  it('refuses a tenant without the staff member whose inbox it fills', async () => {
    await expect(
      fillVocCases({
        ownerUrl: process.env.PCRM_OWNER_DATABASE_URL!,
        tenant: TENANT,
        total: 1,
        officerUsername: 'no-such-user',
        officerOpenCases: 5,
        seed: 1,
      }),
    ).rejects.toThrow(/no staff member 'no-such-user'/);
  });
});
