import { Inject, Injectable } from '@nestjs/common';
import { maskPersonalData } from '@pcrm/access';
import {
  Cursor,
  RequestContexts,
  TenantDatabase,
  badInput,
  notFound,
  run,
  runOne,
  type Sql,
} from '@pcrm/tenancy';
import { COUNT_CAP, checkText, formatPhone } from '../customers';
import { ContactChannel } from '../customer-contacts';
import { RECEIPT_NO } from './receipt-number';
import { STANDARD_PETITION_WORKFLOW } from './standard-workflow';
import { HandlingClass, PeriodUnit, ReplyChannel, VOC_STATUS_LABELS, VocKind, VocSource } from './voc.enums';
import { InboxScope, type VocInboxArgs } from './voc.inputs';
import { DueState, type VocConnection, type VocContact, type VocItem, type VocTransition } from './voc.model';
import { VocQueries as Q, type InboxFilter, type InboxKey, type VocRow } from './voc.sql';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/u;

/** The statuses whose statutory clock has stopped: a case there is DONE with its deadlines. */
export const STOPPED_STATUSES: readonly string[] = Object.entries(STANDARD_PETITION_WORKFLOW.states)
  .filter(([, s]) => s.clock === 'STOPPED')
  .map(([name]) => name);

export function dueStateOf(status: string, dueAt: Date, targetDueAt: Date, now = new Date()): DueState {
  if (STOPPED_STATUSES.includes(status)) return DueState.DONE;
  if (now > dueAt) return DueState.OVERDUE;
  if (now > targetDueAt) return DueState.AT_RISK;
  return DueState.ON_TRACK;
}

/** A status's Korean name; a state a tenant's workflow overlay added shows as it is named. */
export const statusLabel = (status: string): string =>
  (VOC_STATUS_LABELS as Record<string, { ko: string }>)[status]?.ko ?? status;

const vocNotFound = () => notFound('민원', 'Petition');

function afterKey(cursor: string): InboxKey {
  const [dueAt, id] = Cursor.decode(cursor, 2);
  if (typeof dueAt === 'string' && MOMENT.test(dueAt) && typeof id === 'string' && UUID.test(id))
    return { dueAt, id };
  throw badInput('after', '페이지 커서(after)가 올바르지 않습니다.', 'The page cursor (after) is invalid.');
}

/** A LIKE pattern matching `text` anywhere, its wildcards taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Reads of cases: one case (with timeline and cooperating cases) and the inbox. */
@Injectable()
export class VocReadService {
  constructor(@Inject(TenantDatabase) private readonly db: TenantDatabase) {}

  private get sql(): Sql {
    return this.db.request();
  }

  async byId(id: string): Promise<VocItem | null> {
    const [row] = await run(this.sql, Q.byId(id));
    return row ? this.toVoc(row) : null;
  }

  async open(id: string): Promise<VocItem> {
    const voc = await this.byId(id);
    if (!voc) throw vocNotFound();
    return voc;
  }

  async byReceiptNo(receiptNo: string): Promise<VocItem | null> {
    const normalized = receiptNo.trim().toUpperCase();
    if (!RECEIPT_NO.test(normalized))
      throw badInput(
        'receiptNo',
        '접수번호 형식이 올바르지 않습니다 (예: BUSAN-2026-000123).',
        'The receipt number is not valid (e.g. BUSAN-2026-000123).',
      );
    const [row] = await run(this.sql, Q.byReceiptNo(normalized));
    return row ? this.toVoc(row) : null;
  }

  async timeline(vocId: string): Promise<VocTransition[]> {
    return (await run(this.sql, Q.transitions(vocId))).map((t) => ({
      seq: t.seq,
      event: t.event,
      fromStatus: t.from_status,
      toStatus: t.to_status,
      actor: t.actor,
      actorStaff: t.actor_staff_id && t.actor_name ? { id: t.actor_staff_id, name: t.actor_name } : null,
      comment: t.comment,
      occurredAt: t.occurred_at,
    }));
  }

