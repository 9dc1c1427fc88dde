import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  messageId: string;
  from: string;
  to: string[];
  raw: string;
}

export interface ReceivedSms {
  key: string;
  body: { messageId: string; type: string; from: string; to: string; subject: string | null; text: string };
}

/**
 * A real SMTP server and a real HTTP SMS gateway on 127.0.0.1, as a provider would run them: the gateway
 * recognizes an idempotency key it has accepted (answers 200, delivers nothing), and the mail side keeps
 * one mail per Message-ID the same way (a re-send is counted in `duplicates`, not accepted again).
 * `gatewayDelayMs` holds the gateway's answer after it has accepted a message, so a test can kill the
 * sender between the provider's acceptance and the sender's mark. `failNext` answers the next requests
 * with the given statuses.
 */
export interface NotificationReceivers {
  smtpUrl: string;
  gatewayUrl: string;
  mails: ReceivedMail[];
  sms: ReceivedSms[];
  duplicates: { mail: string[]; sms: string[] };
  requests: number;
  gatewayDelayMs: number;
  failNext: number[];
  close(): Promise<void>;
}

const listen = (server: Server): Promise<number> =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });

export async function startNotificationReceivers(): Promise<NotificationReceivers> {
  const state: Omit<NotificationReceivers, 'smtpUrl' | 'gatewayUrl' | 'close'> = {
    mails: [],
    sms: [],
    duplicates: { mail: [], sms: [] },
    requests: 0,
    gatewayDelayMs: 0,
    failNext: [],
  };
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (c: string) => (raw += c));
      stream.on('end', () => {
        const messageId = /^message-id:\s*(<[^>]+>)/im.exec(raw)?.[1] ?? '';
        if (state.mails.some((m) => m.messageId === messageId)) state.duplicates.mail.push(messageId);
        else
          state.mails.push({
            messageId,
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw,
          });
        callback();
      });
    },
  });
  const smtpPort = await listen(smtp.server as unknown as Server);

  const gateway = createServer((req, res) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (text += c));
    req.on('end', () => {
      state.requests += 1;
      const failure = state.failNext.shift();
      if (failure) {
        res.writeHead(failure).end();
        return;
      }
      const key = String(req.headers['idempotency-key'] ?? '');
      const seen = state.sms.some((m) => m.key === key);
      if (seen) state.duplicates.sms.push(key);
      else state.sms.push({ key, body: JSON.parse(text) as ReceivedSms['body'] });
      setTimeout(() => {
        res.writeHead(seen ? 200 : 201, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ messageId: key }));
      }, state.gatewayDelayMs);
    });
  });
  const gatewayPort = await listen(gateway);

  return Object.assign(state, {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    gatewayUrl: `http://127.0.0.1:${gatewayPort}/v1/messages`,
    close: async () => {
      gateway.closeAllConnections();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      await new Promise<void>((resolve) => gateway.close(() => resolve()));
    },
  });
}
