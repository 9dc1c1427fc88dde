import { AppError, badInput } from '@pcrm/tenancy';
import type { MonthRange } from './service-standards.sql';

/** The longest month range a report reads at once. */
export const MONTH_RANGE_LIMIT = 36;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** `YYYY-MM` → `YYYY-MM-01`. */
export const monthStart = (month: string): string => `${month}-01`;

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/** A report's `from`/`to` (`YYYY-MM`, validated by the args) as a month range; refused when reversed or too long. */
export function checkedMonthRange(from: string, to: string): MonthRange {
  const span = monthIndex(to) - monthIndex(from) + 1;
  if (span < 1) throw badInput('to', '끝 월이 시작 월보다 앞설 수 없습니다.', 'to cannot be before from.');
  if (span > MONTH_RANGE_LIMIT)
    throw badInput(
      'to',
      `기간은 ${MONTH_RANGE_LIMIT}개월 이하여야 합니다.`,
      `The range may span at most ${MONTH_RANGE_LIMIT} months.`,
    );
  return { from: monthStart(from), to: monthStart(to) };
}

/**
 * Whether a write failed on the unique key of `field`: the database layer turns a unique violation into a
 * CONFLICT on the field its constraint is named after (`<table>_<field>_key`), which a service rewords.
 */
export const isConflictOn = (error: unknown, field: string): boolean =>
  error instanceof AppError && error.extensions.code === 'CONFLICT' && error.extensions.field === field;
