import { Role } from '@pcrm/tenancy';
import { serviceTestbed, type ServiceTestbed } from '../../test/service-testbed';
import { newDepartment, newStaff } from '../../test/factories';
import { CustomersService } from '../customers';
import { ContactChannel } from '../customer-contacts';
import {
  HandlingClass,
  PeriodUnit,
  PetitionEvents,
  ReplyChannel,
  STANDARD_VOC_CATEGORIES,
  STANDARD_VOC_PERIODS,
  VocDeadlines,
  VocIntakeService,
  VocKind,
  VocReadService,
  VocReferenceService,
  VocSource,
  type PetitionEvent,
  type ReceiveVocInput,
} from '.';

let bed: ServiceTestbed;
let intake: VocIntakeService;
let reads: VocReadService;
const events: PetitionEvent[] = [];
/** Intakes whose title holds this fail in their 'received' listener, after their number was taken. */
const FAIL = '실패시킴';

beforeAll(async () => {
  bed = await serviceTestbed('voc intake');
  intake = bed.get(VocIntakeService);
  reads = bed.get(VocReadService);
  bed.get(PetitionEvents).subscribe({ onPetitionEvent: async (event) => void events.push(event) });
});
afterAll(() => bed?.close());

/** The port the case's deadlines come from (the business calendar once it is wired in). */
const deadlinePort = () => bed.app.get<VocDeadlines>(VocDeadlines as never, { strict: false });

const anonymous = (over: Partial<ReceiveVocInput> = {}): ReceiveVocInput => ({
  source: VocSource.PETITION,
  channel: ContactChannel.WEB,
  kind: VocKind.PROPOSAL,
  handlingClass: HandlingClass.COMPLEX,
  categoryCode: 'GENERAL',
  title: '민원 제목',
  body: '민원 내용입니다.',
  contact: { name: '김민원', phone: '010-1234-5678' },
  replyChannel: ReplyChannel.SMS,
  ...over,
});

const receive = (input: ReceiveVocInput, roles: readonly string[] = [Role.Agent]) =>
  bed.scope(() => intake.receive(input), roles);

const counts = async () => {
  const [row] = await bed.owner<{ items: number; transitions: number; counter: string | null }>(
    `SELECT (SELECT count(*)::int FROM voc_items WHERE tenant_id = $1) AS items,
            (SELECT count(*)::int FROM voc_transitions WHERE tenant_id = $1) AS transitions,
            (SELECT max(next_seq)::text FROM voc_receipt_counters WHERE tenant_id = $1) AS counter`,
    [bed.tenant.code],
  );
  return row;
};

it('gives a new tenant the standard categories, periods and settings', async () => {
  const rows = await bed.owner<{ categories: number; periods: number; settings: number }>(
    `SELECT (SELECT count(*)::int FROM voc_categories WHERE tenant_id = $1) AS categories,
            (SELECT count(*)::int FROM voc_periods WHERE tenant_id = $1) AS periods,
            (SELECT count(*)::int FROM voc_settings WHERE tenant_id = $1) AS settings`,
    [bed.tenant.code],
  );
  expect(rows[0]).toEqual({
    categories: STANDARD_VOC_CATEGORIES.length,
    periods: STANDARD_VOC_PERIODS.length,
    settings: 1,
  });
});

it('receives an anonymous petition: receipt number, deadlines through the port, first transition, audit', async () => {
  const receivedAt = new Date(Date.now() - 3_600_000);
  const voc = await receive(anonymous({ receivedAt }));
  const year = new Date(receivedAt.getTime() + 9 * 3_600_000).getUTCFullYear();
  expect(voc.receiptNo).toMatch(new RegExp(`^${bed.tenant.code.toUpperCase()}-${year}-\\d{6}$`));
  expect(voc.status).toBe('RECEIVED');
  expect(voc.department).toBeNull();
  const port = deadlinePort();
  const expected = await bed.scope(async () => ({
    due: (await port.dueAt(receivedAt, { value: 14, unit: 'DAYS' })).dueAt,
    target: (await port.targetDueAt(receivedAt, { value: 14, unit: 'DAYS' }, 0.5)).dueAt,
  }));
  expect(voc.deadlines.dueAt).toEqual(expected.due);
  expect(voc.deadlines.targetDueAt).toEqual(expected.target);
  expect(voc.deadlines.state).toBe('ON_TRACK');
  const timeline = await bed.scope(() => reads.timeline(voc.id));
  expect(timeline.map((t) => [t.seq, t.event, t.fromStatus, t.toStatus])).toEqual([
    [1, 'RECEIVE', null, 'RECEIVED'],
  ]);
  const audit = await bed.owner(`SELECT action FROM audit_events WHERE entity = 'voc' AND entity_id = $1`, [
    voc.id,
  ]);
  expect(audit).toEqual([{ action: 'create' }]);
  expect(events.filter((e) => e.vocId === voc.id).map((e) => e.type)).toEqual(['received']);
  const workflow = await bed.owner(`SELECT version FROM voc_workflows WHERE tenant_id = $1`, [
    bed.tenant.code,
  ]);
  expect(workflow).toEqual([{ version: 1 }]);
});

