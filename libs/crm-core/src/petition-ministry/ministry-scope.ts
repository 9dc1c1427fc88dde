import { AppError, ErrorCode, RequestContexts, badInput } from '@pcrm/tenancy';
import { monthsOf, type MonthRangeArgs, type Months } from '../petition-analytics';

/** The longest range a ministry query compares. */
const MAX_MONTHS = 24;

/**
 * Refuses any scope that has a tenant: a tenant token cannot use a ministry query even if a grant were
 * widened by mistake (the roll-ups' rows are visible only to a ministry analyst's scope anyway).
 */
export function requireMinistryScope(): void {
  if (RequestContexts.require().principal.tenantId !== null)
    throw new AppError(
      ErrorCode.Forbidden,
      '시·도 비교는 중앙부처 분석가만 볼 수 있습니다.',
      'Only ministry analysts may use the comparison of governments.',
    );
}

/** The current month in Asia/Seoul, YYYY-MM. */
const seoulMonth = (now: Date): string => new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 7);

/**
 * The months of a ministry query: YYYY-MM, `from` not after `to`, at most 24, and none in the future (a
 * month not begun has no aggregate; asking for one is a mistake worth saying so).
 */
export function ministryMonths(args: MonthRangeArgs, now = new Date()): Months {
  const months = monthsOf(args, MAX_MONTHS);
  const current = seoulMonth(now);
  for (const field of ['from', 'to'] as const)
    if (args[field] > current)
      throw badInput(
        field,
        `${field} 는 미래의 월일 수 없습니다 (이번 달 ${current}).`,
        `${field} cannot be a month in the future (this month is ${current}).`,
      );
  return months;
}
