import { createTransport, type Transporter } from 'nodemailer';
import {
  DeliveryError,
  messageIdOf,
  type NotificationTransport,
  type OutgoingMessage,
} from './delivery-error';

interface SmtpFailure {
  responseCode?: number;
  code?: string;
}

/** SMTP through nodemailer. A 5xx reply refuses the message for good; anything else is worth a retry. */
export class EmailTransport implements NotificationTransport {
  private readonly transporter: Transporter;

  constructor(smtpUrl: string) {
    this.transporter = createTransport(smtpUrl, { disableFileAccess: true, disableUrlAccess: true });
  }

  async send(message: OutgoingMessage): Promise<void> {
    try {
      await this.transporter.sendMail({
        from: message.emailFrom,
        to: message.recipient,
        subject: message.title ?? '',
        text: message.body,
        messageId: messageIdOf(message.id),
        headers: { 'X-PCRM-Notification-Id': message.id },
      });
    } catch (error) {
      const { responseCode, code } = error as SmtpFailure;
      if (responseCode && responseCode >= 500) {
        throw new DeliveryError(
          `메일 서버가 메시지를 거부했습니다 (SMTP ${responseCode}).`,
          `The mail server refused the message (SMTP ${responseCode}).`,
          true,
        );
      }
      const why = responseCode ? `SMTP ${responseCode}` : (code ?? 'connection');
      throw new DeliveryError(
        `메일 서버에 보내지 못했습니다 (${why}). 다시 시도합니다.`,
        `Could not hand the message to the mail server (${why}); it will be retried.`,
        false,
      );
    }
  }

  async close(): Promise<void> {
    this.transporter.close();
  }
}
