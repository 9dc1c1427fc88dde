import { serviceTestbed, type ServiceTestbed } from '../../test/service-testbed';
import { overlapping } from '../../test/overlapping';
import { ConsentPurpose, CustomersService } from '../customers';
import { ContactChannel } from '../customer-contacts';
import { CustomerConsentsService } from '.';

let bed: ServiceTestbed;
let consents: CustomerConsentsService;
let customerId: string;

beforeAll(async () => {
  bed = await serviceTestbed('customer consents service');
  consents = bed.get(CustomerConsentsService);
  customerId = await bed.scope(() =>
    bed.get(CustomersService).create({ partyType: 'PERSON', kind: 'CURRENT', name: '동시동의' }),
  );
});
afterAll(() => bed?.close());

const grant = (evidence: string) => () =>
  consents.grant({
    customerId,
    purpose: ConsentPurpose.ADMIN_NOTICE,
    channel: ContactChannel.VISIT,
    evidence,
  });

it('keeps one active consent per purpose when two staff record it at once', async () => {
  const outcomes = await overlapping(bed, grant('동의서 A'), grant('동의서 B'));
  expect(outcomes[0].status).toBe('fulfilled');
  expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
  const refused = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  expect(refused?.reason.extensions).toMatchObject({ code: 'CONFLICT', field: 'purpose' });
  const rows = await bed.owner(`SELECT purpose FROM customer_consents WHERE tenant_id = $1`, [
    bed.tenant.code,
  ]);
  expect(rows).toEqual([{ purpose: 'ADMIN_NOTICE' }]);
});

it('withdraws one of two simultaneous withdrawals and refuses the other', async () => {
  const [active] = await bed.scope(() => consents.ofCustomer(customerId));
  const withdraw = (channel: ContactChannel) => () => consents.withdraw({ consentId: active.id, channel });
  const outcomes = await overlapping(bed, withdraw(ContactChannel.PHONE), withdraw(ContactChannel.WEB));
  expect(outcomes[0].status).toBe('fulfilled');
  expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
  const refused = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  expect(refused?.reason.extensions).toMatchObject({ code: 'CONFLICT', field: 'consentId' });
});
