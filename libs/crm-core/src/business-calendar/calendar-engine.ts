/**
 * The statutory deadline rules on a tenant's business calendar, with no I/O: what goes in (office hours,
 * national and tenant holidays) is data, what comes out is an instant. Asia/Seoul has kept UTC+9 without
 * daylight saving since 1988, so local days are fixed 24-hour slices of UTC shifted by nine hours.
 */

export type PeriodUnit = 'HOURS' | 'DAYS' | 'WEEKS' | 'MONTHS' | 'YEARS';
export interface StatutoryPeriod {
  value: number;
  unit: PeriodUnit;
}

/** How a deadline was counted: working hours (≤ 5 days, hours), working days (≥ 6 days), the calendar. */
export type CountedIn = 'HOURS' | 'DAYS' | 'CALENDAR';

export interface Deadline {
  dueAt: Date;
  countedIn: CountedIn;
  /** The first working moment the period counts from (receipt, or the next working morning). */
  startsAt: Date;
  /**
   * Years the count walked through for which the national-holiday data has nothing: there only weekends and
   * the tenant's own holidays were excluded. Empty when the count is complete.
   */
  nationalHolidaysUnknownFor: number[];
}

export type HolidaySource = 'NATIONAL' | 'LOCAL' | 'TEMPORARY';
export type TenantHolidayKind = Exclude<HolidaySource, 'NATIONAL'>;

export interface HolidayEntry {
  /** Local date, YYYY-MM-DD. */
  day: string;
  name: string;
  source: HolidaySource;
}

/** Times of day in minutes after local midnight; the working day is [start, lunchStart) + [lunchEnd, end). */
export interface OfficeHours {
  start: number;
  lunchStart: number;
  lunchEnd: number;
  end: number;
}

/** 09:00–18:00 with lunch 12:00–13:00: eight working hours. */
export const DEFAULT_OFFICE_HOURS: OfficeHours = { start: 540, lunchStart: 720, lunchEnd: 780, end: 1080 };

/** A statutory day is eight working hours (민원 처리에 관한 법률 시행령 제19조). */
export const HOURS_PER_DAY = 8;
/** Periods up to this many days are counted in working hours; longer ones in working days. */
export const HOUR_RULE_MAX_DAYS = 5;
/** 즉시: three working hours. */
export const IMMEDIATE: StatutoryPeriod = { value: 3, unit: 'HOURS' };

/** The longest period accepted per unit: beyond these a period is a typing error, not a statute. */
export const PERIOD_LIMITS: Record<PeriodUnit, number> = {
  HOURS: 400,
  DAYS: 365,
  WEEKS: 104,
  MONTHS: 36,
  YEARS: 5,
};

const UNIT_KO: Record<PeriodUnit, string> = {
  HOURS: '시간',
  DAYS: '일',
  WEEKS: '주',
  MONTHS: '개월',
  YEARS: '년',
};

/** Why a period cannot be counted (Korean, English), or null when it can. */
export function periodProblem(period: StatutoryPeriod): { ko: string; en: string } | null {
  const max = PERIOD_LIMITS[period.unit];
  if (max === undefined) return { ko: '기간 단위가 올바르지 않습니다.', en: 'Unknown period unit.' };
  if (!Number.isInteger(period.value) || period.value < 1 || period.value > max)
    return {
      ko: `처리 기간은 1~${max}${UNIT_KO[period.unit]} 사이의 정수여야 합니다.`,
      en: `The period must be a whole number from 1 to ${max} ${period.unit.toLowerCase()}.`,
    };
  return null;
}

