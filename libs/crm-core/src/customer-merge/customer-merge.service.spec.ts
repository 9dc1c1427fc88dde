import { serviceTestbed, type ServiceTestbed } from '../../test/service-testbed';
import { hangulInitials, searchGrams } from '../customer-keys';
import { CustomerMergeService } from '.';

let bed: ServiceTestbed;
let other: ServiceTestbed;
let merges: CustomerMergeService;
let no = 1;

beforeAll(async () => {
  [bed, other] = await Promise.all([serviceTestbed('merge service'), serviceTestbed('merge other tenant')]);
  merges = bed.get(CustomerMergeService);
});
afterAll(async () => {
  await bed?.close();
  await other?.close();
});

/** A customer of `on`'s tenant with a phone, an e-mail, one contact and an active consent, as the owner. */
async function customer(on: ServiceTestbed, name: string, phone: string, email: string): Promise<string> {
  const tenant = on.tenant.code;
  const [{ id }] = await on.owner<{ id: string }>(
    `INSERT INTO customers (tenant_id, customer_no, party_type, kind, name, name_initials, search_grams, source, created_by)
     VALUES ($1, $2, 'PERSON', 'CURRENT', $3, $4, $5, $6, 'spec') RETURNING id`,
    [tenant, no++, name, hangulInitials(name), searchGrams(name), `src-${name}`],
  );
  await on.owner(
    `INSERT INTO customer_phones (tenant_id, customer_id, kind, digits, is_primary) VALUES ($1, $2, 'MOBILE', $3, true)`,
    [tenant, id, phone],
  );
  await on.owner(
    `INSERT INTO customer_emails (tenant_id, customer_id, address, is_primary) VALUES ($1, $2, $3, true)`,
    [tenant, id, email],
  );
  await on.owner(
    `INSERT INTO contact_history (tenant_id, customer_id, channel, direction, occurred_at, summary, origin_customer_id, created_by)
     VALUES ($1, $2, 'VISIT', 'INBOUND', now(), $3, $2, 'spec')`,
    [tenant, id, `${name} 방문`],
  );
  await on.owner(
    `INSERT INTO customer_consents (tenant_id, customer_id, purpose, granted_at, channel, evidence, recorded_by)
     VALUES ($1, $2, 'PROMOTION', now(), 'WEB', '웹 동의', 'spec')`,
    [tenant, id],
  );
  return id;
}

const refusal = async (work: Promise<unknown>) => {
  try {
    await work;
  } catch (error) {
    return { message: (error as Error).message, ...(error as { extensions: object }).extensions };
  }
  throw new Error('expected a refusal');
};

