import { sql, type Expression, type ExpressionBuilder, type Generated, type SqlBool } from 'kysely';
import { queryBuilder, type StatementExamples } from '@pcrm/tenancy';
import { isKeyedValue, type CustomValueCondition, type CustomValueSort } from '@pcrm/customization';
import { AGE_BAND_YEARS } from './age-band';
import type { AgeBand } from './customer.enums';

/** `customers` as its statements see it. Tenant scoping is RLS's job: no statement names a tenant. */
export interface CustomersTable {
  tenant_id: string;
  id: Generated<string>;
  customer_no: string;
  party_type: string;
  kind: string;
  status: Generated<string>;
  name: string;
  name_initials: string;
  search_grams: string[];
  birth_date: string | null;
  sex: string | null;
  business_no: string | null;
  representative_name: string | null;
  sido: string | null;
  sigungu: string | null;
  eupmyeondong: string | null;
  road_address: string | null;
  jibun_address: string | null;
  building_no: string | null;
  address_detail: string | null;
  postal_code: string | null;
  household_key: string | null;
  tags: Generated<string[]>;
  source: Generated<string>;
  import_batch_id: string | null;
  merged_into_id: string | null;
  last_contact_at: Date | null;
  anonymized_at: Date | null;
  custom_fields: Generated<Record<string, unknown>>;
  created_by: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  version: Generated<number>;
}

export interface CustomerPhonesTable {
  tenant_id: string;
  id: Generated<string>;
  customer_id: string;
  kind: string;
  digits: string;
  last4: Generated<string>;
  is_primary: boolean;
  created_at: Generated<Date>;
}

export interface CustomerEmailsTable {
  tenant_id: string;
  id: Generated<string>;
  customer_id: string;
  address: string;
  normalized: Generated<string>;
  is_primary: boolean;
  created_at: Generated<Date>;
}

/**
 * One row per gram of `customers.search_grams` with the customer's name, kept by triggers (docs/adr/0013):
 * searched with `=` on the gram and walked in (name, customer_id) order, the customer list's order.
 */
interface SearchKeysTable {
  tenant_id: string;
  gram: string;
  name: string;
  customer_id: string;
}

/**
 * One row per whole word of a customer's address with its name, kept by triggers from the address columns
 * (`customer_address_words`, docs/adr/0013 "Address words"): searched with `=` on the word and walked in
 * (name, customer_id) order like the name keys.
 */
interface AddressKeysTable {
  tenant_id: string;
  word: string;
  name: string;
  customer_id: string;
}

/**
 * One row per scalar custom value of a customer (each element of a multi-select) as `<key>=<value text>`
 * with its name, kept by triggers (`custom_value_entry`, docs/adr/0022 "Filter keys"): searched with `=` on
 * the entry and walked in (name, customer_id) order like the name keys.
 */
interface CustomKeysTable {
  tenant_id: string;
  entry: string;
  name: string;
  customer_id: string;
}

interface ConsentsTable {
  customer_id: string;
  purpose: string;
  withdrawn_at: Date | null;
}

interface SettingsTable {
  tenant_id: string;
  next_customer_no: string;
  retention_years: Generated<number>;
  updated_at: Generated<Date>;
}

export type CustomersDatabase = {
  customers: CustomersTable;
  customer_phones: CustomerPhonesTable;
  customer_emails: CustomerEmailsTable;
  customer_search_keys: SearchKeysTable;
  customer_address_keys: AddressKeysTable;
  customer_custom_keys: CustomKeysTable;
  customer_consents: ConsentsTable;
  customer_settings: SettingsTable;
};
const db = queryBuilder<CustomersDatabase>();

const TENANT = sql<string>`current_setting('app.tenant_id', true)`;
const customValues = (values: Record<string, unknown>) =>
  sql<Record<string, unknown>>`${JSON.stringify(values)}::jsonb`;

/** What a query string means, decided by its shape (`interpretQuery`). */
export type CustomerQueryMatch =
  | { by: 'name'; gram: string; pattern: string | null }
  | { by: 'initials'; gram: string; pattern: string | null }
  | { by: 'phone'; digits: string }
  | { by: 'last4'; last4: string }
  | { by: 'email'; normalized: string }
  | { by: 'customerNo'; customerNo: string };