  async children(vocId: string): Promise<VocItem[]> {
    return (await run(this.sql, Q.children(vocId))).map((r) => this.toVoc(r));
  }

  /** One page of an inbox in due-date order; MINE and DEPARTMENT are the caller's staff record's. */
  async inbox(args: VocInboxArgs): Promise<VocConnection> {
    const key = args.after ? afterKey(args.after) : null;
    const f = args.filter ?? {};
    const query = checkText(f.query, 'filter.query', '제목 검색어', 100);
    if (f.receivedFrom && f.receivedTo && f.receivedFrom > f.receivedTo)
      throw badInput(
        'filter.receivedTo',
        '접수 기간의 끝이 시작보다 앞섭니다.',
        'receivedTo is before receivedFrom.',
      );
    let ownerId: string | null = null;
    if (args.scope !== InboxScope.ALL) {
      const [me] = await run(this.sql, Q.staffBySubject(RequestContexts.require().principal.subject));
      ownerId = (args.scope === InboxScope.MINE ? me?.id : me?.department_id) ?? null;
      if (!ownerId)
        return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, count: async () => 0 };
    }
    const filter: InboxFilter = {
      scope: args.scope,
      ownerId,
      statuses: f.status ?? [],
      kinds: f.kind ?? [],
      categoryCode: f.category?.trim() || null,
      dueState: f.dueState ?? null,
      stoppedStatuses: STOPPED_STATUSES,
      receivedFrom: f.receivedFrom ?? null,
      receivedTo: f.receivedTo ?? null,
      titlePattern: query ? containing(query) : null,
    };
    const rows = await run(this.sql, Q.inbox(filter, key, args.first + 1));
    const page = rows.slice(0, args.first);
    const edges = page.map((row) => ({
      cursor: Cursor.encode([row.due_key, row.id]),
      node: this.toVoc(row),
    }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null },
      count: async () => (await runOne(this.sql, Q.inboxCount(filter, COUNT_CAP))).n,
    };
  }

  private toVoc(r: VocRow): VocItem {
    return {
      id: r.id,
      receiptNo: r.receipt_no,
      parentId: r.parent_id,
      source: r.source as VocSource,
      channel: r.channel as ContactChannel,
      kind: r.kind as VocKind,
      periodVariant: r.period_variant,
      handlingClass: r.handling_class as HandlingClass,
      categoryCode: r.category_code,
      categoryName: r.category_name,
      title: r.title,
      body: r.body,
      location: {
        address: r.location_address,
        latitude: r.latitude === null ? null : Number(r.latitude),
        longitude: r.longitude === null ? null : Number(r.longitude),
      },
      customerId: r.customer_id,
      contact: this.contact(r),
      replyChannel: r.reply_channel as ReplyChannel,
      contactHistoryId: r.contact_history_id,
      status: r.status,
      statusLabel: statusLabel(r.status),
      workflowKey: r.workflow_key,
      workflowVersion: r.workflow_version,
      department:
        r.department_id && r.department_name ? { id: r.department_id, name: r.department_name } : null,
      officer: r.officer_id && r.officer_name ? { id: r.officer_id, name: r.officer_name } : null,
      receivedAt: r.received_at,
      deadlines: {
        dueAt: r.due_at,
        targetDueAt: r.target_due_at,
        periodValue: r.period_value,
        periodUnit: r.period_unit as PeriodUnit,
        state: dueStateOf(r.status, r.due_at, r.target_due_at),
      },
      extended: r.extended,
      closedAt: r.closed_at,
      createdBy: r.created_by,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      version: r.version,
      customFields: r.custom_fields,
    };
  }

  /** The anonymous requester as the caller may see it (the access map logs each read of these fields). */
  private contact(r: VocRow): VocContact | null {
    if (r.customer_id || r.contact_name === null) return null;
    const contact: VocContact = {
      id: r.id,
      name: r.contact_name,
      phone: r.contact_phone === null ? null : formatPhone(r.contact_phone),
      email: r.contact_email,
    };
    return maskPersonalData('VocContact', contact, RequestContexts.require().principal.roles);
  }
}