it('takes the statutory period of the category, else the kind', async () => {
  const port = deadlinePort();
  const receivedAt = new Date(Date.now() - 60_000);
  const passport = await receive(
    anonymous({ kind: VocKind.STATUTORY, categoryCode: 'PASSPORT', receivedAt }),
  );
  expect([passport.deadlines.periodValue, passport.deadlines.periodUnit]).toEqual([4, 'DAYS']);
  expect(passport.deadlines.dueAt).toEqual(
    await bed.scope(async () => (await port.dueAt(receivedAt, { value: 4, unit: 'DAYS' })).dueAt),
  );
  const roads = await receive(anonymous({ kind: VocKind.STATUTORY, categoryCode: 'ROAD', receivedAt }));
  expect([roads.deadlines.periodValue, roads.deadlines.periodUnit]).toEqual([7, 'DAYS']);
  const legal = await receive(
    anonymous({ kind: VocKind.INQUIRY, periodVariant: 'LEGAL_INTERPRETATION', receivedAt }),
  );
  expect([legal.periodVariant, legal.deadlines.periodValue]).toEqual(['LEGAL_INTERPRETATION', 14]);
});

it('refuses bad input with a code and field, and changes nothing', async () => {
  const other = await serviceTestbed('voc intake, other tenant');
  let foreignCustomer: string;
  try {
    foreignCustomer = await other.scope(() =>
      other.get(CustomersService).create({ partyType: 'PERSON', kind: 'CURRENT', name: '타시도고객' }),
    );
  } finally {
    await other.close();
  }
  const before = await counts();
  const refusals: [Partial<ReceiveVocInput>, string, string][] = [
    [{ categoryCode: 'NO_SUCH' }, 'BAD_USER_INPUT', 'categoryCode'],
    [{ categoryCode: "x'; drop table voc_items; --" }, 'BAD_USER_INPUT', 'categoryCode'],
    [{ body: '가'.repeat(20_001) }, 'BAD_USER_INPUT', 'body'],
    [{ title: '가'.repeat(201) }, 'BAD_USER_INPUT', 'title'],
    [{ title: '\u200B\u200B' }, 'BAD_USER_INPUT', 'title'],
    [{ title: '   ' }, 'BAD_USER_INPUT', 'title'],
    [{ receivedAt: new Date(Date.now() + 86_400_000) }, 'BAD_USER_INPUT', 'receivedAt'],
    [{ contact: null, customerId: foreignCustomer }, 'NOT_FOUND', ''],
    [{ contact: null }, 'BAD_USER_INPUT', 'customerId'],
    [{ contact: { name: '김', phone: '12345' } }, 'BAD_USER_INPUT', 'contact.phone'],
    [{ contact: { name: '김' }, replyChannel: ReplyChannel.EMAIL }, 'BAD_USER_INPUT', 'contact.email'],
    [{ kind: VocKind.INQUIRY }, 'BAD_USER_INPUT', 'periodVariant'],
    [{ periodVariant: 'LEGAL_INTERPRETATION' }, 'BAD_USER_INPUT', 'periodVariant'],
    [{ latitude: 51.5, longitude: 127 }, 'BAD_USER_INPUT', 'latitude'],
  ];
  for (const [over, code, field] of refusals) {
    const attempt = receive(anonymous(over));
    await expect(attempt).rejects.toMatchObject({
      extensions: field ? { code, field } : { code },
    });
    await attempt.catch((e: { message: string; extensions: { messageEn?: string } }) => {
      expect(e.message).toMatch(/[가-힣]/);
      expect(e.extensions.messageEn).toBeTruthy();
    });
  }
  expect(await counts()).toEqual(before);
});