/** Why office hours cannot be used (Korean, English), or null. */
export function officeHoursProblem(h: OfficeHours): { ko: string; en: string } | null {
  const values = [h.start, h.lunchStart, h.lunchEnd, h.end];
  if (!values.every((v) => Number.isInteger(v) && v >= 0 && v <= 1440))
    return { ko: '업무 시간은 00:00~24:00 사이여야 합니다.', en: 'Office hours must lie within the day.' };
  if (!(h.start < h.lunchStart && h.lunchStart <= h.lunchEnd && h.lunchEnd < h.end))
    return {
      ko: '업무 시작 < 점심 시작 ≤ 점심 끝 < 업무 끝 순서여야 합니다.',
      en: 'Office hours must run start < lunch start ≤ lunch end < end.',
    };
  if (h.lunchStart - h.start + (h.end - h.lunchEnd) !== HOURS_PER_DAY * 60)
    return {
      ko: `점심시간을 뺀 업무 시간은 하루 ${HOURS_PER_DAY}시간이어야 합니다 (법정 1일 = ${HOURS_PER_DAY}시간).`,
      en: `Office hours less lunch must be ${HOURS_PER_DAY} hours (a statutory day is ${HOURS_PER_DAY} hours).`,
    };
  return null;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const SEOUL_OFFSET = 9 * HOUR;
/** No calendar has this many non-working days in a row; reaching it means the data is broken. */
const MAX_CLOSED_RUN = 3660;

/** Local (Seoul) day number: days since 1970-01-01 in Seoul. */
const localDay = (t: number) => Math.floor((t + SEOUL_OFFSET) / DAY);
const msOfDay = (t: number) => t + SEOUL_OFFSET - localDay(t) * DAY;
const instant = (day: number, ms: number) => day * DAY + ms - SEOUL_OFFSET;
const isoDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const yearOf = (day: number) => new Date(day * DAY).getUTCFullYear();
const dayOf = (y: number, monthIndex: number, d: number) => Math.floor(Date.UTC(y, monthIndex, d) / DAY);

/** The local calendar date (YYYY-MM-DD, Asia/Seoul) of an instant. */
export const seoulDate = (t: Date): string => isoDay(localDay(t.getTime()));

export interface CalendarData {
  officeHours: OfficeHours;
  /** National holidays by local date (names joined); from the maintained package. */
  national: ReadonlyMap<string, string>;
  /** The years the national data covers. */
  nationalYears: ReadonlySet<number>;
  /** The tenant's own (LOCAL) and temporary public (TEMPORARY) holidays by local date. */
  tenant: ReadonlyMap<string, { name: string; kind: TenantHolidayKind }>;
}

/** One count's walk over the calendar: remembers the years whose national holidays were unknown. */
class Walk {
  readonly unknownYears = new Set<number>();
  constructor(private readonly data: CalendarData) {}

  isWorkingDay(day: number): boolean {
    const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
    if (weekday === 0 || weekday === 6) return false;
    const iso = isoDay(day);
    if (this.data.tenant.has(iso)) return false;
    const year = yearOf(day);
    if (!this.data.nationalYears.has(year)) this.unknownYears.add(year);
    return !this.data.national.has(iso);
  }

  result(dueAt: number, countedIn: CountedIn, startsAt: number): Deadline {
    return {
      dueAt: new Date(dueAt),
      countedIn,
      startsAt: new Date(startsAt),
      nationalHolidaysUnknownFor: [...this.unknownYears].sort((a, b) => a - b),
    };
  }
}

/** A tenant's compiled calendar: every rule of the deadline table, on its data. */
export class BusinessCalendar {
  private readonly windows: readonly (readonly [number, number])[];
  private readonly endOfDay: number;

  constructor(readonly data: CalendarData) {
    const h = data.officeHours;
    this.windows = [
      [h.start * MINUTE, h.lunchStart * MINUTE] as const,
      [h.lunchEnd * MINUTE, h.end * MINUTE] as const,
    ].filter(([a, b]) => b > a);
    this.endOfDay = h.end * MINUTE;
  }

  /** Whether a local date (YYYY-MM-DD) is a working day. */
  isWorkingDay(date: string): boolean {
    return new Walk(this.data).isWorkingDay(Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY));
  }

  /** The statutory due date of a period received at `receivedAt`. */
  dueAt(receivedAt: Date, period: StatutoryPeriod): Deadline {
    assertPeriod(period);
    const walk = new Walk(this.data);
    const start = this.nextWorkingMoment(walk, receivedAt.getTime());
    switch (period.unit) {
      case 'HOURS':
        return walk.result(this.addWorking(walk, start, period.value * HOUR), 'HOURS', start);
      case 'DAYS':
        if (period.value <= HOUR_RULE_MAX_DAYS)
          return walk.result(
            this.addWorking(walk, start, period.value * HOURS_PER_DAY * HOUR),
            'HOURS',
            start,
          );
        return walk.result(this.workingDaysEnd(walk, start, period.value), 'DAYS', start);
      default:
        return walk.result(this.calendarEnd(walk, start, period), 'CALENDAR', start);
    }
  }

  /**
   * The target due date at `share` (0 < share ≤ 1) of the statutory period: that share of the working time
   * between the start of the count and the statutory due date, rounded up to the minute, counted on from the
   * start in working time. Always counted in working hours, whatever the statutory period was counted in.
   */
  targetDueAt(receivedAt: Date, period: StatutoryPeriod, share: number): Deadline {
    if (!(share > 0 && share <= 1)) throw new RangeError('share must be in (0, 1]');
    const statutory = this.dueAt(receivedAt, period);
    const walk = new Walk(this.data);
    const start = statutory.startsAt.getTime();
    const total = this.workingBetween(walk, start, statutory.dueAt.getTime());
    const part = Math.min(total, Math.ceil((total * share) / MINUTE) * MINUTE);
    const target = walk.result(this.addWorking(walk, start, part), 'HOURS', start);
    target.nationalHolidaysUnknownFor = statutory.nationalHolidaysUnknownFor;
    return target;
  }

  /**
   * The due date after a pause (보완 요청): the working time left between the pause and the old due date is
   * counted on from the resumption (or the next working morning). A pause that began after the due date
   * leaves the (already passed) due date as it was.
   */
  resumeAfterPause(dueAt: Date, pausedAt: Date, resumedAt: Date): Date {
    if (resumedAt.getTime() < pausedAt.getTime()) throw new RangeError('resumedAt is before pausedAt');
    if (pausedAt.getTime() >= dueAt.getTime()) return dueAt;
    const walk = new Walk(this.data);
    const left = this.workingBetween(walk, pausedAt.getTime(), dueAt.getTime());
    const from = this.nextWorkingMoment(walk, resumedAt.getTime());
    return new Date(this.addWorking(walk, from, left));
  }

  /** Working time (ms) in [from, to). */
  workingTimeBetween(from: Date, to: Date): number {
    return this.workingBetween(new Walk(this.data), from.getTime(), to.getTime());
  }

  /** The year's national and tenant holidays by date (weekends are not listed). */
  holidaysOf(year: number): { holidays: HolidayEntry[]; nationalKnown: boolean } {
    const prefix = `${year}-`;
    const holidays: HolidayEntry[] = [];
    for (const [day, name] of this.data.national)
      if (day.startsWith(prefix)) holidays.push({ day, name, source: 'NATIONAL' });
    for (const [day, { name, kind }] of this.data.tenant)
      if (day.startsWith(prefix)) holidays.push({ day, name, source: kind });
    holidays.sort((a, b) => a.day.localeCompare(b.day) || a.source.localeCompare(b.source));
    return { holidays, nationalKnown: this.data.nationalYears.has(year) };
  }

  /** `t` if it is working time, else the start of the next working window. */
  private nextWorkingMoment(walk: Walk, t: number): number {
    let day = localDay(t);
    let ms = msOfDay(t);
    for (let i = 0; i < MAX_CLOSED_RUN; i++, day++, ms = 0) {
      if (!walk.isWorkingDay(day)) continue;
      for (const [a, b] of this.windows) if (ms < b) return instant(day, Math.max(ms, a));
    }
    throw new RangeError('No working day within ten years');
  }

  /** The instant `amount` ms of working time after `start` (a working moment); ends at a window's end. */
  private addWorking(walk: Walk, start: number, amount: number): number {
    let day = localDay(start);
    let ms = msOfDay(start);
    let left = amount;
    if (left <= 0) return start;
    for (let closed = 0; closed < MAX_CLOSED_RUN; day++, ms = 0) {
      if (!walk.isWorkingDay(day)) {
        closed++;
        continue;
      }
      closed = 0;
      for (const [a, b] of this.windows) {
        if (ms >= b) continue;
        const from = Math.max(ms, a);
        if (left <= b - from) return instant(day, from + left);
        left -= b - from;
      }
    }
    throw new RangeError('No working day within ten years');
  }

  private workingBetween(walk: Walk, from: number, to: number): number {
    let total = 0;
    const last = localDay(to);
    for (let day = localDay(from); day <= last; day++) {
      if (!walk.isWorkingDay(day)) continue;
      const lo = day === localDay(from) ? msOfDay(from) : 0;
      const hi = day === last ? msOfDay(to) : DAY;
      for (const [a, b] of this.windows) total += Math.max(0, Math.min(b, hi) - Math.max(a, lo));
    }
    return total;
  }

  /** End of office hours on the n-th working day, the start's day being the first. */
  private workingDaysEnd(walk: Walk, start: number, n: number): number {
    let day = localDay(start);
    for (let counted = 1; counted < n;) if (walk.isWorkingDay(++day)) counted++;
    return instant(day, this.endOfDay);
  }

  /**
   * 민법 제160조·제161조 with the first day included: the period ends the day before the day of the last
   * week, month or year that corresponds to the first day; a month without that day ends on its last day;
   * an end on a holiday moves to the next working day. Due at the end of office hours.
   */
  private calendarEnd(walk: Walk, start: number, period: StatutoryPeriod): number {
    const first = localDay(start);
    let end: number;
    if (period.unit === 'WEEKS') end = first + 7 * period.value - 1;
    else {
      const d = new Date(first * DAY);
      const months = period.unit === 'YEARS' ? 12 * period.value : period.value;
      const y = d.getUTCFullYear();
      const m = d.getUTCMonth() + months;
      const lastOfMonth = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
      end = d.getUTCDate() > lastOfMonth ? dayOf(y, m, lastOfMonth) : dayOf(y, m, d.getUTCDate()) - 1;
    }
    for (let i = 0; !walk.isWorkingDay(end); i++, end++)
      if (i >= MAX_CLOSED_RUN) throw new RangeError('No working day within ten years');
    return instant(end, this.endOfDay);
  }
}

function assertPeriod(period: StatutoryPeriod): void {
  const problem = periodProblem(period);
  if (problem) throw new RangeError(problem.en);
}
