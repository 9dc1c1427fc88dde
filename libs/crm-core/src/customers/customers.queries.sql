-- Every statement the customers capability sends. Generated; do not edit.
-- Regenerate: npm run sql:snapshots (UPDATE_SQL_SNAPSHOTS=1), then review and commit the diff.

-- search (all, first page)
-- parameters: ["ACTIVE",51]
select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where "customers"."status" = $1
  order by "customers"."name", "customers"."id"
  limit $2;

-- search (all, after a cursor)
-- parameters: ["ACTIVE","홍길동","00000000-0000-4000-8000-000000000002",51]
select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where "customers"."status" = $1
  and ("customers"."name", "customers"."id") > ($2, $3)
  order by "customers"."name", "customers"."id"
  limit $4;

-- search (name, first page)
-- parameters: ["ACTIVE",0,"홍길",51]
select "customers".*
  from "customer_search_keys"
  inner join lateral (select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where "customers"."tenant_id" = "customer_search_keys"."tenant_id"
  and "customers"."id" = "customer_search_keys"."customer_id"
  and "customers"."status" = $1
  offset $2) as "customers" on true
  where "customer_search_keys"."gram" = $3
  order by "customer_search_keys"."name", "customer_search_keys"."customer_id"
  limit $4;

-- search (name, after a cursor)
-- parameters: ["ACTIVE",0,"홍길","홍길동","00000000-0000-4000-8000-000000000002",51]
select "customers".*
  from "customer_search_keys"
  inner join lateral (select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where "customers"."tenant_id" = "customer_search_keys"."tenant_id"
  and "customers"."id" = "customer_search_keys"."customer_id"
  and "customers"."status" = $1
  offset $2) as "customers" on true
  where "customer_search_keys"."gram" = $3
  and ("customer_search_keys"."name", "customer_search_keys"."customer_id") > ($4, $5)
  order by "customer_search_keys"."name", "customer_search_keys"."customer_id"
  limit $6;

-- search (long name, first page)
-- parameters: ["%부산상사%","ACTIVE",0,"산상사",51]
select "customers".*
  from "customer_search_keys"
  inner join lateral (select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where "customers"."tenant_id" = "customer_search_keys"."tenant_id"
  and "customers"."id" = "customer_search_keys"."customer_id"
  and (replace(customers.name, ' ', '') ilike $1
  and "customers"."status" = $2)
  offset $3) as "customers" on true
  where "customer_search_keys"."gram" = $4
  order by "customer_search_keys"."name", "customer_search_keys"."customer_id"
  limit $5;

-- search (long name, after a cursor)
-- parameters: ["%부산상사%","ACTIVE",0,"산상사","홍길동","00000000-0000-4000-8000-000000000002",51]
select "customers".*
  from "customer_search_keys"
  inner join lateral (select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where "customers"."tenant_id" = "customer_search_keys"."tenant_id"
  and "customers"."id" = "customer_search_keys"."customer_id"
  and (replace(customers.name, ' ', '') ilike $1
  and "customers"."status" = $2)
  offset $3) as "customers" on true
  where "customer_search_keys"."gram" = $4
  and ("customer_search_keys"."name", "customer_search_keys"."customer_id") > ($5, $6)
  order by "customer_search_keys"."name", "customer_search_keys"."customer_id"
  limit $7;

-- search (initials, first page)
-- parameters: ["%ㅎㄱㄷㅇ%","ACTIVE",0,"ㄱㄷㅇ",51]
select "customers".*
  from "customer_search_keys"
  inner join lateral (select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where "customers"."tenant_id" = "customer_search_keys"."tenant_id"
  and "customers"."id" = "customer_search_keys"."customer_id"
  and ("customers"."name_initials" like $1
  and "customers"."status" = $2)
  offset $3) as "customers" on true
  where "customer_search_keys"."gram" = $4
  order by "customer_search_keys"."name", "customer_search_keys"."customer_id"
  limit $5;

-- search (initials, after a cursor)
-- parameters: ["%ㅎㄱㄷㅇ%","ACTIVE",0,"ㄱㄷㅇ","홍길동","00000000-0000-4000-8000-000000000002",51]
select "customers".*
  from "customer_search_keys"
  inner join lateral (select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where "customers"."tenant_id" = "customer_search_keys"."tenant_id"
  and "customers"."id" = "customer_search_keys"."customer_id"
  and ("customers"."name_initials" like $1
  and "customers"."status" = $2)
  offset $3) as "customers" on true
  where "customer_search_keys"."gram" = $4
  and ("customer_search_keys"."name", "customer_search_keys"."customer_id") > ($5, $6)
  order by "customer_search_keys"."name", "customer_search_keys"."customer_id"
  limit $7;

-- search (name with a filter, first page)
-- parameters: ["ACTIVE","연제구",0,"홍길동",51]
select "customers".*
  from "customer_search_keys"
  inner join lateral (select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where "customers"."tenant_id" = "customer_search_keys"."tenant_id"
  and "customers"."id" = "customer_search_keys"."customer_id"
  and ("customers"."status" = $1
  and "customers"."sigungu" = $2)
  offset $3) as "customers" on true
  where "customer_search_keys"."gram" = $4
  order by "customer_search_keys"."name", "customer_search_keys"."customer_id"
  limit $5;

-- search (name with a filter, after a cursor)
-- parameters: ["ACTIVE","연제구",0,"홍길동","홍길동","00000000-0000-4000-8000-000000000002",51]
select "customers".*
  from "customer_search_keys"
  inner join lateral (select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where "customers"."tenant_id" = "customer_search_keys"."tenant_id"
  and "customers"."id" = "customer_search_keys"."customer_id"
  and ("customers"."status" = $1
  and "customers"."sigungu" = $2)
  offset $3) as "customers" on true
  where "customer_search_keys"."gram" = $4
  and ("customer_search_keys"."name", "customer_search_keys"."customer_id") > ($5, $6)
  order by "customer_search_keys"."name", "customer_search_keys"."customer_id"
  limit $7;