/** A customer search as SQL needs it: the interpreted query and the filters. */
export interface CustomerSearch {
  match: CustomerQueryMatch | null;
  status: string;
  kinds: string[] | null;
  partyType: string | null;
  sigungu: string | null;
  eupmyeondong: string | null;
  /** Customers whose address holds every one of these whole words (`addressWords`). */
  address: string[] | null;
  /** Customers holding every one of these tags. */
  tags: string[] | null;
  /** Customers with an active (not withdrawn) consent for this purpose. */
  consent: string | null;
  ageBand: AgeBand | null;
  /** Conditions on custom values (`CustomFieldFilters`): containment uses the GIN index of `custom_fields`. */
  customFields?: readonly CustomValueCondition[] | null;
}

/** The keyset of the customer order (name, id): the last row of the previous page. */
export interface CustomerKey {
  name: string;
  id: string;
}

export const SUMMARY_COLUMNS = [
  'customers.id',
  'customers.customer_no',
  'customers.party_type',
  'customers.kind',
  'customers.status',
  'customers.name',
  'customers.sigungu',
  'customers.eupmyeondong',
  sql<string | null>`to_char(customers.birth_date, 'YYYY-MM-DD')`.as('birth_date'),
  'customers.tags',
  'customers.last_contact_at',
] as const;

const DETAIL_COLUMNS = [
  ...SUMMARY_COLUMNS,
  'customers.name_initials',
  'customers.sex',
  'customers.business_no',
  'customers.representative_name',
  'customers.sido',
  'customers.road_address',
  'customers.jibun_address',
  'customers.building_no',
  'customers.address_detail',
  'customers.postal_code',
  'customers.household_key',
  'customers.source',
  'customers.import_batch_id',
  'customers.merged_into_id',
  'customers.custom_fields',
  'customers.created_at',
  'customers.updated_at',
  'customers.version',
] as const;

type Customers = ExpressionBuilder<CustomersDatabase, 'customers'>;

/** `current_date` minus whole years, as a date (the birth-date bound of an age). */
const yearsAgo = (years: number) => sql<string>`(current_date - make_interval(years => ${years}))::date`;

const textArray = (values: readonly string[]) => sql<string[]>`${values}::text[]`;

/** A name or 초성 query: by the one gram it is searched by (`queryGram`), confirmed by a pattern. */
type GramMatch = Extract<CustomerQueryMatch, { gram: string }>;

const isGramMatch = (m: CustomerQueryMatch | null): m is GramMatch =>
  m !== null && (m.by === 'name' || m.by === 'initials');

/**
 * A query longer than its gram, whole in the name (spaces and case aside, as `nameKey` compares) or in its
 * initials; a query of up to three characters is its gram and needs no confirmation.
 */
const confirmed = (eb: Customers, m: GramMatch) =>
  m.pattern === null
    ? []
    : [
        m.by === 'name'
          ? eb(sql<string>`replace(customers.name, ' ', '')`, 'ilike', m.pattern)
          : eb('customers.name_initials', 'like', m.pattern),
      ];

function matching(eb: Customers, m: CustomerQueryMatch) {
  switch (m.by) {
    case 'name':
    case 'initials':
      // `gram =` is leakproof: an index condition under row-level security (docs/adr/0013).
      return eb.and([
        eb(
          'customers.id',
          'in',
          eb
            .selectFrom('customer_search_keys')
            .select('customer_search_keys.customer_id')
            .where('customer_search_keys.gram', '=', m.gram),
        ),
        ...confirmed(eb, m),
      ]);
    case 'phone':
      return eb(
        'customers.id',
        'in',
        eb.selectFrom('customer_phones').select('customer_phones.customer_id').where('digits', '=', m.digits),
      );
    case 'last4':
      return eb(
        'customers.id',
        'in',
        eb.selectFrom('customer_phones').select('customer_phones.customer_id').where('last4', '=', m.last4),
      );
    case 'email':
      return eb(
        'customers.id',
        'in',
        eb
          .selectFrom('customer_emails')
          .select('customer_emails.customer_id')
          .where('normalized', '=', m.normalized),
      );
    case 'customerNo':
      return eb('customers.customer_no', '=', m.customerNo);
  }
}

/** The customers whose address holds `word`: `word =` is leakproof, an index condition under RLS. */
const holdingWord = (eb: Customers, word: string) =>
  eb(
    'customers.id',
    'in',
    eb
      .selectFrom('customer_address_keys')
      .select('customer_address_keys.customer_id')
      .where('customer_address_keys.word', '=', word),
  );