it('moves phones, e-mails, timeline, consents and relations; keeps the merged record, its source and history origin', async () => {
  const survivor = await customer(bed, '통합가람', '01055550001', 'garam@example.com');
  const merged = await customer(bed, '통합가람2', '01055550002', 'GARAM@example.com');
  const friend = await customer(bed, '통합친구', '01055550003', 'friend@example.com');
  const earlier = await customer(bed, '통합예전', '01055550004', 'old@example.com');
  const tenant = bed.tenant.code;
  await bed.owner(
    `INSERT INTO customer_relations (tenant_id, customer_id, related_customer_id, kind, created_by) VALUES ($1, $2, $3, 'FAMILY', 'spec')`,
    [tenant, merged, friend],
  );
  await bed.owner(`UPDATE customers SET status = 'MERGED', merged_into_id = $2 WHERE id = $1`, [
    earlier,
    merged,
  ]);

  await bed.scope(() => merges.merge(survivor, merged, '동일인 확인'));

  const rows = await bed.owner<{ id: string; status: string; merged_into_id: string | null; source: string }>(
    `SELECT id, status, merged_into_id, source FROM customers WHERE id = ANY($1) ORDER BY name`,
    [[survivor, merged, earlier]],
  );
  expect(rows).toEqual([
    { id: survivor, status: 'ACTIVE', merged_into_id: null, source: 'src-통합가람' },
    { id: merged, status: 'MERGED', merged_into_id: survivor, source: 'src-통합가람2' },
    { id: earlier, status: 'MERGED', merged_into_id: survivor, source: 'src-통합예전' },
  ]);
  const phones = await bed.owner(
    `SELECT digits FROM customer_phones WHERE customer_id = $1 ORDER BY digits`,
    [survivor],
  );
  expect(phones.map((p) => p.digits)).toEqual(['01055550001', '01055550002']);
  // The same address in another case is the same e-mail: it stays with the merged record, not duplicated.
  const emails = await bed.owner(
    `SELECT customer_id FROM customer_emails WHERE normalized = 'garam@example.com'`,
  );
  expect(emails.map((e) => e.customer_id).sort()).toEqual([survivor, merged].sort());
  const timeline = await bed.owner<{ summary: string; origin_customer_id: string }>(
    `SELECT summary, origin_customer_id FROM contact_history WHERE customer_id = $1 ORDER BY summary`,
    [survivor],
  );
  expect(timeline).toEqual([
    { summary: '통합가람 방문', origin_customer_id: survivor },
    { summary: '통합가람2 방문', origin_customer_id: merged },
  ]);
  // One active consent per purpose: the survivor's stays, the merged one's remains on the merged record.
  const consents = await bed.owner(`SELECT customer_id FROM customer_consents WHERE customer_id = ANY($1)`, [
    [survivor, merged],
  ]);
  expect(consents.map((c) => c.customer_id).sort()).toEqual([survivor, merged].sort());
  const relations = await bed.owner(
    `SELECT customer_id FROM customer_relations WHERE related_customer_id = $1`,
    [friend],
  );
  expect(relations).toEqual([{ customer_id: survivor }]);
  const [log] = await bed.owner<{ reason: string; moved: Record<string, string[]>; batch_id: string | null }>(
    `SELECT reason, moved, batch_id FROM customer_merges WHERE merged_id = $1`,
    [merged],
  );
  expect(log).toMatchObject({ reason: '동일인 확인', batch_id: null });
  expect(Object.fromEntries(Object.entries(log.moved).map(([k, v]) => [k, v.length]))).toEqual({
    phones: 1,
    emails: 0,
    contacts: 1,
    consents: 0,
    relations: 1,
    mergedRecords: 1,
  });
  const audit = await bed.owner(
    `SELECT action FROM audit_events WHERE entity = 'customer_merge' AND entity_id = $1`,
    [merged],
  );
  expect(audit).toEqual([{ action: 'update' }]);
});

it('refuses a self-merge, a merged customer and another tenant’s customer, changing nothing', async () => {
  const a = await customer(bed, '거절가', '01055551001', 'a@example.com');
  const b = await customer(bed, '거절나', '01055551002', 'b@example.com');
  const foreign = await customer(other, '다른시도', '01055551003', 'c@example.com');
  expect(await refusal(bed.scope(() => merges.merge(a, a, '실수')))).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'mergedId',
    message: '고객을 자기 자신과 병합할 수 없습니다.',
  });
  expect(await refusal(bed.scope(() => merges.merge(a, foreign, '다른 시·도')))).toMatchObject({
    code: 'NOT_FOUND',
  });
  expect(await refusal(bed.scope(() => merges.merge(foreign, a, '다른 시·도')))).toMatchObject({
    code: 'NOT_FOUND',
  });
  await bed.scope(() => merges.merge(a, b, '정상'));
  expect(await refusal(bed.scope(() => merges.merge(b, a, '되돌리기')))).toMatchObject({
    code: 'CONFLICT',
    field: 'survivorId',
  });
  const [f] = await other.owner(`SELECT status FROM customers WHERE id = $1`, [foreign]);
  expect(f).toEqual({ status: 'ACTIVE' });
  const phones = await other.owner(`SELECT customer_id FROM customer_phones WHERE digits = '01055551003'`);
  expect(phones).toEqual([{ customer_id: foreign }]);
});
