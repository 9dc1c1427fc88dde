import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { AppError, TenantDatabase, run } from '@pcrm/tenancy';
import { ConsentPurpose } from '../customers';
import {
  PetitionEvents,
  VOC_STATUS_LABELS,
  VocStatus,
  type PetitionEvent,
  type PetitionEventListener,
  type PetitionEventType,
} from '../petitions';
import { NotificationQueries as Q } from './notification.sql';
import { NotificationOutbox, type NotificationMessage } from './notification-outbox';
import { NOTIFICATION_DEFAULTS, type NotificationDefaults } from './notification-templates.service';
import { SurveyInvitations, type IssuedSurveyLink, type SurveyLinkListener } from '../petition-surveys';
import { unencodableCharacters } from './sms-length';

const MOBILE = /^01[016789][0-9]{7,8}$/;
/** A result longer than this is cut in a text message (the e-mail carries it whole). */
const SMS_RESULT_CHARS = 300;
const RESULT_FALLBACK = '처리 결과가 등록되었습니다. 접수번호로 자세한 내용을 확인해 주세요.';

/** `2026-12-10 18:00` in Asia/Seoul. */
const seoul = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Seoul',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

interface Notice {
  templateKey: string;
  variables: (p: PetitionRow) => Record<string, string>;
}

/** A case as `NotificationQueries.petition` reads it. */
export interface PetitionRow {
  id: string;
  receipt_no: string;
  customer_id: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  reply_channel: string;
  status: string;
  due_at: Date;
  extension_reason: string | null;
  answer: string | null;
  outcome_reason: string | null;
  transfer_agency: string | null;
  department_name: string | null;
}

const result = (p: PetitionRow): string =>
  p.status === VocStatus.REJECTED
    ? `처리할 수 없습니다. ${p.outcome_reason ?? ''}`.trim()
    : p.status === VocStatus.TRANSFERRED
      ? `${p.transfer_agency ?? '다른 기관'}(으)로 이송했습니다.`
      : (p.answer ?? RESULT_FALLBACK);

const DELAY_REASON = '처리기한 경과, 신속히 처리하겠습니다';

/**
 * The resident notices of the petition lifecycle (issue 8 #5): which event tells the resident what. The
 * survey invitation is sent by the survey capability, which owns the link; the at-risk alert (past the
 * target, not yet the statutory date) is the staff's only.
 */
const NOTICES: Partial<Record<PetitionEventType, Notice>> = {
  received: {
    templateKey: 'voc.received',
    variables: (p) => ({ receiptNumber: p.receipt_no, dueDate: seoul.format(p.due_at) }),
  },
  assigned: {
    templateKey: 'voc.assigned',
    variables: (p) => ({ receiptNumber: p.receipt_no, departmentName: p.department_name ?? '담당 부서' }),
  },
  reassigned: {
    templateKey: 'voc.assigned',
    variables: (p) => ({ receiptNumber: p.receipt_no, departmentName: p.department_name ?? '담당 부서' }),
  },
  extended: {
    templateKey: 'voc.extended',
    variables: (p) => ({
      receiptNumber: p.receipt_no,
      dueDate: seoul.format(p.due_at),
      reason: p.extension_reason ?? '',
    }),
  },
  answered: {
    templateKey: 'voc.answered',
    variables: (p) => ({ receiptNumber: p.receipt_no, result: result(p) }),
  },
  rejected: {
    templateKey: 'voc.answered',
    variables: (p) => ({ receiptNumber: p.receipt_no, result: result(p) }),
  },
  transferred: {
    templateKey: 'voc.answered',
    variables: (p) => ({ receiptNumber: p.receipt_no, result: result(p) }),
  },
  // Past the statutory due date without an extension: the resident is told once (the alerts job publishes it once).
  overdue: {
    templateKey: 'voc.delayed',
    variables: (p) => ({ receiptNumber: p.receipt_no, reason: DELAY_REASON }),
  },
  'task-completed': {
    templateKey: 'voc.taskcompleted',
    variables: (p) => ({ receiptNumber: p.receipt_no }),
  },
  'progress-notice': {
    templateKey: 'voc.progress30',
    variables: (p) => ({
      receiptNumber: p.receipt_no,
      status: VOC_STATUS_LABELS[p.status as VocStatus]?.ko ?? p.status,
    }),
  },
};