/**
 * Each word probed per walked key, exactly on `customer_address_keys_walk` by (word, name, customer): a key of
 * either table carries the customer's name, so a page pays one index probe per key and word.
 */
const addressProbes = (words: readonly string[], keys: KeyTable) =>
  words.map(
    (word) =>
      sql<SqlBool>`exists (select 1 from customer_address_keys as other where other.word = ${word} and other.name = ${sql.ref(`${keys}.name`)} and other.customer_id = ${sql.ref(`${keys}.customer_id`)})`,
  );

/** Every condition of a search but its query. */
const filters = (eb: Customers, s: CustomerSearch) => [
  ...columnFilters(eb, s),
  ...(s.address ?? []).map((word) => holdingWord(eb, word)),
];

const CUSTOM_VALUES = sql.ref('customers.custom_fields');

type Equals = Extract<CustomValueCondition, { kind: 'equals' }>;

/** The filter key of one custom value, spelled by the database's own `custom_value_entry`. */
const entryOf = (key: string, value: unknown) =>
  sql<string>`custom_value_entry(${key}, ${JSON.stringify(value)}::jsonb)`;

/**
 * A custom value equal to one of `c.values`: the keyed ones an exact probe of `customer_custom_keys_walk` by
 * (entry, name, customer) — `entry =` is leakproof, an index condition under RLS —, a value without a key (a
 * long text, an address) by containment on `custom_fields`.
 */
function holdingValue(c: Equals): Expression<SqlBool> {
  const keyed = c.values.filter(isKeyedValue);
  const unkeyed = c.values.filter((v) => !isKeyedValue(v));
  const parts: Expression<SqlBool>[] = [];
  if (keyed.length)
    parts.push(
      sql<SqlBool>`exists (select 1 from customer_custom_keys as k where k.entry in (${sql.join(
        keyed.map((v) => entryOf(c.key, v)),
      )}) and k.name = customers.name and k.customer_id = customers.id)`,
    );
  for (const v of unkeyed)
    parts.push(sql<SqlBool>`${CUSTOM_VALUES} @> ${JSON.stringify({ [c.key]: c.multi ? [v] : v })}::jsonb`);
  return parts.length === 1 ? parts[0] : sql<SqlBool>`(${sql.join(parts, sql` or `)})`;
}

/** One custom-value condition on `customers.custom_fields`; every value bound. */
export function customValueCondition(c: CustomValueCondition): Expression<SqlBool> {
  switch (c.kind) {
    case 'equals':
      return holdingValue(c);
    case 'compare':
      return sql<SqlBool>`(${CUSTOM_VALUES} ->> ${c.key})::${sql.raw(c.cast)} ${sql.raw(c.op)} ${c.value}::${sql.raw(c.cast)}`;
    case 'like':
      return sql<SqlBool>`${CUSTOM_VALUES} ->> ${c.key} ilike ${c.pattern}`;
    case 'present':
      return c.present
        ? sql<SqlBool>`${CUSTOM_VALUES} ? ${c.key}`
        : sql<SqlBool>`not (${CUSTOM_VALUES} ? ${c.key})`;
  }
}

/** Every condition of a search but its query and its address words. */
function columnFilters(eb: Customers, s: CustomerSearch) {
  const all: Expression<SqlBool>[] = [eb('customers.status', '=', s.status)];
  if (s.kinds) all.push(eb('customers.kind', 'in', s.kinds));
  if (s.partyType) all.push(eb('customers.party_type', '=', s.partyType));
  if (s.sigungu) all.push(eb('customers.sigungu', '=', s.sigungu));
  if (s.eupmyeondong) all.push(eb('customers.eupmyeondong', '=', s.eupmyeondong));
  if (s.tags) all.push(sql<boolean>`customers.tags @> ${textArray(s.tags)}`);
  if (s.consent)
    all.push(
      eb.exists(
        eb
          .selectFrom('customer_consents')
          .select(sql`1`.as('one'))
          .whereRef('customer_consents.customer_id', '=', 'customers.id')
          .where('customer_consents.purpose', '=', s.consent)
          .where('customer_consents.withdrawn_at', 'is', null),
      ),
    );
  for (const c of s.customFields ?? []) all.push(customValueCondition(c));
  if (s.ageBand === 'UNKNOWN') all.push(eb('customers.birth_date', 'is', null));
  else if (s.ageBand) {
    const [from, to] = AGE_BAND_YEARS[s.ageBand];
    all.push(eb('customers.birth_date', '<=', yearsAgo(from)));
    if (to !== null) all.push(eb('customers.birth_date', '>', yearsAgo(to)));
  }
  return all;
}

