import { MASKS } from '@pcrm/access';
import { formatPhone } from '../customer-keys';
import { ageBandOf } from './age-band';
import { areaOf, type CustomerSummaryRow } from './customer.rows';
import type { CustomerKind, CustomerStatus, PartyType } from './customer.enums';
import type { Customer, CustomerAddress, CustomerSummary } from './customer.model';

const masked = <T extends string | null>(value: T, mask: (v: string) => string): T =>
  (value === null ? null : mask(value)) as T;

const hidden = (value: string | null): string | null => (value === null ? null : '***');

/** An address down to its 읍·면·동: the street part, building, unit and the last two postal digits hidden. */
function maskedAddress(a: CustomerAddress): CustomerAddress {
  return {
    ...a,
    roadAddress: masked(a.roadAddress, MASKS.address),
    jibunAddress: masked(a.jibunAddress, MASKS.address),
    buildingNo: hidden(a.buildingNo),
    addressDetail: hidden(a.addressDetail),
    postalCode: masked(a.postalCode, (p) => `${p.slice(0, 3)}**`),
  };
}

/** A customer as someone without `customer:personal:read` sees it (the access map lists these fields). */
export function maskedCustomer(c: Customer): Customer {
  return {
    ...c,
    name: MASKS.name(c.name),
    birthDate: masked(c.birthDate, MASKS.date),
    representativeName: masked(c.representativeName, MASKS.name),
    address: maskedAddress(c.address),
    // The key is the normalized address down to the unit: as personal as the address it is made of.
    householdKey: hidden(c.householdKey),
    phones: c.phones.map((p) => ({ ...p, number: MASKS.phone(p.number) })),
    emails: c.emails.map((e) => ({ ...e, address: MASKS.email(e.address) })),
  };
}

/** The rows of `primaryContacts` as each customer's first phone and e-mail. */
export function primaryContactsOf(
  rows: readonly { customer_id: string; kind: 'phone' | 'email'; value: string }[],
): Map<string, { phone?: string; email?: string }> {
  const contacts = new Map<string, { phone?: string; email?: string }>();
  for (const c of rows) {
    const entry = contacts.get(c.customer_id) ?? {};
    entry[c.kind] ??= c.value;
    contacts.set(c.customer_id, entry);
  }
  return contacts;
}

/** A list row: masked for every role (lists write no access-log entry per row, so they show nothing personal). */
export function toSummary(
  row: CustomerSummaryRow,
  contacts: { phone?: string; email?: string } = {},
): CustomerSummary {
  return {
    id: row.id,
    customerNo: row.customer_no,
    partyType: row.party_type as PartyType,
    kind: row.kind as CustomerKind,
    status: row.status as CustomerStatus,
    name: MASKS.name(row.name),
    primaryPhone: contacts.phone ? MASKS.phone(formatPhone(contacts.phone)) : null,
    primaryEmail: contacts.email ? MASKS.email(contacts.email) : null,
    area: areaOf(row),
    ageBand: ageBandOf(row.birth_date),
    tags: row.tags,
    lastContactAt: row.last_contact_at,
  };
}
