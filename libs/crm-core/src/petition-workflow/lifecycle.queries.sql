-- Every statement the petition-workflow capability sends. Generated; do not edit.
-- Regenerate: npm run sql:snapshots (UPDATE_SQL_SNAPSHOTS=1), then review and commit the diff.

-- workflow
-- parameters: "positional"
SELECT definition
  FROM voc_workflows
  WHERE key = $1
  AND version = $2;

-- caseById
-- parameters: "positional"
SELECT id, receipt_no, receipt_year, parent_id, status, workflow_key, workflow_version, handling_class, kind, period_variant, category_code, department_id, officer_id, received_at, due_at, target_due_at, paused_at, extended, extension_reason, approval_required, approved_by, approved_at, answer, outcome_reason, transfer_agency, answered_at, closed_at, version, channel, custom_fields, state_due_at, state_target_at, now() AS now
  FROM voc_items
  WHERE id = $1;

-- caseForUpdate
-- parameters: "positional"
SELECT id, receipt_no, receipt_year, parent_id, status, workflow_key, workflow_version, handling_class, kind, period_variant, category_code, department_id, officer_id, received_at, due_at, target_due_at, paused_at, extended, extension_reason, approval_required, approved_by, approved_at, answer, outcome_reason, transfer_agency, answered_at, closed_at, version, channel, custom_fields, state_due_at, state_target_at, now() AS now
  FROM voc_items
  WHERE id = $1 FOR UPDATE;

-- children
-- parameters: "positional"
SELECT id, receipt_no, receipt_year, parent_id, status, workflow_key, workflow_version, handling_class, kind, period_variant, category_code, department_id, officer_id, received_at, due_at, target_due_at, paused_at, extended, extension_reason, approval_required, approved_by, approved_at, answer, outcome_reason, transfer_agency, answered_at, closed_at, version, channel, custom_fields, state_due_at, state_target_at
  FROM voc_items
  WHERE parent_id = $1
  ORDER BY receipt_no;

-- openChildren
-- parameters: "positional"
SELECT count(*)::int AS n
  FROM voc_items
  WHERE parent_id = $1
  AND answered_at IS NULL
  AND closed_at IS NULL;

-- openChildDepartments
-- parameters: "positional"
SELECT department_id
  FROM voc_items
  WHERE parent_id = $1
  AND answered_at IS NULL
  AND closed_at IS NULL;

-- update
-- parameters: "positional"
UPDATE voc_items
  SET status = $2, department_id = $3, officer_id = $4, paused_at = $5, due_at = $6, target_due_at = $7, extended = $8, extension_reason = $9, approved_by = $10, approved_at = $11, answer = $12, outcome_reason = $13, transfer_agency = $14, answered_at = $15, closed_at = $16, state_due_at = $17, state_target_at = $18, version = version + 1, updated_at = now()
  WHERE id = $1
  RETURNING id, receipt_no, receipt_year, parent_id, status, workflow_key, workflow_version, handling_class, kind, period_variant, category_code, department_id, officer_id, received_at, due_at, target_due_at, paused_at, extended, extension_reason, approval_required, approved_by, approved_at, answer, outcome_reason, transfer_agency, answered_at, closed_at, version, channel, custom_fields, state_due_at, state_target_at;

-- reclassify
-- parameters: "positional"
UPDATE voc_items
  SET kind = $2, period_variant = $3, handling_class = $4, category_code = $5, period_value = $6, period_unit = $7
  WHERE id = $1;

-- pauseCount
-- parameters: "positional"
SELECT count(*)::int AS n
  FROM voc_pauses
  WHERE voc_id = $1;

-- touch
-- parameters: "positional"
UPDATE voc_items
  SET version = version + 1, updated_at = now()
  WHERE id = $1
  RETURNING id, receipt_no, receipt_year, parent_id, status, workflow_key, workflow_version, handling_class, kind, period_variant, category_code, department_id, officer_id, received_at, due_at, target_due_at, paused_at, extended, extension_reason, approval_required, approved_by, approved_at, answer, outcome_reason, transfer_agency, answered_at, closed_at, version, channel, custom_fields, state_due_at, state_target_at;

