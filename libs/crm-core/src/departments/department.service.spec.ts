import { serviceTestbed, type ServiceTestbed } from '../../test/service-testbed';
import { newDepartment, newStaff } from '../../test/factories';
import { DepartmentService } from '.';

let bed: ServiceTestbed;
let service: DepartmentService;
beforeAll(async () => {
  bed = await serviceTestbed('department service');
  service = bed.get(DepartmentService);
});
afterAll(() => bed?.close());

it('builds a tree in its own tenant, appending siblings in order', async () => {
  const { root, a, b } = await bed.scope(async () => {
    const root = await newDepartment(bed, { name: '본부' });
    const a = await newDepartment(bed, { name: '가과', parentId: root.id });
    const b = await newDepartment(bed, { name: '나과', parentId: root.id });
    return { root, a, b };
  });
  expect([a.sortOrder, b.sortOrder]).toEqual([0, 1]);
  const all = await bed.scope(() => service.list());
  expect(all.map((d) => d.id).sort()).toEqual([root.id, a.id, b.id].sort());
});

it('keeps staff attached when a department is deactivated, and counts them', async () => {
  const team = await bed.scope(async () => {
    const root = await newDepartment(bed);
    const team = await newDepartment(bed, { parentId: root.id });
    await newStaff(bed, { departmentId: team.id });
    await newStaff(bed, { departmentId: team.id });
    await newStaff(bed, { departmentId: team.id, active: false });
    return team;
  });
  const off = await bed.scope(() => service.deactivate(team.id));
  expect(off.active).toBe(false);
  expect(await bed.scope(() => service.staffCount(team.id))).toBe(2);
});

it('refuses what the tree rules refuse, and changes nothing', async () => {
  const { root, division } = await bed.scope(async () => {
    const root = await newDepartment(bed);
    const division = await newDepartment(bed, { name: '정책과', parentId: root.id });
    await newDepartment(bed, { parentId: division.id });
    return { root, division };
  });
  const before = await bed.scope(() => service.list());
  const refusals: [() => Promise<unknown>, string, string][] = [
    [() => service.deactivate(root.id), 'BAD_USER_INPUT', 'id'],
    [() => service.deactivate(division.id), 'BAD_USER_INPUT', 'id'],
    [() => newDepartment(bed, { name: ' 정 책 과 ', parentId: root.id }), 'CONFLICT', 'name'],
    [() => service.update({ id: root.id, parentId: division.id }), 'BAD_USER_INPUT', 'parentId'],
  ];
  for (const [attempt, code, field] of refusals) {
    await expect(bed.scope(attempt)).rejects.toMatchObject({ extensions: { code, field } });
  }
  expect(await bed.scope(() => service.list())).toEqual(before);
});

it('sees no department of another tenant', async () => {
  const other = await serviceTestbed('department service, other tenant');
  try {
    const foreign = await other.scope(() => newDepartment(other));
    await expect(bed.scope(() => service.deactivate(foreign.id))).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
    expect(await bed.scope(() => service.byId(foreign.id))).toBeNull();
  } finally {
    await other.close();
  }
});
