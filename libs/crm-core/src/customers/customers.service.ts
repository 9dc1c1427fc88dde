import { Inject, Injectable } from '@nestjs/common';
import { Permission, can } from '@pcrm/access';
import { CustomFieldFilters, CustomFieldValuesValidator, maskedValue } from '@pcrm/customization';
import {
  Cursor,
  RequestContexts,
  TenantDatabase,
  badInput,
  conflict,
  notFound,
  recordAudit,
  run,
  runOne,
  type Sql,
} from '@pcrm/tenancy';
import {
  CustomerQueries as Q,
  type CustomerKey,
  type CustomerSearch,
  type SortedCustomerKey,
} from './customers.sql';
import { customerSearchOf } from './customer-query';
import { currentActor } from './record-checks';
import { checkCustomer, type CustomerFields, type CustomerWrite } from './customer-write';
import { maskedCustomer, primaryContactsOf, toSummary } from './customer-masking';
import {
  toCustomer,
  type CustomerDetailRow,
  type CustomerSummaryRow,
  type EmailRow,
  type PhoneRow,
} from './customer.rows';
import { CustomerStatus } from './customer.enums';
import { CUSTOMER_ENTITY } from './customers.entity';
import type { Customer, CustomerConnection, CustomerSummary } from './customer.model';
import type {
  CreateCustomerInput,
  CustomerFilter,
  CustomerSort as CustomerSortInput,
  UpdateCustomerInput,
} from './customer.inputs';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const customerNotFound = () => notFound('고객', 'Customer');

const staleVersion = () =>
  conflict(
    'version',
    '다른 사람이 먼저 이 고객 정보를 바꾸었습니다. 새로 불러온 뒤 다시 고쳐 주세요.',
    'Someone changed this customer first. Reload it and edit again.',
  );

/** The (name, id) key a customer cursor carries; anything else is the caller's error. */
function afterKey(cursor: string): CustomerKey {
  const [name, id] = Cursor.decode(cursor, 2);
  if (
    typeof name === 'string' &&
    name.length <= 200 &&
    !name.includes('\u0000') &&
    typeof id === 'string' &&
    UUID.test(id)
  )
    return { name, id };
  throw badInput('after', '페이지 커서(after)가 올바르지 않습니다.', 'The page cursor (after) is invalid.');
}

/** A list row of a custom-value order, with the value (`custom_fields -> key`, null when absent). */
type SortedRow = CustomerSummaryRow & { sort_value: unknown };

/** The text SQL compares a sort value as (`->>`), or null when the customer has none. */
const sortText = (value: unknown): string | null =>
  value === null || value === undefined ? null : typeof value === 'string' ? value : JSON.stringify(value);

/** A cursor of a custom-value order: the field's key, whether the row has a value, the value, name and id. */
const sortedCursor = (key: string, row: SortedRow): string => {
  const value = sortText(row.sort_value);
  return Cursor.encode([key, value === null ? 0 : 1, value ?? '', row.name, row.id]);
};

function sortedAfterKey(cursor: string, sortKey: string): SortedCustomerKey {
  const [key, present, value, name, id] = Cursor.decode(cursor, 5);
  if (
    key === sortKey &&
    (present === 0 || present === 1) &&
    typeof value === 'string' &&
    value.length <= 10_000
  ) {
    const { name: n, id: i } = afterKey(Cursor.encode([name, id]));
    return { name: n, id: i, value: present === 1 ? value : null };
  }
  throw badInput(
    'after',
    '페이지 커서(after)가 이 정렬의 것이 아닙니다.',
    'The page cursor (after) does not belong to this sort.',
  );
}

/** Where a customer came from, when not typed in by staff. */
export interface CustomerOrigin {
  source?: string;
  importBatchId?: string | null;
  /** A number taken beforehand with `allocateCustomerNumbers` (imports take a range at once). */
  customerNo?: string;
}

/** What the audit trail keeps of a customer: no personal values, only what changed. */
const auditView = (c: Customer) => ({
  customerNo: c.customerNo,
  partyType: c.partyType,
  kind: c.kind,
  status: c.status,
  tags: c.tags,
});