-- search (phone, first page)
-- parameters: ["01012344211","ACTIVE",51]
select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where ("customers"."id" in (select "customer_phones"."customer_id"
  from "customer_phones"
  where "digits" = $1)
  and "customers"."status" = $2)
  order by "customers"."name", "customers"."id"
  limit $3;

-- search (phone, after a cursor)
-- parameters: ["01012344211","ACTIVE","홍길동","00000000-0000-4000-8000-000000000002",51]
select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where ("customers"."id" in (select "customer_phones"."customer_id"
  from "customer_phones"
  where "digits" = $1)
  and "customers"."status" = $2)
  and ("customers"."name", "customers"."id") > ($3, $4)
  order by "customers"."name", "customers"."id"
  limit $5;

-- search (last 4, first page)
-- parameters: ["4211","ACTIVE",51]
select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where ("customers"."id" in (select "customer_phones"."customer_id"
  from "customer_phones"
  where "last4" = $1)
  and "customers"."status" = $2)
  order by "customers"."name", "customers"."id"
  limit $3;

-- search (last 4, after a cursor)
-- parameters: ["4211","ACTIVE","홍길동","00000000-0000-4000-8000-000000000002",51]
select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where ("customers"."id" in (select "customer_phones"."customer_id"
  from "customer_phones"
  where "last4" = $1)
  and "customers"."status" = $2)
  and ("customers"."name", "customers"."id") > ($3, $4)
  order by "customers"."name", "customers"."id"
  limit $5;

-- search (e-mail, first page)
-- parameters: ["hong@example.com","ACTIVE",51]
select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where ("customers"."id" in (select "customer_emails"."customer_id"
  from "customer_emails"
  where "normalized" = $1)
  and "customers"."status" = $2)
  order by "customers"."name", "customers"."id"
  limit $3;

-- search (e-mail, after a cursor)
-- parameters: ["hong@example.com","ACTIVE","홍길동","00000000-0000-4000-8000-000000000002",51]
select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where ("customers"."id" in (select "customer_emails"."customer_id"
  from "customer_emails"
  where "normalized" = $1)
  and "customers"."status" = $2)
  and ("customers"."name", "customers"."id") > ($3, $4)
  order by "customers"."name", "customers"."id"
  limit $5;

-- search (customer number, first page)
-- parameters: ["1024","ACTIVE",51]
select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where ("customers"."customer_no" = $1
  and "customers"."status" = $2)
  order by "customers"."name", "customers"."id"
  limit $3;

-- search (customer number, after a cursor)
-- parameters: ["1024","ACTIVE","홍길동","00000000-0000-4000-8000-000000000002",51]
select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where ("customers"."customer_no" = $1
  and "customers"."status" = $2)
  and ("customers"."name", "customers"."id") > ($3, $4)
  order by "customers"."name", "customers"."id"
  limit $5;

-- search (every filter, first page)
-- parameters: ["ANONYMIZED","CURRENT","POLICY","PERSON","연제구","연산동",["어르신"],"PROMOTION",70,0,"해운대구","우동",51]
select "customers".*
  from "customer_address_keys"
  inner join lateral (select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where "customers"."tenant_id" = "customer_address_keys"."tenant_id"
  and "customers"."id" = "customer_address_keys"."customer_id"
  and ("customers"."status" = $1
  and "customers"."kind" in ($2, $3)
  and "customers"."party_type" = $4
  and "customers"."sigungu" = $5
  and "customers"."eupmyeondong" = $6
  and customers.tags @> $7::text[]
  and exists (select 1 as "one"
  from "customer_consents"
  where "customer_consents"."customer_id" = "customers"."id"
  and "customer_consents"."purpose" = $8
  and "customer_consents"."withdrawn_at" is null)
  and "customers"."birth_date" <= (current_date - make_interval(years => $9))::date)
  offset $10) as "customers" on true
  where "customer_address_keys"."word" = $11
  and exists (select 1
  from customer_address_keys as other
  where other.word = $12
  and other.name = "customer_address_keys"."name"
  and other.customer_id = "customer_address_keys"."customer_id")
  order by "customer_address_keys"."name", "customer_address_keys"."customer_id"
  limit $13;

-- search (every filter, after a cursor)
-- parameters: ["ANONYMIZED","CURRENT","POLICY","PERSON","연제구","연산동",["어르신"],"PROMOTION",70,0,"해운대구","우동","홍길동","00000000-0000-4000-8000-000000000002",51]
select "customers".*
  from "customer_address_keys"
  inner join lateral (select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where "customers"."tenant_id" = "customer_address_keys"."tenant_id"
  and "customers"."id" = "customer_address_keys"."customer_id"
  and ("customers"."status" = $1
  and "customers"."kind" in ($2, $3)
  and "customers"."party_type" = $4
  and "customers"."sigungu" = $5
  and "customers"."eupmyeondong" = $6
  and customers.tags @> $7::text[]
  and exists (select 1 as "one"
  from "customer_consents"
  where "customer_consents"."customer_id" = "customers"."id"
  and "customer_consents"."purpose" = $8
  and "customer_consents"."withdrawn_at" is null)
  and "customers"."birth_date" <= (current_date - make_interval(years => $9))::date)
  offset $10) as "customers" on true
  where "customer_address_keys"."word" = $11
  and exists (select 1
  from customer_address_keys as other
  where other.word = $12
  and other.name = "customer_address_keys"."name"
  and other.customer_id = "customer_address_keys"."customer_id")
  and ("customer_address_keys"."name", "customer_address_keys"."customer_id") > ($13, $14)
  order by "customer_address_keys"."name", "customer_address_keys"."customer_id"
  limit $15;

-- search (unknown age band, first page)
-- parameters: ["ACTIVE",51]
select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where ("customers"."status" = $1
  and "customers"."birth_date" is null)
  order by "customers"."name", "customers"."id"
  limit $2;