/** The resident's reply channel as a message route: SMS to a mobile number, else e-mail; post and "no reply" get none. */
function routeOf(p: PetitionRow): Pick<NotificationMessage, 'channel' | 'recipient'> | null {
  if (p.reply_channel === 'SMS' && p.contact_phone && MOBILE.test(p.contact_phone)) {
    return { channel: 'SMS', recipient: p.contact_phone };
  }
  if ((p.reply_channel === 'EMAIL' || p.reply_channel === 'SMS') && p.contact_email) {
    return { channel: 'EMAIL', recipient: p.contact_email };
  }
  return null;
}

/** What a text message can carry of a free text: no characters CP949 lacks, at most `max` characters. */
function forSms(text: string, max: number): string {
  const bad = new Set(unencodableCharacters(text));
  const clean = [...text].filter((c) => !bad.has(c)).join('');
  const chars = [...clean];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : clean;
}

/**
 * The message that tells the resident of `petition` about an event of `type`, or null when the event tells
 * residents nothing or the resident chose no reply route we send by.
 */
export function residentNotice(type: PetitionEventType, petition: PetitionRow): NotificationMessage | null {
  const notice = NOTICES[type];
  const route = notice && routeOf(petition);
  if (!notice || !route) return null;
  const variables = notice.variables(petition);
  if (route.channel === 'SMS') {
    for (const name of ['result', 'reason'] as const) {
      if (variables[name] !== undefined) variables[name] = forSms(variables[name], SMS_RESULT_CHARS);
    }
  }
  return {
    subjectType: 'voc',
    subjectId: petition.id,
    customerId: petition.customer_id ?? undefined,
    purpose: ConsentPurpose.ADMIN_NOTICE,
    ...route,
    templateKey: notice.templateKey,
    variables,
  };
}

/**
 * Tells the resident of a case what happened, by the reply channel they chose (SMS to a mobile number or
 * e-mail; post and "no reply" get nothing here), in the transaction of the case change. A notice never
 * refuses the case change: free text that a text message cannot carry is cleaned and shortened, and if the
 * tenant's text still does not fit, the result is replaced by a pointer to the receipt number.
 */
@Injectable()
export class PetitionNotifier implements PetitionEventListener, OnModuleInit {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(NotificationOutbox) private readonly outbox: NotificationOutbox,
    @Inject(PetitionEvents) private readonly events: PetitionEvents,
  ) {}

  onModuleInit(): void {
    this.events.subscribe(this);
  }

  async onPetitionEvent(event: PetitionEvent): Promise<void> {
    if (!NOTICES[event.type]) return;
    const [petition] = (await run(this.db.request(), Q.petition(event.vocId))) as PetitionRow[];
    const message = petition && residentNotice(event.type, petition);
    if (!message) return;
    const { variables } = message;
    try {
      await this.outbox.enqueue(message);
    } catch (error) {
      const tooLong =
        error instanceof AppError && error.extensions.field === 'variables' && 'result' in variables;
      if (!tooLong) throw error;
      await this.outbox.enqueue({ ...message, variables: { ...variables, result: RESULT_FALLBACK } });
    }
  }
}

/**
 * Sends the satisfaction-survey link the survey capability has just issued (template `voc.survey`), in the
 * transaction that issued it, by the case's reply channel; without the resident's survey consent the outbox
 * records it as SKIPPED.
 */
@Injectable()
export class SurveyLinkNotifier implements SurveyLinkListener, OnModuleInit {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(NotificationOutbox) private readonly outbox: NotificationOutbox,
    @Inject(SurveyInvitations) private readonly invitations: SurveyInvitations,
    @Inject(NOTIFICATION_DEFAULTS) private readonly defaults: NotificationDefaults,
  ) {}

  onModuleInit(): void {
    this.invitations.subscribe(this);
  }

  async onSurveyLinkIssued(link: IssuedSurveyLink): Promise<void> {
    const [petition] = (await run(this.db.request(), Q.petition(link.vocId))) as PetitionRow[];
    const route = petition && routeOf(petition);
    if (!route) return;
    await this.outbox.enqueue({
      subjectType: 'voc',
      subjectId: petition.id,
      customerId: petition.customer_id ?? undefined,
      purpose: ConsentPurpose.SATISFACTION_SURVEY,
      ...route,
      templateKey: 'voc.survey',
      variables: { receiptNumber: petition.receipt_no, surveyLink: `${this.defaults.publicUrl}${link.path}` },
    });
  }
}
