import { randomBytes } from 'node:crypto';
import type { Client } from 'pg';
import { hangulInitials, searchGrams } from '../../../../libs/crm-core/src/customers/customer-keys';

/** A customer row written straight into a tenant as the owner (outside RLS), for specs that read customers. */
export interface OwnerCustomer {
  name: string;
  partyType?: 'PERSON' | 'ORGANIZATION';
  kind?: 'CURRENT' | 'ACQUIRED' | 'POLICY';
  birthDate?: string | null;
  sigungu?: string | null;
  tags?: string[];
  source?: string;
  mobile?: string;
  email?: string;
}

/** A customer number no other spec picks (they count up from 1). */
const customerNo = () => 9_000_000_000 + randomBytes(4).readUInt32BE(0);

export async function insertCustomers(
  owner: Client,
  tenant: string,
  rows: OwnerCustomer[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const c of rows) {
    const { rows: inserted } = await owner.query<{ id: string }>(
      `INSERT INTO customers (tenant_id, customer_no, party_type, kind, name, name_initials, search_grams,
         birth_date, sigungu, tags, source, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'spec') RETURNING id`,
      [
        tenant,
        customerNo(),
        c.partyType ?? 'PERSON',
        c.kind ?? 'CURRENT',
        c.name,
        hangulInitials(c.name),
        searchGrams(c.name),
        c.birthDate ?? null,
        c.sigungu ?? null,
        c.tags ?? [],
        c.source ?? 'manual',
      ],
    );
    const id = inserted[0].id;
    if (c.mobile)
      await owner.query(
        `INSERT INTO customer_phones (tenant_id, customer_id, kind, digits, is_primary) VALUES ($1, $2, 'MOBILE', $3, true)`,
        [tenant, id, c.mobile],
      );
    if (c.email)
      await owner.query(
        `INSERT INTO customer_emails (tenant_id, customer_id, address, is_primary) VALUES ($1, $2, $3, true)`,
        [tenant, id, c.email],
      );
    ids.push(id);
  }
  return ids;
}

/** A word no other spec's data holds: a tag or source that confines a spec's counts to its own rows. */
export const uniqueWord = (prefix: string): string => `${prefix}-${randomBytes(4).toString('hex')}`;