-- search (unknown age band, after a cursor)
-- parameters: ["ACTIVE","홍길동","00000000-0000-4000-8000-000000000002",51]
select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where ("customers"."status" = $1
  and "customers"."birth_date" is null)
  and ("customers"."name", "customers"."id") > ($2, $3)
  order by "customers"."name", "customers"."id"
  limit $4;

-- search (address, first page)
-- parameters: ["ACTIVE",0,"중앙대로","1001",51]
select "customers".*
  from "customer_address_keys"
  inner join lateral (select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where "customers"."tenant_id" = "customer_address_keys"."tenant_id"
  and "customers"."id" = "customer_address_keys"."customer_id"
  and "customers"."status" = $1
  offset $2) as "customers" on true
  where "customer_address_keys"."word" = $3
  and exists (select 1
  from customer_address_keys as other
  where other.word = $4
  and other.name = "customer_address_keys"."name"
  and other.customer_id = "customer_address_keys"."customer_id")
  order by "customer_address_keys"."name", "customer_address_keys"."customer_id"
  limit $5;

-- search (address, after a cursor)
-- parameters: ["ACTIVE",0,"중앙대로","1001","홍길동","00000000-0000-4000-8000-000000000002",51]
select "customers".*
  from "customer_address_keys"
  inner join lateral (select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where "customers"."tenant_id" = "customer_address_keys"."tenant_id"
  and "customers"."id" = "customer_address_keys"."customer_id"
  and "customers"."status" = $1
  offset $2) as "customers" on true
  where "customer_address_keys"."word" = $3
  and exists (select 1
  from customer_address_keys as other
  where other.word = $4
  and other.name = "customer_address_keys"."name"
  and other.customer_id = "customer_address_keys"."customer_id")
  and ("customer_address_keys"."name", "customer_address_keys"."customer_id") > ($5, $6)
  order by "customer_address_keys"."name", "customer_address_keys"."customer_id"
  limit $7;

-- search (address with a 시·도, first page)
-- parameters: ["ACTIVE",0,"중앙대로","부산광역시",51]
select "customers".*
  from "customer_address_keys"
  inner join lateral (select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where "customers"."tenant_id" = "customer_address_keys"."tenant_id"
  and "customers"."id" = "customer_address_keys"."customer_id"
  and "customers"."status" = $1
  offset $2) as "customers" on true
  where "customer_address_keys"."word" = $3
  and exists (select 1
  from customer_address_keys as other
  where other.word = $4
  and other.name = "customer_address_keys"."name"
  and other.customer_id = "customer_address_keys"."customer_id")
  order by "customer_address_keys"."name", "customer_address_keys"."customer_id"
  limit $5;

-- search (address with a 시·도, after a cursor)
-- parameters: ["ACTIVE",0,"중앙대로","부산광역시","홍길동","00000000-0000-4000-8000-000000000002",51]
select "customers".*
  from "customer_address_keys"
  inner join lateral (select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where "customers"."tenant_id" = "customer_address_keys"."tenant_id"
  and "customers"."id" = "customer_address_keys"."customer_id"
  and "customers"."status" = $1
  offset $2) as "customers" on true
  where "customer_address_keys"."word" = $3
  and exists (select 1
  from customer_address_keys as other
  where other.word = $4
  and other.name = "customer_address_keys"."name"
  and other.customer_id = "customer_address_keys"."customer_id")
  and ("customer_address_keys"."name", "customer_address_keys"."customer_id") > ($5, $6)
  order by "customer_address_keys"."name", "customer_address_keys"."customer_id"
  limit $7;

-- search (one address word, first page)
-- parameters: ["ACTIVE",0,"연산동",51]
select "customers".*
  from "customer_address_keys"
  inner join lateral (select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where "customers"."tenant_id" = "customer_address_keys"."tenant_id"
  and "customers"."id" = "customer_address_keys"."customer_id"
  and "customers"."status" = $1
  offset $2) as "customers" on true
  where "customer_address_keys"."word" = $3
  order by "customer_address_keys"."name", "customer_address_keys"."customer_id"
  limit $4;

-- search (one address word, after a cursor)
-- parameters: ["ACTIVE",0,"연산동","홍길동","00000000-0000-4000-8000-000000000002",51]
select "customers".*
  from "customer_address_keys"
  inner join lateral (select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where "customers"."tenant_id" = "customer_address_keys"."tenant_id"
  and "customers"."id" = "customer_address_keys"."customer_id"
  and "customers"."status" = $1
  offset $2) as "customers" on true
  where "customer_address_keys"."word" = $3
  and ("customer_address_keys"."name", "customer_address_keys"."customer_id") > ($4, $5)
  order by "customer_address_keys"."name", "customer_address_keys"."customer_id"
  limit $6;

-- search (address and name, first page)
-- parameters: ["ACTIVE",0,"홍길동","연산동",51]
select "customers".*
  from "customer_search_keys"
  inner join lateral (select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where "customers"."tenant_id" = "customer_search_keys"."tenant_id"
  and "customers"."id" = "customer_search_keys"."customer_id"
  and "customers"."status" = $1
  offset $2) as "customers" on true
  where "customer_search_keys"."gram" = $3
  and exists (select 1
  from customer_address_keys as other
  where other.word = $4
  and other.name = "customer_search_keys"."name"
  and other.customer_id = "customer_search_keys"."customer_id")
  order by "customer_search_keys"."name", "customer_search_keys"."customer_id"
  limit $5;

