import { serviceTestbed, type ServiceTestbed } from '../../test/service-testbed';
import { newStaff } from '../../test/factories';
import { insertCase } from '../../test/voc-cases';
import { STANDARD_PETITION_WORKFLOW } from '../petitions';
import { ApprovalLevel, ApprovalMatrixService, ApprovalSubject } from '.';

let bed: ServiceTestbed;
let service: ApprovalMatrixService;
beforeAll(async () => {
  bed = await serviceTestbed('approval matrix');
  service = bed.get(ApprovalMatrixService);
});
afterAll(() => bed?.close());

const ADMIN = ['tenant-admin'];
const rule = (subjectType: string, level: ApprovalLevel, condition = '') => ({
  subjectKind: ApprovalSubject.PETITION,
  subjectType,
  condition,
  level,
});

it('saves the matrix whole, versioned, and refuses duplicate, conflicting and unknown rows without a change', async () => {
  const v0 = (await bed.scope(() => service.matrix(), ADMIN)).version;
  const saved = await bed.scope(
    () =>
      service.set({
        rules: [
          rule('SIMPLE_CONSULT', ApprovalLevel.STAFF),
          rule('COMPLEX', ApprovalLevel.SECTION_HEAD),
          rule('COMPLEX', ApprovalLevel.BUREAU_HEAD, ' 예산 1억 이상 '),
          {
            subjectKind: ApprovalSubject.TASK,
            subjectType: 'LONG_TERM',
            condition: '',
            level: ApprovalLevel.DEPUTY_MAYOR,
          },
        ],
        titles: [
          { title: '주무관', level: ApprovalLevel.STAFF },
          { title: ' 과장 ', level: ApprovalLevel.SECTION_HEAD },
        ],
        expectedVersion: v0,
      }),
    ADMIN,
  );
  expect(saved.version).toBe(v0 + 1);
  expect(saved.rules.map((r) => [r.subjectType, r.condition, r.level])).toEqual([
    ['SIMPLE_CONSULT', '', 'STAFF'],
    ['COMPLEX', '', 'SECTION_HEAD'],
    ['COMPLEX', '예산 1억 이상', 'BUREAU_HEAD'],
    ['LONG_TERM', '', 'DEPUTY_MAYOR'],
  ]);
  expect(saved.titles.map((t) => t.title)).toEqual(['과장', '주무관']);

  const refusals: [object, string, string][] = [
    [
      { rules: [rule('COMPLEX', ApprovalLevel.STAFF), rule('COMPLEX', ApprovalLevel.STAFF)] },
      'CONFLICT',
      'rules.1.condition',
    ],
    [
      {
        rules: [
          rule('COMPLEX', ApprovalLevel.STAFF, '예산 1억 이상'),
          rule('COMPLEX', ApprovalLevel.MAYOR, '예산1억이상'),
        ],
      },
      'CONFLICT',
      'rules.1.condition',
    ],
    [{ rules: [rule('SHORT_TERM', ApprovalLevel.STAFF)] }, 'BAD_USER_INPUT', 'rules.0.subjectType'],
    [
      {
        titles: [
          { title: '과장', level: ApprovalLevel.STAFF },
          { title: '과장 ', level: ApprovalLevel.MAYOR },
        ],
      },
      'CONFLICT',
      'titles.1.title',
    ],
    [{ expectedVersion: v0 }, 'CONFLICT', 'expectedVersion'],
  ];
  for (const [patch, code, field] of refusals)
    await expect(
      bed.scope(() => service.set({ rules: [], titles: [], expectedVersion: v0 + 1, ...patch }), ADMIN),
    ).rejects.toMatchObject({ extensions: { code, field } });
  const after = await bed.scope(() => service.matrix(), ADMIN);
  expect([after.version, after.rules.length, after.titles.length]).toEqual([v0 + 1, 4, 2]);
  expect(JSON.parse(after.changes[0].after).rules).toHaveLength(4);
});

