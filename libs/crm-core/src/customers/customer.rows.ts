import { formatPhone } from './customer-keys';
import { ageBandOf } from './age-band';
import type { CustomerKind, CustomerPhoneKind, CustomerStatus, PartyType, Sex } from './customer.enums';
import type { Customer, CustomerEmail, CustomerPhone } from './customer.model';

/** The columns of a customer list row (`SUMMARY_COLUMNS`). */
export interface CustomerSummaryRow {
  id: string;
  customer_no: string;
  party_type: string;
  kind: string;
  status: string;
  name: string;
  sigungu: string | null;
  eupmyeondong: string | null;
  birth_date: string | null;
  tags: string[];
  last_contact_at: Date | null;
}

export interface CustomerDetailRow extends CustomerSummaryRow {
  name_initials: string;
  sex: string | null;
  business_no: string | null;
  representative_name: string | null;
  sido: string | null;
  road_address: string | null;
  jibun_address: string | null;
  building_no: string | null;
  address_detail: string | null;
  postal_code: string | null;
  household_key: string | null;
  source: string;
  import_batch_id: string | null;
  merged_into_id: string | null;
  custom_fields: Record<string, unknown>;
  created_at: Date;
  updated_at: Date;
  version: number;
}

export interface PhoneRow {
  id: string;
  kind: string;
  digits: string;
  is_primary: boolean;
}

export interface EmailRow {
  id: string;
  address: string;
  is_primary: boolean;
}

/** 시·군·구 읍·면·동 as one line, or null. */
export const areaOf = (row: Pick<CustomerSummaryRow, 'sigungu' | 'eupmyeondong'>): string | null =>
  [row.sigungu, row.eupmyeondong].filter(Boolean).join(' ') || null;

/** A stored customer, unmasked: what the service works with before deciding what the caller may see. */
export function toCustomer(row: CustomerDetailRow, phones: PhoneRow[], emails: EmailRow[]): Customer {
  return {
    id: row.id,
    customerNo: row.customer_no,
    partyType: row.party_type as PartyType,
    kind: row.kind as CustomerKind,
    status: row.status as CustomerStatus,
    name: row.name,
    birthDate: row.birth_date,
    sex: row.sex as Sex | null,
    ageBand: ageBandOf(row.birth_date),
    businessNo: row.business_no,
    representativeName: row.representative_name,
    address: {
      sido: row.sido,
      sigungu: row.sigungu,
      eupmyeondong: row.eupmyeondong,
      roadAddress: row.road_address,
      jibunAddress: row.jibun_address,
      buildingNo: row.building_no,
      addressDetail: row.address_detail,
      postalCode: row.postal_code,
    },
    householdKey: row.household_key,
    phones: phones.map((p): CustomerPhone => ({
      id: p.id,
      kind: p.kind as CustomerPhoneKind,
      number: formatPhone(p.digits),
      isPrimary: p.is_primary,
    })),
    emails: emails.map((e): CustomerEmail => ({ id: e.id, address: e.address, isPrimary: e.is_primary })),
    tags: row.tags,
    source: row.source,
    importBatchId: row.import_batch_id,
    mergedIntoId: row.merged_into_id,
    lastContactAt: row.last_contact_at,
    customFields: row.custom_fields,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}