-- search (address and name, after a cursor)
-- parameters: ["ACTIVE",0,"홍길동","연산동","홍길동","00000000-0000-4000-8000-000000000002",51]
select "customers".*
  from "customer_search_keys"
  inner join lateral (select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where "customers"."tenant_id" = "customer_search_keys"."tenant_id"
  and "customers"."id" = "customer_search_keys"."customer_id"
  and "customers"."status" = $1
  offset $2) as "customers" on true
  where "customer_search_keys"."gram" = $3
  and exists (select 1
  from customer_address_keys as other
  where other.word = $4
  and other.name = "customer_search_keys"."name"
  and other.customer_id = "customer_search_keys"."customer_id")
  and ("customer_search_keys"."name", "customer_search_keys"."customer_id") > ($5, $6)
  order by "customer_search_keys"."name", "customer_search_keys"."customer_id"
  limit $7;

-- search (address and phone, first page)
-- parameters: ["01012344211","ACTIVE","연산동",51]
select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where ("customers"."id" in (select "customer_phones"."customer_id"
  from "customer_phones"
  where "digits" = $1)
  and "customers"."status" = $2
  and "customers"."id" in (select "customer_address_keys"."customer_id"
  from "customer_address_keys"
  where "customer_address_keys"."word" = $3))
  order by "customers"."name", "customers"."id"
  limit $4;

-- search (address and phone, after a cursor)
-- parameters: ["01012344211","ACTIVE","연산동","홍길동","00000000-0000-4000-8000-000000000002",51]
select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where ("customers"."id" in (select "customer_phones"."customer_id"
  from "customer_phones"
  where "digits" = $1)
  and "customers"."status" = $2
  and "customers"."id" in (select "customer_address_keys"."customer_id"
  from "customer_address_keys"
  where "customer_address_keys"."word" = $3))
  and ("customers"."name", "customers"."id") > ($4, $5)
  order by "customers"."name", "customers"."id"
  limit $6;

-- search (one custom value, first page)
-- parameters: ["ACTIVE",0,"grade","\"A\"",51]
select "customers".*
  from "customer_custom_keys"
  inner join lateral (select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where "customers"."tenant_id" = "customer_custom_keys"."tenant_id"
  and "customers"."id" = "customer_custom_keys"."customer_id"
  and "customers"."status" = $1
  offset $2) as "customers" on true
  where "customer_custom_keys"."entry" = custom_value_entry($3, $4::jsonb)
  order by "customer_custom_keys"."name", "customer_custom_keys"."customer_id"
  limit $5;

-- search (one custom value, after a cursor)
-- parameters: ["ACTIVE",0,"grade","\"A\"","홍길동","00000000-0000-4000-8000-000000000002",51]
select "customers".*
  from "customer_custom_keys"
  inner join lateral (select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where "customers"."tenant_id" = "customer_custom_keys"."tenant_id"
  and "customers"."id" = "customer_custom_keys"."customer_id"
  and "customers"."status" = $1
  offset $2) as "customers" on true
  where "customer_custom_keys"."entry" = custom_value_entry($3, $4::jsonb)
  and ("customer_custom_keys"."name", "customer_custom_keys"."customer_id") > ($5, $6)
  order by "customer_custom_keys"."name", "customer_custom_keys"."customer_id"
  limit $7;

-- search (one of several custom values, first page)
-- parameters: ["ACTIVE",0,"grade","\"A\"",51,"ACTIVE",0,"grade","\"B\"",51,51]
select distinct on ("customers"."name", "customers"."id") "customers".*
  from (select "walk".*
  from (select "customers".*
  from "customer_custom_keys"
  inner join lateral (select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where "customers"."tenant_id" = "customer_custom_keys"."tenant_id"
  and "customers"."id" = "customer_custom_keys"."customer_id"
  and "customers"."status" = $1
  offset $2) as "customers" on true
  where "customer_custom_keys"."entry" = custom_value_entry($3, $4::jsonb)
  order by "customer_custom_keys"."name", "customer_custom_keys"."customer_id"
  limit $5) as "walk"
  union all select "walk".*
  from (select "customers".*
  from "customer_custom_keys"
  inner join lateral (select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where "customers"."tenant_id" = "customer_custom_keys"."tenant_id"
  and "customers"."id" = "customer_custom_keys"."customer_id"
  and "customers"."status" = $6
  offset $7) as "customers" on true
  where "customer_custom_keys"."entry" = custom_value_entry($8, $9::jsonb)
  order by "customer_custom_keys"."name", "customer_custom_keys"."customer_id"
  limit $10) as "walk") as "customers"
  order by "customers"."name", "customers"."id"
  limit $11;

-- search (one of several custom values, after a cursor)
-- parameters: ["ACTIVE",0,"grade","\"A\"","홍길동","00000000-0000-4000-8000-000000000002",51,"ACTIVE",0,"grade","\"B\"","홍길동","00000000-0000-4000-8000-000000000002",51,51]
select distinct on ("customers"."name", "customers"."id") "customers".*
  from (select "walk".*
  from (select "customers".*
  from "customer_custom_keys"
  inner join lateral (select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where "customers"."tenant_id" = "customer_custom_keys"."tenant_id"
  and "customers"."id" = "customer_custom_keys"."customer_id"
  and "customers"."status" = $1
  offset $2) as "customers" on true
  where "customer_custom_keys"."entry" = custom_value_entry($3, $4::jsonb)
  and ("customer_custom_keys"."name", "customer_custom_keys"."customer_id") > ($5, $6)
  order by "customer_custom_keys"."name", "customer_custom_keys"."customer_id"
  limit $7) as "walk"
  union all select "walk".*
  from (select "customers".*
  from "customer_custom_keys"
  inner join lateral (select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where "customers"."tenant_id" = "customer_custom_keys"."tenant_id"
  and "customers"."id" = "customer_custom_keys"."customer_id"
  and "customers"."status" = $8
  offset $9) as "customers" on true
  where "customer_custom_keys"."entry" = custom_value_entry($10, $11::jsonb)
  and ("customer_custom_keys"."name", "customer_custom_keys"."customer_id") > ($12, $13)
  order by "customer_custom_keys"."name", "customer_custom_keys"."customer_id"
  limit $14) as "walk") as "customers"
  order by "customers"."name", "customers"."id"
  limit $15;

