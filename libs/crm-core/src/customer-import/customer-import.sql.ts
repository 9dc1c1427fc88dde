/**
 * What the import sends; tenant scoping is RLS's job (every statement runs in the caller's or job's tenant
 * transaction). Row sets travel as one JSON parameter (`json_to_recordset`) or as arrays (`unnest`), so a
 * chunk of thousands of rows is one round trip.
 */
const TENANT = `current_setting('app.tenant_id', true)`;

const BATCH_COLUMNS = `b.id, b.job_id, b.upload_id, b.source, b.file_name, b.format, b.encoding, b.mapping,
  b.total_rows, b.created_count, b.merged_count, b.review_count, b.error_count, b.completed_at, b.undone_at,
  b.undone_by, b.requested_by, b.requested_by_subject, b.created_at, b.created_at::text AS created_key,
  j.state AS job_state, j.processed_rows, j.total_rows AS job_total_rows, j.last_error, j.last_error_en,
  (SELECT count(*)::int FROM customer_import_review_items r
    WHERE r.tenant_id = b.tenant_id AND r.batch_id = b.id AND r.state = 'PENDING') AS pending_reviews`;

export const CustomerImportSql = {
  insertUpload: `INSERT INTO customer_import_uploads
      (tenant_id, file_name, format, detected_encoding, byte_size, row_count, content, uploaded_by, uploaded_by_subject)
    VALUES (${TENANT}, $1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
  upload: `SELECT id, file_name, format, detected_encoding, content FROM customer_import_uploads WHERE id = $1`,

  sources: `SELECT source, mapping, updated_by, updated_at FROM customer_import_sources ORDER BY source`,
  source: `SELECT source, mapping, updated_by, updated_at FROM customer_import_sources WHERE source = $1`,
  saveSource: `INSERT INTO customer_import_sources (tenant_id, source, mapping, updated_by)
    VALUES (${TENANT}, $1, $2, $3)
    ON CONFLICT (tenant_id, source) DO UPDATE SET mapping = EXCLUDED.mapping, updated_by = EXCLUDED.updated_by,
      updated_at = now()
    RETURNING source, mapping, updated_by, updated_at`,

  insertBatch: `INSERT INTO customer_import_batches
      (tenant_id, id, job_id, upload_id, source, file_name, format, encoding, mapping, requested_by, requested_by_subject)
    VALUES (${TENANT}, $1, $1, $2, $3, $4, $5, $6, $7, $8, $9)`,
  batch: `SELECT ${BATCH_COLUMNS} FROM customer_import_batches b
    JOIN jobs j ON j.tenant_id = b.tenant_id AND j.id = b.job_id WHERE b.id = $1`,
  lockBatch: `SELECT b.id FROM customer_import_batches b WHERE b.id = $1 FOR UPDATE`,
  /** Newest first, keyset on (created_at, id): `$1`/`$2` the last row's key, `$3` the page size + 1. */
  batchPage: `SELECT ${BATCH_COLUMNS} FROM customer_import_batches b
    JOIN jobs j ON j.tenant_id = b.tenant_id AND j.id = b.job_id
    WHERE ($1::timestamptz IS NULL OR (b.created_at, b.id) < ($1, $2::uuid))
    ORDER BY b.created_at DESC, b.id DESC LIMIT $3`,
  batchCount: `SELECT count(*)::int AS n FROM customer_import_batches`,
  finishBatch: `UPDATE customer_import_batches SET total_rows = $2, created_count = $3, merged_count = $4,
      review_count = $5, error_count = 0, completed_at = clock_timestamp() WHERE id = $1`,
  failBatch: `UPDATE customer_import_batches SET total_rows = $2, error_count = $3 WHERE id = $1`,
  countDecision: `UPDATE customer_import_batches
    SET created_count = created_count + $2, merged_count = merged_count + $3 WHERE id = $1`,
  markUndone: `UPDATE customer_import_batches SET undone_at = now(), undone_by = $2 WHERE id = $1`,

  /** Row errors of a failed batch, written in a transaction of their own (the batch's rolls back). */
  insertErrors: `INSERT INTO customer_import_errors
      (tenant_id, batch_id, seq, line, column_name, field, code, message, message_en)
    SELECT ${TENANT}, $1, e.seq, e.line, e.column_name, e.field, e.code, e.message, e.message_en
    FROM json_to_recordset($2::json) AS e(seq int, line int, column_name text, field text, code text,
      message text, message_en text)`,
  errors: `SELECT line, column_name, field, code, message, message_en FROM customer_import_errors
    WHERE batch_id = $1 ORDER BY seq LIMIT $2`,

  /** Exact keys against ACTIVE customers (index-backed: phones/e-mails by key, customers by name + birth). */
  matchPhones: `SELECT k.key, c.id FROM unnest($1::text[]) AS k(key)
    JOIN customer_phones p ON p.tenant_id = ${TENANT} AND p.digits = k.key
    JOIN customers c ON c.tenant_id = p.tenant_id AND c.id = p.customer_id
    WHERE c.status = 'ACTIVE' ORDER BY c.customer_no`,
  matchEmails: `SELECT k.key, c.id FROM unnest($1::text[]) AS k(key)
    JOIN customer_emails e ON e.tenant_id = ${TENANT} AND e.normalized = k.key
    JOIN customers c ON c.tenant_id = e.tenant_id AND c.id = e.customer_id
    WHERE c.status = 'ACTIVE' ORDER BY c.customer_no`,
  matchNameBirth: `SELECT k.name || '|' || k.birth_date::text AS key, c.id
    FROM unnest($1::text[], $2::date[]) AS k(name, birth_date)
    JOIN customers c ON c.tenant_id = ${TENANT} AND c.name = k.name AND c.birth_date = k.birth_date
    WHERE c.status = 'ACTIVE' ORDER BY c.customer_no`,
  /** Fuzzy candidates: same name or same household (two indexes, OR-ed as a bitmap). */
  candidates: `SELECT c.id, c.name, c.sigungu, c.eupmyeondong, c.road_address, c.household_key
    FROM customers c
    WHERE c.tenant_id = ${TENANT} AND c.status = 'ACTIVE'
      AND (c.name = ANY($1::text[]) OR c.household_key = ANY($2::text[]))`,

  /** `$1` how many numbers; returns the first of the block (the tenant's counter moves past it). */
  allocateNumbers: `INSERT INTO customer_settings (tenant_id, next_customer_no) VALUES (${TENANT}, 1 + $1::bigint)
    ON CONFLICT (tenant_id) DO UPDATE
      SET next_customer_no = customer_settings.next_customer_no + $1::bigint, updated_at = now()
    RETURNING next_customer_no - $1::bigint AS first`,
  /**
   * Typed arrays, one per column (`unnest`), bind and parse fastest; the grams and tags of a row travel as
   * one text joined by U+001F (a control character no imported value may hold).
   */
  insertCustomers: `INSERT INTO customers (tenant_id, id, customer_no, party_type, kind, status, name, name_initials,
      search_grams, birth_date, sex, business_no, representative_name, sido, sigungu, eupmyeondong, road_address,
      jibun_address, building_no, address_detail, postal_code, household_key, tags, source, import_batch_id,
      merged_into_id, created_by, custom_fields)
    SELECT ${TENANT}, r.id, r.customer_no, r.party_type, 'ACQUIRED', r.status, r.name, r.name_initials,
      string_to_array(r.grams, E'\\x1f'), r.birth_date, r.sex, r.business_no, r.representative_name, r.sido,
      r.sigungu, r.eupmyeondong, r.road_address, r.jibun_address, r.building_no, r.address_detail,
      r.postal_code, r.household_key, string_to_array(r.tags, E'\\x1f'), $23, $24, r.merged_into_id, $25,
      coalesce(r.custom_fields, '{}')
    FROM unnest($1::uuid[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
      $8::date[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[],
      $16::text[], $17::text[], $18::text[], $19::text[], $20::text[], $21::text[], $22::uuid[], $26::jsonb[])
      AS r(id, customer_no, party_type, status, name, name_initials, grams, birth_date, sex, business_no,
        representative_name, sido, sigungu, eupmyeondong, road_address, jibun_address, building_no,
        address_detail, postal_code, household_key, tags, merged_into_id, custom_fields)`,
  insertPhones: `INSERT INTO customer_phones (tenant_id, id, customer_id, kind, digits, is_primary)
    SELECT ${TENANT}, r.id, r.customer_id, r.kind, r.digits, r.is_primary
    FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::boolean[]) AS r(id, customer_id, kind, digits, is_primary)
    ON CONFLICT (tenant_id, customer_id, digits) DO NOTHING RETURNING id`,
  insertEmails: `INSERT INTO customer_emails (tenant_id, id, customer_id, address, is_primary)
    SELECT ${TENANT}, r.id, r.customer_id, r.address, r.is_primary
    FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::boolean[]) AS r(id, customer_id, address, is_primary)
    ON CONFLICT (tenant_id, customer_id, normalized) DO NOTHING RETURNING id`,
  insertReviewItems: `INSERT INTO customer_import_review_items (tenant_id, batch_id, line, record, candidate_id, score, reasons)
    SELECT ${TENANT}, $1, r.line, r.record, r.candidate_id, r.score, r.reasons
    FROM json_to_recordset($2::json) AS r(line int, record jsonb, candidate_id uuid, score real, reasons text[])`,

  /** Review queue of a batch in file order, keyset on (line, id). */
  reviewPage: `SELECT r.id, r.batch_id, r.line, r.record, r.candidate_id, r.score, r.reasons, r.state,
      r.result_customer_id, r.decided_by, r.decided_at,
      c.customer_no AS candidate_no, c.name AS candidate_name, c.birth_date::text AS candidate_birth_date,
      c.road_address AS candidate_road_address, c.status AS candidate_status
    FROM customer_import_review_items r
    JOIN customers c ON c.tenant_id = r.tenant_id AND c.id = r.candidate_id
    WHERE r.batch_id = $1 AND ($2::int IS NULL OR (r.line, r.id) > ($2, $3::uuid))
    ORDER BY r.line, r.id LIMIT $4`,
  reviewCount: `SELECT count(*)::int AS n FROM customer_import_review_items WHERE batch_id = $1`,
  reviewItem: `SELECT r.id, r.batch_id, r.line, r.record, r.candidate_id, r.score, r.reasons, r.state,
      r.result_customer_id, r.decided_by, r.decided_at,
      c.customer_no AS candidate_no, c.name AS candidate_name, c.birth_date::text AS candidate_birth_date,
      c.road_address AS candidate_road_address, c.status AS candidate_status
    FROM customer_import_review_items r
    JOIN customers c ON c.tenant_id = r.tenant_id AND c.id = r.candidate_id
    WHERE r.id = $1`,
  lockReviewItem: `SELECT r.id FROM customer_import_review_items r WHERE r.id = $1 FOR UPDATE`,
  decideReview: `UPDATE customer_import_review_items
    SET state = $2, result_customer_id = $3, decided_by = $4, decided_at = now() WHERE id = $1 AND state = 'PENDING'`,
  undoPendingReviews: `UPDATE customer_import_review_items SET state = 'UNDONE' WHERE batch_id = $1 AND state = 'PENDING'`,
  activeCustomer: `SELECT id FROM customers WHERE id = $1 AND status = 'ACTIVE'`,

  /** What would be lost by undoing: later work on the batch's customers outside the batch. */
  undoBlockers: `SELECT
      (SELECT count(*)::int FROM customers o JOIN customers b ON b.tenant_id = o.tenant_id AND b.id = o.merged_into_id
        WHERE b.import_batch_id = $1 AND o.import_batch_id IS DISTINCT FROM $1) AS merged_in,
      (SELECT count(*)::int FROM customer_merges m JOIN customers b ON b.tenant_id = m.tenant_id
          AND b.id IN (m.survivor_id, m.merged_id)
        WHERE b.import_batch_id = $1 AND m.batch_id IS DISTINCT FROM $1 AND m.undone_at IS NULL) AS merges,
      (SELECT count(*)::int FROM contact_history h JOIN customers b ON b.tenant_id = h.tenant_id AND b.id = h.customer_id
        WHERE b.import_batch_id = $1) AS contacts,
      (SELECT count(*)::int FROM customers b WHERE b.import_batch_id = $1 AND b.status = 'ANONYMIZED') AS anonymized`,
  undoAddedPhones: `DELETE FROM customer_phones p USING customer_merges m,
      jsonb_array_elements_text(m.moved -> 'phones') AS x(id)
    WHERE m.tenant_id = p.tenant_id AND m.batch_id = $1 AND m.undone_at IS NULL AND p.id = x.id::uuid`,
  undoAddedEmails: `DELETE FROM customer_emails e USING customer_merges m,
      jsonb_array_elements_text(m.moved -> 'emails') AS x(id)
    WHERE m.tenant_id = e.tenant_id AND m.batch_id = $1 AND m.undone_at IS NULL AND e.id = x.id::uuid`,
  undoMerges: `UPDATE customer_merges SET undone_at = now() WHERE batch_id = $1 AND undone_at IS NULL`,
  deleteBatchCustomers: `DELETE FROM customers WHERE import_batch_id = $1`,
};
