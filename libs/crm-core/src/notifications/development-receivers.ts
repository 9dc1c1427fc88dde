import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the development receivers keep of a message: never its recipient or text, which are personal data. */
export interface ReceivedNotification {
  readonly channel: 'EMAIL' | 'SMS';
  /** The Message-ID or the idempotency key. */
  readonly key: string;
  /** False when the key had been received before (a re-send after a crash): not delivered again. */
  readonly first: boolean;
}

export interface DevelopmentReceivers {
  readonly smtpUrl: string;
  readonly smsGatewayUrl: string;
  readonly received: ReceivedNotification[];
  close(): Promise<void>;
}

const listening = (server: Server): Promise<number> =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });

/**
 * An SMTP mail catcher and an SMS gateway sink on 127.0.0.1, for development and tests when SMTP_URL or
 * SMS_GATEWAY_URL is not set: messages really go over SMTP and HTTP, and each accepted one is logged by
 * its key. Both recognize a key they have seen (as a real gateway does with its idempotency key).
 * smtp-server is a development dependency: production never gets here (it needs both URLs).
 */
export async function startDevelopmentReceivers(
  log: (message: string) => void,
): Promise<DevelopmentReceivers> {
  const { SMTPServer } = await import('smtp-server');
  const received: ReceivedNotification[] = [];
  const seen = new Set<string>();
  const accept = (channel: 'EMAIL' | 'SMS', key: string): boolean => {
    const first = !seen.has(`${channel}:${key}`);
    seen.add(`${channel}:${key}`);
    received.push({ channel, key, first });
    log(
      `[개발용 ${channel === 'EMAIL' ? '메일 수신기' : '문자 수신기'}] ${key} ${first ? '받음' : '중복 (이미 받은 메시지)'}`,
    );
    return first;
  };

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => (raw += chunk));
      stream.on('end', () => {
        const id = /^message-id:\s*(<[^>]+>)/im.exec(raw)?.[1] ?? '(Message-ID 없음)';
        accept('EMAIL', id);
        callback();
      });
    },
  });
  const smtpPort = await listening(smtp.server as unknown as Server);

  const sms = createServer((req, res) => {
    const key = req.headers['idempotency-key'];
    req.resume();
    req.on('end', () => {
      if (req.method !== 'POST' || typeof key !== 'string' || !key) {
        res.writeHead(400).end();
        return;
      }
      res.writeHead(accept('SMS', key) ? 201 : 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ messageId: key }));
    });
  });
  const smsPort = await listening(sms);

  log(
    `⚠ 개발용 알림 수신기가 동작합니다: 메일 smtp://127.0.0.1:${smtpPort}, 문자 http://127.0.0.1:${smsPort}/sms — 실제 민원인에게는 아무것도 가지 않습니다. 운영 환경에서는 SMTP_URL 과 SMS_GATEWAY_URL 을 설정하십시오.`,
  );
  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    smsGatewayUrl: `http://127.0.0.1:${smsPort}/sms`,
    received,
    close: async () => {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      // Kept-alive connections of the gateway client would otherwise hold close() open.
      sms.closeAllConnections();
      await new Promise<void>((resolve) => sms.close(() => resolve()));
    },
  };
}
