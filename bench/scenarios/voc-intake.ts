import { Client } from 'pg';
import { canRun } from '../../libs/access/src/access-map';
import { recordAudit } from '../../libs/tenancy/src/audit/audit-trail';
import { run, runOne } from '../../libs/tenancy/src/sql/query-builder';
import type { BusinessCalendar, PeriodUnit } from '../../libs/crm-core/src/business-calendar/calendar-engine';
import {
  calendarVersionOf,
  compileCalendar,
} from '../../libs/crm-core/src/business-calendar/business-calendar.service';
import { CalendarQueries } from '../../libs/crm-core/src/business-calendar/business-calendar.sql';
import { nationalHolidays } from '../../libs/crm-core/src/business-calendar/national-holidays';
import { ContactQueries } from '../../libs/crm-core/src/customer-contacts/contacts.sql';
import { CustomerQueries } from '../../libs/crm-core/src/customers/customers.sql';
import { checkMessage, outboxRow } from '../../libs/crm-core/src/notifications/notification-outbox';
import { NotificationQueries } from '../../libs/crm-core/src/notifications/notification.sql';
import { residentNotice, type PetitionRow } from '../../libs/crm-core/src/notifications/petition-notifier';
import { templateDefinition } from '../../libs/crm-core/src/notifications/template-defaults';
import { formatReceiptNo, receiptYear } from '../../libs/crm-core/src/petitions/receipt-number';
import { STANDARD_PETITION_WORKFLOW } from '../../libs/crm-core/src/petitions/standard-workflow';
import { dueStateOf, statusLabel } from '../../libs/crm-core/src/petitions/voc-read.service';
import { VocQueries } from '../../libs/crm-core/src/petitions/voc.sql';
import { startingWorkflowVersion } from '../../libs/crm-core/src/petitions/workflow-start';
import { normalizeEmail, normalizePhone } from '../../libs/crm-core/src/customer-keys/customer-keys';
import { withoutNewCaseKeys } from './new-case';
import { apolloJson, type FloorSql, type PrepareContext, type Scenario } from './scenario';

/** 부산: the Busan model's tenant; its demo officer takes the petitions at the desk. */
const TENANT = 'busan';
const OFFICER = 'officer';
const ROUTING_ACTOR = 'system:routing';

/** What the case page needs right after intake: the number, the state, where it went and its deadlines. */
const QUERY = `mutation($input: ReceiveVocInput!) { receiveVoc(input: $input) { id receiptNo status statusLabel
  categoryName receivedAt department { name } deadlines { dueAt targetDueAt periodValue periodUnit state } } }`;

/** The input as sent: JSON, every optional field the scenario uses spelled out. */
interface IntakeInput {
  source: string;
  channel: string;
  kind: string;
  periodVariant: string | null;
  handlingClass: string;
  categoryCode: string;
  title: string;
  body: string;
  locationAddress: string | null;
  customerId: string | null;
  contact: { name: string; phone: string | null; email: string | null } | null;
  replyChannel: string;
  receivedAt: string;
}

const SOURCES = ['PETITION', 'PETITION', 'EPEOPLE_TRANSFER', 'COUNCIL', 'PRESS', 'FIELD_DIALOGUE'];
const CHANNELS = ['WEB', 'PHONE', 'VISIT', 'MOBILE', 'EMAIL'];
const CLASSES = ['SIMPLE_CONSULT', 'SIMPLE_FORM', 'COMPLEX', 'PERIODIC'];
/** Titles and bodies as residents write them; some name a routing keyword, some do not. */
const TEXTS: readonly [string, string][] = [
  [
    '교차로 신호등 고장',
    '○○사거리 신호등이 어제 저녁부터 꺼져 있어 사고 위험이 큽니다. 빠른 수리 부탁드립니다.',
  ],
  ['불법 주정차 단속 요청', '아파트 정문 앞 도로에 매일 밤 불법 주차가 많아 통행이 어렵습니다.'],
  ['야간 공사 소음', '밤 11시 넘어서까지 공사 소음이 계속됩니다. 작업 시간을 지켜 주세요.'],
  ['여권 재발급 절차 문의', '분실한 여권을 다시 발급받으려면 어떤 서류가 필요한지 알려 주세요.'],
  ['기초연금 신청 문의', '어머니 기초연금 신청 자격과 준비 서류가 궁금합니다.'],
  ['공원 놀이기구 파손', '근린공원 미끄럼틀 난간이 부서져 아이들이 다칠 수 있습니다.'],
  ['친절한 상담에 감사드립니다', '세무과 직원분이 지방세 감면을 자세히 안내해 주셔서 감사합니다.'],
  ['버스 배차 간격 건의', '출근 시간 배차 간격이 너무 길어 증차를 건의합니다.'],
];
const NAMES = ['김민준', '이서연', '박지호', '최수아', '정예준', '강하은'];
/** Receipt times in the past: office hours, after hours, a weekend (each counts from a different moment). */
const RECEIVED = [
  '2026-11-23T01:10:00.000Z',
  '2026-11-24T05:45:00.000Z',
  '2026-11-20T10:30:00.000Z',
  '2026-11-21T03:00:00.000Z',
  '2026-11-25T08:20:00.000Z',
  '2026-11-26T00:05:00.000Z',
];
/** Different bodies sent in turn (each connection from the first). */
const VARIANTS = 48;

