import { Injectable } from '@nestjs/common';
import { badInput, conflict, notFound, recordAudit, run } from '@pcrm/tenancy';
import {
  CustomerRecordsService,
  currentActor,
  pastMoment,
  requiredText,
  type ConsentPurpose,
} from '../customers';
import type { ContactChannel } from '../customer-contacts';
import { ConsentQueries as Q, type ConsentRow } from './consents.sql';
import type { Consent } from './consent.model';
import type { GrantConsentInput, WithdrawConsentInput } from './consent.inputs';

export const CONSENT_LIMITS = { evidence: 500 };

const PURPOSE_KO: Record<ConsentPurpose, string> = {
  ADMIN_NOTICE: '행정안내',
  SATISFACTION_SURVEY: '만족도조사',
  PROMOTION: '홍보·캠페인',
};

export const consentNotFound = () => notFound('동의 기록', 'Consent');

function toConsent(row: ConsentRow): Consent {
  return {
    id: row.id,
    customerId: row.customer_id,
    purpose: row.purpose as ConsentPurpose,
    active: row.withdrawn_at === null,
    grantedAt: row.granted_at,
    channel: row.channel as ContactChannel,
    evidence: row.evidence,
    recordedBy: row.recorded_by,
    withdrawnAt: row.withdrawn_at,
    withdrawnBy: row.withdrawn_by,
    withdrawalChannel: row.withdrawal_channel as ContactChannel | null,
  };
}

/** What the audit trail keeps of a consent. */
const auditView = (c: Consent) => ({
  customerId: c.customerId,
  purpose: c.purpose,
  grantedAt: c.grantedAt.toISOString(),
  channel: c.channel,
  withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
  withdrawalChannel: c.withdrawalChannel,
});

/** Consents per purpose (개인정보 이용 동의) with date, channel and evidence, and their withdrawal. */
@Injectable()
export class CustomerConsentsService extends CustomerRecordsService {
  /** Every consent of the customer, active and withdrawn. */
  async ofCustomer(customerId: string): Promise<Consent[]> {
    return (await run(this.sql, Q.ofCustomer(customerId))).map(toConsent);
  }

  /** Records a consent on an active customer; one active consent per purpose. Audited. */
  async grant(input: GrantConsentInput): Promise<Consent> {
    const evidence = requiredText(input.evidence, 'evidence', '증빙', CONSENT_LIMITS.evidence);
    const grantedAt = pastMoment(input.grantedAt, 'grantedAt', '동의 시각');
    await this.customers.requireActive(input.customerId, 'customerId');
    const [row] = await run(
      this.sql,
      Q.grant({
        customerId: input.customerId,
        purpose: input.purpose,
        grantedAt,
        channel: input.channel,
        evidence,
        recordedBy: currentActor(),
      }),
    );
    if (!row)
      throw conflict(
        'purpose',
        `이 고객에게는 이미 유효한 '${PURPOSE_KO[input.purpose]}' 동의가 있습니다. 새로 받으려면 먼저 철회를 기록해 주세요.`,
        `The customer already has an active ${input.purpose} consent: record its withdrawal first.`,
      );
    const consent = toConsent(row);
    await recordAudit(this.sql, {
      action: 'create',
      entity: 'consent',
      entityId: consent.id,
      after: auditView(consent),
    });
    return consent;
  }

  /** Withdraws an active consent, keeping it as evidence with the withdrawal's time and channel. Audited. */
  async withdraw(input: WithdrawConsentInput): Promise<Consent> {
    const at = pastMoment(input.withdrawnAt, 'withdrawnAt', '철회 시각');
    // A merged record's consents went to the survivor; an anonymized one's stay only as statistics.
    const [current] = await run(this.sql, Q.byId(input.consentId));
    if (!current) throw consentNotFound();
    await this.customers.requireActive(current.customer_id, 'consentId');
    const [row] = await run(
      this.sql,
      Q.withdraw(input.consentId, { at, by: currentActor(), channel: input.channel }),
    );
    if (!row) throw await this.whyNotWithdrawn(input.consentId);
    const consent = toConsent(row);
    await recordAudit(this.sql, {
      action: 'update',
      entity: 'consent',
      entityId: consent.id,
      before: { ...auditView(consent), withdrawnAt: null, withdrawalChannel: null },
      after: auditView(consent),
    });
    return consent;
  }

  private async whyNotWithdrawn(id: string): Promise<Error> {
    const [row] = await run(this.sql, Q.byId(id));
    if (!row) return consentNotFound();
    if (row.withdrawn_at !== null)
      return conflict(
        'consentId',
        `이미 ${row.withdrawn_at.toISOString().slice(0, 10)}에 철회된 동의입니다.`,
        `This consent was already withdrawn on ${row.withdrawn_at.toISOString().slice(0, 10)}.`,
      );
    return badInput(
      'withdrawnAt',
      '철회 시각은 동의한 시각보다 앞설 수 없습니다.',
      'withdrawnAt cannot be before the consent was granted.',
    );
  }
}
