import { Role } from '@pcrm/access';
import { serviceTestbed, type ServiceTestbed } from '../../test/service-testbed';
import { newDepartment, newStaff } from '../../test/factories';
import { insertCustomerRow } from '../../test/customer-rows';
import { ensureVocReference, insertVocRow } from '../../test/voc-rows';
import { PetitionAnalyticsService } from './analytics.service';
import { ProcessingGroupBy } from './analytics.sql';
import type { ProcessingTimeRow } from './analytics.model';
import type {
  BacklogArgs,
  ProcessingReductionArgs,
  ProcessingTimeArgs,
  RepeatPetitionArgs,
} from './analytics.args';

const DAY = 86_400_000;
/** Korean time, where month boundaries fall. */
const kst = (iso: string) => new Date(`${iso}+09:00`);
const after = (from: Date, days: number) => new Date(from.getTime() + days * DAY);
const now = Date.now();

let bed: ServiceTestbed;
let analytics: PetitionAnalyticsService;
const ids: Record<string, string> = {};

/**
 * Bureaus A and B with a team each; finished cases in 2026-01/02 and one a year before; open cases overdue,
 * at risk and in time; customers X (4 petitions), Y and Z (1 each) and one anonymous.
 */
beforeAll(async () => {
  bed = await serviceTestbed('petition analytics test');
  analytics = bed.get(PetitionAnalyticsService);
  await bed.scope(async () => {
    await ensureVocReference(bed);
    const a = await newDepartment(bed, { name: '가국' });
    const a1 = await newDepartment(bed, { name: '가팀', parentId: a.id });
    const b = await newDepartment(bed, { name: '나국' });
    const b1 = await newDepartment(bed, { name: '나팀', parentId: b.id });
    const officer = await newStaff(bed, { name: '김담당', departmentId: a1.id });
    Object.assign(ids, { a: a.id, a1: a1.id, b: b.id, b1: b1.id });
    const [x, y, z] = [
      await insertCustomerRow(bed, { name: '홍길동' }),
      await insertCustomerRow(bed, { name: '김영희' }),
      await insertCustomerRow(bed, { name: '이철수' }),
    ];
    Object.assign(ids, { x, y, z });
    const finished = async (d: string, received: string, days: number, cls: string, customer: string) => {
      const at = kst(received);
      await insertVocRow(bed, {
        receivedAt: at,
        answeredAt: after(at, days),
        handlingClass: cls,
        departmentId: d,
        officerId: officer.id,
        customerId: customer,
      });
    };
    await finished(a1.id, '2026-01-05T10:00:00', 2, 'SIMPLE_FORM', x); // in target
    await finished(a1.id, '2026-01-06T10:00:00', 5, 'COMPLEX', x); // past target, in statutory period
    await finished(b1.id, '2026-01-07T10:00:00', 9, 'COMPLEX', y); // late
    await finished(a1.id, '2026-02-02T10:00:00', 1, 'SIMPLE_FORM', x);
    await finished(a1.id, '2025-01-05T10:00:00', 4, 'SIMPLE_FORM', y); // the year before
    // Open: overdue (due 2026-01-27), in time, at risk (past target, before due).
    ids.overdue = await insertVocRow(bed, {
      receivedAt: kst('2026-01-20T10:00:00'),
      handlingClass: 'SIMPLE_CONSULT',
      departmentId: a1.id,
      officerId: officer.id,
      customerId: x,
      title: '지연 민원',
    });
    const recent = new Date(now - DAY);
    ids.inTime = await insertVocRow(bed, {
      receivedAt: recent,
      dueAt: after(recent, 7),
      targetDueAt: after(recent, 3.5),
      handlingClass: 'SIMPLE_CONSULT',
      departmentId: b1.id,
      customerId: z,
    });
    const older = new Date(now - 5 * DAY);
    ids.atRisk = await insertVocRow(bed, {
      receivedAt: older,
      dueAt: after(older, 7),
      targetDueAt: after(older, 3.5),
      handlingClass: 'SIMPLE_FORM',
      departmentId: b1.id,
    });
  });
});

afterAll(() => bed.close());

const MANAGER = [Role.Manager];
const asManager = <T>(work: () => Promise<T>) => bed.scope(work, MANAGER, 'read-only');
const times = (groupBy: ProcessingGroupBy) =>
  asManager(() =>
    analytics.processingTimes({ from: '2026-01', to: '2026-02', groupBy } as ProcessingTimeArgs),
  );
const row = (rows: ProcessingTimeRow[], key: string | null, month: string | null) =>
  rows.find((r) => r.key === key && r.month === month)!;

