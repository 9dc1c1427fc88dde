import { Cursor } from '@pcrm/tenancy';
import { serviceTestbed, type ServiceTestbed } from '../../test/service-testbed';
import { newDepartment, newStaff } from '../../test/factories';
import { StaffService } from '.';
import { StaffArgs } from './staff.args';

let bed: ServiceTestbed;
let service: StaffService;
let tree: { division: string; team: string; other: string };
beforeAll(async () => {
  bed = await serviceTestbed('staff service');
  service = bed.get(StaffService);
  tree = await bed.scope(async () => {
    const root = await newDepartment(bed);
    const division = await newDepartment(bed, { parentId: root.id });
    const team = await newDepartment(bed, { parentId: division.id });
    const other = await newDepartment(bed, { parentId: root.id });
    await newStaff(bed, { name: '가나다', departmentId: division.id });
    await newStaff(bed, { name: '라마바', departmentId: team.id });
    await newStaff(bed, { name: '사아자', departmentId: team.id });
    await newStaff(bed, { name: '차카타', departmentId: other.id });
    await newStaff(bed, { name: '퇴직자', departmentId: team.id, active: false });
    return { division: division.id, team: team.id, other: other.id };
  });
});
afterAll(() => bed?.close());

const args = (values: Partial<StaffArgs>): StaffArgs => Object.assign(new StaffArgs(), values);
const names = async (values: Partial<StaffArgs>) =>
  (await bed.scope(() => service.page(args(values)))).edges.map((e) => e.node.name);

it('filters a department with its sub-units by default, or alone', async () => {
  expect(await names({ departmentId: tree.division })).toEqual(['가나다', '라마바', '사아자']);
  expect(await names({ departmentId: tree.division, includeSubunits: false })).toEqual(['가나다']);
  expect(await names({ departmentId: tree.team })).toEqual(['라마바', '사아자']);
});

it('pages by (name, id) keyset without gaps or repeats', async () => {
  const first = await bed.scope(() => service.page(args({ first: 2 })));
  expect(first.totalCount).toBe(4);
  expect(first.pageInfo.hasNextPage).toBe(true);
  const rest = await bed.scope(() => service.page(args({ first: 2, after: first.pageInfo.endCursor })));
  expect([...first.edges, ...rest.edges].map((e) => e.node.name)).toEqual([
    '가나다',
    '라마바',
    '사아자',
    '차카타',
  ]);
  expect(rest.pageInfo.hasNextPage).toBe(false);
});

it.each([
  ['a non-UUID id', Cursor.encode(['가나다', 'not-a-uuid'])],
  ['a NUL in the name', Cursor.encode(['가\u0000', '00000000-0000-4000-8000-000000000000'])],
  ['a number for the name', Cursor.encode([7, '00000000-0000-4000-8000-000000000000'])],
  ['garbage', 'garbage'],
])('refuses a cursor holding %s as BAD_USER_INPUT on after', async (_, after) => {
  await expect(bed.scope(() => service.page(args({ after })))).rejects.toMatchObject({
    extensions: { code: 'BAD_USER_INPUT', field: 'after' },
  });
});