it('records the intake on the customer timeline', async () => {
  const customerId = await bed.scope(() =>
    bed.get(CustomersService).create({ partyType: 'PERSON', kind: 'CURRENT', name: '이고객' }),
  );
  const voc = await receive(anonymous({ contact: null, customerId, channel: ContactChannel.PHONE }));
  expect(voc.customerId).toBe(customerId);
  expect(voc.contact).toBeNull();
  const [contact] = await bed.owner<{
    id: string;
    channel: string;
    subject_type: string;
    subject_id: string;
  }>(`SELECT id, channel, subject_type, subject_id FROM contact_history WHERE customer_id = $1`, [
    customerId,
  ]);
  expect(contact).toMatchObject({ channel: 'PHONE', subject_type: 'petition', subject_id: voc.receiptNo });
  expect(voc.contactHistoryId).toBe(contact.id);
});

it("keeps a registered customer's mobile number and e-mail on the case for its notices, not in its contact", async () => {
  const customerId = await bed.scope(() =>
    bed.get(CustomersService).create({
      partyType: 'PERSON',
      kind: 'CURRENT',
      name: '박회신',
      phones: [{ number: '064-710-2000' }, { number: '010-5550-1212' }],
      emails: [{ address: 'reply@example.kr' }],
    }),
  );
  const voc = await receive(anonymous({ contact: null, customerId }));
  expect(voc.contact).toBeNull();
  const [stored] = await bed.owner<{ contact_phone: string; contact_email: string; contact_name: null }>(
    `SELECT contact_name, contact_phone, contact_email FROM voc_items WHERE id = $1`,
    [voc.id],
  );
  expect(stored).toEqual({
    contact_name: null,
    contact_phone: '01055501212',
    contact_email: 'reply@example.kr',
  });
});

it('masks the anonymous contact without customer:personal:read', async () => {
  const voc = await receive(
    anonymous({ contact: { name: '홍길동', phone: '01098765432', email: 'hong@example.kr' } }),
  );
  const asAgent = await bed.scope(() => reads.open(voc.id), [Role.Agent]);
  const asManager = await bed.scope(() => reads.open(voc.id), [Role.Manager]);
  expect(asManager.contact).toMatchObject({
    name: '홍길동',
    phone: '010-9876-5432',
    email: 'hong@example.kr',
  });
  expect(asAgent.contact!.name).not.toBe('홍길동');
  expect(asAgent.contact!.phone).not.toContain('9876-5432');
  expect(asAgent.contact!.email).not.toBe('hong@example.kr');
});

it('hands out gap-free receipt numbers under concurrency, giving back those of failed intakes', async () => {
  const year = new Date(Date.now() + 9 * 3_600_000).getUTCFullYear();
  const [{ next }] = await bed.owner<{ next: string }>(
    `SELECT coalesce(max(next_seq), 1)::text AS next FROM voc_receipt_counters WHERE tenant_id = $1 AND year = $2`,
    [bed.tenant.code, year],
  );
  const first = Number(next);
  const bus = bed.get(PetitionEvents);
  const failer = {
    onPetitionEvent: async (e: PetitionEvent) => {
      if (e.type === 'received' && (await reads.open(e.vocId)).title.includes(FAIL))
        throw new Error('forced');
    },
  };
  bus.subscribe(failer);
  try {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 24 }, (_, i) =>
        receive(anonymous({ title: i % 3 === 0 ? `${FAIL} ${i}` : `동시 ${i}` })),
      ),
    );
    const done = outcomes.filter((o) => o.status === 'fulfilled');
    expect(done).toHaveLength(16);
    expect(outcomes.filter((o) => o.status === 'rejected')).toHaveLength(8);
    const seqs = (
      await bed.owner<{ receipt_seq: number }>(
        `SELECT receipt_seq::int FROM voc_items WHERE tenant_id = $1 AND receipt_year = $2 AND receipt_seq >= $3
         ORDER BY receipt_seq`,
        [bed.tenant.code, year, first],
      )
    ).map((r) => Number(r.receipt_seq));
    expect(seqs).toEqual(Array.from({ length: 16 }, (_, i) => first + i));
  } finally {
    (bus as unknown as { listeners: unknown[] }).listeners.splice(
      (bus as unknown as { listeners: unknown[] }).listeners.indexOf(failer),
      1,
    );
  }
});