-- insertTransition
-- parameters: "positional"
INSERT INTO voc_transitions (tenant_id, voc_id, seq, event, from_status, to_status, actor, actor_staff_id, comment, data) SELECT current_setting('app.tenant_id', true), $1, coalesce(max(seq), 0) + 1, $2, $3, $4, current_setting('app.actor', true), $5, $6, $7
  FROM voc_transitions
  WHERE voc_id = $1
  RETURNING seq, event, from_status, to_status, actor, actor_staff_id, comment, data, occurred_at;

-- transitions
-- parameters: "positional"
SELECT seq, event, from_status, to_status, actor, actor_staff_id, comment, data, occurred_at
  FROM voc_transitions
  WHERE voc_id = $1
  ORDER BY seq;

-- openPause
-- parameters: "positional"
INSERT INTO voc_pauses (tenant_id, voc_id, paused_at, reason)
  VALUES (current_setting('app.tenant_id', true), $1, $2, $3);

-- closePause
-- parameters: "positional"
UPDATE voc_pauses
  SET resumed_at = $2
  WHERE voc_id = $1
  AND resumed_at IS NULL
  RETURNING paused_at;

-- staffBySubject
-- parameters: "positional"
SELECT id
  FROM staff
  WHERE keycloak_subject = $1
  AND active;

-- callerStanding
-- parameters: "positional"
WITH RECURSIVE me AS (SELECT id, department_id
  FROM staff
  WHERE keycloak_subject = $1
  AND active), up AS ( SELECT id, parent_id, 0 AS depth
  FROM departments
  WHERE id = $2
  UNION ALL SELECT d.id, d.parent_id, up.depth + 1
  FROM departments d JOIN up ON d.id = up.parent_id
  WHERE up.depth < 32) SELECT me.id AS staff_id, me.department_id, (SELECT parent_id
  FROM departments
  WHERE id = me.department_id) AS my_parent_id, EXISTS (SELECT 1
  FROM up
  WHERE up.id = me.department_id
  AND up.depth > 0) AS above
  FROM me;

-- activeStaff
-- parameters: "positional"
SELECT id, department_id
  FROM staff
  WHERE id = $1
  AND active;

-- activeDepartment
-- parameters: "positional"
SELECT id
  FROM departments
  WHERE id = $1
  AND active;

-- departmentByCode
-- parameters: "positional"
SELECT id
  FROM departments
  WHERE code = $1
  AND active;

-- notifyRecipients
-- parameters: "positional"
SELECT id
  FROM staff
  WHERE active
  AND (id = $1
  OR ($2::text = ANY (roles)
  AND department_id = $3));

-- insertWorkflowAlert
-- parameters: "positional"
INSERT INTO voc_alerts (tenant_id, voc_id, staff_id, kind) SELECT current_setting('app.tenant_id', true), $1, unnest($2::uuid[]), 'WORKFLOW'
  ON CONFLICT (tenant_id, voc_id, kind, staff_id) DO UPDATE
  SET read_at = NULL, created_at = now();

-- settings
-- parameters: "positional"
SELECT target_share::float8 AS target_share, progress_notice_days
  FROM voc_settings;

-- insertChild
-- parameters: "positional"
INSERT INTO voc_items (tenant_id, receipt_year, receipt_seq, receipt_no, parent_id, source, channel, kind, period_variant, handling_class, category_code, title, body, location_address, customer_id, reply_channel, status, workflow_key, workflow_version, department_id, received_at, period_value, period_unit, due_at, target_due_at, created_by) SELECT tenant_id, $3, $4, $5, id, source, channel, kind, period_variant, handling_class, category_code, left('[협조] ' || title, 200), body, location_address, customer_id, 'NONE', $6, workflow_key, workflow_version, $2, $7, period_value, period_unit, $8, $9, current_setting('app.actor', true)
  FROM voc_items
  WHERE id = $1
  RETURNING id, receipt_no, receipt_year, parent_id, status, workflow_key, workflow_version, handling_class, kind, period_variant, category_code, department_id, officer_id, received_at, due_at, target_due_at, paused_at, extended, extension_reason, approval_required, approved_by, approved_at, answer, outcome_reason, transfer_agency, answered_at, closed_at, version, channel, custom_fields, state_due_at, state_target_at;

