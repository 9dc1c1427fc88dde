/**
 * Why one send attempt failed, in words a tenant-admin can act on. Built from status codes only: the
 * transports' own messages may quote the recipient, which is personal data and must not reach the outbox
 * row or the log.
 */
export class DeliveryError extends Error {
  constructor(
    readonly ko: string,
    readonly en: string,
    /** No retry can help (the receiver refused the message itself): FAILED at once. */
    readonly permanent: boolean,
  ) {
    super(en);
    this.name = 'DeliveryError';
  }
}

/** One rendered message on its way out, as the transports see it. */
export interface OutgoingMessage {
  /** The outbox id: the idempotency key and the e-mail's Message-ID. */
  readonly id: string;
  readonly tenantId: string;
  readonly recipient: string;
  readonly title: string | null;
  readonly body: string;
  readonly smsKind: 'SMS' | 'LMS' | null;
  readonly smsSender: string;
  readonly emailFrom: string;
}

export interface NotificationTransport {
  send(message: OutgoingMessage): Promise<void>;
  close?(): Promise<void>;
}

/** The deterministic Message-ID of an outbox message: a re-send after a crash carries the same one. */
export const messageIdOf = (id: string): string => `<${id}@notification.pcrm>`;