describe('processing time', () => {
  it('by bureau and month: average days, shares within target and statutory period, change vs the year before', async () => {
    const report = await times(ProcessingGroupBy.BUREAU);
    expect(report.months).toEqual(['2026-01', '2026-02']);
    expect(row(report.rows, ids.a, '2026-01')).toEqual({
      key: ids.a,
      label: '가국',
      month: '2026-01',
      finished: 2,
      averageDays: 3.5,
      withinTargetShare: 0.5,
      withinStatutoryShare: 1,
      previousFinished: 1,
      previousAverageDays: 4,
      reductionRate: 0.125,
    });
    expect(row(report.rows, ids.a, '2026-02')).toMatchObject({
      finished: 1,
      averageDays: 1,
      previousFinished: 0,
      previousAverageDays: null,
      reductionRate: null,
    });
    const aTotal = row(report.rows, ids.a, null);
    expect(aTotal).toMatchObject({ label: '가국', finished: 3, previousFinished: 1, previousAverageDays: 4 });
    expect(aTotal.averageDays).toBeCloseTo(8 / 3, 10);
    expect(aTotal.reductionRate).toBeCloseTo(1 / 3, 10);
    expect(row(report.rows, ids.b, '2026-01')).toMatchObject({
      label: '나국',
      finished: 1,
      averageDays: 9,
      withinTargetShare: 0,
      withinStatutoryShare: 0,
    });
    expect(row(report.rows, null, '2026-01')).toMatchObject({ label: null, finished: 3 });
    expect(row(report.rows, null, '2026-01').averageDays).toBeCloseTo(16 / 3, 10);
    expect(row(report.rows, null, null)).toMatchObject({
      finished: 4,
      averageDays: 17 / 4,
      previousFinished: 1,
    });
  });

  it('by department and by class', async () => {
    const departments = await times(ProcessingGroupBy.DEPARTMENT);
    expect(row(departments.rows, ids.a1, null)).toMatchObject({ label: '가팀', finished: 3 });
    expect(row(departments.rows, ids.b1, null)).toMatchObject({ label: '나팀', finished: 1 });
    const classes = await times(ProcessingGroupBy.CLASS);
    expect(row(classes.rows, 'SIMPLE_FORM', null)).toMatchObject({
      finished: 2,
      averageDays: 1.5,
      previousFinished: 1,
      previousAverageDays: 4,
      reductionRate: 0.625,
    });
    expect(row(classes.rows, 'COMPLEX', '2026-01')).toMatchObject({
      finished: 2,
      averageDays: 7,
      withinTargetShare: 0,
      withinStatutoryShare: 0.5,
    });
  });

  it('refuses a range backwards or over 24 months, changing nothing', async () => {
    await expect(
      asManager(() =>
        analytics.processingTimes({ from: '2026-03', to: '2026-01', groupBy: 'CLASS' } as never),
      ),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'to' } });
    await expect(
      asManager(() =>
        analytics.processingTimes({ from: '2023-01', to: '2026-01', groupBy: 'CLASS' } as never),
      ),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'to' } });
  });
});

describe('repeat petitioners', () => {
  const report = (roles: string[] = MANAGER) =>
    bed.scope(
      () => analytics.repeatPetitions({ from: '2026-01', to: '2026-12', top: 10 } as RepeatPetitionArgs),
      roles,
      'read-only',
    );

  it('gives the share of repeat petitioners and of their petitions, overall and per class', async () => {
    const r = await report();
    expect(r.anonymousPetitions).toBe(1);
    expect(r.overall).toMatchObject({
      handlingClass: null,
      petitioners: 3,
      petitions: 6,
      repeatPetitioners: 1,
      chronicPetitioners: 0,
      chronicPetitionShare: 0,
    });
    expect(r.overall.repeatShare).toBeCloseTo(1 / 3, 10);
    expect(r.overall.repeatPetitionShare).toBeCloseTo(4 / 6, 10);
    const point = (share: number) => r.overall.concentration.find((p) => p.topShare === share)!;
    expect(point(0.01)).toMatchObject({ petitioners: 1 });
    expect(point(0.01).petitionShare).toBeCloseTo(4 / 6, 10);
    expect(point(0.5)).toMatchObject({ petitioners: 2 });
    expect(point(0.5).petitionShare).toBeCloseTo(5 / 6, 10);
    const cls = (c: string) => r.byClass.find((s) => s.handlingClass === c)!;
    expect(cls('SIMPLE_FORM')).toMatchObject({
      petitioners: 1,
      petitions: 2,
      repeatShare: 1,
      repeatPetitionShare: 1,
    });
    expect(cls('COMPLEX')).toMatchObject({ petitioners: 2, petitions: 2, repeatPetitioners: 0 });
    expect(cls('SIMPLE_CONSULT')).toMatchObject({ petitioners: 2, petitions: 2, repeatPetitioners: 0 });
    expect(r.byClass.map((s) => s.handlingClass)).not.toContain('LONG_TERM');
  });

  it('lists the top petitioners by petitions, names unmasked only with customer:personal:read', async () => {
    const r = await report();
    expect(r.top[0]).toMatchObject({ id: ids.x, name: '홍길동', petitions: 4, open: 1 });
    expect(r.top[0].classes).toEqual(['COMPLEX', 'SIMPLE_CONSULT', 'SIMPLE_FORM']);
    expect(r.top.slice(1).map((t) => t.petitions)).toEqual([1, 1]);
    expect(new Set(r.top.map((t) => t.id))).toEqual(new Set([ids.x, ids.y, ids.z]));
    const masked = await report([Role.Officer]);
    expect(masked.top[0].name).toBe('홍*동');
  });
});

