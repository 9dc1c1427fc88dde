import { Role } from '@pcrm/tenancy';
import { serviceTestbed, type ServiceTestbed } from '../../test/service-testbed';
import { newDepartment } from '../../test/factories';
import { ContactChannel } from '../customer-contacts';
import {
  HandlingClass,
  ReplyChannel,
  VocIntakeService,
  VocKind,
  VocSource,
  type ReceiveVocInput,
} from '../petitions';
import { RoutingRulesService } from './routing-rules.service';
import type { VocRoutingRuleInput } from './routing-rules.inputs';

let bed: ServiceTestbed;
let service: RoutingRulesService;
let departments: { traffic: string; parking: string; welfare: string; closed: string };

const MANAGER = [Role.Manager];
const as = <T>(work: (s: RoutingRulesService) => Promise<T>) => bed.scope(() => work(service), MANAGER);
const read = <T>(work: (s: RoutingRulesService) => Promise<T>) =>
  bed.scope(() => work(service), MANAGER, 'read-only');

const reason = (error: unknown) => (error as { extensions?: { reason?: string } }).extensions?.reason;
const field = (error: unknown) => (error as { extensions?: { field?: string } }).extensions?.field;

async function refused(work: Promise<unknown>): Promise<{ reason?: string; field?: string; code?: string }> {
  try {
    await work;
  } catch (error) {
    const extensions = (error as { extensions?: Record<string, string> }).extensions ?? {};
    return { reason: reason(error), field: field(error), code: extensions.code };
  }
  throw new Error('expected the call to be refused');
}

const snapshot = () =>
  bed.owner<{ rules: string; audits: number }>(
    `SELECT (SELECT coalesce(json_agg(r ORDER BY r.id)::text, '[]') FROM voc_routing_rules r WHERE r.tenant_id = $1)
              AS rules,
            (SELECT count(*)::int FROM audit_events WHERE tenant_id = $1 AND entity = 'voc_routing_rule') AS audits`,
    [bed.tenant.code],
  );

