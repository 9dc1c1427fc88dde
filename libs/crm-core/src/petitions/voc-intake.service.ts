import { Inject, Injectable } from '@nestjs/common';
import { CustomFieldValuesValidator } from '@pcrm/customization';
import { PETITION_ENTITY } from './petition.entity';
import { RequestContexts, TenantDatabase, badInput, recordAudit, run, runOne, type Sql } from '@pcrm/tenancy';
import { AttachmentStore } from '../attachments';
import { ContactDirection, CustomerContactsService } from '../customer-contacts';
import {
  CustomersService,
  checkText,
  currentActor,
  normalizeEmail,
  normalizePhone,
  pastMoment,
  requiredText,
} from '../customers';
import { PetitionEvents } from './petition-events';
import { allocateReceiptNo } from './receipt-number';
import { VOC_ATTACHMENT_OWNER } from './voc-attachments';
import { VocReferenceService, routingText } from './voc-reference.service';
import { VocReadService } from './voc-read.service';
import { ReplyChannel, VocStatus } from './voc.enums';
import { VOC_LIMITS, type AnonymousContactInput, type ReceiveVocInput } from './voc.inputs';
import { VocQueries as Q } from './voc.sql';
import type { VocItem } from './voc.model';

const ROUTING_ACTOR = 'system:routing';

interface Requester {
  customerId: string | null;
  name: string | null;
  phone: string | null;
  email: string | null;
}

/** A coordinate within Korea's bounds (the table checks the same), or null when not given. */
function coordinate(value: number | null | undefined, field: string, min: number, max: number) {
  if (value === null || value === undefined) return null;
  if (!Number.isFinite(value) || value < min || value > max)
    throw badInput(
      field,
      `좌표(${field})는 대한민국 안이어야 합니다 (${min}~${max}).`,
      `${field} must lie within Korea (${min} to ${max}).`,
    );
  return Math.round(value * 1e6) / 1e6;
}

/**
 * Intake of a voice of the customer from any source and channel: checks, statutory period and deadlines,
 * the receipt number (gap-free: the tenant's counter is bumped in this transaction), routing to a
 * department, the first transitions, the audit entry and the 'received' / 'assigned' events — all in the
 * request's transaction, so a refusal or failure leaves nothing behind, not even a used number.
 */
