import { badInput } from '@pcrm/tenancy';
import {
  addressWords,
  isInitialsQuery,
  isLastFourQuery,
  MAX_GRAM,
  nameKey,
  normalizeEmail,
  normalizePhone,
  queryGram,
} from '../customer-keys';
import type { CustomerQueryMatch, CustomerSearch } from './customers.sql';
import type { CustomerFilter } from './customer.inputs';
import { CustomerStatus } from './customer.enums';

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The pattern a name or 초성 query is confirmed by, or null when its gram is the whole query: every customer
 * holding a gram of up to three characters contains it.
 */
const confirmation = (query: string): string | null => {
  const key = nameKey(query);
  return Array.from(key).length > MAX_GRAM ? `%${escapeLike(key)}%` : null;
};

/** The largest customer number a bigint holds has 19 digits; 18 keeps every value in range. */
const CUSTOMER_NO = /^\d{1,18}$/u;

/**
 * What a search box's text means, by its shape: 초성 (ㅎㄱㄷ) → initials; an e-mail; four digits → the last
 * four digits of a phone; a Korean phone number in any spelling → the phone; other digits → the customer
 * number; anything else → part of the name. Blank means no query.
 */
export function interpretQuery(raw: string | null | undefined): CustomerQueryMatch | null {
  const query = (raw ?? '').normalize('NFC').trim().replace(/\s+/gu, ' ');
  if (!query) return null;
  if (isInitialsQuery(query)) return { by: 'initials', gram: queryGram(query), pattern: confirmation(query) };
  if (query.includes('@')) {
    const normalized = normalizeEmail(query);
    if (normalized) return { by: 'email', normalized };
  }
  if (isLastFourQuery(query)) return { by: 'last4', last4: query };
  const digits = normalizePhone(query);
  if (digits) return { by: 'phone', digits };
  if (/^[\d\s\-+().]+$/u.test(query)) {
    const bare = query.replace(/\D/gu, '');
    if (CUSTOMER_NO.test(bare) && bare === query) return { by: 'customerNo', customerNo: bare };
    throw badInput(
      'filter.query',
      `'${query}' 은(는) 올바른 전화번호나 고객번호가 아닙니다.`,
      `'${query}' is neither a valid phone number nor a customer number.`,
    );
  }
  return { by: 'name', gram: queryGram(query), pattern: confirmation(query) };
}

/** The address filter's whole words, or null when blank (no filter). */
const addressFilter = (raw: string | null | undefined): string[] | null => {
  const words = addressWords(raw ?? '');
  return words.length ? words : null;
};

/** A filter as SQL takes it: the query string interpreted by its shape, active customers by default. */
export function customerSearchOf(filter: CustomerFilter | null | undefined): CustomerSearch {
  const f = filter ?? {};
  return {
    match: interpretQuery(f.query),
    status: f.status ?? CustomerStatus.ACTIVE,
    kinds: f.kinds?.length ? f.kinds : null,
    partyType: f.partyType ?? null,
    sigungu: f.sigungu?.trim() || null,
    eupmyeondong: f.eupmyeondong?.trim() || null,
    address: addressFilter(f.address),
    tags: f.tags?.length ? f.tags : null,
    consent: f.consent ?? null,
    ageBand: f.ageBand ?? null,
  };
}
