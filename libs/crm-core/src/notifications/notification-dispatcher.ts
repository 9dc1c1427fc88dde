import { run, type Sql, type TenantScopes } from '@pcrm/tenancy';
import { NotificationQueries as Q, type AttemptFailure } from './notification.sql';
import type { NotificationConfig } from './notification-config';
import { DeliveryError, type NotificationTransport, type OutgoingMessage } from './delivery-error';

const DIED_ON_LAST = {
  ko: '마지막 발송 시도 중 발송 프로세스가 중단되었습니다. 수신 여부를 확인해 주세요.',
  en: 'The sender stopped during the last attempt; check whether the message arrived.',
};
const INTERNAL = { ko: '발송 중 내부 오류가 발생했습니다.', en: 'Internal error while sending.' };

export interface NotificationTransports {
  readonly EMAIL: NotificationTransport;
  readonly SMS: NotificationTransport;
}

interface Claimed {
  message: OutgoingMessage;
  channel: 'EMAIL' | 'SMS';
}

/**
 * Drains the outbox of every active tenant (docs/adr/0015): claims a small batch in a short transaction
 * (lease committed), sends each message with its id as idempotency key outside any transaction, then marks
 * it SENT or failed in a short transaction of its own. A crash between send and mark leaves the message
 * SENDING until its lease ends; it is then claimed again and re-sent with the same key, which the receiver
 * recognizes. Several API processes may drain at once: a claim skips rows another one holds.
 */
export class NotificationDispatcher {
  private timer: NodeJS.Timeout | null = null;
  private draining: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly scopes: TenantScopes,
    private readonly transports: NotificationTransports,
    private readonly config: NotificationConfig,
    private readonly log: (message: string) => void,
    /** The tenants it drains (all active ones; a test narrows it to its own). */
    private readonly tenants: () => Promise<string[]> = () => scopes.activeTenantIds(),
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  /** Waits for the batch in flight (each message of it is marked); nothing new is claimed. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.draining;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.draining = this.drain()
        .then(() => undefined)
        .catch((error: unknown) => this.log(`알림 발송: ${(error as Error).message}`))
        .finally(() => {
          this.draining = null;
          this.schedule();
        });
    }, this.config.pollMs);
    this.timer.unref();
  }

  /** One pass over every active tenant until nothing is due; the number of messages attempted. */
  async drain(): Promise<number> {
    let attempted = 0;
    for (const tenantId of await this.tenants()) {
      while (!this.stopped) {
        const batch = await this.scopes.withTenant(tenantId, (sql) => this.claim(sql, tenantId));
        if (!batch.length) break;
        await Promise.all(batch.map((claimed) => this.deliver(tenantId, claimed)));
        attempted += batch.length;
      }
    }
    return attempted;
  }

  private async claim(sql: Sql, tenantId: string): Promise<Claimed[]> {
    const { batchSize, leaseSeconds, maxAttempts } = this.config;
    await run(sql, Q.abandonExhausted(maxAttempts, DIED_ON_LAST.ko, DIED_ON_LAST.en));
    const rows = await run(sql, Q.claim(batchSize, leaseSeconds, maxAttempts));
    if (!rows.length) return [];
    const [settings] = await run(sql, Q.settings());
    const smsSender = settings?.sms_sender ?? this.config.smsDefaultSender;
    const emailFrom = settings?.email_from ?? `noreply@${tenantId}.${this.config.emailFromDomain}`;
    return rows.map((r) => ({
      channel: r.channel as Claimed['channel'],
      message: {
        id: r.id,
        tenantId,
        recipient: r.recipient,
        title: r.title,
        body: r.body,
        smsKind: r.sms_kind as OutgoingMessage['smsKind'],
        smsSender,
        emailFrom,
      },
    }));
  }

  private async deliver(tenantId: string, { channel, message }: Claimed): Promise<void> {
    let failure: AttemptFailure | null = null;
    try {
      await this.transports[channel].send(message);
    } catch (error) {
      const known = error instanceof DeliveryError;
      if (!known)
        this.log(`알림 ${message.id} 발송 중 내부 오류: ${(error as Error).stack ?? String(error)}`);
      const text = known ? error : INTERNAL;
      failure = {
        id: message.id,
        error: text.ko,
        errorEn: text.en,
        permanent: known ? error.permanent : false,
      };
      this.log(`알림 ${message.id} (${channel}) 발송 실패: ${text.en}`);
    }
    await this.scopes.withTenant(tenantId, (sql) =>
      run(
        sql,
        failure
          ? Q.markFailed(failure, this.config.maxAttempts, this.config.retrySeconds)
          : Q.markSent(message.id),
      ),
    );
  }
}
