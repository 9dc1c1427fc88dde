import { DeliveryError, type NotificationTransport, type OutgoingMessage } from './delivery-error';

/** What the SMS gateway adapter POSTs (JSON); README "Resident notifications" documents the contract. */
export interface SmsGatewayRequest {
  readonly messageId: string;
  readonly type: 'SMS' | 'LMS';
  readonly from: string;
  readonly to: string;
  readonly subject: string | null;
  readonly text: string;
}

const TIMEOUT_MS = 10_000;

/**
 * A Korean SMS gateway over HTTP: one JSON POST per message with the outbox id as `Idempotency-Key`. The
 * gateway answers a key it has seen with its first answer (2xx) or 409, so a re-send after a crash between
 * its acceptance and our mark is not delivered twice. Other 4xx: refused for good; 5xx, timeouts: retried.
 */
export class SmsGateway implements NotificationTransport {
  constructor(private readonly url: string) {}

  async send(message: OutgoingMessage): Promise<void> {
    const body: SmsGatewayRequest = {
      messageId: message.id,
      type: message.smsKind ?? 'SMS',
      from: message.smsSender,
      to: message.recipient,
      subject: message.title,
      text: message.body,
    };
    let status: number;
    try {
      const response = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': message.id },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      status = response.status;
      await response.arrayBuffer().catch(() => undefined);
    } catch (error) {
      const why = (error as Error).name === 'TimeoutError' ? 'timeout' : 'connection';
      throw new DeliveryError(
        `문자 중계 서버에 연결하지 못했습니다 (${why}). 다시 시도합니다.`,
        `Could not reach the SMS gateway (${why}); it will be retried.`,
        false,
      );
    }
    if ((status >= 200 && status < 300) || status === 409) return;
    const permanent = status >= 400 && status < 500 && status !== 408 && status !== 429;
    throw new DeliveryError(
      permanent
        ? `문자 중계 서버가 메시지를 거부했습니다 (HTTP ${status}).`
        : `문자 중계 서버 오류 (HTTP ${status}). 다시 시도합니다.`,
      permanent
        ? `The SMS gateway refused the message (HTTP ${status}).`
        : `SMS gateway error (HTTP ${status}); it will be retried.`,
      permanent,
    );
  }
}