@Injectable()
export class VocIntakeService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(VocReferenceService) private readonly reference: VocReferenceService,
    @Inject(VocReadService) private readonly reads: VocReadService,
    @Inject(CustomersService) private readonly customers: CustomersService,
    @Inject(CustomerContactsService) private readonly contacts: CustomerContactsService,
    @Inject(PetitionEvents) private readonly events: PetitionEvents,
    @Inject(AttachmentStore) private readonly attachments: AttachmentStore,
    @Inject(CustomFieldValuesValidator) private readonly customValues: CustomFieldValuesValidator,
  ) {}

  private get sql(): Sql {
    return this.db.request();
  }

  async receive(input: ReceiveVocInput): Promise<VocItem> {
    const sql = this.sql;
    const clientKey = checkText(input.clientKey, 'clientKey', '중복 방지 키', VOC_LIMITS.clientKey);
    if (clientKey) {
      await run(sql, Q.lockClientKey(clientKey));
      const [earlier] = await run(sql, Q.idByClientKey(clientKey));
      if (earlier) return this.reads.open(earlier.id);
    }
    const title = requiredText(input.title, 'title', '제목', VOC_LIMITS.title);
    const body = requiredText(input.body, 'body', '내용', VOC_LIMITS.body);
    const locationAddress = checkText(input.locationAddress, 'locationAddress', '장소', VOC_LIMITS.address);
    const latitude = coordinate(input.latitude, 'latitude', 33, 39);
    const longitude = coordinate(input.longitude, 'longitude', 124, 132);
    const receivedAt = pastMoment(input.receivedAt, 'receivedAt', '접수 시각');
    const category = await this.reference.activeCategory(input.categoryCode, 'categoryCode');
    const period = await this.reference.period(
      input.kind,
      input.periodVariant,
      category.code,
      'periodVariant',
    );
    const requester = await this.requester(input);
    await this.checkContactHistory(input.contactHistoryId ?? null, requester.customerId);

    const deadline = await this.reference.deadline(receivedAt, period);
    const workflow = await this.reference.currentWorkflowVersion();
    const route = await this.reference.route(category.code, routingText(title, body));
    const status = route ? VocStatus.ASSIGNED : VocStatus.RECEIVED;
    const customFields = await this.customValues.validate(PETITION_ENTITY.id, input.customFields, null, {
      roles: RequestContexts.require().principal.roles,
    });
    const actor = currentActor();
    const [me] = await run(sql, Q.staffBySubject(RequestContexts.require().principal.subject));
    // Last of the reads: the tenant's receipt counter stays locked from here until the transaction ends.
    const { year, seq, receiptNo } = await allocateReceiptNo(sql, receivedAt);

    let contactHistoryId = input.contactHistoryId ?? null;
    if (!contactHistoryId && requester.customerId) {
      const contact = await this.contacts.record({
        customerId: requester.customerId,
        channel: input.channel,
        direction: ContactDirection.INBOUND,
        occurredAt: receivedAt,
        summary: `[민원 접수 ${receiptNo}] ${title}`,
        subjectType: 'petition',
        subjectId: receiptNo,
      });
      contactHistoryId = contact.id;
    }

    const { id } = await runOne(
      sql,
      Q.insert({
        receiptYear: year,
        receiptSeq: Number(seq),
        receiptNo,
        source: input.source,
        channel: input.channel,
        kind: input.kind,
        periodVariant: period.variant,
        handlingClass: input.handlingClass,
        categoryCode: category.code,
        title,
        body,
        locationAddress,
        latitude,
        longitude,
        customerId: requester.customerId,
        contactName: requester.name,
        contactPhone: requester.phone,
        contactEmail: requester.email,
        replyChannel: input.replyChannel ?? ReplyChannel.NONE,
        contactHistoryId,
        status,
        workflowKey: workflow.key,
        workflowVersion: workflow.version,
        departmentId: route?.departmentId ?? null,
        receivedAt,
        periodValue: period.value,
        periodUnit: period.unit,
        dueAt: deadline.dueAt,
        targetDueAt: deadline.targetDueAt,
        clientKey,
        createdBy: actor,
        customFields,
      }),
    );
    await run(
      sql,
      Q.insertTransition({
        vocId: id,
        seq: 1,
        event: 'RECEIVE',
        fromStatus: null,
        toStatus: VocStatus.RECEIVED,
        actor,
        actorStaffId: me?.id ?? null,
        data: { source: input.source, channel: input.channel },
        occurredAt: receivedAt,
      }),
    );
    if (route)
      await run(
        sql,
        Q.insertTransition({
          vocId: id,
          seq: 2,
          event: 'ASSIGN',
          fromStatus: VocStatus.RECEIVED,
          toStatus: VocStatus.ASSIGNED,
          actor: ROUTING_ACTOR,
          actorStaffId: null,
          data: { departmentId: route.departmentId, ruleId: route.ruleId },
          occurredAt: receivedAt,
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
        customerId: requester.customerId,
        anonymous: requester.customerId === null,
        status,
        departmentId: route?.departmentId ?? null,
        receivedAt: receivedAt.toISOString(),
        dueAt: deadline.dueAt.toISOString(),
        targetDueAt: deadline.targetDueAt.toISOString(),
      },
    });
    if (input.attachmentIds?.length) {
      await this.attachments.claim(input.attachmentIds, { ownerType: VOC_ATTACHMENT_OWNER, ownerId: id });
    }
    const event = { vocId: id, receiptNo, occurredAt: receivedAt };
    await this.events.publish({ ...event, type: 'received', status: VocStatus.RECEIVED });
    if (route) await this.events.publish({ ...event, type: 'assigned', status: VocStatus.ASSIGNED });
    return this.reads.open(id);
  }

  /** The tenant's active customer, or an anonymous contact: exactly one of them. */
  private async requester(input: ReceiveVocInput): Promise<Requester> {
    if (input.customerId && input.contact)
      throw badInput(
        'contact',
        '고객을 고른 민원에는 익명 연락처를 따로 적지 않습니다. 둘 중 하나만 입력해 주세요.',
        'Give either customerId or an anonymous contact, not both.',
      );
    if (input.customerId) {
      await this.customers.requireActive(input.customerId, 'customerId');
      // The case keeps the customer's number and address of its receipt: its notices and 나의 민원보기 use them.
      const { phone, email } = await this.customers.replyContact(input.customerId);
      return { customerId: input.customerId, name: null, phone, email };
    }
    if (!input.contact)
      throw badInput(
        'customerId',
        '민원인(고객) 또는 익명 연락처 중 하나를 입력해 주세요.',
        'Give the customer (customerId) or an anonymous contact.',
      );
    return { customerId: null, ...this.anonymous(input.contact, input.replyChannel) };
  }

  private anonymous(contact: AnonymousContactInput, reply: ReplyChannel | undefined) {
    const name = requiredText(contact.name, 'contact.name', '민원인 이름', VOC_LIMITS.name);
    const rawPhone = checkText(contact.phone, 'contact.phone', '전화번호', 30);
    const rawEmail = checkText(contact.email, 'contact.email', '이메일', VOC_LIMITS.email);
    const phone = rawPhone === null ? null : normalizePhone(rawPhone);
    if (rawPhone !== null && phone === null)
      throw badInput(
        'contact.phone',
        '전화번호 형식이 올바르지 않습니다 (예: 010-1234-5678, 051-123-4567).',
        'The phone number is not valid (e.g. 010-1234-5678).',
      );
    const email = rawEmail === null ? null : normalizeEmail(rawEmail);
    if (rawEmail !== null && email === null)
      throw badInput('contact.email', '이메일 형식이 올바르지 않습니다.', 'The e-mail address is not valid.');
    if (reply === ReplyChannel.SMS && !phone)
      throw badInput(
        'contact.phone',
        '문자로 회신하려면 전화번호가 필요합니다.',
        'A reply by SMS needs a phone number.',
      );
    if (reply === ReplyChannel.EMAIL && !email)
      throw badInput(
        'contact.email',
        '이메일로 회신하려면 이메일 주소가 필요합니다.',
        'A reply by e-mail needs an e-mail address.',
      );
    return { name, phone, email };
  }

  /** The contact it came from must be the tenant's, and the same customer's. */
  private async checkContactHistory(contactId: string | null, customerId: string | null): Promise<void> {
    if (!contactId) return;
    const [owner] = await run(this.sql, Q.contactOwner(contactId));
    if (!owner)
      throw badInput(
        'contactHistoryId',
        '접촉 이력을 찾을 수 없습니다.',
        'The contact (contactHistoryId) does not exist.',
      );
    if (customerId !== owner.customer_id)
      throw badInput(
        'contactHistoryId',
        '접촉 이력이 이 민원의 고객의 것이 아닙니다.',
        'The contact belongs to another customer than this petition.',
      );
  }
}
