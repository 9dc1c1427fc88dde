import { Inject, Injectable } from '@nestjs/common';
import { maskPersonalData } from '@pcrm/access';
import { RequestContexts, TenantDatabase, badInput, run, runOne } from '@pcrm/tenancy';
import { ConsentPurpose } from '../customers';
import { NotificationChannel, NotificationState } from './notification.enums';
import { NotificationQueries as Q, type OutboxInsert } from './notification.sql';
import type { TemplateDefinition, TemplateText } from './template-defaults';
import { toDelivery, type NotificationDelivery } from './notification.model';
import { NotificationTemplates } from './notification-templates.service';
import { checkVariables, render } from './template-rules';

/** What a capability asks to tell a resident (the seam of PETITIONS.md). */
export interface NotificationMessage {
  /** A petition (`voc`) or a public task its followers hear about (`task`, docs/adr/0029). */
  subjectType: 'voc' | 'task';
  subjectId: string;
  customerId?: string;
  purpose: ConsentPurpose;
  channel: 'SMS' | 'EMAIL';
  /** A mobile number (digits, hyphens allowed) or an e-mail address. Personal data: never logged. */
  recipient: string;
  templateKey: string;
  variables: Record<string, string>;
}

export interface EnqueuedNotification {
  id: string;
  state: NotificationState.PENDING | NotificationState.SKIPPED;
}

/**
 * Purposes a message may be sent for without the customer's consent. A notice about the resident's own
 * case (receipt, assignment, delay, result) is part of handling the petition they filed (민원 처리에 관한
 * 법률 §27's notice duty), so ADMIN_NOTICE needs none; a survey and promotion do.
 */
const NEEDS_CONSENT: ReadonlySet<ConsentPurpose> = new Set([
  ConsentPurpose.SATISFACTION_SURVEY,
  ConsentPurpose.PROMOTION,
]);

const NO_CONSENT_REASON: Record<ConsentPurpose, string> = {
  ADMIN_NOTICE: '',
  SATISFACTION_SURVEY: '만족도조사 수신 동의가 없거나 철회되었습니다.',
  PROMOTION: '홍보·캠페인 수신 동의가 없거나 철회되었습니다.',
};

const MOBILE = /^01[016789]-?\d{3,4}-?\d{4}$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,253}\.[^\s@]{2,}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Refusals never echo the recipient: it is personal data and errors end up in logs. */
export function checkMessage(message: NotificationMessage): void {
  if (message.subjectType !== 'voc' && message.subjectType !== 'task') {
    throw badInput(
      'subjectType',
      "알림 대상 종류는 'voc' 또는 'task' 입니다.",
      "subjectType must be 'voc' or 'task'.",
    );
  }
  if (!message.subjectId || message.subjectId.length > 100) {
    throw badInput(
      'subjectId',
      '알림 대상 ID는 1~100자여야 합니다.',
      'subjectId must be 1 to 100 characters.',
    );
  }
  if (message.customerId !== undefined && !UUID.test(message.customerId)) {
    throw badInput('customerId', '고객 ID가 올바르지 않습니다.', 'customerId is not a valid id.');
  }
  if (!Object.values(ConsentPurpose).includes(message.purpose)) {
    throw badInput('purpose', '알림 목적이 올바르지 않습니다.', 'Unknown purpose.');
  }
  const valid =
    message.channel === 'SMS'
      ? MOBILE.test(message.recipient)
      : message.channel === 'EMAIL' && EMAIL.test(message.recipient) && message.recipient.length <= 254;
  if (!valid) {
    throw badInput(
      'recipient',
      message.channel === 'SMS'
        ? '문자 수신 번호가 휴대전화 번호 형식이 아닙니다.'
        : '수신 전자우편 주소 형식이 올바르지 않습니다.',
      message.channel === 'SMS'
        ? 'The SMS recipient is not a mobile number.'
        : 'The e-mail recipient is not a valid address.',
    );
  }
}

/**
 * A checked message (`checkMessage`) rendered from the tenant's template text into its pending outbox row:
 * refused when the variables do not match the template or an SMS does not fit.
 */
export function outboxRow(
  message: NotificationMessage,
  { definition, text }: { definition: TemplateDefinition; text: TemplateText },
  tenantName: string,
): OutboxInsert {
  const channel = message.channel as NotificationChannel;
  checkVariables(definition, message.variables);
  const rendered = render(channel, text, { ...message.variables, tenantName });
  return {
    subjectType: message.subjectType,
    subjectId: message.subjectId,
    customerId: message.customerId ?? null,
    purpose: message.purpose,
    channel,
    smsKind: rendered.smsKind,
    recipient:
      channel === NotificationChannel.SMS ? message.recipient.replace(/-/g, '') : message.recipient.trim(),
    templateKey: definition.key,
    title: rendered.title,
    body: rendered.body,
    state: NotificationState.PENDING,
    skipReason: null,
  };
}

/**
 * The transactional outbox: `enqueue` renders the tenant's template and writes the message in the caller's
 * request transaction, so it exists exactly when the case change that asked for it commits. The dispatcher
 * sends it later (docs/adr/0015-notification-outbox.md).
 */
@Injectable()
export class NotificationOutbox {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(NotificationTemplates) private readonly templates: NotificationTemplates,
  ) {}

  async enqueue(message: NotificationMessage): Promise<EnqueuedNotification> {
    checkMessage(message);
    const template = await this.templates.textFor(
      message.templateKey,
      message.channel as NotificationChannel,
    );
    const pending = outboxRow(message, template, this.templates.tenantName());
    const sql = this.db.request();
    const skipReason =
      message.customerId && NEEDS_CONSENT.has(message.purpose)
        ? (await run(sql, Q.activeConsent(message.customerId, message.purpose))).length
          ? null
          : NO_CONSENT_REASON[message.purpose]
        : null;
    const row = await runOne(
      sql,
      Q.insert(skipReason ? { ...pending, state: NotificationState.SKIPPED, skipReason } : pending),
    );
    return { id: row.id, state: row.state as EnqueuedNotification['state'] };
  }

  /** A subject's messages, oldest first, recipients masked unless the caller may read personal data. */
  async deliveries(subjectType: string, subjectId: string): Promise<NotificationDelivery[]> {
    const { roles } = RequestContexts.require().principal;
    const rows = await run(this.db.request(), Q.bySubject(subjectType, subjectId));
    return rows.map((r) => maskPersonalData('NotificationDelivery', toDelivery(r), roles));
  }
}
