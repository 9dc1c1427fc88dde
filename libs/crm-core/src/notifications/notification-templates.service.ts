import { Inject, Injectable } from '@nestjs/common';
import { normalizeSmsSender } from '@pcrm/access';
import {
  RequestContexts,
  TenantDatabase,
  TenantRegistry,
  recordAudit,
  run,
  runOne,
  type Sql,
} from '@pcrm/tenancy';
import { NotificationChannel } from './notification.enums';
import { NotificationQueries as Q } from './notification.sql';
import type { NotificationPreview, NotificationSettings, NotificationTemplate } from './notification.model';
import type {
  NotificationSettingsInput,
  NotificationTemplateInput,
  PreviewNotificationTemplateInput,
} from './notification.inputs';
import {
  TEMPLATE_DEFINITIONS,
  templateDefinition,
  type TemplateDefinition,
  type TemplateText,
} from './template-defaults';
import { checkTemplateText, render, templateKeyUnknown } from './template-rules';

/** Realistic values for a preview: long enough that the byte count means something. */
const SAMPLE_VALUES: Readonly<Record<string, string>> = {
  receiptNumber: 'BUSAN-2026-000123',
  dueDate: '2026-12-10 18:00',
  departmentName: '교통정책과',
  reason: '현장 확인이 필요합니다',
  result: '요청하신 교차로 신호 주기를 조정했습니다.',
  status: '처리중',
  surveyLink: 'https://crm.example.go.kr/s/3fK9xQ2mZa',
};

/** Used until a tenant sets its own (README: notification settings). */
export interface NotificationDefaults {
  readonly smsSender: string;
  readonly emailFrom: (tenantId: string) => string;
  /** The public URL a resident page path is reached at. */
  readonly publicUrl: string;
}

export const NOTIFICATION_DEFAULTS = 'pcrm:notification-defaults';

interface TemplateRow {
  template_key: string;
  channel: string;
  subject: string | null;
  body: string;
  updated_at: Date;
  updated_by: string;
}

const definitionOf = (key: string): TemplateDefinition => {
  const definition = templateDefinition(key);
  if (!definition) throw templateKeyUnknown(key);
  return definition;
};

const toTemplate = (
  definition: TemplateDefinition,
  channel: NotificationChannel,
  row: TemplateRow | undefined,
): NotificationTemplate => {
  const text = row ? { subject: row.subject, body: row.body } : definition.texts[channel];
  return {
    key: definition.key,
    channel,
    nameKo: definition.nameKo,
    nameEn: definition.nameEn,
    subject: text.subject,
    body: text.body,
    variables: [...definition.variables],
    customized: !!row,
    updatedAt: row?.updated_at ?? null,
    updatedBy: row?.updated_by ?? null,
  };
};

/** The tenant's notification texts (platform defaults until a tenant-admin changes them) and sender settings. */
@Injectable()
export class NotificationTemplates {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(TenantRegistry) private readonly registry: TenantRegistry,
    @Inject(NOTIFICATION_DEFAULTS) private readonly defaults: NotificationDefaults,
  ) {}

  private get sql(): Sql {
    return this.db.request();
  }

  async list(): Promise<NotificationTemplate[]> {
    const rows = await run(this.sql, Q.templates());
    const saved = new Map(rows.map((r) => [`${r.template_key}/${r.channel}`, r]));
    return TEMPLATE_DEFINITIONS.flatMap((d) =>
      [NotificationChannel.SMS, NotificationChannel.EMAIL].map((channel) =>
        toTemplate(d, channel, saved.get(`${d.key}/${channel}`)),
      ),
    );
  }

  /** The text a message of `key` and `channel` is rendered from in the current tenant. */
  async textFor(
    key: string,
    channel: NotificationChannel,
  ): Promise<{ definition: TemplateDefinition; text: TemplateText }> {
    const definition = definitionOf(key);
    const [row] = await run(this.sql, Q.template(key, channel));
    return { definition, text: row ? { subject: row.subject, body: row.body } : definition.texts[channel] };
  }

  /** The tenant's Korean name, filled into `{{tenantName}}`. */
  tenantName(): string {
    const { tenantId } = RequestContexts.require().principal;
    return this.registry.get(tenantId ?? '')?.nameKo ?? tenantId ?? '';
  }

  async update(input: NotificationTemplateInput): Promise<NotificationTemplate> {
    const definition = definitionOf(input.key);
    const text = { subject: input.subject ?? null, body: input.body };
    checkTemplateText(definition, input.channel, text);
    const sql = this.sql;
    const [before] = await run(sql, Q.templateForUpdate(input.key, input.channel));
    const after = await runOne(sql, Q.upsertTemplate({ key: input.key, channel: input.channel, ...text }));
    await recordAudit(sql, {
      action: before ? 'update' : 'create',
      entity: 'notification_template',
      entityId: `${input.key}/${input.channel}`,
      before: before ? { subject: before.subject, body: before.body } : definition.texts[input.channel],
      after: { subject: after.subject, body: after.body },
    });
    return toTemplate(definition, input.channel, after);
  }

  preview(input: PreviewNotificationTemplateInput): NotificationPreview {
    const definition = definitionOf(input.key);
    const text = { subject: input.subject ?? null, body: input.body };
    checkTemplateText(definition, input.channel, text);
    const given = Object.fromEntries((input.variables ?? []).map((v) => [v.name, v.value]));
    const values = Object.fromEntries(
      definition.variables.map((v) => [v, given[v] ?? SAMPLE_VALUES[v] ?? v]),
    );
    const rendered = render(input.channel, text, { ...values, tenantName: this.tenantName() });
    return { subject: rendered.title, body: rendered.body, bytes: rendered.bytes, smsKind: rendered.smsKind };
  }

  async settings(): Promise<NotificationSettings> {
    const [row] = await run(this.sql, Q.settings());
    if (row) return { smsSender: row.sms_sender, emailFrom: row.email_from, customized: true };
    const { tenantId } = RequestContexts.require().principal;
    return {
      smsSender: this.defaults.smsSender,
      emailFrom: this.defaults.emailFrom(tenantId ?? ''),
      customized: false,
    };
  }

  async updateSettings(input: NotificationSettingsInput): Promise<NotificationSettings> {
    const sql = this.sql;
    const before = await this.settings();
    const smsSender = normalizeSmsSender(input.smsSender) ?? input.smsSender;
    const row = await runOne(sql, Q.upsertSettings(smsSender, input.emailFrom.trim()));
    const after = { smsSender: row.sms_sender, emailFrom: row.email_from, customized: true };
    await recordAudit(sql, {
      action: before.customized ? 'update' : 'create',
      entity: 'notification_settings',
      entityId: 'notification_settings',
      before,
      after,
    });
    return after;
  }
}