let bodies: { query: string; variables: { input: IntakeInput } }[] = [];

/** The kinds, variants and categories the tenant has a statutory period for, and some of its customers. */
async function prepare(ctx: PrepareContext): Promise<void> {
  const owner = new Client({ connectionString: ctx.ownerUrl });
  await owner.connect();
  try {
    const periods = await owner.query<{ kind: string; variant: string; category_code: string }>(
      `SELECT p.kind, p.variant, c.code AS category_code
         FROM voc_periods p JOIN voc_categories c ON c.tenant_id = p.tenant_id AND c.active
              AND (p.category_code = c.code OR p.category_code = '*')
        WHERE p.tenant_id = $1 ORDER BY md5(p.kind || p.variant || c.code || $2) LIMIT $3`,
      [TENANT, String(ctx.seed), VARIANTS],
    );
    const customers = await owner.query<{ id: string }>(
      `SELECT id FROM customers WHERE tenant_id = $1 AND status = 'ACTIVE' ORDER BY md5(id::text || $2) LIMIT 12`,
      [TENANT, String(ctx.seed)],
    );
    if (periods.rows.length < 8 || customers.rows.length < 12)
      throw new Error(`voc-intake: ${TENANT} lacks statutory periods or customers`);
    bodies = Array.from({ length: VARIANTS }, (_, i) => {
      const p = periods.rows[i % periods.rows.length];
      const [title, text] = TEXTS[i % TEXTS.length];
      const anonymous = i % 2 === 1;
      const reply = anonymous ? (['SMS', 'EMAIL', 'NONE'] as const)[i % 3] : 'NONE';
      const input: IntakeInput = {
        source: SOURCES[i % SOURCES.length],
        channel: CHANNELS[i % CHANNELS.length],
        kind: p.kind,
        periodVariant: p.variant || null,
        handlingClass: CLASSES[i % CLASSES.length],
        categoryCode: p.category_code,
        title,
        body: text,
        locationAddress: i % 3 === 0 ? `부산광역시 연제구 중앙대로 10${i % 10}` : null,
        customerId: anonymous ? null : customers.rows[i % customers.rows.length].id,
        contact: anonymous
          ? {
              name: NAMES[i % NAMES.length],
              phone: `010-${String(2000 + i).padStart(4, '0')}-${String(5000 + i * 7).slice(-4)}`,
              email: `resident${i}@example.com`,
            }
          : null,
        replyChannel: reply,
        receivedAt: RECEIVED[i % RECEIVED.length],
      };
      return { query: QUERY, variables: { input } };
    });
    ctx.log(
      `voc-intake: ${bodies.length} intakes in turn (kinds ${[...new Set(periods.rows.map((p) => p.kind))].join(', ')}; ` +
        `half from customers, half anonymous)`,
    );
  } finally {
    await owner.end();
  }
}

/** The compiled business calendar per tenant, checked against the tenant's calendar version on every use. */
const calendars = new Map<string, { version: string; calendar: BusinessCalendar }>();

async function calendarOf(sql: FloorSql, tenantId: string): Promise<BusinessCalendar> {
  const [settings] = await run(sql, CalendarQueries.settings());
  const version = calendarVersionOf(settings);
  const cached = calendars.get(tenantId);
  if (cached?.version === version) return cached.calendar;
  const [holidays, national] = await Promise.all([
    run(sql, CalendarQueries.allHolidays()),
    nationalHolidays(),
  ]);
  const calendar = compileCalendar(settings, holidays, national);
  calendars.set(tenantId, { version, calendar });
  return calendar;
}

