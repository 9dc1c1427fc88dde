/** How resident notifications are sent; README.md lists the variables. */
export interface NotificationConfig {
  readonly production: boolean;
  /** `smtp://user:pass@host:port`; unset outside production: the development mail catcher. */
  readonly smtpUrl: string | undefined;
  /** The SMS gateway's POST endpoint; unset outside production: the development SMS sink. */
  readonly smsGatewayUrl: string | undefined;
  /** Sender number until a tenant sets its own. */
  readonly smsDefaultSender: string;
  /** Domain of the default sender address `noreply@<tenant>.<domain>`. */
  readonly emailFromDomain: string;
  /** Where residents reach the platform (`PUBLIC_URL`): the survey links in messages start with it. */
  readonly publicUrl: string;
  readonly pollMs: number;
  /** Messages one claim takes per tenant. */
  readonly batchSize: number;
  /** How long a claimed message is the claimer's; after that a crashed sender's message is taken back. */
  readonly leaseSeconds: number;
  /** Attempts before a message is FAILED. */
  readonly maxAttempts: number;
  /** First retry delay; doubles on every further attempt. */
  readonly retrySeconds: number;
}

const number = (env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number => {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max)
    throw new Error(`${name} must be a number from ${min} to ${max}: ${raw}`);
  return value;
};

export function loadNotificationConfig(env: NodeJS.ProcessEnv = process.env): NotificationConfig {
  const production = env.NODE_ENV === 'production';
  const smtpUrl = env.SMTP_URL || undefined;
  const smsGatewayUrl = env.SMS_GATEWAY_URL || undefined;
  const smsDefaultSender = env.SMS_DEFAULT_SENDER ?? (production ? '' : '15880000');
  if (smsDefaultSender && !/^[0-9]{4,12}$/.test(smsDefaultSender))
    throw new Error(`SMS_DEFAULT_SENDER must be 4 to 12 digits: ${smsDefaultSender}`);
  return {
    production,
    smtpUrl,
    smsGatewayUrl,
    smsDefaultSender,
    emailFromDomain: env.EMAIL_FROM_DOMAIN ?? 'pcrm.example.go.kr',
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT ?? 3000}`).replace(/\/+$/, ''),
    pollMs: number(env, 'PCRM_NOTIFY_POLL_MS', 2000, 100, 60_000),
    batchSize: Math.floor(number(env, 'PCRM_NOTIFY_BATCH', 10, 1, 500)),
    leaseSeconds: number(env, 'PCRM_NOTIFY_LEASE_SECONDS', 120, 1, 3600),
    maxAttempts: Math.floor(number(env, 'PCRM_NOTIFY_MAX_ATTEMPTS', 5, 1, 50)),
    retrySeconds: number(env, 'PCRM_NOTIFY_RETRY_SECONDS', 30, 0.1, 3600),
  };
}

/**
 * Production without an SMTP server, an SMS gateway or a default sender number refuses to start: queued
 * messages would otherwise pile up unsent, or be marked FAILED, without anyone having decided that
 * (docs/adr/0015). Checked when sending starts, so the migrate job needs none of them.
 */
export function refuseUnconfiguredProduction(config: NotificationConfig): void {
  if (!config.production) return;
  const missing = [
    config.smtpUrl ? '' : 'SMTP_URL',
    config.smsGatewayUrl ? '' : 'SMS_GATEWAY_URL',
    config.smsDefaultSender ? '' : 'SMS_DEFAULT_SENDER',
  ].filter(Boolean);
  if (missing.length) {
    throw new Error(
      `Production needs ${missing.join(', ')} to send resident notifications (development uses built-in receivers)`,
    );
  }
}