it('gives the monthly share of decisions per level from the approvers’ titles (hand-computed)', async () => {
  const { staffAt, chief, head, nobody } = await bed.scope(async () => ({
    staffAt: await newStaff(bed),
    chief: await newStaff(bed),
    head: await newStaff(bed),
    nobody: await newStaff(bed),
  }));
  const setTitle = (id: string, position: string) =>
    bed.owner(`UPDATE staff SET position = $2 WHERE id = $1`, [id, position]);
  await setTitle(staffAt.id, '주무관');
  await setTitle(chief.id, '과장');
  await setTitle(head.id, '국장');
  await setTitle(nobody.id, '임기제');
  const v = (await bed.scope(() => service.matrix(), ADMIN)).version;
  await bed.scope(
    () =>
      service.set({
        rules: [],
        titles: [
          { title: '주무관', level: ApprovalLevel.STAFF },
          { title: '과장', level: ApprovalLevel.SECTION_HEAD },
          { title: '국장', level: ApprovalLevel.BUREAU_HEAD },
        ],
        expectedVersion: v,
      }),
    ADMIN,
  );
  // 2024-01 (KST): staff ×2, section head ×1, unmapped ×1 → 50 / 25 / 25 %; 2024-02: bureau head ×1, staff ×2 → 33.3 / 66.7 %
  const decisions: [string, string][] = [
    [staffAt.id, '2024-01-05 10:00'],
    [staffAt.id, '2024-01-31 23:30'], // still January in Korea (14:30 UTC)
    [chief.id, '2024-01-10 09:00'],
    [nobody.id, '2024-01-20 09:00'],
    [head.id, '2024-02-01 00:30'], // February in Korea, January in UTC
    [staffAt.id, '2024-02-03 09:00'],
    [staffAt.id, '2024-02-04 09:00'],
    [chief.id, '2024-03-01 09:00'], // outside the range
  ];
  for (const [approver, at] of decisions) {
    const id = await insertCase(bed.owner, bed.tenant.code, STANDARD_PETITION_WORKFLOW, {
      status: 'ANSWERED',
      approvedBy: approver,
    });
    await bed.owner(
      `UPDATE voc_items SET approved_at = ($2::timestamp AT TIME ZONE 'Asia/Seoul') WHERE id = $1`,
      [id, at],
    );
  }
  const shares = await bed.scope(() => service.levelShares('2024-01', '2024-02', null), ADMIN);
  expect(shares.map((s) => [s.month, s.level, s.decisions, s.total, s.share])).toEqual([
    ['2024-01', 'SECTION_HEAD', 1, 4, 25],
    ['2024-01', 'STAFF', 2, 4, 50],
    ['2024-01', 'UNMAPPED', 1, 4, 25],
    ['2024-02', 'BUREAU_HEAD', 1, 3, 33.3],
    ['2024-02', 'STAFF', 2, 3, 66.7],
  ]);
  expect(
    await bed.scope(() => service.levelShares('2024-01', '2024-02', ApprovalSubject.TASK), ADMIN),
  ).toEqual([]);
  await expect(bed.scope(() => service.levelShares('2024-03', '2024-01', null), ADMIN)).rejects.toMatchObject(
    {
      extensions: { code: 'BAD_USER_INPUT', field: 'to' },
    },
  );
});

it('keeps one tenant’s matrix from another', async () => {
  const other = await serviceTestbed('approval matrix, other tenant');
  try {
    const mine = await bed.scope(() => service.matrix(), ADMIN);
    const theirs = await other.scope(() => other.get(ApprovalMatrixService).matrix(), ADMIN);
    expect(theirs.version).toBe(0);
    expect(theirs.rules).toEqual([]);
    await other.scope(
      () =>
        other
          .get(ApprovalMatrixService)
          .set({ rules: [rule('PERIODIC', ApprovalLevel.MAYOR)], titles: [], expectedVersion: 0 }),
      ADMIN,
    );
    expect(await bed.scope(() => service.matrix(), ADMIN)).toEqual(mine);
  } finally {
    await other.close();
  }
});