/** The resident notice of an event, as the notifier and the outbox write it. */
async function notify(
  sql: FloorSql,
  type: 'received' | 'assigned',
  vocId: string,
  tenantName: string,
): Promise<void> {
  const [petition] = (await run(sql, NotificationQueries.petition(vocId))) as PetitionRow[];
  const message = petition && residentNotice(type, petition);
  if (!message) return;
  checkMessage(message);
  const definition = templateDefinition(message.templateKey)!;
  const [own] = await run(sql, NotificationQueries.template(message.templateKey, message.channel));
  const text = own ? { subject: own.subject, body: own.body } : definition.texts[message.channel];
  await runOne(sql, NotificationQueries.insert(outboxRow(message, { definition, text }, tenantName)));
}

/**
 * 민원 접수 (`receiveVoc`) at the desk of busan's demo officer, 48 different intakes in turn: kinds with their
 * variants, categories, sources, channels, a registered customer (with its new contact-history entry) or an
 * anonymous resident (with the SMS or e-mail receipt notice), receipt times in and out of office hours. The
 * floor runs the intake's statements in the API's order in one read-write transaction — the category, the
 * period, the customer, the target share and the calendar version, the workflow version, the routing, the
 * receipt number from the tenant's counter, the contact history, the case, its RECEIVE (and ASSIGN)
 * transitions, the audit rows, the notices through the outbox, the case read back — with the capability's
 * own statements, deadline engine, notice and outbox functions.
 */
