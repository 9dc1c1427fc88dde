import type { MigrationInterface, QueryRunner } from 'typeorm';

const CHANNELS = `('VISIT', 'PHONE', 'WEB', 'MOBILE', 'EMAIL', 'MAIL', 'KIOSK', 'SMS')`;

/**
 * Consents as the customer 360 shows them (issue 7 #7): every consent of a customer, withdrawn ones
 * included, read by `(tenant_id, customer_id)` (the base migration indexes only the active ones); channels
 * are contact channels; a withdrawal is recorded whole (time, who, channel) or not at all.
 */
export class CustomerConsents1764460800110 implements MigrationInterface {
  name = 'CustomerConsents1764460800110';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX customer_consents_customer_idx ON customer_consents (tenant_id, customer_id, purpose, granted_at DESC)`,
    );
    await q.query(`
      ALTER TABLE customer_consents
        ADD CONSTRAINT customer_consents_channel_check CHECK (channel IN ${CHANNELS}),
        ADD CONSTRAINT customer_consents_withdrawal_channel_check CHECK (withdrawal_channel IN ${CHANNELS}),
        ADD CONSTRAINT customer_consents_withdrawal_check
          CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL) AND (withdrawn_at IS NULL) = (withdrawal_channel IS NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE customer_consents
        DROP CONSTRAINT customer_consents_withdrawal_check,
        DROP CONSTRAINT customer_consents_withdrawal_channel_check,
        DROP CONSTRAINT customer_consents_channel_check`);
    await q.query(`DROP INDEX customer_consents_customer_idx`);
  }
}
