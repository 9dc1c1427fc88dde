-- Every statement the notifications capability sends. Generated; do not edit.
-- Regenerate: npm run sql:snapshots (UPDATE_SQL_SNAPSHOTS=1), then review and commit the diff.

-- templates
-- parameters: []
select "template_key", "channel", "subject", "body", "updated_at", "updated_by"
  from "notification_templates";

-- template
-- parameters: ["voc.received","SMS"]
select "template_key", "channel", "subject", "body", "updated_at", "updated_by"
  from "notification_templates"
  where "template_key" = $1
  and "channel" = $2;

-- templateForUpdate
-- parameters: ["voc.received","SMS"]
select "template_key", "channel", "subject", "body", "updated_at", "updated_by"
  from "notification_templates"
  where "template_key" = $1
  and "channel" = $2 for update;

-- upsertTemplate
-- parameters: ["voc.received","EMAIL","제목","본문","제목","본문"]
insert into "notification_templates" ("tenant_id", "template_key", "channel", "subject", "body", "updated_by")
  values (current_setting('app.tenant_id', true), $1, $2, $3, $4, current_setting('app.actor', true))
  on conflict ("tenant_id", "template_key", "channel") do update
  set "subject" = $5, "body" = $6, "updated_at" = now(), "updated_by" = current_setting('app.actor', true)
  returning "template_key", "channel", "subject", "body", "updated_at", "updated_by";

-- settings
-- parameters: []
select "sms_sender", "email_from"
  from "notification_settings";

-- upsertSettings
-- parameters: ["0511200000","noreply@busan.example.go.kr","0511200000","noreply@busan.example.go.kr"]
insert into "notification_settings" ("tenant_id", "sms_sender", "email_from", "updated_by")
  values (current_setting('app.tenant_id', true), $1, $2, current_setting('app.actor', true))
  on conflict ("tenant_id") do update
  set "sms_sender" = $3, "email_from" = $4, "updated_at" = now(), "updated_by" = current_setting('app.actor', true)
  returning "sms_sender", "email_from";

-- activeConsent
-- parameters: ["00000000-0000-4000-8000-000000000001","SATISFACTION_SURVEY",1]
select 1 as "found"
  from "customer_consents"
  where "customer_id" = $1
  and "purpose" = $2
  and "withdrawn_at" is null
  limit $3;

-- petition
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select "v"."id", "v"."receipt_no", "v"."customer_id", "v"."contact_phone", "v"."contact_email", "v"."reply_channel", "v"."status", "v"."due_at", "v"."extension_reason", "v"."answer", "v"."outcome_reason", "v"."transfer_agency", "d"."name" as "department_name"
  from "voc_items" as "v"
  left join "departments" as "d" on "d"."id" = "v"."department_id"
  where "v"."id" = $1;

-- insert
-- parameters: ["voc","BUSAN-2026-000123","00000000-0000-4000-8000-000000000001","ADMIN_NOTICE","SMS","SMS","01012345678","voc.received",null,"본문","PENDING",null]
insert into "notification_outbox" ("tenant_id", "subject_type", "subject_id", "customer_id", "purpose", "channel", "sms_kind", "recipient", "template_key", "title", "body", "state", "skip_reason")
  values (current_setting('app.tenant_id', true), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
  returning "id", "state";

-- bySubject
-- parameters: ["voc","BUSAN-2026-000123",500]
select "id", "channel", "sms_kind", "recipient", "template_key", "purpose", "state", "skip_reason", "attempts", "last_error", "last_error_en", "sent_at", "created_at"
  from "notification_outbox"
  where "subject_type" = $1
  and "subject_id" = $2
  order by "created_at", "id"
  limit $3;

-- claim
-- parameters: ["SENDING",60,"PENDING","SENDING",5,10]
update "notification_outbox"
  set "state" = $1, "attempts" = attempts + 1, "locked_until" = now() + make_interval(secs => $2)
  where "id" in (select "id"
  from "notification_outbox"
  where "state" in ($3, $4)
  and "next_attempt_at" <= now()
  and ("locked_until" is null
  or "locked_until" < now())
  and "attempts" < $5
  order by "next_attempt_at"
  limit $6
  for update skip locked)
  returning "id", "channel", "sms_kind", "recipient", "title", "body", "attempts";

-- abandonExhausted
-- parameters: ["FAILED",null,"오류","error","SENDING",5]
update "notification_outbox"
  set "state" = $1, "locked_until" = $2, "last_error" = $3, "last_error_en" = $4
  where "state" = $5
  and "locked_until" < now()
  and "attempts" >= $6;

-- markSent
-- parameters: ["SENT",null,"00000000-0000-4000-8000-000000000001","SENDING"]
update "notification_outbox"
  set "state" = $1, "sent_at" = now(), "locked_until" = $2
  where "id" = $3
  and "state" = $4;

-- markFailed
-- parameters: [false,5,30,null,"오류","error","00000000-0000-4000-8000-000000000001","SENDING"]
update "notification_outbox"
  set "state" = CASE WHEN $1
  OR attempts >= $2 THEN 'FAILED' ELSE 'PENDING' END, "next_attempt_at" = now() + make_interval(secs => $3 * power(2, attempts - 1)), "locked_until" = $4, "last_error" = $5, "last_error_en" = $6
  where "id" = $7
  and "state" = $8;