describe('backlog', () => {
  const page = (args: Partial<BacklogArgs>) =>
    asManager(() => analytics.backlog({ first: 50, overdueOnly: false, ...args } as BacklogArgs));

  it('counts open, overdue and at-risk cases', async () => {
    expect(await asManager(() => analytics.backlogSummary({ overdueOnly: false }))).toEqual({
      open: 3,
      overdue: 1,
      atRisk: 1,
    });
    expect(
      await asManager(() => analytics.backlogSummary({ overdueOnly: false, departmentId: ids.b })),
    ).toEqual({
      open: 2,
      overdue: 0,
      atRisk: 1,
    });
  });

  it('lists open cases by due date, most overdue first, with department and officer; pages by cursor', async () => {
    const all = await page({});
    expect(all.totalCount).toBe(3);
    expect(all.edges.map((e) => e.node.id)).toEqual([ids.overdue, ids.atRisk, ids.inTime]);
    expect(all.edges[0].node).toMatchObject({
      title: '지연 민원',
      departmentName: '가팀',
      officerName: '김담당',
      overdue: true,
    });
    expect(all.edges[0].node.overdueDays).toBeGreaterThan(200);
    expect(all.edges[2].node).toMatchObject({ overdue: false, overdueDays: 0 });
    const first = await page({ first: 1 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await page({ first: 1, after: first.pageInfo.endCursor });
    expect(second.edges.map((e) => e.node.id)).toEqual([ids.atRisk]);
    const overdue = await page({ overdueOnly: true });
    expect(overdue.edges.map((e) => e.node.id)).toEqual([ids.overdue]);
    const ofA = await page({ departmentId: ids.a });
    expect(ofA.edges.map((e) => e.node.id)).toEqual([ids.overdue]);
  });

  it('refuses a forged cursor as BAD_USER_INPUT on after', async () => {
    for (const after of [
      Buffer.from(JSON.stringify(['2026-99-99T00:00:00.000000Z', ids.x])).toString('base64url'),
      Buffer.from(JSON.stringify([1, 'x'])).toString('base64url'),
      'garbage',
    ])
      await expect(page({ after })).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'after' },
      });
  });
});

describe('processing-time reduction (bureau × department × class × month)', () => {
  const reduction = (over: Record<string, unknown> = {}) =>
    asManager(() =>
      analytics.processingReduction({
        from: '2026-01',
        to: '2026-02',
        first: 50,
        ...over,
      } as ProcessingReductionArgs),
    );

  it('gives each cell its average days against the same cell a year before', async () => {
    const page = await reduction();
    const cells = page.edges.map((e) => e.node);
    expect(page.totalCount).toBe(4);
    expect(
      cells.find(
        (c) => c.departmentId === ids.a1 && c.handlingClass === 'SIMPLE_FORM' && c.month === '2026-01',
      ),
    ).toEqual({
      bureauId: ids.a,
      bureauName: '가국',
      departmentId: ids.a1,
      departmentName: '가팀',
      handlingClass: 'SIMPLE_FORM',
      month: '2026-01',
      finished: 1,
      averageDays: 2,
      previousFinished: 1,
      previousAverageDays: 4,
      reductionRate: 0.5,
    });
    expect(cells.find((c) => c.departmentId === ids.b1)).toMatchObject({
      bureauId: ids.b,
      handlingClass: 'COMPLEX',
      averageDays: 9,
      previousFinished: 0,
      reductionRate: null,
    });
  });

  it('filters by bureau, department and class, and pages the cells', async () => {
    expect((await reduction({ bureauId: ids.b })).totalCount).toBe(1);
    expect((await reduction({ departmentId: ids.a1, handlingClass: 'SIMPLE_FORM' })).totalCount).toBe(2);
    const first = await reduction({ first: 3 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await reduction({ first: 3, after: first.pageInfo.endCursor });
    expect(rest.edges).toHaveLength(1);
    await expect(reduction({ after: Buffer.from('[0]').toString('base64url') })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'after' },
    });
  });
});