-- insertAlerts
-- parameters: "positional"
WITH late AS (SELECT id, parent_id, department_id, officer_id, CASE WHEN due_at < now()
  OR state_due_at < now() THEN 'OVERDUE' ELSE 'AT_RISK' END AS kind
  FROM voc_items
  WHERE answered_at IS NULL
  AND closed_at IS NULL
  AND paused_at IS NULL
  AND (target_due_at < now()
  OR state_target_at < now())), recipients AS ( SELECT id, kind, officer_id AS staff_id
  FROM late
  WHERE officer_id IS NOT NULL
  UNION SELECT late.id, late.kind, s.id
  FROM late JOIN departments d ON d.id = late.department_id JOIN staff s ON s.active
  AND 'manager' = ANY (s.roles)
  AND (s.department_id = d.id
  OR s.department_id = d.parent_id)) INSERT INTO voc_alerts (tenant_id, voc_id, staff_id, kind) SELECT current_setting('app.tenant_id', true), id, staff_id, kind
  FROM recipients
  ON CONFLICT (tenant_id, voc_id, kind, staff_id) DO NOTHING
  RETURNING id;

-- insertLateNotices
-- parameters: "positional"
WITH late AS (SELECT id, parent_id, department_id, officer_id, CASE WHEN due_at < now()
  OR state_due_at < now() THEN 'OVERDUE' ELSE 'AT_RISK' END AS kind
  FROM voc_items
  WHERE answered_at IS NULL
  AND closed_at IS NULL
  AND paused_at IS NULL
  AND (target_due_at < now()
  OR state_target_at < now())), inserted AS ( INSERT INTO voc_case_notices (tenant_id, voc_id, kind) SELECT current_setting('app.tenant_id', true), id, CASE kind WHEN 'OVERDUE' THEN 'overdue' ELSE 'at-risk' END
  FROM late
  WHERE parent_id IS NULL
  ON CONFLICT (tenant_id, voc_id, kind) DO NOTHING
  RETURNING voc_id, kind) SELECT i.voc_id, i.kind, v.receipt_no, v.status
  FROM inserted i JOIN voc_items v ON v.id = i.voc_id
  ORDER BY v.receipt_no;

-- insertProgressNotices
-- parameters: "positional"
WITH inserted AS ( INSERT INTO voc_case_notices (tenant_id, voc_id, kind) SELECT current_setting('app.tenant_id', true), id, 'progress-notice'
  FROM voc_items
  WHERE answered_at IS NULL
  AND closed_at IS NULL
  AND parent_id IS NULL
  AND received_at < now() - make_interval(days => coalesce( (SELECT progress_notice_days
  FROM voc_settings), 30))
  ON CONFLICT (tenant_id, voc_id, kind) DO NOTHING
  RETURNING voc_id, kind) SELECT i.voc_id, i.kind, v.receipt_no, v.status
  FROM inserted i JOIN voc_items v ON v.id = i.voc_id
  ORDER BY v.receipt_no;

-- myAlerts
-- parameters: "positional"
SELECT a.id, a.voc_id, v.receipt_no, v.title, v.status, a.kind, v.due_at, v.target_due_at, a.created_at, a.read_at
  FROM voc_alerts a JOIN voc_items v ON v.id = a.voc_id
  WHERE a.staff_id = $1
  AND ($2::boolean
  OR a.read_at IS NULL)
  ORDER BY a.read_at IS NOT NULL, a.created_at DESC, a.id
  LIMIT $3;

-- markAlertRead
-- parameters: "positional"
UPDATE voc_alerts
  SET read_at = coalesce(read_at, now())
  WHERE id = $1
  AND staff_id = $2
  RETURNING id;

-- alertById
-- parameters: "positional"
SELECT a.id, a.voc_id, v.receipt_no, v.title, v.status, a.kind, v.due_at, v.target_due_at, a.created_at, a.read_at
  FROM voc_alerts a JOIN voc_items v ON v.id = a.voc_id
  WHERE a.id = $1;
