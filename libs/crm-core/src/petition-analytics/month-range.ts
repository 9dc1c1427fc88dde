import { ArgsType, Field } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { badInput, say } from '@pcrm/tenancy';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
/** Seoul is UTC+9 all year (no daylight saving time). */
const SEOUL_OFFSET_MS = 9 * 3_600_000;

/** A range of whole months, `from` to `to` inclusive (YYYY-MM), in Asia/Seoul. */
@ArgsType()
export class MonthRangeArgs {
  @Field({ description: '시작 월 (YYYY-MM, 포함)' })
  @Matches(MONTH, say('from 은 YYYY-MM 형식의 월이어야 합니다.', 'from must be a month as YYYY-MM.'))
  from!: string;

  @Field({ description: '끝 월 (YYYY-MM, 포함)' })
  @Matches(MONTH, say('to 는 YYYY-MM 형식의 월이어야 합니다.', 'to must be a month as YYYY-MM.'))
  to!: string;
}

export interface Months {
  /** Every month of the range, YYYY-MM, ascending. */
  readonly list: string[];
  /** The range as a half-open time range [start of `from`, start of the month after `to`). */
  readonly from: Date;
  readonly to: Date;
}

const startOf = (year: number, monthIndex: number) =>
  new Date(Date.UTC(year, monthIndex, 1) - SEOUL_OFFSET_MS);
const label = (year: number, monthIndex: number) => {
  const d = new Date(Date.UTC(year, monthIndex, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
};

/** The months of a validated range; `from` after `to` or more than `maxMonths` months is the caller's error. */
export function monthsOf(args: MonthRangeArgs, maxMonths: number, shiftYears = 0): Months {
  const [fy, fm] = args.from.split('-').map(Number);
  const [ty, tm] = args.to.split('-').map(Number);
  const count = (ty - fy) * 12 + (tm - fm) + 1;
  if (count < 1) throw badInput('to', '끝 월(to)이 시작 월(from)보다 앞섭니다.', 'to is before from.');
  if (count > maxMonths)
    throw badInput(
      'to',
      `기간은 ${maxMonths}개월 이하여야 합니다.`,
      `The range must be at most ${maxMonths} months.`,
    );
  const y = fy - shiftYears;
  return {
    list: Array.from({ length: count }, (_, i) => label(y, fm - 1 + i)),
    from: startOf(y, fm - 1),
    to: startOf(y, fm - 1 + count),
  };
}

/** The same month a year earlier: 2026-03 → 2025-03. */
export const yearBefore = (month: string): string => `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;
