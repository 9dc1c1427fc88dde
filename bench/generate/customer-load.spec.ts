import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { copyCustomers, importCsv, plannedCustomers } from './customer-rows';
import { loadCustomers } from './customers';

/** The bench's bulk writers against the shared test database: the loader through RLS, the COPY floor as owner. */
describe('bench customer data', () => {
  let owner: Client;
  beforeAll(async () => {
    owner = new Client({ connectionString: process.env.PCRM_OWNER_DATABASE_URL });
    await owner.connect();
  });
  afterAll(() => owner.end());

  const settings = async (tenant: string) =>
    Number(
      (await owner.query('SELECT next_customer_no FROM customer_settings WHERE tenant_id = $1', [tenant]))
        .rows[0].next_customer_no,
    );

  it('loads customers into one tenant through RLS, numbered from its settings, with phones and e-mails', async () => {
    const before = await settings('jeju');
    const seed = randomBytes(3).readUIntBE(0, 3);
    await loadCustomers({
      databaseUrl: process.env.PCRM_APP_DATABASE_URL!,
      ownerUrl: process.env.PCRM_OWNER_DATABASE_URL!,
      tenant: 'jeju',
      count: 700,
      seed,
    });
    expect(await settings('jeju')).toBe(before + 700);
    const { rows } = await owner.query(
      `SELECT count(*)::int AS n, min(customer_no)::int AS first, count(DISTINCT sido)::int AS sidos,
              bool_and(sido = '제주특별자치도' OR sido IS NULL) AS inside,
              array_agg(DISTINCT created_by) AS creators,
              (SELECT count(*)::int FROM customer_phones p WHERE p.customer_id = ANY(array_agg(c.id))) AS phones
       FROM customers c WHERE tenant_id = 'jeju' AND customer_no >= $1 AND customer_no < $2`,
      [before, before + 700],
    );
    expect(rows[0]).toMatchObject({
      n: 700,
      first: before,
      sidos: 1,
      inside: true,
      creators: ['bench-generator'],
    });
    expect(rows[0].phones).toBeGreaterThan(500);
  });

  it('writes an office CSV the import maps by its Korean headers, one line per customer', () => {
    const customers = plannedCustomers('daegu', 300, 'csv-spec');
    const lines = importCsv(customers).trimEnd().split('\r\n');
    expect(lines).toHaveLength(301);
    expect(lines[0]).toBe(
      '고객유형,이름,생년월일,성별,휴대전화,자택전화,직장전화,이메일,시군구,읍면동,도로명주소,건물번호,상세주소,우편번호,사업자등록번호,대표자,태그',
    );
    const first = lines[1].split(',');
    expect(first[0]).toMatch(/^(개인|법인·단체)$/);
    expect(first[1]).toBe(customers[0].name);
    // Several tags are one quoted field.
    const tagged = customers.findIndex((c) => c.tags.length > 1);
    if (tagged >= 0) expect(lines[tagged + 1].endsWith(`"${customers[tagged].tags.join(',')}"`)).toBe(true);
  });

  it('COPYs the same rows into the same tables as the floor, keys and all, in one transaction', async () => {
    const source = `copy-spec-${randomBytes(4).toString('hex')}`;
    const customers = plannedCustomers('daegu', 250, source);
    const counters = async () =>
      (
        await owner.query<{ tenant_id: string; next: string }>(
          `SELECT tenant_id, next_customer_no AS next FROM customer_settings ORDER BY tenant_id`,
        )
      ).rows;
    const before = await counters();
    await copyCustomers(process.env.PCRM_OWNER_DATABASE_URL!, 'daegu', customers, source);
    // The owner bypasses row-level security: only daegu's counter may move by the rows written (other
    // spec files may create a customer or two meanwhile, never 250).
    const after = new Map((await counters()).map((c) => [c.tenant_id, Number(c.next)]));
    const moved = before.filter((c) => (after.get(c.tenant_id) ?? 0) - Number(c.next) >= 250);
    expect(moved.map((c) => c.tenant_id)).toEqual(['daegu']);
    const { rows } = await owner.query(
      `SELECT c.name, c.search_grams, c.name_initials, c.household_key, c.tags,
              (SELECT array_agg(digits ORDER BY digits) FROM customer_phones p WHERE p.customer_id = c.id) AS phones
       FROM customers c WHERE c.tenant_id = 'daegu' AND c.source = $1 ORDER BY c.customer_no`,
      [source],
    );
    expect(rows).toHaveLength(250);
    rows.forEach((r, i) => {
      const c = customers[i];
      expect(r).toMatchObject({
        name: c.name,
        search_grams: c.searchGrams,
        name_initials: c.nameInitials,
        household_key: c.householdKey,
        tags: c.tags,
      });
      expect(r.phones ?? []).toEqual(c.phones.map((p) => p.digits).sort());
    });
  });
});