-- search (custom value and name, first page)
-- parameters: ["ACTIVE","grade","\"A\"",0,"홍길동",51]
select "customers".*
  from "customer_search_keys"
  inner join lateral (select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where "customers"."tenant_id" = "customer_search_keys"."tenant_id"
  and "customers"."id" = "customer_search_keys"."customer_id"
  and ("customers"."status" = $1
  and exists (select 1
  from customer_custom_keys as k
  where k.entry in (custom_value_entry($2, $3::jsonb))
  and k.name = customers.name
  and k.customer_id = customers.id))
  offset $4) as "customers" on true
  where "customer_search_keys"."gram" = $5
  order by "customer_search_keys"."name", "customer_search_keys"."customer_id"
  limit $6;

-- search (custom value and name, after a cursor)
-- parameters: ["ACTIVE","grade","\"A\"",0,"홍길동","홍길동","00000000-0000-4000-8000-000000000002",51]
select "customers".*
  from "customer_search_keys"
  inner join lateral (select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where "customers"."tenant_id" = "customer_search_keys"."tenant_id"
  and "customers"."id" = "customer_search_keys"."customer_id"
  and ("customers"."status" = $1
  and exists (select 1
  from customer_custom_keys as k
  where k.entry in (custom_value_entry($2, $3::jsonb))
  and k.name = customers.name
  and k.customer_id = customers.id))
  offset $4) as "customers" on true
  where "customer_search_keys"."gram" = $5
  and ("customer_search_keys"."name", "customer_search_keys"."customer_id") > ($6, $7)
  order by "customer_search_keys"."name", "customer_search_keys"."customer_id"
  limit $8;

-- search (custom fields, first page)
-- parameters: ["ACTIVE","grade","\"A\"","grade","\"B\"","{\"home\":{\"sido\":\"부산광역시\"}}","score","50","note","%돌봄%","visit",0,"interest","\"welfare\"",51]
select "customers".*
  from "customer_custom_keys"
  inner join lateral (select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where "customers"."tenant_id" = "customer_custom_keys"."tenant_id"
  and "customers"."id" = "customer_custom_keys"."customer_id"
  and ("customers"."status" = $1
  and exists (select 1
  from customer_custom_keys as k
  where k.entry in (custom_value_entry($2, $3::jsonb), custom_value_entry($4, $5::jsonb))
  and k.name = customers.name
  and k.customer_id = customers.id)
  and "customers"."custom_fields" @> $6::jsonb
  and ("customers"."custom_fields" ->> $7)::numeric >= $8::numeric
  and "customers"."custom_fields" ->> $9 ilike $10
  and not ("customers"."custom_fields" ? $11))
  offset $12) as "customers" on true
  where "customer_custom_keys"."entry" = custom_value_entry($13, $14::jsonb)
  order by "customer_custom_keys"."name", "customer_custom_keys"."customer_id"
  limit $15;

-- search (custom fields, after a cursor)
-- parameters: ["ACTIVE","grade","\"A\"","grade","\"B\"","{\"home\":{\"sido\":\"부산광역시\"}}","score","50","note","%돌봄%","visit",0,"interest","\"welfare\"","홍길동","00000000-0000-4000-8000-000000000002",51]
select "customers".*
  from "customer_custom_keys"
  inner join lateral (select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where "customers"."tenant_id" = "customer_custom_keys"."tenant_id"
  and "customers"."id" = "customer_custom_keys"."customer_id"
  and ("customers"."status" = $1
  and exists (select 1
  from customer_custom_keys as k
  where k.entry in (custom_value_entry($2, $3::jsonb), custom_value_entry($4, $5::jsonb))
  and k.name = customers.name
  and k.customer_id = customers.id)
  and "customers"."custom_fields" @> $6::jsonb
  and ("customers"."custom_fields" ->> $7)::numeric >= $8::numeric
  and "customers"."custom_fields" ->> $9 ilike $10
  and not ("customers"."custom_fields" ? $11))
  offset $12) as "customers" on true
  where "customer_custom_keys"."entry" = custom_value_entry($13, $14::jsonb)
  and ("customer_custom_keys"."name", "customer_custom_keys"."customer_id") > ($15, $16)
  order by "customer_custom_keys"."name", "customer_custom_keys"."customer_id"
  limit $17;

-- sortedSearch (by a number, first page)
-- parameters: ["score","ACTIVE","score",51]
select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at", "customers"."custom_fields" -> $1 as "sort_value"
  from "customers"
  where "customers"."status" = $2
  order by ("customers"."custom_fields" ->> $3)::numeric asc nulls last, "customers"."name", "customers"."id"
  limit $4;

-- sortedSearch (by a number, after a value)
-- parameters: ["score","ACTIVE","interest","\"welfare\"","grade","\"A\"","grade","\"B\"","{\"home\":{\"sido\":\"부산광역시\"}}","score","50","note","%돌봄%","visit","score","50","score","50","홍길동","00000000-0000-4000-8000-000000000002","score","score",51]
select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at", "customers"."custom_fields" -> $1 as "sort_value"
  from "customers"
  where ("customers"."status" = $2
  and exists (select 1
  from customer_custom_keys as k
  where k.entry in (custom_value_entry($3, $4::jsonb))
  and k.name = customers.name
  and k.customer_id = customers.id)
  and exists (select 1
  from customer_custom_keys as k
  where k.entry in (custom_value_entry($5, $6::jsonb), custom_value_entry($7, $8::jsonb))
  and k.name = customers.name
  and k.customer_id = customers.id)
  and "customers"."custom_fields" @> $9::jsonb
  and ("customers"."custom_fields" ->> $10)::numeric >= $11::numeric
  and "customers"."custom_fields" ->> $12 ilike $13
  and not ("customers"."custom_fields" ? $14))
  and (("customers"."custom_fields" ->> $15)::numeric > $16::numeric
  or (("customers"."custom_fields" ->> $17)::numeric = $18::numeric
  and ("customers"."name", "customers"."id") > ($19, $20))
  or ("customers"."custom_fields" ->> $21)::numeric is null)
  order by ("customers"."custom_fields" ->> $22)::numeric asc nulls last, "customers"."name", "customers"."id"
  limit $23;

