import { badInput } from '@pcrm/tenancy';
import {
  isInitialsQuery,
  isLastFourQuery,
  nameKey,
  normalizeEmail,
  normalizePhone,
  queryGrams,
} from './customer-keys';
import type { CustomerQueryMatch } from './customers.sql';

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

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
  if (isInitialsQuery(query))
    return { by: 'initials', grams: queryGrams(query), pattern: `%${escapeLike(nameKey(query))}%` };
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
  const grams = queryGrams(query);
  return { by: 'name', grams, pattern: `%${escapeLike(query)}%` };
}
