import { serviceTestbed, type ServiceTestbed } from '../../test/service-testbed';
import { overlapping } from '../../test/overlapping';
import { CustomersService } from '../customers';
import { CustomerMergeService } from '../customer-merge';
import { CustomerAnonymizeService } from '.';

let bed: ServiceTestbed;
let anonymizer: CustomerAnonymizeService;
let merges: CustomerMergeService;

beforeAll(async () => {
  bed = await serviceTestbed('customer anonymize service');
  anonymizer = bed.get(CustomerAnonymizeService);
  merges = bed.get(CustomerMergeService);
});
afterAll(() => bed?.close());

const person = (name: string, mobile: string) =>
  bed.scope(() =>
    bed.get(CustomersService).create({
      partyType: 'PERSON',
      kind: 'CURRENT',
      name,
      phones: [{ number: mobile }],
    }),
  );

const statuses = async (ids: string[]) =>
  (
    await bed.owner<{ id: string; status: string }>(
      `SELECT id, status FROM customers WHERE id = ANY($1) ORDER BY id`,
      [ids],
    )
  ).map((r) => r.status);

it('anonymizes a record merged into the customer while the anonymization waited for its lock', async () => {
  const survivor = await person('익명경합갑', '010-7100-0001');
  const merged = await person('익명경합을', '010-7100-0002');
  const outcomes = await overlapping(
    bed,
    () => merges.merge(survivor, merged, '동일인'),
    () => anonymizer.anonymize([survivor], '본인 삭제 요구'),
  );
  expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled']);
  expect((outcomes[1] as PromiseFulfilledResult<{ anonymizedCount: number }>).value.anonymizedCount).toBe(2);
  expect(await statuses([survivor, merged])).toEqual(['ANONYMIZED', 'ANONYMIZED']);
  const phones = await bed.owner(`SELECT digits FROM customer_phones WHERE customer_id = ANY($1)`, [
    [survivor, merged],
  ]);
  expect(phones).toEqual([]);
});

it('refuses a merge into a customer that an anonymization locked first, changing nothing', async () => {
  const survivor = await person('익명선점갑', '010-7100-0003');
  const merged = await person('익명선점을', '010-7100-0004');
  const outcomes = await overlapping(
    bed,
    () => anonymizer.anonymize([survivor], '본인 삭제 요구'),
    () => merges.merge(survivor, merged, '동일인'),
  );
  expect(outcomes[0].status).toBe('fulfilled');
  const refused = outcomes[1] as PromiseRejectedResult;
  expect(refused.reason.extensions).toMatchObject({ code: 'CONFLICT', field: 'survivorId' });
  expect(await statuses([survivor, merged]).then((s) => s.sort())).toEqual(['ACTIVE', 'ANONYMIZED']);
  const [kept] = await bed.owner(`SELECT customer_id FROM customer_phones WHERE digits = '01071000004'`);
  expect(kept).toEqual({ customer_id: merged });
});