-- sortedSearch (by a date descending, after a customer without one)
-- parameters: ["visit","홍길","ACTIVE","visit","홍길동","00000000-0000-4000-8000-000000000002","visit",51]
select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at", "customers"."custom_fields" -> $1 as "sort_value"
  from "customers"
  where ("customers"."id" in (select "customer_search_keys"."customer_id"
  from "customer_search_keys"
  where "customer_search_keys"."gram" = $2)
  and "customers"."status" = $3)
  and (("customers"."custom_fields" ->> $4)::text is null
  and ("customers"."name", "customers"."id") > ($5, $6))
  order by ("customers"."custom_fields" ->> $7)::text desc nulls last, "customers"."name", "customers"."id"
  limit $8;

-- count (all)
-- parameters: ["ACTIVE",10000]
select count(*)::int as "n"
  from (select "customers"."id"
  from "customers"
  where "customers"."status" = $1
  limit $2) as "hit";

-- count (name)
-- parameters: ["홍길","ACTIVE",10000]
select count(*)::int as "n"
  from (select "customers"."id"
  from "customers"
  where ("customers"."id" in (select "customer_search_keys"."customer_id"
  from "customer_search_keys"
  where "customer_search_keys"."gram" = $1)
  and "customers"."status" = $2)
  limit $3) as "hit";

-- count (long name)
-- parameters: ["산상사","%부산상사%","ACTIVE",10000]
select count(*)::int as "n"
  from (select "customers"."id"
  from "customers"
  where (("customers"."id" in (select "customer_search_keys"."customer_id"
  from "customer_search_keys"
  where "customer_search_keys"."gram" = $1)
  and replace(customers.name, ' ', '') ilike $2)
  and "customers"."status" = $3)
  limit $4) as "hit";

-- count (initials)
-- parameters: ["ㄱㄷㅇ","%ㅎㄱㄷㅇ%","ACTIVE",10000]
select count(*)::int as "n"
  from (select "customers"."id"
  from "customers"
  where (("customers"."id" in (select "customer_search_keys"."customer_id"
  from "customer_search_keys"
  where "customer_search_keys"."gram" = $1)
  and "customers"."name_initials" like $2)
  and "customers"."status" = $3)
  limit $4) as "hit";

-- count (name with a filter)
-- parameters: ["홍길동","ACTIVE","연제구",10000]
select count(*)::int as "n"
  from (select "customers"."id"
  from "customers"
  where ("customers"."id" in (select "customer_search_keys"."customer_id"
  from "customer_search_keys"
  where "customer_search_keys"."gram" = $1)
  and "customers"."status" = $2
  and "customers"."sigungu" = $3)
  limit $4) as "hit";

-- count (phone)
-- parameters: ["01012344211","ACTIVE",10000]
select count(*)::int as "n"
  from (select "customers"."id"
  from "customers"
  where ("customers"."id" in (select "customer_phones"."customer_id"
  from "customer_phones"
  where "digits" = $1)
  and "customers"."status" = $2)
  limit $3) as "hit";

-- count (last 4)
-- parameters: ["4211","ACTIVE",10000]
select count(*)::int as "n"
  from (select "customers"."id"
  from "customers"
  where ("customers"."id" in (select "customer_phones"."customer_id"
  from "customer_phones"
  where "last4" = $1)
  and "customers"."status" = $2)
  limit $3) as "hit";

-- count (e-mail)
-- parameters: ["hong@example.com","ACTIVE",10000]
select count(*)::int as "n"
  from (select "customers"."id"
  from "customers"
  where ("customers"."id" in (select "customer_emails"."customer_id"
  from "customer_emails"
  where "normalized" = $1)
  and "customers"."status" = $2)
  limit $3) as "hit";

-- count (customer number)
-- parameters: ["1024","ACTIVE",10000]
select count(*)::int as "n"
  from (select "customers"."id"
  from "customers"
  where ("customers"."customer_no" = $1
  and "customers"."status" = $2)
  limit $3) as "hit";

-- count (every filter)
-- parameters: ["ANONYMIZED","CURRENT","POLICY","PERSON","연제구","연산동",["어르신"],"PROMOTION",70,"해운대구","우동",10000]
select count(*)::int as "n"
  from (select "customers"."id"
  from "customers"
  where ("customers"."status" = $1
  and "customers"."kind" in ($2, $3)
  and "customers"."party_type" = $4
  and "customers"."sigungu" = $5
  and "customers"."eupmyeondong" = $6
  and customers.tags @> $7::text[]
  and exists (select 1 as "one"
  from "customer_consents"
  where "customer_consents"."customer_id" = "customers"."id"
  and "customer_consents"."purpose" = $8
  and "customer_consents"."withdrawn_at" is null)
  and "customers"."birth_date" <= (current_date - make_interval(years => $9))::date
  and "customers"."id" in (select "customer_address_keys"."customer_id"
  from "customer_address_keys"
  where "customer_address_keys"."word" = $10)
  and "customers"."id" in (select "customer_address_keys"."customer_id"
  from "customer_address_keys"
  where "customer_address_keys"."word" = $11))
  limit $12) as "hit";

-- count (unknown age band)
-- parameters: ["ACTIVE",10000]
select count(*)::int as "n"
  from (select "customers"."id"
  from "customers"
  where ("customers"."status" = $1
  and "customers"."birth_date" is null)
  limit $2) as "hit";

