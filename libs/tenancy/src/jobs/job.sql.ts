/** The jobs mirror's SQL; tenant scoping is RLS's job. `$1` is always the job id. */
const COLUMNS = `id, kind, params, state, requested_by, requested_by_subject, attempts, max_attempts,
  last_error, last_error_en, processed_rows, total_rows, created_at, started_at, finished_at,
  created_at::text AS created_key,
  EXISTS (SELECT 1 FROM job_files f WHERE f.tenant_id = jobs.tenant_id AND f.job_id = jobs.id) AS has_file`;

export const JobSql = {
  insert: `INSERT INTO jobs (tenant_id, id, kind, params, requested_by, requested_by_subject, max_attempts)
           VALUES (current_setting('app.tenant_id', true), $1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
  byId: `SELECT ${COLUMNS} FROM jobs WHERE id = $1`,
  /** Newest first, keyset on (created_at, id): `$1`/`$2` the last row's key, `$3` the page size + 1. */
  page: `SELECT ${COLUMNS} FROM jobs
         WHERE ($1::timestamptz IS NULL OR (created_at, id) < ($1, $2::uuid))
         ORDER BY created_at DESC, id DESC LIMIT $3`,
  count: `SELECT count(*)::int AS n FROM jobs`,
  /**
   * An attempt starts. A job still 'running' here lost its previous attempt (worker killed or timed out):
   * that is recorded as the last error. Returns nothing once the job is completed or failed.
   */
  markRunning: `UPDATE jobs SET state = 'running', attempts = $2, started_at = coalesce(started_at, now()),
                  last_error = CASE WHEN state = 'running' THEN $3 ELSE last_error END,
                  last_error_en = CASE WHEN state = 'running' THEN $4 ELSE last_error_en END,
                  updated_at = now()
                WHERE id = $1 AND state NOT IN ('completed', 'failed') RETURNING state`,
  progress: `UPDATE jobs SET processed_rows = $2, total_rows = $3, updated_at = now()
             WHERE id = $1 AND state = 'running'`,
  /** Serializes attempts of one job (an expired attempt may still be running somewhere). */
  fence: `SELECT pg_advisory_xact_lock(hashtext('job:' || $1::text))`,
  stateOf: `SELECT state FROM jobs WHERE id = $1`,
  markCompleted: `UPDATE jobs SET state = 'completed', finished_at = now(),
                    processed_rows = coalesce(total_rows, processed_rows), updated_at = now()
                  WHERE id = $1 AND state = 'running'`,
  /** `$2` 'retrying' or 'failed' (dead-lettered), `$3`/`$4` the error in Korean and English. */
  markFailed: `UPDATE jobs SET state = $2, last_error = $3, last_error_en = $4, updated_at = now(),
                 finished_at = CASE WHEN $2 = 'failed' THEN now() END
               WHERE id = $1 AND state NOT IN ('completed', 'failed')`,
  saveFile: `INSERT INTO job_files (tenant_id, job_id, file_name, content_type, content)
             VALUES (current_setting('app.tenant_id', true), $1, $2, $3, $4)`,
  /** The file of a job, for its requester only (`$2` the caller's subject). */
  fileFor: `SELECT f.file_name, f.content_type, f.content FROM job_files f
            JOIN jobs j ON j.tenant_id = f.tenant_id AND j.id = f.job_id
            WHERE f.job_id = $1 AND j.requested_by_subject = $2 AND j.state = 'completed'`,
};