it('routes by category, then by keywords, seeding the rules from the departments once', async () => {
  const { traffic, welfare } = await bed.scope(async () => {
    const root = await newDepartment(bed, { name: '교통국' });
    const traffic = await newDepartment(bed, { name: '교통정책과', parentId: root.id });
    const welfare = await newDepartment(bed, { name: '복지정책과', parentId: root.id });
    return { traffic, welfare };
  });
  const byCategory = await receive(anonymous({ categoryCode: 'TRAFFIC', title: '신호 문의' }));
  expect(byCategory.status).toBe('ASSIGNED');
  expect(byCategory.department?.id).toBe(traffic.id);
  const timeline = await bed.scope(() => reads.timeline(byCategory.id));
  expect(timeline.map((t) => [t.event, t.toStatus, t.actor])).toEqual([
    ['RECEIVE', 'RECEIVED', 'service-test'],
    ['ASSIGN', 'ASSIGNED', 'system:routing'],
  ]);
  expect(events.filter((e) => e.vocId === byCategory.id).map((e) => e.type)).toEqual([
    'received',
    'assigned',
  ]);
  // A child category without a department of its own goes to its parent's; keywords route GENERAL cases.
  const byKeyword = await receive(
    anonymous({ categoryCode: 'GENERAL', body: '집 앞 불법주차 차량 신고합니다' }),
  );
  expect(byKeyword.department?.id).toBe(traffic.id);
  const welfareCase = await receive(anonymous({ categoryCode: 'GENERAL', body: '기초생활 수급 문의' }));
  expect(welfareCase.department?.id).toBe(welfare.id);
  const unmatched = await receive(anonymous({ categoryCode: 'GENERAL', body: '아무 핵심어도 없는 글' }));
  expect(unmatched.status).toBe('RECEIVED');
  const rules = await bed.owner<{ n: number }>(
    `SELECT count(*)::int AS n FROM voc_routing_rules WHERE tenant_id = $1`,
    [bed.tenant.code],
  );
  await newDepartmentLater();
  expect(
    (
      await bed.owner<{ n: number }>(
        `SELECT count(*)::int AS n FROM voc_routing_rules WHERE tenant_id = $1`,
        [bed.tenant.code],
      )
    )[0].n,
  ).toBe(rules[0].n);
});

/** A later department and intake do not seed the rules again. */
async function newDepartmentLater() {
  await bed.scope(() => newDepartment(bed, { name: '환경정책과' }));
  await receive(anonymous());
}

it('lists the inbox of my department by due date, and my own cases', async () => {
  const { department, me } = await bed.scope(async () => {
    const department = await newDepartment(bed, { name: `민원함 ${Date.now()}` });
    const me = await newStaff(bed, { departmentId: department.id });
    return { department, me };
  });
  await bed.owner(`UPDATE staff SET keycloak_subject = 'service-test-officer' WHERE id = $1`, [me.id]);
  const now = Date.now();
  const made = [];
  for (const hoursAgo of [1, 30, 5]) {
    const voc = await receive(
      anonymous({ receivedAt: new Date(now - hoursAgo * 3_600_000), title: `민원함 ${hoursAgo}` }),
    );
    // Due dates set apart explicitly: on the business calendar receipts hours apart may share one due date.
    const dueAt = new Date(now + (14 * 24 - hoursAgo) * 3_600_000);
    await bed.owner(
      `UPDATE voc_items SET department_id = $2, officer_id = $3, due_at = $4, target_due_at = $4 WHERE id = $1`,
      [voc.id, department.id, hoursAgo === 5 ? me.id : null, dueAt],
    );
    made.push(voc);
  }
  const page = await bed.scope(
    () => reads.inbox({ scope: 'DEPARTMENT' as never, first: 2, filter: null }),
    [Role.Officer],
  );
  expect(page.edges.map((e) => e.node.title)).toEqual(['민원함 30', '민원함 5']);
  expect(page.pageInfo.hasNextPage).toBe(true);
  const next = await bed.scope(
    () =>
      reads.inbox({ scope: 'DEPARTMENT' as never, first: 2, after: page.pageInfo.endCursor, filter: null }),
    [Role.Officer],
  );
  expect(next.edges.map((e) => e.node.title)).toEqual(['민원함 1']);
  expect(await bed.scope(() => page.count(), [Role.Officer])).toBe(3);
  const mine = await bed.scope(
    () => reads.inbox({ scope: 'MINE' as never, first: 10, filter: null }),
    [Role.Officer],
  );
  expect(mine.edges.map((e) => e.node.title)).toEqual(['민원함 5']);
  const searched = await bed.scope(
    () => reads.inbox({ scope: 'ALL' as never, first: 10, filter: { query: '민원함 3' } }),
    [Role.Officer],
  );
  expect(searched.edges.map((e) => e.node.title)).toEqual(['민원함 30']);
});

