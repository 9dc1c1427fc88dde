import { serviceTestbed, type ServiceTestbed } from '../../test/service-testbed';
import { overlapping } from '../../test/overlapping';
import { CustomersService } from '../customers';
import { CustomerRelationsService, RelationKind } from '.';
import type { AddCustomerRelationInput } from './relation.inputs';

let bed: ServiceTestbed;
let relations: CustomerRelationsService;
let ids: string[];

beforeAll(async () => {
  bed = await serviceTestbed('customer relations service');
  relations = bed.get(CustomerRelationsService);
  const customers = bed.get(CustomersService);
  ids = await bed.scope(async () => {
    const out: string[] = [];
    for (const name of ['한부모', '한자녀', '한친척'])
      out.push(await customers.create({ partyType: 'PERSON', kind: 'CURRENT', name }));
    return out;
  });
});
afterAll(() => bed?.close());

const family = (customerId: string, relatedCustomerId: string): AddCustomerRelationInput => ({
  customerId,
  relatedCustomerId,
  kind: RelationKind.FAMILY,
});

it('stores one family relation when two staff record it at once from opposite ends', async () => {
  const [parent, child] = ids;
  const outcomes = await overlapping(
    bed,
    () => relations.add(family(parent, child)),
    () => relations.add(family(child, parent)),
  );
  expect(outcomes[0].status).toBe('fulfilled');
  expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
  const refused = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  expect(refused?.reason.extensions).toMatchObject({ code: 'CONFLICT', field: 'kind' });
  const rows = await bed.owner(`SELECT kind FROM customer_relations WHERE tenant_id = $1`, [bed.tenant.code]);
  expect(rows).toEqual([{ kind: 'FAMILY' }]);
});

it('shows the relation from both ends and removes it with both customers kept', async () => {
  const [parent, child, relative] = ids;
  const { id } = await bed.scope(() =>
    relations.add({ customerId: relative, relatedCustomerId: parent, kind: RelationKind.PROXY }),
  );
  const [fromParent, fromRelative] = await bed.scope(() =>
    Promise.all([relations.ofCustomer(parent), relations.ofCustomer(relative)]),
  );
  expect(fromParent.map((r) => [r.kind, r.direction, r.related.id])).toEqual([
    ['FAMILY', expect.any(String), child],
    ['PROXY', 'INCOMING', relative],
  ]);
  expect(fromRelative.map((r) => [r.kind, r.direction, r.related.id])).toEqual([
    ['PROXY', 'OUTGOING', parent],
  ]);
  await bed.scope(() => relations.remove(id));
  expect(await bed.scope(() => relations.ofCustomer(relative))).toEqual([]);
  const kept = await bed.owner(`SELECT count(*)::int AS n FROM customers WHERE tenant_id = $1`, [
    bed.tenant.code,
  ]);
  expect(kept).toEqual([{ n: 3 }]);
});