/** A search as one condition on `customers`: for counts, exports and the pages of other queries. */
const searchedBy = (eb: Customers, s: CustomerSearch) =>
  eb.and(s.match ? [matching(eb, s.match), ...filters(eb, s)] : filters(eb, s));

/** The most customers `totalCount` counts; past it the list says "10,000 or more". */
export const COUNT_CAP = 10_000;

/**
 * A name or 초성 page: the keys of the query's gram walked in (name, id) order on the key table's index, each
 * probed for the address words and joined to its customer (checked for the status, the filters and, for a
 * longer query, the whole query), so
 * a page costs about its own size however many customers the tenant has. `OFFSET 0` keeps the customer a
 * subquery of each key: joined freely, the planner may misjudge a `LIKE` and scan every customer instead.
 */
function gramPage(m: GramMatch, s: CustomerSearch, after: CustomerKey | null, limit: number) {
  return walkedPage(
    'customer_search_keys',
    { column: 'gram', value: m.gram },
    (c) => [...confirmed(c, m), ...columnFilters(c, s)],
    s.address ?? [],
    after,
    limit,
  );
}

type KeyTable = 'customer_search_keys' | 'customer_address_keys' | 'customer_custom_keys';

/** A column of a key table (each is `(tenant_id, <key>, name, customer_id)`), typed as the name keys'. */
const keyRef = <C extends 'tenant_id' | 'name' | 'customer_id'>(keys: KeyTable, column: C) =>
  `${keys}.${column}` as `customer_search_keys.${C}`;

/**
 * One keyset page walked on a key table's `(tenant, key, name, customer)` index: the keys of `walked` in
 * (name, id) order, each probed for the address `words` and joined behind `OFFSET 0` to its customer, which
 * must pass `customer`; the `LIMIT` stops the walk after the page.
 */
function walkedPage(
  keys: KeyTable,
  walked: { column: 'gram' | 'word' | 'entry'; value: string | Expression<string> },
  customer: (c: Customers) => Expression<SqlBool>[],
  words: readonly string[],
  after: CustomerKey | null,
  limit: number,
) {
  let q = db
    .selectFrom(keys as 'customer_search_keys')
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom('customers')
          .select(SUMMARY_COLUMNS)
          .whereRef('customers.tenant_id', '=', keyRef(keys, 'tenant_id'))
          .whereRef('customers.id', '=', keyRef(keys, 'customer_id'))
          .where((c) => c.and(customer(c)))
          .offset(0)
          .as('customers'),
      (join) => join.onTrue(),
    )
    .selectAll('customers')
    .where(sql.ref(`${keys}.${walked.column}`), '=', walked.value);
  for (const probe of addressProbes(words, keys)) q = q.where(probe);
  if (after)
    q = q.where((eb) =>
      eb(eb.refTuple(keyRef(keys, 'name'), keyRef(keys, 'customer_id')), '>', eb.tuple(after.name, after.id)),
    );
  return q.orderBy(keyRef(keys, 'name')).orderBy(keyRef(keys, 'customer_id')).limit(limit);
}

/** A 시·도 name: every tenant is one 시·도, so nearly all of its customers hold the word. */
const SIDO = /(?:특별시|광역시|특별자치시|특별자치도|경기도|강원도|충청[남북]도|전라[남북]도|경상[남북]도)$/u;

/**
 * The word an address page walks: the longest (the first of equals), likely the rarest, but never a 시·도
 * name while another word is given.
 */
export const walkedWord = (words: readonly string[]): string => {
  const local = words.filter((w) => !SIDO.test(w));
  return (local.length ? local : words).reduce((best, w) =>
    Array.from(w).length > Array.from(best).length ? w : best,
  );
};

/**
 * An address page without a query: the keys of its longest word walked in (name, id) order on the key
 * table's index, every other word an exact probe of the same index by (word, name, customer), each key joined
 * to its customer behind `OFFSET 0` (checked for the status and the other filters) as `gramPage` does.
 */