-- count (address)
-- parameters: ["ACTIVE","중앙대로","1001",10000]
select count(*)::int as "n"
  from (select "customers"."id"
  from "customers"
  where ("customers"."status" = $1
  and "customers"."id" in (select "customer_address_keys"."customer_id"
  from "customer_address_keys"
  where "customer_address_keys"."word" = $2)
  and "customers"."id" in (select "customer_address_keys"."customer_id"
  from "customer_address_keys"
  where "customer_address_keys"."word" = $3))
  limit $4) as "hit";

-- count (address with a 시·도)
-- parameters: ["ACTIVE","부산광역시","중앙대로",10000]
select count(*)::int as "n"
  from (select "customers"."id"
  from "customers"
  where ("customers"."status" = $1
  and "customers"."id" in (select "customer_address_keys"."customer_id"
  from "customer_address_keys"
  where "customer_address_keys"."word" = $2)
  and "customers"."id" in (select "customer_address_keys"."customer_id"
  from "customer_address_keys"
  where "customer_address_keys"."word" = $3))
  limit $4) as "hit";

-- count (one address word)
-- parameters: ["ACTIVE","연산동",10000]
select count(*)::int as "n"
  from (select "customers"."id"
  from "customers"
  where ("customers"."status" = $1
  and "customers"."id" in (select "customer_address_keys"."customer_id"
  from "customer_address_keys"
  where "customer_address_keys"."word" = $2))
  limit $3) as "hit";

-- count (address and name)
-- parameters: ["홍길동","ACTIVE","연산동",10000]
select count(*)::int as "n"
  from (select "customers"."id"
  from "customers"
  where ("customers"."id" in (select "customer_search_keys"."customer_id"
  from "customer_search_keys"
  where "customer_search_keys"."gram" = $1)
  and "customers"."status" = $2
  and "customers"."id" in (select "customer_address_keys"."customer_id"
  from "customer_address_keys"
  where "customer_address_keys"."word" = $3))
  limit $4) as "hit";

-- count (address and phone)
-- parameters: ["01012344211","ACTIVE","연산동",10000]
select count(*)::int as "n"
  from (select "customers"."id"
  from "customers"
  where ("customers"."id" in (select "customer_phones"."customer_id"
  from "customer_phones"
  where "digits" = $1)
  and "customers"."status" = $2
  and "customers"."id" in (select "customer_address_keys"."customer_id"
  from "customer_address_keys"
  where "customer_address_keys"."word" = $3))
  limit $4) as "hit";

-- count (one custom value)
-- parameters: ["ACTIVE","grade","\"A\"",10000]
select count(*)::int as "n"
  from (select "customers"."id"
  from "customers"
  where ("customers"."status" = $1
  and exists (select 1
  from customer_custom_keys as k
  where k.entry in (custom_value_entry($2, $3::jsonb))
  and k.name = customers.name
  and k.customer_id = customers.id))
  limit $4) as "hit";

-- count (one of several custom values)
-- parameters: ["ACTIVE","grade","\"A\"","grade","\"B\"",10000]
select count(*)::int as "n"
  from (select "customers"."id"
  from "customers"
  where ("customers"."status" = $1
  and exists (select 1
  from customer_custom_keys as k
  where k.entry in (custom_value_entry($2, $3::jsonb), custom_value_entry($4, $5::jsonb))
  and k.name = customers.name
  and k.customer_id = customers.id))
  limit $6) as "hit";

-- count (custom value and name)
-- parameters: ["홍길동","ACTIVE","grade","\"A\"",10000]
select count(*)::int as "n"
  from (select "customers"."id"
  from "customers"
  where ("customers"."id" in (select "customer_search_keys"."customer_id"
  from "customer_search_keys"
  where "customer_search_keys"."gram" = $1)
  and "customers"."status" = $2
  and exists (select 1
  from customer_custom_keys as k
  where k.entry in (custom_value_entry($3, $4::jsonb))
  and k.name = customers.name
  and k.customer_id = customers.id))
  limit $5) as "hit";

-- count (custom fields)
-- parameters: ["ACTIVE","interest","\"welfare\"","grade","\"A\"","grade","\"B\"","{\"home\":{\"sido\":\"부산광역시\"}}","score","50","note","%돌봄%","visit",10000]
select count(*)::int as "n"
  from (select "customers"."id"
  from "customers"
  where ("customers"."status" = $1
  and exists (select 1
  from customer_custom_keys as k
  where k.entry in (custom_value_entry($2, $3::jsonb))
  and k.name = customers.name
  and k.customer_id = customers.id)
  and exists (select 1
  from customer_custom_keys as k
  where k.entry in (custom_value_entry($4, $5::jsonb), custom_value_entry($6, $7::jsonb))
  and k.name = customers.name
  and k.customer_id = customers.id)
  and "customers"."custom_fields" @> $8::jsonb
  and ("customers"."custom_fields" ->> $9)::numeric >= $10::numeric
  and "customers"."custom_fields" ->> $11 ilike $12
  and not ("customers"."custom_fields" ? $13))
  limit $14) as "hit";

-- primaryContacts (a page)
-- parameters: ["00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002",true,"00000000-0000-4000-8000-000000000001","00000000-0000-4000-8000-000000000002",true]
select "customer_id", 'phone' as "kind", "digits" as "value"
  from "customer_phones"
  where "customer_id" in ($1, $2)
  and "is_primary" = $3
  union all select "customer_id", 'email' as "kind", "address" as "value"
  from "customer_emails"
  where "customer_id" in ($4, $5)
  and "is_primary" = $6;

-- byId (one)
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at", "customers"."name_initials", "customers"."sex", "customers"."business_no", "customers"."representative_name", "customers"."sido", "customers"."road_address", "customers"."jibun_address", "customers"."building_no", "customers"."address_detail", "customers"."postal_code", "customers"."household_key", "customers"."source", "customers"."import_batch_id", "customers"."merged_into_id", "customers"."custom_fields", "customers"."created_at", "customers"."updated_at", "customers"."version"
  from "customers"
  where "customers"."id" = $1;

