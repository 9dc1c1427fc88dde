import { personalFields } from './access-map';
import { can } from './permissions';
import { MASKS } from './masking';

/**
 * The record as `roles` may see it: each personal field of `typeName` masked unless the roles hold the
 * field's `unmaskedBy` permission. Nulls stay null.
 */
export function maskPersonalData<T extends object>(typeName: string, record: T, roles: readonly string[]): T {
  let out: T = record;
  for (const [field, rule] of Object.entries(personalFields(typeName))) {
    const value = (record as Record<string, unknown>)[field];
    if (typeof value !== 'string' || can(roles, rule.unmaskedBy)) continue;
    out = { ...out, [field]: MASKS[rule.mask](value) };
  }
  return out;
}