function addressPage(words: readonly string[], s: CustomerSearch, after: CustomerKey | null, limit: number) {
  const walked = walkedWord(words);
  return walkedPage(
    'customer_address_keys',
    { column: 'word', value: walked },
    (c) => columnFilters(c, s),
    words.filter((w) => w !== walked),
    after,
    limit,
  );
}

/**
 * A page of the customers holding one of the values of `c` (and passing the rest of the search): for one
 * value, its filter keys walked in (name, id) order like an address word's; for several (IN), each value's
 * walk cut at the page and the walks merged, a customer holding two of them (a multi-select) once.
 */
function customValuePage(c: Equals, s: CustomerSearch, after: CustomerKey | null, limit: number) {
  const rest: CustomerSearch = { ...s, customFields: s.customFields?.filter((other) => other !== c) };
  const walks = c.values.map((v) =>
    walkedPage(
      'customer_custom_keys',
      { column: 'entry', value: entryOf(c.key, v) },
      (customers) => columnFilters(customers, rest),
      [],
      after,
      limit,
    ),
  );
  if (walks.length === 1) return walks[0];
  const merged = walks
    .map((w) => db.selectFrom(w.as('walk')).selectAll('walk'))
    .reduce((union, w) => union.unionAll(w));
  return db
    .selectFrom(merged.as('customers'))
    .selectAll('customers')
    .distinctOn(['customers.name', 'customers.id'])
    .orderBy('customers.name')
    .orderBy('customers.id')
    .limit(limit);
}

/** The equality to walk when nothing else narrows the page: the one with a key for each of its fewest values. */
const walkedEquality = (s: CustomerSearch): Equals | undefined =>
  s.customFields
    ?.filter((c): c is Equals => c.kind === 'equals' && c.values.every(isKeyedValue))
    .reduce<Equals | undefined>(
      (best, c) => (best && best.values.length <= c.values.length ? best : c),
      undefined,
    );

/**
 * The customer search: one keyset page ordered by (name, id); `limit` is the page size + 1. Exported for
 * the bench floor, which must run exactly this SQL.
 */
export function customerSearchStatement(s: CustomerSearch, after: CustomerKey | null, limit: number) {
  if (isGramMatch(s.match)) return gramPage(s.match, s, after, limit);
  // A phone, e-mail or customer number finds a few customers by itself: the address words only filter them.
  if (s.address?.length && !s.match) return addressPage(s.address, s, after, limit);
  const equality = s.match ? undefined : walkedEquality(s);
  if (equality) return customValuePage(equality, s, after, limit);
  let q = db
    .selectFrom('customers')
    .select(SUMMARY_COLUMNS)
    .where((eb) => searchedBy(eb, s));
  if (after)
    q = q.where((eb) =>
      eb(eb.refTuple('customers.name', 'customers.id'), '>', eb.tuple(after.name, after.id)),
    );
  return q.orderBy('customers.name').orderBy('customers.id').limit(limit);
}

/** A list ordered by one custom value, then (name, id); customers without the value come last. */
export interface CustomerSort extends Pick<CustomValueSort, 'key' | 'cast'> {
  descending: boolean;
}

/** The keyset of a custom-value order: the last row's value as text (null when it has none), name and id. */
export interface SortedCustomerKey extends CustomerKey {
  value: string | null;
}

/**
 * A search ordered by a custom value: every match read, sorted and cut (no index orders by a tenant's own
 * field, ADR 0022), so its cost grows with the matches; the keyset condition is spelled out for the nulls
 * that come last in either direction.
 */
export function sortedSearchStatement(
  s: CustomerSearch,
  sort: CustomerSort,
  after: SortedCustomerKey | null,
  limit: number,
) {
  const cast = sql.raw(sort.cast);
  const value = sql`(${CUSTOM_VALUES} ->> ${sort.key})::${cast}`;
  let q = db
    .selectFrom('customers')
    .select([...SUMMARY_COLUMNS, sql<unknown>`${CUSTOM_VALUES} -> ${sort.key}`.as('sort_value')])
    .where((eb) => searchedBy(eb, s));
  if (after)
    q = q.where((eb) => {
      const later = eb(eb.refTuple('customers.name', 'customers.id'), '>', eb.tuple(after.name, after.id));
      if (after.value === null) return eb.and([sql<SqlBool>`${value} is null`, later]);
      const bound = sql`${after.value}::${cast}`;
      return eb.or([
        sql<SqlBool>`${value} ${sql.raw(sort.descending ? '<' : '>')} ${bound}`,
        eb.and([sql<SqlBool>`${value} = ${bound}`, later]),
        sql<SqlBool>`${value} is null`,
      ]);
    });
  return q
    .orderBy(sql`${value} ${sql.raw(sort.descending ? 'desc' : 'asc')} nulls last`)
    .orderBy('customers.name')
    .orderBy('customers.id')
    .limit(limit);
}

