/** What a merge sends; tenant scoping is RLS's job. `$1` survivor, `$2` merged customer throughout. */
const TENANT = `current_setting('app.tenant_id', true)`;

export const CustomerMergeSql = {
  /** Both customers, locked in id order (two merges of the same pair cannot deadlock). */
  lockPair: `SELECT id, status FROM customers WHERE id IN ($1, $2) ORDER BY id FOR UPDATE`,
  /** Phones and e-mails the survivor lacks move; duplicates stay with the merged record. */
  movePhones: `UPDATE customer_phones p SET customer_id = $1, is_primary = false
    WHERE p.customer_id = $2 AND NOT EXISTS (
      SELECT 1 FROM customer_phones s WHERE s.tenant_id = p.tenant_id AND s.customer_id = $1 AND s.digits = p.digits)
    RETURNING p.id`,
  moveEmails: `UPDATE customer_emails e SET customer_id = $1, is_primary = false
    WHERE e.customer_id = $2 AND NOT EXISTS (
      SELECT 1 FROM customer_emails s WHERE s.tenant_id = e.tenant_id AND s.customer_id = $1
        AND s.normalized = e.normalized)
    RETURNING e.id`,
  /** The timeline moves; `origin_customer_id` keeps whose contact it was. */
  moveContacts: `UPDATE contact_history SET customer_id = $1 WHERE customer_id = $2 RETURNING id`,
  /** Withdrawn consents move as evidence; an active one only where the survivor has none for its purpose. */
  moveConsents: `UPDATE customer_consents c SET customer_id = $1
    WHERE c.customer_id = $2 AND (c.withdrawn_at IS NOT NULL OR NOT EXISTS (
      SELECT 1 FROM customer_consents s WHERE s.tenant_id = c.tenant_id AND s.customer_id = $1
        AND s.purpose = c.purpose AND s.withdrawn_at IS NULL))
    RETURNING c.id`,
  /**
   * Vulnerable groups (sensitive): the merged record's separate consent moves with its groups (foreign key on
   * update cascade) when the survivor has none; returns how many groups moved.
   */
  moveSensitiveConsent: `UPDATE customer_sensitive_consents c SET customer_id = $1, version = c.version + 1
    WHERE c.customer_id = $2 AND NOT EXISTS (
      SELECT 1 FROM customer_sensitive_consents s WHERE s.tenant_id = c.tenant_id AND s.customer_id = $1)
    RETURNING (SELECT count(*)::int FROM customer_vulnerable_groups g
      WHERE g.tenant_id = c.tenant_id AND g.customer_id = $2) AS groups`,
  /**
   * Else the survivor (under its own consent) gains the groups it lacks; the merged record's consent and
   * groups are then deleted (`dropSensitiveConsent`), so no copy stays behind on the merged record.
   */
  copyVulnerableGroups: `INSERT INTO customer_vulnerable_groups (tenant_id, customer_id, code, basis, recorded_by, recorded_at)
    SELECT g.tenant_id, $1, g.code, g.basis, g.recorded_by, g.recorded_at FROM customer_vulnerable_groups g
    WHERE g.customer_id = $2
    ON CONFLICT (tenant_id, customer_id, code) DO NOTHING
    RETURNING code`,
  dropSensitiveConsent: `DELETE FROM customer_sensitive_consents WHERE customer_id = $2 AND customer_id <> $1
    RETURNING customer_id`,
  // A relation the survivor already has stays with the merged record; FAMILY is one relation either way round.
  moveRelationsFrom: `UPDATE customer_relations r SET customer_id = $1
    WHERE r.customer_id = $2 AND r.related_customer_id <> $1 AND NOT EXISTS (
      SELECT 1 FROM customer_relations s WHERE s.tenant_id = r.tenant_id AND s.kind = r.kind
        AND ((s.customer_id = $1 AND s.related_customer_id = r.related_customer_id)
          OR (r.kind = 'FAMILY' AND s.customer_id = r.related_customer_id AND s.related_customer_id = $1)))
    RETURNING r.id`,
  moveRelationsTo: `UPDATE customer_relations r SET related_customer_id = $1
    WHERE r.related_customer_id = $2 AND r.customer_id <> $1 AND NOT EXISTS (
      SELECT 1 FROM customer_relations s WHERE s.tenant_id = r.tenant_id AND s.kind = r.kind
        AND ((s.related_customer_id = $1 AND s.customer_id = r.customer_id)
          OR (r.kind = 'FAMILY' AND s.customer_id = $1 AND s.related_customer_id = r.customer_id)))
    RETURNING r.id`,
  /** Records merged into the merged one earlier now point at the survivor (no chains). */
  repointMerged: `UPDATE customers SET merged_into_id = $1, updated_at = now() WHERE merged_into_id = $2 RETURNING id`,
  markMerged: `UPDATE customers SET status = 'MERGED', merged_into_id = $1, updated_at = now(), version = version + 1
    WHERE id = $2`,
  touchSurvivor: `UPDATE customers s SET updated_at = now(), version = s.version + 1,
      last_contact_at = GREATEST(s.last_contact_at, m.last_contact_at)
    FROM customers m WHERE s.id = $1 AND m.tenant_id = s.tenant_id AND m.id = $2`,
  /**
   * The records merged into a customer (directly or re-pointed by a later merge), each with its latest merge
   * of the log; `$1` the survivor.
   */
  mergedRecords: `SELECT c.id, c.customer_no::text, c.source, c.import_batch_id, m.created_at AS merged_at,
      m.merged_by, m.reason
    FROM customers c
    LEFT JOIN LATERAL (SELECT l.created_at, l.merged_by, l.reason FROM customer_merges l
      WHERE l.tenant_id = c.tenant_id AND l.merged_id = c.id AND l.undone_at IS NULL
      ORDER BY l.created_at DESC LIMIT 1) m ON true
    WHERE c.merged_into_id = $1
    ORDER BY m.created_at, c.customer_no`,
  /** One row per merge; `moved` holds the ids of what moved, so a batch's merges can be reversed. */
  insertLog: `INSERT INTO customer_merges (tenant_id, survivor_id, merged_id, batch_id, reason, moved, merged_by)
    SELECT ${TENANT}, r.survivor_id, r.merged_id, r.batch_id, r.reason, r.moved, $2
    FROM json_to_recordset($1::json) AS r(survivor_id uuid, merged_id uuid, batch_id uuid, reason text, moved jsonb)`,
};