const changedFields = (before: Customer, after: Customer): string[] =>
  (Object.keys(after) as (keyof Customer)[]).filter(
    (k) =>
      !['updatedAt', 'version', 'ageBand'].includes(k) &&
      JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );

/** Customers: search, the customer 360 profile, create and update. */
@Injectable()
export class CustomersService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(CustomFieldValuesValidator) private readonly customValues: CustomFieldValuesValidator,
    @Inject(CustomFieldFilters) private readonly customFilters: CustomFieldFilters,
  ) {}

  private get sql(): Sql {
    return this.db.request();
  }

  /** The record's custom values after `patch` (null `previous` on create), checked against the tenant's fields. */
  private customFields(patch: CustomerFields['customFields'], previous: Record<string, unknown> | null) {
    const { roles } = RequestContexts.require().principal;
    return this.customValues.validate(CUSTOMER_ENTITY.id, patch, previous, { roles });
  }

  private get actor(): string {
    return currentActor();
  }

  /** A filter as SQL takes it; the query string is interpreted by its shape. */
  searchOf(filter: CustomerFilter | null | undefined): CustomerSearch {
    return customerSearchOf(filter);
  }

  /** The filter as SQL takes it, its custom-field conditions checked against the caller's readable fields. */
  async checkedSearch(filter: CustomerFilter | null | undefined): Promise<CustomerSearch> {
    const { roles } = RequestContexts.require().principal;
    return {
      ...this.searchOf(filter),
      customFields: await this.customFilters.conditions(
        CUSTOMER_ENTITY.id,
        filter?.customFields,
        roles,
        Permission.CustomerPersonalRead,
      ),
    };
  }

  /** One page of customers in (name, id) order: one statement for the page, one for its phones and e-mails. */
  async search(first: number, after: string | null | undefined, filter?: CustomerFilter | null) {
    const search = await this.checkedSearch(filter);
    const key = after ? afterKey(after) : null;
    const rows = await run(this.sql, Q.search(search, key, first + 1));
    return this.connection(rows as CustomerSummaryRow[], first, async () => {
      return (await runOne(this.sql, Q.count(search))).n;
    });
  }

  /**
   * One page of customers ordered by a custom field (`sort`), then (name, id); the cursor carries the field's
   * key, so a cursor of another order is refused. Each row shows the value it was sorted by.
   */
  async sortedSearch(
    first: number,
    after: string | null | undefined,
    filter: CustomerFilter | null | undefined,
    sort: CustomerSortInput,
  ) {
    const { roles } = RequestContexts.require().principal;
    const [search, by] = await Promise.all([
      this.checkedSearch(filter),
      this.customFilters.sort(
        CUSTOMER_ENTITY.id,
        sort.customField,
        roles,
        Permission.CustomerPersonalRead,
        'sort.customField',
      ),
    ]);
    const order = { key: by.key, cast: by.cast, descending: sort.descending };
    const key = after ? sortedAfterKey(after, by.key) : null;
    const rows = (await run(this.sql, Q.sortedSearch(search, order, key, first + 1))) as SortedRow[];
    const page = rows.slice(0, first);
    const nodes = await this.summaries(page);
    const edges = page.map((row, i) => ({
      cursor: sortedCursor(by.key, row),
      node: {
        ...nodes[i],
        sortValue:
          row.sort_value === null ? null : by.personalData ? maskedValue(by, row.sort_value) : row.sort_value,
      },
    }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      count: async () => (await runOne(this.sql, Q.count(search))).n,
    };
  }

  /**
   * A page of list rows as a `CustomerConnection` (masked, with primary phone and e-mail): for any list of
   * customers in (name, id) order; `rows` holds up to `first + 1` rows.
   */
  async connection(
    rows: CustomerSummaryRow[],
    first: number,
    count: () => Promise<number>,
  ): Promise<CustomerConnection> {
    const page = rows.slice(0, first);
    const nodes = await this.summaries(page);
    const edges = page.map((row, i) => ({ cursor: Cursor.encode([row.name, row.id]), node: nodes[i] }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      count,
    };
  }

  /** List rows as masked summaries, their primary phones and e-mails read in one statement. */
  async summaries(rows: readonly CustomerSummaryRow[]): Promise<CustomerSummary[]> {
    if (rows.length === 0) return [];
    const contacts = primaryContactsOf(await run(this.sql, Q.primaryContacts(rows.map((r) => r.id))));
    return rows.map((row) => toSummary(row, contacts.get(row.id)));
  }

  /** The stored customer, unmasked (for other capabilities' own logic; never hand it to a caller as is). */
  async findById(id: string): Promise<Customer | null> {
    const [row] = await run(this.sql, Q.byId(id));
    if (!row) return null;
    const [phones, emails] = await Promise.all([run(this.sql, Q.phones(id)), run(this.sql, Q.emails(id))]);
    return toCustomer(row as CustomerDetailRow, phones as PhoneRow[], emails as EmailRow[]);
  }

  /** The customer as the caller may see it: personal fields masked without `customer:personal:read`. */
  visible(customer: Customer): Customer {
    const { roles } = RequestContexts.require().principal;
    return can(roles, Permission.CustomerPersonalRead) ? customer : maskedCustomer(customer);
  }

  async open(id: string): Promise<Customer> {
    const customer = await this.findById(id);
    if (!customer) throw customerNotFound();
    return this.visible(customer);
  }

  /**
   * The customer `id` names, which must be active: NOT_FOUND when the tenant has none, CONFLICT on `field`
   * when it was merged or anonymized (contacts, relations and consents go to the surviving record).
   */
  async requireActive(id: string, field: string): Promise<CustomerSummaryRow> {
    const [row] = await run(this.sql, Q.summaryById(id));
    if (!row) throw customerNotFound();
    if (row.status !== CustomerStatus.ACTIVE)
      throw conflict(
        field,
        row.status === CustomerStatus.MERGED
          ? '다른 고객에 병합된 고객입니다. 병합되어 남은 고객에 기록해 주세요.'
          : '익명화된 고객에는 기록할 수 없습니다.',
        row.status === CustomerStatus.MERGED
          ? 'This customer was merged into another: record on the surviving customer.'
          : 'An anonymized customer takes no new records.',
      );
    return row as CustomerSummaryRow;
  }

  /**
   * Where the customer's notices about their own case go: a mobile number (the primary one first, else the
   * first phone) and the primary e-mail address, as stored.
   */
  async replyContact(id: string): Promise<{ phone: string | null; email: string | null }> {
    const [phones, emails] = await Promise.all([run(this.sql, Q.phones(id)), run(this.sql, Q.emails(id))]);
    return {
      phone: (phones.find((p) => p.kind === 'MOBILE') ?? phones[0])?.digits ?? null,
      email: emails[0]?.address ?? null,
    };
  }

  /** `count` customer numbers of the tenant, consecutive, never handed out again. */
  async allocateCustomerNumbers(count: number): Promise<string[]> {
    if (!Number.isInteger(count) || count < 1 || count > 1_000_000)
      throw new RangeError(`cannot allocate ${count} customer numbers`);
    const { first } = await runOne(this.sql, Q.allocateNumbers(count));
    const start = BigInt(first);
    return Array.from({ length: count }, (_, i) => (start + BigInt(i)).toString());
  }

  /** Checks and stores a new customer with its keys, phones and e-mails; audited. Returns its id. */
  async create(fields: CustomerFields, origin: CustomerOrigin = {}): Promise<string> {
    const write = checkCustomer(fields);
    const customFields = await this.customFields(fields.customFields, null);
    const customerNo = origin.customerNo ?? (await this.allocateCustomerNumbers(1))[0];
    const { id } = await runOne(
      this.sql,
      Q.insert(
        {
          ...write.columns,
          source: origin.source ?? 'manual',
          import_batch_id: origin.importBatchId ?? null,
        },
        customerNo,
        this.actor,
        customFields,
      ),
    );
    await this.writeContacts(id, write);
    await recordAudit(this.sql, {
      action: 'create',
      entity: 'customer',
      entityId: id,
      after: {
        customerNo,
        partyType: fields.partyType,
        kind: fields.kind,
        source: origin.source ?? 'manual',
      },
    });
    return id;
  }

  async createCustomer(input: CreateCustomerInput): Promise<Customer> {
    const id = await this.create(fieldsOf(input));
    return this.visible((await this.findById(id))!);
  }

  async update(input: UpdateCustomerInput): Promise<Customer> {
    const before = await this.findById(input.id);
    if (!before) throw customerNotFound();
    if (before.status !== CustomerStatus.ACTIVE)
      throw conflict(
        'id',
        '병합되었거나 익명화된 고객은 고칠 수 없습니다.',
        'A merged or anonymized customer cannot be edited.',
      );
    const write = checkCustomer(mergeUpdate(before, input));
    const customFields =
      input.customFields == null ? null : await this.customFields(input.customFields, before.customFields);
    const [updated] = await run(this.sql, Q.update(input.id, input.version, write.columns, customFields));
    if (!updated) throw staleVersion();
    if (input.phones !== undefined || input.emails !== undefined) {
      await this.writeContacts(input.id, write, {
        phones: input.phones !== undefined,
        emails: input.emails !== undefined,
      });
    }
    const after = (await this.findById(input.id))!;
    await recordAudit(this.sql, {
      action: 'update',
      entity: 'customer',
      entityId: input.id,
      before: auditView(before),
      after: { ...auditView(after), changed: changedFields(before, after) },
    });
    return this.visible(after);
  }

  /** Replaces the phone and e-mail lists (all of them on create). */
  private async writeContacts(
    id: string,
    write: CustomerWrite,
    replace: { phones: boolean; emails: boolean } = { phones: true, emails: true },
  ): Promise<void> {
    if (replace.phones) {
      await run(this.sql, Q.deletePhones(id));
      if (write.phones.length) await run(this.sql, Q.insertPhones(id, write.phones));
    }
    if (replace.emails) {
      await run(this.sql, Q.deleteEmails(id));
      if (write.emails.length) await run(this.sql, Q.insertEmails(id, write.emails));
    }
  }
}

/** The GraphQL create input as plain customer fields. */
function fieldsOf(input: CreateCustomerInput): CustomerFields {
  return {
    partyType: input.partyType,
    kind: input.kind,
    name: input.name,
    birthDate: input.birthDate,
    sex: input.sex,
    businessNo: input.businessNo,
    representativeName: input.representativeName,
    address: input.address,
    phones: input.phones ?? [],
    emails: input.emails ?? [],
    tags: input.tags ?? [],
    customFields: input.customFields,
  };
}

/** The stored customer with what the update sends: absent keeps, null clears (name, type and kind only change). */
function mergeUpdate(before: Customer, input: UpdateCustomerInput): CustomerFields {
  const pick = <T>(sent: T | null | undefined, kept: T | null): T | null =>
    sent === undefined ? kept : sent;
  return {
    partyType: input.partyType ?? before.partyType,
    kind: input.kind ?? before.kind,
    name: input.name ?? before.name,
    birthDate: pick(input.birthDate, before.birthDate),
    sex: pick(input.sex, before.sex),
    businessNo: pick(input.businessNo, before.businessNo),
    representativeName: pick(input.representativeName, before.representativeName),
    address: input.address === undefined ? before.address : input.address,
    phones:
      input.phones === undefined
        ? before.phones.map((p) => ({ kind: p.kind, number: p.number, isPrimary: p.isPrimary }))
        : (input.phones ?? []),
    emails:
      input.emails === undefined
        ? before.emails.map((e) => ({ address: e.address, isPrimary: e.isPrimary }))
        : (input.emails ?? []),
    tags: input.tags ?? before.tags,
  };
}