/** Every statement of customers; `customers.queries.sql` holds what each compiles to, in each of its shapes. */
export const CustomerQueries = {
  search: customerSearchStatement,
  sortedSearch: sortedSearchStatement,

  /** How many customers match, counting no further than `COUNT_CAP`. */
  count: (s: CustomerSearch) =>
    db
      .selectFrom(
        db
          .selectFrom('customers')
          .select('customers.id')
          .where((eb) => searchedBy(eb, s))
          .limit(COUNT_CAP)
          .as('hit'),
      )
      .select(sql<number>`count(*)::int`.as('n')),

  /** The primary phone and e-mail of each customer of a page, in one statement. */
  primaryContacts: (customerIds: readonly string[]) =>
    db
      .selectFrom('customer_phones')
      .select(['customer_id', sql<'phone' | 'email'>`'phone'`.as('kind'), 'digits as value'])
      .where('customer_id', 'in', customerIds)
      .where('is_primary', '=', true)
      .unionAll(
        db
          .selectFrom('customer_emails')
          .select(['customer_id', sql<'phone' | 'email'>`'email'`.as('kind'), 'address as value'])
          .where('customer_id', 'in', customerIds)
          .where('is_primary', '=', true),
      ),

  byId: (id: string) => db.selectFrom('customers').select(DETAIL_COLUMNS).where('customers.id', '=', id),

  summaryById: (id: string) =>
    db.selectFrom('customers').select(SUMMARY_COLUMNS).where('customers.id', '=', id),

  phones: (customerId: string) =>
    db
      .selectFrom('customer_phones')
      .select(['id', 'kind', 'digits', 'is_primary'])
      .where('customer_id', '=', customerId)
      .orderBy('is_primary', 'desc')
      .orderBy('created_at')
      .orderBy('id'),

  emails: (customerId: string) =>
    db
      .selectFrom('customer_emails')
      .select(['id', 'address', 'is_primary'])
      .where('customer_id', '=', customerId)
      .orderBy('is_primary', 'desc')
      .orderBy('created_at')
      .orderBy('id'),

  /**
   * Takes `count` customer numbers of the tenant in one statement (the settings row is locked until the
   * transaction ends, so concurrent writers get disjoint ranges): returns the first of them.
   */
  allocateNumbers: (count: number) =>
    db
      .insertInto('customer_settings')
      .values({ tenant_id: TENANT, next_customer_no: sql<string>`1 + ${count}::bigint` })
      .onConflict((oc) =>
        oc.column('tenant_id').doUpdateSet({
          next_customer_no: sql<string>`customer_settings.next_customer_no + ${count}::bigint`,
          updated_at: sql<Date>`now()`,
        }),
      )
      .returning(sql<string>`(next_customer_no - ${count}::bigint)::text`.as('first')),

  insert: (
    c: CustomerColumns & CustomerOriginColumns,
    customerNo: string,
    createdBy: string,
    customFields: Record<string, unknown>,
  ) =>
    db
      .insertInto('customers')
      .values({
        ...c,
        tenant_id: TENANT,
        customer_no: customerNo,
        created_by: createdBy,
        custom_fields: customValues(customFields),
      })
      .returning('id'),

  /** Optimistic: changes the row only at the version the caller read; `customFields` null keeps them. */
  update: (id: string, version: number, c: CustomerColumns, customFields: Record<string, unknown> | null) =>
    db
      .updateTable('customers')
      .set({
        ...c,
        ...(customFields === null ? {} : { custom_fields: customValues(customFields) }),
        updated_at: sql<Date>`now()`,
        version: sql<number>`version + 1`,
      })
      .where('id', '=', id)
      .where('version', '=', version)
      .where('status', '=', 'ACTIVE')
      .returning('id'),

  deletePhones: (customerId: string) =>
    db.deleteFrom('customer_phones').where('customer_id', '=', customerId),
  deleteEmails: (customerId: string) =>
    db.deleteFrom('customer_emails').where('customer_id', '=', customerId),

  insertPhones: (customerId: string, phones: readonly PhoneWrite[]) =>
    db.insertInto('customer_phones').values(
      phones.map((p) => ({
        tenant_id: TENANT,
        customer_id: customerId,
        kind: p.kind,
        digits: p.digits,
        is_primary: p.isPrimary,
      })),
    ),

  insertEmails: (customerId: string, emails: readonly EmailWrite[]) =>
    db.insertInto('customer_emails').values(
      emails.map((e) => ({
        tenant_id: TENANT,
        customer_id: customerId,
        address: e.address,
        is_primary: e.isPrimary,
      })),
    ),
};