const petition = (over: Partial<ReceiveVocInput> = {}): ReceiveVocInput => ({
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

const receive = (input: ReceiveVocInput) =>
  bed.scope(() => bed.get(VocIntakeService).receive(input), [Role.Agent]);

beforeAll(async () => {
  bed = await serviceTestbed('routing rules');
  service = bed.get(RoutingRulesService);
  departments = await bed.scope(async () => {
    const root = await newDepartment(bed, { name: '교통국' });
    const traffic = await newDepartment(bed, { name: '교통정책과', parentId: root.id });
    const parking = await newDepartment(bed, { name: '주차관리팀', parentId: traffic.id });
    const welfare = await newDepartment(bed, { name: '복지정책과', parentId: root.id });
    const closed = await newDepartment(bed, { name: '폐지된과', parentId: root.id });
    return { traffic: traffic.id, parking: parking.id, welfare: welfare.id, closed: closed.id };
  });
  await bed.owner(`UPDATE departments SET active = false WHERE id = $1`, [departments.closed]);
});
afterAll(() => bed?.close());

it('writes the starting rules before the first change: category rules first, then keyword rules', async () => {
  expect(await read((s) => s.rules())).toEqual([]);
  const mine = await as((s) =>
    s.create({
      categoryCode: 'TRAFFIC',
      keywords: ['불법주차'],
      departmentId: departments.parking,
      active: true,
    }),
  );
  const rules = await read((s) => s.rules());
  expect(rules.at(-1)!.id).toBe(mine.id);
  const seeded = rules.slice(0, -1);
  expect(seeded.every((r) => r.createdBy === 'system:routing')).toBe(true);
  expect(seeded.map((r) => r.priority)).toEqual(seeded.map((_, i) => (i + 1) * 10));
  const firstKeywordRule = seeded.findIndex((r) => r.categoryCode === null);
  expect(firstKeywordRule).toBeGreaterThan(0);
  expect(seeded.slice(0, firstKeywordRule).every((r) => r.keywords.length === 0)).toBe(true);
  expect(seeded.slice(firstKeywordRule).every((r) => r.categoryCode === null && r.keywords.length)).toBe(
    true,
  );
  expect(seeded.find((r) => r.categoryCode === 'TRAFFIC')).toMatchObject({
    department: { id: departments.traffic, name: '교통정책과' },
  });
  expect(mine).toMatchObject({
    categoryCode: 'TRAFFIC',
    keywords: ['불법주차'],
    priority: rules.at(-2)!.priority + 10,
    active: true,
    departmentActive: true,
  });
  await as((s) => s.delete(mine.id));
});

describe('intake and the preview route through the same rules', () => {
  it('applies the first matching rule by priority, and the preview names the same rule and department', async () => {
    const specific = await as((s) =>
      s.create({
        categoryCode: 'TRAFFIC',
        keywords: ['불법주차', 'Tow'],
        departmentId: departments.parking,
        priority: 10_000,
        active: true,
      }),
    );
    const text = { title: '불법주차 신고', body: '집 앞에 차가 있어요' };
    // Behind the seeded TRAFFIC rule: the category rule routes first.
    let preview = await read((s) => s.preview('TRAFFIC', text.title, text.body));
    expect(preview.rule?.department.id).toBe(departments.traffic);
    let voc = await receive(petition({ categoryCode: 'TRAFFIC', ...text }));
    expect(voc.department?.id).toBe(departments.traffic);

    // Moved to the front, it takes the traffic cases that mention a keyword, and only those.
    const order = (await read((s) => s.rules())).map((r) => r.id);
    const reordered = await as((s) => s.reorder([specific.id, ...order.filter((id) => id !== specific.id)]));
    expect(reordered[0]).toMatchObject({ id: specific.id, priority: 10 });
    expect(reordered.map((r) => r.priority)).toEqual(reordered.map((_, i) => (i + 1) * 10));
    preview = await read((s) => s.preview('TRAFFIC', text.title, text.body));
    expect(preview).toMatchObject({ rule: { id: specific.id }, matchedKeyword: '불법주차' });
    voc = await receive(petition({ categoryCode: 'TRAFFIC', ...text }));
    expect(voc.department?.id).toBe(departments.parking);
    // Case-insensitive, in the body as well.
    expect(await read((s) => s.preview('TRAFFIC', '견인 요청', 'please TOW it'))).toMatchObject({
      rule: { id: specific.id },
      matchedKeyword: 'Tow',
    });
    // Another category with the keyword is not this rule's.
    preview = await read((s) => s.preview('WELFARE', text.title, text.body));
    expect(preview.rule?.id).not.toBe(specific.id);
    const plain = await receive(
      petition({ categoryCode: 'TRAFFIC', title: '신호 문의', body: '신호가 짧아요' }),
    );
    expect(plain.department?.id).toBe(departments.traffic);

    // Switched off, it routes nothing.
    await as((s) => s.update(specific.id, { ...inputOf(specific), active: false }));
    voc = await receive(petition({ categoryCode: 'TRAFFIC', ...text }));
    expect(voc.department?.id).toBe(departments.traffic);
    await as((s) => s.delete(specific.id));
  });

  it('skips a rule whose department was closed, and says when nothing routes', async () => {
    const word = `폐지핵심어${Date.now()}`;
    const rule = await as((s) =>
      s.create({ keywords: [word], departmentId: departments.welfare, priority: 1, active: true }),
    );
    await bed.owner(`UPDATE voc_routing_rules SET department_id = $2 WHERE id = $1`, [
      rule.id,
      departments.closed,
    ]);
    const [listed] = (await read((s) => s.rules())).filter((r) => r.id === rule.id);
    expect(listed).toMatchObject({ departmentActive: false, department: { name: '폐지된과' } });
    expect(await read((s) => s.preview('GENERAL', word, ''))).toEqual({ rule: null, matchedKeyword: null });
    const voc = await receive(petition({ title: word }));
    expect(voc.status).toBe('RECEIVED');
    await as((s) => s.delete(rule.id));
  });
});

const inputOf = (rule: {
  categoryCode: string | null;
  keywords: string[];
  department: { id: string };
  priority: number;
  active: boolean;
}): VocRoutingRuleInput => ({
  categoryCode: rule.categoryCode,
  keywords: rule.keywords,
  departmentId: rule.department.id,
  priority: rule.priority,
  active: rule.active,
});

it('normalises keywords: NFC, invisible characters dropped, white space folded, repeats removed', async () => {
  const decomposed = '불법주차'.normalize('NFD');
  const rule = await as((s) =>
    s.create({
      keywords: [`  ${decomposed} `, '불법\u200B주차', '\uFEFF쓰레기\t 무단투기', 'Noise', 'noise'],
      departmentId: departments.welfare,
      active: true,
    }),
  );
  expect(rule.keywords).toEqual(['불법주차', '쓰레기 무단투기', 'Noise']);
  await as((s) => s.delete(rule.id));
});

it('keeps an audit entry of every change', async () => {
  const rule = await as((s) =>
    s.create({ keywords: ['감사'], departmentId: departments.welfare, active: true }),
  );
  await as((s) => s.update(rule.id, { ...inputOf(rule), keywords: ['감사', '기록'] }));
  await as((s) => s.delete(rule.id));
  const audits = await bed.owner<{ action: string; before: unknown; after: unknown }>(
    `SELECT action, before, after FROM audit_events
      WHERE tenant_id = $1 AND entity = 'voc_routing_rule' AND entity_id = $2 ORDER BY occurred_at, id`,
    [bed.tenant.code, rule.id],
  );
  expect(audits.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
  expect(audits[1]).toMatchObject({ before: { keywords: ['감사'] }, after: { keywords: ['감사', '기록'] } });
  expect(audits[2]).toMatchObject({ before: { departmentId: departments.welfare }, after: null });
});

describe('bad input changes nothing', () => {
  const good = (): VocRoutingRuleInput => ({
    categoryCode: 'TRAFFIC',
    keywords: ['주차'],
    departmentId: departments.traffic,
    active: true,
  });
  const cases: [string, () => VocRoutingRuleInput, string, string][] = [
    [
      'no category and no keyword',
      () => ({ ...good(), categoryCode: ' ', keywords: [] }),
      'ROUTING_EMPTY_RULE',
      'keywords',
    ],
    [
      'only invisible keywords',
      () => ({ ...good(), categoryCode: null, keywords: ['\u200B'] }),
      'ROUTING_KEYWORD_EMPTY',
      'keywords.0',
    ],
    [
      'an unknown category',
      () => ({ ...good(), categoryCode: 'NO_SUCH' }),
      'ROUTING_UNKNOWN_CATEGORY',
      'categoryCode',
    ],
    [
      'a malformed category',
      () => ({ ...good(), categoryCode: "x'; drop" }),
      'ROUTING_UNKNOWN_CATEGORY',
      'categoryCode',
    ],
    [
      'a missing department',
      () => ({ ...good(), departmentId: '00000000-0000-4000-8000-000000000009' }),
      'ROUTING_UNKNOWN_DEPARTMENT',
      'departmentId',
    ],
    [
      'a malformed department',
      () => ({ ...good(), departmentId: 'not-a-uuid' }),
      'ROUTING_UNKNOWN_DEPARTMENT',
      'departmentId',
    ],
    [
      'a closed department',
      () => ({ ...good(), departmentId: departments.closed }),
      'ROUTING_UNKNOWN_DEPARTMENT',
      'departmentId',
    ],
    [
      '31 keywords',
      () => ({ ...good(), keywords: Array.from({ length: 31 }, (_, i) => `핵심어${i}`) }),
      'ROUTING_TOO_MANY_KEYWORDS',
      'keywords',
    ],
    [
      'a keyword of 41 characters',
      () => ({ ...good(), keywords: ['가'.repeat(41)] }),
      'ROUTING_KEYWORD_TOO_LONG',
      'keywords.0',
    ],
    ['priority 0', () => ({ ...good(), priority: 0 }), 'ROUTING_PRIORITY_RANGE', 'priority'],
  ];
  it.each(cases)('refuses %s', async (_, input, expectedReason, expectedField) => {
    const existing = (await read((s) => s.rules()))[0];
    const before = await snapshot();
    expect(await refused(as((s) => s.create(input())))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: expectedReason,
      field: expectedField,
    });
    expect(await refused(as((s) => s.update(existing.id, input())))).toMatchObject({
      reason: expectedReason,
    });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a reorder that leaves out, repeats or invents a rule, and an unknown rule id', async () => {
    const ids = (await read((s) => s.rules())).map((r) => r.id);
    const before = await snapshot();
    for (const wrong of [
      ids.slice(1),
      [...ids, ids[0]],
      [...ids.slice(1), '00000000-0000-4000-8000-000000000009'],
    ])
      expect(await refused(as((s) => s.reorder(wrong)))).toMatchObject({
        reason: 'ROUTING_REORDER_MISMATCH',
      });
    expect(await refused(as((s) => s.delete('00000000-0000-4000-8000-000000000009')))).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await refused(as((s) => s.update('nope', good())))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await refused(read((s) => s.preview('NO_SUCH', '제목', '')))).toMatchObject({
      reason: 'ROUTING_UNKNOWN_CATEGORY',
    });
    expect(await snapshot()).toEqual(before);
  });
});