it('sees no case of another tenant, and the database refuses to change one', async () => {
  const voc = await receive(anonymous());
  const other = await serviceTestbed('voc intake, isolation');
  try {
    expect(await other.scope(() => other.get(VocReadService).byId(voc.id))).toBeNull();
    expect(await other.scope(() => other.get(VocReadService).byReceiptNo(voc.receiptNo))).toBeNull();
    const updated = await other.scope(async () =>
      other.sql().query(`UPDATE voc_items SET title = 'x' WHERE id = $1 RETURNING id`, [voc.id]),
    );
    expect(updated).toEqual([]);
  } finally {
    await other.close();
  }
  expect((await bed.scope(() => reads.open(voc.id))).title).toBe('민원 제목');
});

it('lets tenant-admin add, rename and retire categories and change a period, audited', async () => {
  const reference = bed.get(VocReferenceService);
  const admin = [Role.TenantAdmin];
  const added = await bed.scope(
    () =>
      reference.saveCategory({
        code: 'NIGHT_NOISE',
        nameKo: '야간 소음',
        nameEn: 'Night noise',
        parentCode: 'NOISE',
        keywords: ['야간공사', '야간공사'],
        active: true,
      }),
    admin,
  );
  expect(added).toMatchObject({
    code: 'NIGHT_NOISE',
    parentCode: 'NOISE',
    keywords: ['야간공사'],
    active: true,
  });
  const early = await receive(anonymous({ kind: VocKind.GRIEVANCE, categoryCode: 'NIGHT_NOISE' }));
  expect(early.deadlines.periodValue).toBe(7);

  const period = await bed.scope(
    () =>
      reference.updatePeriod({
        kind: VocKind.GRIEVANCE,
        categoryCode: '*',
        variant: '',
        value: 10,
        unit: PeriodUnit.DAYS,
      }),
    admin,
  );
  expect(period.value).toBe(10);
  const later = await receive(anonymous({ kind: VocKind.GRIEVANCE, categoryCode: 'NIGHT_NOISE' }));
  expect(later.deadlines.periodValue).toBe(10);
  expect((await bed.scope(() => reads.open(early.id))).deadlines.periodValue).toBe(7);

  const before = await bed.scope(() => reference.categories());
  const refusals: [() => Promise<unknown>, string, string][] = [
    [
      () => reference.saveCategory({ code: 'bad code', nameKo: '가', nameEn: 'a', active: true }),
      'BAD_USER_INPUT',
      'code',
    ],
    [
      () => reference.saveCategory({ code: 'X1', nameKo: '\u200B', nameEn: 'a', active: true }),
      'BAD_USER_INPUT',
      'nameKo',
    ],
    [
      () => reference.saveCategory({ code: 'X2', nameKo: '가', nameEn: 'a', parentCode: 'X2', active: true }),
      'BAD_USER_INPUT',
      'parentCode',
    ],
    [
      () =>
        reference.saveCategory({
          code: 'NOISE',
          nameKo: '소음·진동',
          nameEn: 'Noise',
          parentCode: 'ENVIRONMENT',
          active: false,
        }),
      'BAD_USER_INPUT',
      'active',
    ],
    [
      () =>
        reference.updatePeriod({
          kind: VocKind.GRIEVANCE,
          categoryCode: 'NO_SUCH',
          variant: '',
          value: 3,
          unit: PeriodUnit.DAYS,
        }),
      'NOT_FOUND',
      '',
    ],
  ];
  for (const [attempt, code, field] of refusals) {
    await expect(bed.scope(attempt, admin)).rejects.toMatchObject({
      extensions: field ? { code, field } : { code },
    });
  }
  expect(await bed.scope(() => reference.categories())).toEqual(before);

  await bed.scope(
    () =>
      reference.saveCategory({
        code: 'NIGHT_NOISE',
        nameKo: '심야 소음',
        nameEn: 'Night noise',
        parentCode: 'NOISE',
        active: false,
      }),
    admin,
  );
  await expect(receive(anonymous({ categoryCode: 'NIGHT_NOISE' }))).rejects.toMatchObject({
    extensions: { code: 'BAD_USER_INPUT', field: 'categoryCode' },
  });
  const audit = await bed.owner<{ action: string; entity: string }>(
    `SELECT action, entity FROM audit_events WHERE tenant_id = $1 AND entity IN ('voc_category', 'voc_period') ORDER BY id`,
    [bed.tenant.code],
  );
  expect(audit).toEqual([
    { action: 'create', entity: 'voc_category' },
    { action: 'update', entity: 'voc_period' },
    { action: 'update', entity: 'voc_category' },
  ]);
});
