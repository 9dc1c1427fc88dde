/** Every statement of workflow overlays; tenant scoping is RLS's job (no statement names a tenant but on insert). */

export interface DraftRow {
  overlay: Record<string, unknown>;
  revision: number;
  updated_by: string;
  updated_at: Date;
}

export interface VersionRow {
  version: number;
  standard_version: number;
  definition: import('../petitions').WorkflowDefinition;
  overlay: Record<string, unknown> | null;
  created_by: string;
  created_at: Date;
}

export interface ChangeRow {
  change_no: number;
  kind: 'DRAFT_SAVED' | 'PUBLISHED';
  workflow_version: number | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
  username: string;
  created_at: Date;
}

export const OverlaySql = {
  draft: `SELECT overlay, revision, updated_by, updated_at FROM voc_workflow_drafts WHERE key = $1`,
  draftForUpdate: `SELECT overlay, revision, updated_by, updated_at FROM voc_workflow_drafts WHERE key = $1 FOR UPDATE`,
  /** Serialises draft saves and publications of one tenant's workflow before a draft row exists. */
  lock: `SELECT pg_advisory_xact_lock(hashtext('voc_workflow_overlay:' || current_setting('app.tenant_id', true) || ':' || $1))`,
  saveDraft: `INSERT INTO voc_workflow_drafts (tenant_id, key, overlay, revision, updated_by, updated_by_staff)
    VALUES (current_setting('app.tenant_id', true), $1, $2, 1, $3, $4)
    ON CONFLICT (tenant_id, key) DO UPDATE SET overlay = EXCLUDED.overlay,
      revision = voc_workflow_drafts.revision + 1, updated_by = EXCLUDED.updated_by,
      updated_by_staff = EXCLUDED.updated_by_staff, updated_at = now()
    RETURNING overlay, revision, updated_by, updated_at`,
  versions: `SELECT version, standard_version, definition, overlay, created_by, created_at FROM voc_workflows
    WHERE key = $1 ORDER BY version DESC LIMIT $2`,
  version: `SELECT version, standard_version, definition, overlay, created_by, created_at FROM voc_workflows
    WHERE key = $1 AND ($2::int IS NULL OR version = $2) ORDER BY version DESC LIMIT 1`,
  insertVersion: `INSERT INTO voc_workflows (tenant_id, key, version, standard_version, definition, overlay, created_by)
    SELECT current_setting('app.tenant_id', true), $1, coalesce(max(version), 0) + 1, $2, $3, $4, $5
    FROM voc_workflows WHERE key = $1
    RETURNING version, standard_version, definition, overlay, created_by, created_at`,
  insertChange: `INSERT INTO voc_workflow_changes (tenant_id, key, change_no, kind, workflow_version, before, after,
      staff_id, username)
    SELECT current_setting('app.tenant_id', true), $1, coalesce(max(change_no), 0) + 1, $2, $3, $4, $5, $6, $7
    FROM voc_workflow_changes WHERE key = $1
    RETURNING change_no`,
  changes: `SELECT change_no, kind, workflow_version, before, after, username, created_at FROM voc_workflow_changes
    WHERE key = $1 AND ($2::int IS NULL OR change_no < $2) ORDER BY change_no DESC LIMIT $3`,
  staffBySubject: `SELECT id FROM staff WHERE keycloak_subject = $1 AND active`,
  departmentCodes: `SELECT code FROM departments WHERE active AND code = ANY ($1::text[])`,
} as const;
