import type { CustomFieldFormValues } from '../customization/fields';
import type {
  CreateCustomerInput,
  CustomerKind,
  PartyType,
  PhoneKind,
  Sex,
  UpdateCustomerInput,
} from '../graphql/generated/graphql';
import type { CustomerDetail } from './queries';

const ADDRESS_PARTS = [
  'sido',
  'sigungu',
  'eupmyeondong',
  'roadAddress',
  'jibunAddress',
  'buildingNo',
  'addressDetail',
  'postalCode',
] as const;
export type AddressPart = (typeof ADDRESS_PARTS)[number];
export { ADDRESS_PARTS };

/** The customer form's values (all text as typed; empty optional values are left out of the input). */
export interface CustomerFormValues {
  partyType: PartyType;
  kind: CustomerKind;
  name: string;
  birthDate?: string;
  sex?: Sex | null;
  businessNo?: string;
  representativeName?: string;
  address: Partial<Record<AddressPart, string>>;
  phones: { kind: PhoneKind; number: string; isPrimary?: boolean }[];
  emails: { address: string; isPrimary?: boolean }[];
  tags: string[];
  /** The tenant's custom fields by key (drawn and converted by `customization/fields`). */
  customFields?: CustomFieldFormValues;
}

export const EMPTY_FORM: CustomerFormValues = {
  partyType: 'PERSON',
  kind: 'CURRENT',
  name: '',
  address: {},
  phones: [{ kind: 'MOBILE', number: '', isPrimary: true }],
  emails: [],
  tags: [],
};

export function formFromCustomer(c: CustomerDetail): CustomerFormValues {
  return {
    partyType: c.partyType,
    kind: c.kind,
    name: c.name,
    birthDate: c.birthDate ?? undefined,
    sex: c.sex ?? null,
    businessNo: c.businessNo ?? undefined,
    representativeName: c.representativeName ?? undefined,
    address: Object.fromEntries(ADDRESS_PARTS.map((p) => [p, c.address?.[p] ?? ''])),
    phones: c.phones.map((p) => ({ kind: p.kind, number: p.number, isPrimary: p.isPrimary })),
    emails: c.emails.map((m) => ({ address: m.address, isPrimary: m.isPrimary })),
    tags: [...c.tags],
  };
}

const trimmed = (v: string | undefined | null) => (v ?? '').trim();

/** Lists without blank rows; the first row is primary when none is marked. */
function cleanList<T extends { isPrimary?: boolean }>(rows: T[], filled: (row: T) => boolean): T[] {
  const kept = rows.filter(filled).map((r) => ({ ...r, isPrimary: Boolean(r.isPrimary) }));
  if (kept.length && !kept.some((r) => r.isPrimary)) kept[0].isPrimary = true;
  return kept;
}

function normalized(v: CustomerFormValues) {
  const person = v.partyType === 'PERSON';
  const address = Object.fromEntries(
    ADDRESS_PARTS.map((p) => [p, trimmed(v.address?.[p]) || null]),
  ) as Record<AddressPart, string | null>;
  return {
    kind: v.kind,
    name: trimmed(v.name),
    birthDate: person ? trimmed(v.birthDate) || null : null,
    sex: person ? (v.sex ?? null) : null,
    businessNo: person ? null : trimmed(v.businessNo) || null,
    representativeName: person ? null : trimmed(v.representativeName) || null,
    address: Object.values(address).some(Boolean) ? address : null,
    phones: cleanList(v.phones ?? [], (p) => trimmed(p.number) !== '').map((p) => ({
      kind: p.kind,
      number: trimmed(p.number),
      isPrimary: p.isPrimary,
    })),
    emails: cleanList(v.emails ?? [], (m) => trimmed(m.address) !== '').map((m) => ({
      address: trimmed(m.address),
      isPrimary: m.isPrimary,
    })),
    tags: [...new Set((v.tags ?? []).map((t) => t.trim()).filter(Boolean))],
  };
}

export function createInput(v: CustomerFormValues): CreateCustomerInput {
  const n = normalized(v);
  const input: CreateCustomerInput = { partyType: v.partyType, kind: n.kind, name: n.name, tags: n.tags };
  if (n.birthDate) input.birthDate = n.birthDate;
  if (n.sex) input.sex = n.sex;
  if (n.businessNo) input.businessNo = n.businessNo;
  if (n.representativeName) input.representativeName = n.representativeName;
  if (n.address) input.address = n.address;
  if (n.phones.length) input.phones = n.phones;
  if (n.emails.length) input.emails = n.emails;
  return input;
}

/**
 * Only what the user changed: values the role sees masked (홍*동, 010-****-4211) go back to the API only
 * when the user typed new ones.
 */
export function updateInput(
  id: string,
  version: number,
  before: CustomerFormValues,
  after: CustomerFormValues,
): UpdateCustomerInput {
  const a = normalized(before);
  const b = normalized(after);
  const input: UpdateCustomerInput = { id, version };
  const changed = (k: keyof typeof a) => JSON.stringify(a[k]) !== JSON.stringify(b[k]);
  if (changed('kind')) input.kind = b.kind;
  if (changed('name')) input.name = b.name;
  if (changed('birthDate')) input.birthDate = b.birthDate;
  if (changed('sex')) input.sex = b.sex;
  if (changed('businessNo')) input.businessNo = b.businessNo;
  if (changed('representativeName')) input.representativeName = b.representativeName;
  if (changed('address'))
    input.address = b.address ?? Object.fromEntries(ADDRESS_PARTS.map((p) => [p, null]));
  if (changed('phones')) input.phones = b.phones;
  if (changed('emails')) input.emails = b.emails;
  if (changed('tags')) input.tags = b.tags;
  return input;
}

/** `input.phones[1].number` → ['phones', 1, 'number'] (a form field path), or null for a path the form has no field for. */
export function formPath(apiField: string | undefined): (string | number)[] | null {
  if (!apiField) return null;
  const parts = apiField
    .replace(/^input\./, '')
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  return parts.length ? parts : null;
}