-- summaryById (one)
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select "customers"."id", "customers"."customer_no", "customers"."party_type", "customers"."kind", "customers"."status", "customers"."name", "customers"."sigungu", "customers"."eupmyeondong", to_char(customers.birth_date, 'YYYY-MM-DD') as "birth_date", "customers"."tags", "customers"."last_contact_at"
  from "customers"
  where "customers"."id" = $1;

-- phones (one)
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select "id", "kind", "digits", "is_primary"
  from "customer_phones"
  where "customer_id" = $1
  order by "is_primary" desc, "created_at", "id";

-- emails (one)
-- parameters: ["00000000-0000-4000-8000-000000000001"]
select "id", "address", "is_primary"
  from "customer_emails"
  where "customer_id" = $1
  order by "is_primary" desc, "created_at", "id";

-- allocateNumbers (a range)
-- parameters: [100,100,100]
insert into "customer_settings" ("tenant_id", "next_customer_no")
  values (current_setting('app.tenant_id', true), 1 + $1::bigint)
  on conflict ("tenant_id") do update
  set "next_customer_no" = customer_settings.next_customer_no + $2::bigint, "updated_at" = now()
  returning (next_customer_no - $3::bigint)::text as "first";

-- insert (one)
-- parameters: ["PERSON","CURRENT","홍길동","ㅎㄱㄷ",["홍","길","동","홍길","길동","홍길동","ㅎ","ㄱ","ㄷ","ㅎㄱ","ㄱㄷ","ㅎㄱㄷ"],"1985-03-02","MALE",null,null,"부산광역시","연제구","연산동","부산광역시 연제구 중앙대로 1001",null,"1001","101동 1001호","47545","47545|부산광역시연제구중앙대로1001|1001|101동1001호",["어르신"],"manual",null,"1024","홍길동","{\"interest\":\"welfare\"}"]
insert into "customers" ("party_type", "kind", "name", "name_initials", "search_grams", "birth_date", "sex", "business_no", "representative_name", "sido", "sigungu", "eupmyeondong", "road_address", "jibun_address", "building_no", "address_detail", "postal_code", "household_key", "tags", "source", "import_batch_id", "tenant_id", "customer_no", "created_by", "custom_fields")
  values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, current_setting('app.tenant_id', true), $22, $23, $24::jsonb)
  returning "id";

-- update (one)
-- parameters: ["PERSON","CURRENT","홍길동","ㅎㄱㄷ",["홍","길","동","홍길","길동","홍길동","ㅎ","ㄱ","ㄷ","ㅎㄱ","ㄱㄷ","ㅎㄱㄷ"],"1985-03-02","MALE",null,null,"부산광역시","연제구","연산동","부산광역시 연제구 중앙대로 1001",null,"1001","101동 1001호","47545","47545|부산광역시연제구중앙대로1001|1001|101동1001호",["어르신"],"00000000-0000-4000-8000-000000000001",3,"ACTIVE"]
update "customers"
  set "party_type" = $1, "kind" = $2, "name" = $3, "name_initials" = $4, "search_grams" = $5, "birth_date" = $6, "sex" = $7, "business_no" = $8, "representative_name" = $9, "sido" = $10, "sigungu" = $11, "eupmyeondong" = $12, "road_address" = $13, "jibun_address" = $14, "building_no" = $15, "address_detail" = $16, "postal_code" = $17, "household_key" = $18, "tags" = $19, "updated_at" = now(), "version" = version + 1
  where "id" = $20
  and "version" = $21
  and "status" = $22
  returning "id";

-- update (with custom fields)
-- parameters: ["PERSON","CURRENT","홍길동","ㅎㄱㄷ",["홍","길","동","홍길","길동","홍길동","ㅎ","ㄱ","ㄷ","ㅎㄱ","ㄱㄷ","ㅎㄱㄷ"],"1985-03-02","MALE",null,null,"부산광역시","연제구","연산동","부산광역시 연제구 중앙대로 1001",null,"1001","101동 1001호","47545","47545|부산광역시연제구중앙대로1001|1001|101동1001호",["어르신"],"{\"interest\":\"welfare\"}","00000000-0000-4000-8000-000000000001",3,"ACTIVE"]
update "customers"
  set "party_type" = $1, "kind" = $2, "name" = $3, "name_initials" = $4, "search_grams" = $5, "birth_date" = $6, "sex" = $7, "business_no" = $8, "representative_name" = $9, "sido" = $10, "sigungu" = $11, "eupmyeondong" = $12, "road_address" = $13, "jibun_address" = $14, "building_no" = $15, "address_detail" = $16, "postal_code" = $17, "household_key" = $18, "tags" = $19, "custom_fields" = $20::jsonb, "updated_at" = now(), "version" = version + 1
  where "id" = $21
  and "version" = $22
  and "status" = $23
  returning "id";

-- deletePhones (one)
-- parameters: ["00000000-0000-4000-8000-000000000001"]
delete
  from "customer_phones"
  where "customer_id" = $1;

-- deleteEmails (one)
-- parameters: ["00000000-0000-4000-8000-000000000001"]
delete
  from "customer_emails"
  where "customer_id" = $1;

-- insertPhones (two)
-- parameters: ["00000000-0000-4000-8000-000000000001","MOBILE","01012344211",true,"00000000-0000-4000-8000-000000000001","HOME","0511234567",false]
insert into "customer_phones" ("tenant_id", "customer_id", "kind", "digits", "is_primary")
  values (current_setting('app.tenant_id', true), $1, $2, $3, $4), (current_setting('app.tenant_id', true), $5, $6, $7, $8);

-- insertEmails (one)
-- parameters: ["00000000-0000-4000-8000-000000000001","hong@example.com",true]
insert into "customer_emails" ("tenant_id", "customer_id", "address", "is_primary")
  values (current_setting('app.tenant_id', true), $1, $2, $3);