export const vocIntake: Scenario = {
  name: 'voc-intake',
  description: `receiveVoc by ${TENANT}'s ${OFFICER}: ${VARIANTS} intakes in turn (customers and anonymous)`,
  targetRatio: 0.3,
  targetRssMb: 250,
  token: { kind: 'user', realm: TENANT, username: OFFICER },
  request: { method: 'POST', path: '/graphql', body: { query: QUERY } },
  stableBody: false,
  prepare,
  bodies: () => bodies,
  normalize: withoutNewCaseKeys,
  async floor(ctx, request) {
    const { principal } = ctx;
    if (!canRun(principal.roles, 'receiveVoc'))
      return { status: 403, body: apolloJson({ errors: [{ message: 'forbidden' }] }) };
    const input = (request as { variables: { input: IntakeInput } }).variables.input;
    const tenantId = principal.tenantId ?? '';
    const tenantName = ctx.tenants.get(tenantId)?.nameKo ?? tenantId;
    const actor = principal.name ?? principal.username;
    const receivedAt = new Date(input.receivedAt);
    const customerId = input.customerId;
    const row = await ctx.withTenant(
      tenantId,
      async (sql) => {
        const [category] = await run(sql, VocQueries.category(input.categoryCode));
        const [period] = await run(
          sql,
          VocQueries.period(input.kind, category.code, input.periodVariant ?? ''),
        );
        if (customerId) await run(sql, CustomerQueries.summaryById(customerId));
        const { share } = await runOne(sql, VocQueries.targetShare());
        const statutory = { value: period.period_value, unit: period.period_unit as PeriodUnit };
        const due = (await calendarOf(sql, tenantId)).dueAt(receivedAt, statutory);
        const target = (await calendarOf(sql, tenantId)).targetDueAt(receivedAt, statutory, Number(share));
        const { key } = STANDARD_PETITION_WORKFLOW;
        const version = await startingWorkflowVersion(sql, STANDARD_PETITION_WORKFLOW);
        if ((await run(sql, VocQueries.claimRoutingSeed())).length)
          throw new Error('voc-intake floor: the tenant had no routing rules yet (the API seeds them first)');
        const [route] = await run(sql, VocQueries.route(category.code, `${input.title}\n${input.body}`));
        const year = receiptYear(receivedAt);
        const seq = Number((await runOne(sql, VocQueries.nextReceiptSeq(year))).seq);
        const receiptNo = formatReceiptNo(tenantId, year, seq);
        const status = route ? 'ASSIGNED' : 'RECEIVED';
        const [me] = await run(sql, VocQueries.staffBySubject(principal.subject));

        let contactHistoryId: string | null = null;
        if (customerId) {
          await run(sql, CustomerQueries.summaryById(customerId));
          const [staff] = await run(sql, ContactQueries.staffBySubject(principal.subject));
          const contact = {
            customerId,
            channel: input.channel,
            direction: 'INBOUND',
            occurredAt: receivedAt,
            staffId: staff?.id ?? null,
            departmentId: staff?.department_id ?? null,
            summary: `[민원 접수 ${receiptNo}] ${input.title}`,
            subjectType: 'petition',
            subjectId: receiptNo,
            createdBy: actor,
          };
          contactHistoryId = (await runOne(sql, ContactQueries.insert(contact))).id;
          await run(sql, ContactQueries.touchCustomer(customerId, receivedAt));
          await recordAudit(sql, {
            action: 'create',
            entity: 'contact',
            entityId: contactHistoryId,
            after: {
              customerId,
              channel: contact.channel,
              direction: contact.direction,
              occurredAt: receivedAt.toISOString(),
              staffId: contact.staffId,
              departmentId: contact.departmentId,
              subjectType: contact.subjectType,
              subjectId: contact.subjectId,
            },
          });
          await runOne(sql, ContactQueries.byId(contactHistoryId));
        }

        const anonymous = input.contact;
        const { id } = await runOne(
          sql,
          VocQueries.insert({
            customFields: {},
            receiptYear: year,
            receiptSeq: seq,
            receiptNo,
            source: input.source,
            channel: input.channel,
            kind: input.kind,
            periodVariant: period.variant,
            handlingClass: input.handlingClass,
            categoryCode: category.code,
            title: input.title,
            body: input.body,
            locationAddress: input.locationAddress,
            latitude: null,
            longitude: null,
            customerId,
            contactName: anonymous?.name ?? null,
            contactPhone: anonymous?.phone ? normalizePhone(anonymous.phone) : null,
            contactEmail: anonymous?.email ? normalizeEmail(anonymous.email) : null,
            replyChannel: input.replyChannel,
            contactHistoryId,
            status,
            workflowKey: key,
            workflowVersion: version,
            departmentId: route?.department_id ?? null,
            receivedAt,
            periodValue: period.period_value,
            periodUnit: period.period_unit,
            dueAt: due.dueAt,
            targetDueAt: target.dueAt,
            clientKey: null,
            createdBy: actor,
          }),
        );
        const transition = { vocId: id, occurredAt: receivedAt };
        await run(
          sql,
          VocQueries.insertTransition({
            ...transition,
            seq: 1,
            event: 'RECEIVE',
            fromStatus: null,
            toStatus: 'RECEIVED',
            actor,
            actorStaffId: me?.id ?? null,
            data: { source: input.source, channel: input.channel },
          }),
        );
        if (route)
          await run(
            sql,
            VocQueries.insertTransition({
              ...transition,
              seq: 2,
              event: 'ASSIGN',
              fromStatus: 'RECEIVED',
              toStatus: 'ASSIGNED',
              actor: ROUTING_ACTOR,
              actorStaffId: null,
              data: { departmentId: route.department_id, ruleId: route.id },
            }),
          );
        await recordAudit(sql, {
          action: 'create',
          entity: 'voc',
          entityId: id,
          after: {
            receiptNo,
            source: input.source,
            channel: input.channel,
            kind: input.kind,
            categoryCode: category.code,
            customerId,
            anonymous: customerId === null,
            status,
            departmentId: route?.department_id ?? null,
            receivedAt: receivedAt.toISOString(),
            dueAt: due.dueAt.toISOString(),
            targetDueAt: target.dueAt.toISOString(),
          },
        });
        await notify(sql, 'received', id, tenantName);
        if (route) await notify(sql, 'assigned', id, tenantName);
        return runOne(sql, VocQueries.byId(id));
      },
      'read-write',
    );
    return {
      status: 200,
      body: apolloJson({
        data: {
          receiveVoc: {
            id: row.id,
            receiptNo: row.receipt_no,
            status: row.status,
            statusLabel: statusLabel(row.status),
            categoryName: row.category_name,
            receivedAt: row.received_at.toISOString(),
            department: row.department_id && row.department_name ? { name: row.department_name } : null,
            deadlines: {
              dueAt: row.due_at.toISOString(),
              targetDueAt: row.target_due_at.toISOString(),
              periodValue: row.period_value,
              periodUnit: row.period_unit,
              state: dueStateOf(row.status, row.due_at, row.target_due_at),
            },
          },
        },
      }),
    };
  },
};