/** The columns a create or update writes, keys included (computed by `customerColumns`). */
export interface CustomerColumns {
  party_type: string;
  kind: string;
  name: string;
  name_initials: string;
  search_grams: string[];
  birth_date: string | null;
  sex: string | null;
  business_no: string | null;
  representative_name: string | null;
  sido: string | null;
  sigungu: string | null;
  eupmyeondong: string | null;
  road_address: string | null;
  jibun_address: string | null;
  building_no: string | null;
  address_detail: string | null;
  postal_code: string | null;
  household_key: string | null;
  tags: string[];
}

/** Where a new customer came from: `manual`, or an import's source and batch. */
export interface CustomerOriginColumns {
  source: string;
  import_batch_id: string | null;
}

export interface PhoneWrite {
  kind: string;
  digits: string;
  isPrimary: boolean;
}

export interface EmailWrite {
  address: string;
  isPrimary: boolean;
}

/** A search without a query or filter: every active customer (a list's first page, an export of all). */
export const EVERY_ACTIVE_CUSTOMER: CustomerSearch = {
  match: null,
  status: 'ACTIVE',
  kinds: null,
  partyType: null,
  sigungu: null,
  eupmyeondong: null,
  address: null,
  tags: null,
  consent: null,
  ageBand: null,
};

// ---- examples of every shape, for the snapshot ---------------------------------------------------------

const ID = '00000000-0000-4000-8000-000000000001';
const KEY: CustomerKey = { name: '홍길동', id: '00000000-0000-4000-8000-000000000002' };
const NONE = EVERY_ACTIVE_CUSTOMER;
const SEARCHES: Record<string, CustomerSearch> = {
  all: NONE,
  name: { ...NONE, match: { by: 'name', gram: '홍길', pattern: null } },
  'long name': { ...NONE, match: { by: 'name', gram: '산상사', pattern: '%부산상사%' } },
  initials: { ...NONE, match: { by: 'initials', gram: 'ㄱㄷㅇ', pattern: '%ㅎㄱㄷㅇ%' } },
  'name with a filter': {
    ...NONE,
    sigungu: '연제구',
    match: { by: 'name', gram: '홍길동', pattern: null },
  },
  phone: { ...NONE, match: { by: 'phone', digits: '01012344211' } },
  'last 4': { ...NONE, match: { by: 'last4', last4: '4211' } },
  'e-mail': { ...NONE, match: { by: 'email', normalized: 'hong@example.com' } },
  'customer number': { ...NONE, match: { by: 'customerNo', customerNo: '1024' } },
  'every filter': {
    match: null,
    status: 'ANONYMIZED',
    kinds: ['CURRENT', 'POLICY'],
    partyType: 'PERSON',
    sigungu: '연제구',
    eupmyeondong: '연산동',
    address: ['해운대구', '우동'],
    tags: ['어르신'],
    consent: 'PROMOTION',
    ageBand: 'SEVENTY_PLUS' as AgeBand,
  },
  'unknown age band': { ...NONE, ageBand: 'UNKNOWN' as AgeBand },
  address: { ...NONE, address: ['중앙대로', '1001'] },
  'address with a 시·도': { ...NONE, address: ['부산광역시', '중앙대로'] },
  'one address word': { ...NONE, address: ['연산동'] },
  'address and name': {
    ...NONE,
    address: ['연산동'],
    match: { by: 'name', gram: '홍길동', pattern: null },
  },
  'address and phone': { ...NONE, address: ['연산동'], match: { by: 'phone', digits: '01012344211' } },
  'one custom value': {
    ...NONE,
    customFields: [{ kind: 'equals', key: 'grade', values: ['A'], multi: false }],
  },
  'one of several custom values': {
    ...NONE,
    customFields: [{ kind: 'equals', key: 'grade', values: ['A', 'B'], multi: false }],
  },
  'custom value and name': {
    ...NONE,
    match: { by: 'name', gram: '홍길동', pattern: null },
    customFields: [{ kind: 'equals', key: 'grade', values: ['A'], multi: false }],
  },
  'custom fields': {
    ...NONE,
    customFields: [
      { kind: 'equals', key: 'interest', values: ['welfare'], multi: true },
      { kind: 'equals', key: 'grade', values: ['A', 'B'], multi: false },
      { kind: 'equals', key: 'home', values: [{ sido: '부산광역시' }], multi: false },
      { kind: 'compare', key: 'score', op: '>=', cast: 'numeric', value: '50' },
      { kind: 'like', key: 'note', pattern: '%돌봄%' },
      { kind: 'present', key: 'visit', present: false },
    ],
  },
};

const NUMBER_SORT: CustomerSort = { key: 'score', cast: 'numeric', descending: false };

const COLUMNS_EXAMPLE: CustomerColumns = {
  party_type: 'PERSON',
  kind: 'CURRENT',
  name: '홍길동',
  name_initials: 'ㅎㄱㄷ',
  search_grams: ['홍', '길', '동', '홍길', '길동', '홍길동', 'ㅎ', 'ㄱ', 'ㄷ', 'ㅎㄱ', 'ㄱㄷ', 'ㅎㄱㄷ'],
  birth_date: '1985-03-02',
  sex: 'MALE',
  business_no: null,
  representative_name: null,
  sido: '부산광역시',
  sigungu: '연제구',
  eupmyeondong: '연산동',
  road_address: '부산광역시 연제구 중앙대로 1001',
  jibun_address: null,
  building_no: '1001',
  address_detail: '101동 1001호',
  postal_code: '47545',
  household_key: '47545|부산광역시연제구중앙대로1001|1001|101동1001호',
  tags: ['어르신'],
};

export const CUSTOMER_STATEMENTS: { [K in keyof typeof CustomerQueries]: StatementExamples[string] } = {
  search: Object.fromEntries(
    Object.entries(SEARCHES).flatMap(([label, s]) => [
      [`${label}, first page`, customerSearchStatement(s, null, 51)],
      [`${label}, after a cursor`, customerSearchStatement(s, KEY, 51)],
    ]),
  ),
  sortedSearch: {
    'by a number, first page': sortedSearchStatement(NONE, NUMBER_SORT, null, 51),
    'by a number, after a value': sortedSearchStatement(
      SEARCHES['custom fields'],
      NUMBER_SORT,
      { ...KEY, value: '50' },
      51,
    ),
    'by a date descending, after a customer without one': sortedSearchStatement(
      SEARCHES.name,
      { key: 'visit', cast: 'text', descending: true },
      { ...KEY, value: null },
      51,
    ),
  },
  count: Object.fromEntries(Object.entries(SEARCHES).map(([label, s]) => [label, CustomerQueries.count(s)])),
  primaryContacts: { 'a page': CustomerQueries.primaryContacts([ID, KEY.id]) },
  byId: { one: CustomerQueries.byId(ID) },
  summaryById: { one: CustomerQueries.summaryById(ID) },
  phones: { one: CustomerQueries.phones(ID) },
  emails: { one: CustomerQueries.emails(ID) },
  allocateNumbers: { 'a range': CustomerQueries.allocateNumbers(100) },
  insert: {
    one: CustomerQueries.insert(
      { ...COLUMNS_EXAMPLE, source: 'manual', import_batch_id: null },
      '1024',
      '홍길동',
      { interest: 'welfare' },
    ),
  },
  update: {
    one: CustomerQueries.update(ID, 3, COLUMNS_EXAMPLE, null),
    'with custom fields': CustomerQueries.update(ID, 3, COLUMNS_EXAMPLE, { interest: 'welfare' }),
  },
  deletePhones: { one: CustomerQueries.deletePhones(ID) },
  deleteEmails: { one: CustomerQueries.deleteEmails(ID) },
  insertPhones: {
    two: CustomerQueries.insertPhones(ID, [
      { kind: 'MOBILE', digits: '01012344211', isPrimary: true },
      { kind: 'HOME', digits: '0511234567', isPrimary: false },
    ]),
  },
  insertEmails: { one: CustomerQueries.insertEmails(ID, [{ address: 'hong@example.com', isPrimary: true }]) },
};
