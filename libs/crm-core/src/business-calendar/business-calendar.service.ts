import { Inject, Injectable } from '@nestjs/common';
import { RequestContexts, TenantDatabase, badInput, run, type Sql } from '@pcrm/tenancy';
import {
  BusinessCalendar,
  DEFAULT_OFFICE_HOURS,
  periodProblem,
  type Deadline,
  type StatutoryPeriod,
} from './calendar-engine';
import { nationalHolidays, type NationalHolidays } from './national-holidays';
import { CalendarQueries as Q, type HolidayRow, type SettingsRow } from './business-calendar.sql';

/** The version of a tenant that never changed its calendar (no settings row). */
const PRISTINE = 'pristine';

export const officeHoursOf = (row: SettingsRow | undefined) =>
  row
    ? { start: row.work_start, lunchStart: row.lunch_start, lunchEnd: row.lunch_end, end: row.work_end }
    : DEFAULT_OFFICE_HOURS;

/** The version of a tenant's calendar as its settings row says (a compiled calendar is kept per version). */
export const calendarVersionOf = (row: SettingsRow | undefined): string => row?.version ?? PRISTINE;

/** A tenant's calendar from its settings row, its own holidays and the national ones. */
export const compileCalendar = (
  settings: SettingsRow | undefined,
  holidays: readonly Pick<HolidayRow, 'day' | 'name' | 'kind'>[],
  national: NationalHolidays,
): BusinessCalendar =>
  new BusinessCalendar({
    officeHours: officeHoursOf(settings),
    national: national.byDay,
    nationalYears: national.years,
    tenant: new Map(holidays.map((h) => [h.day, { name: h.name, kind: h.kind }])),
  });

const validTime = (t: Date) => t instanceof Date && !Number.isNaN(t.getTime());

/**
 * Statutory deadlines on the current tenant's business calendar (the seam other capabilities call, inside
 * their request transaction). The compiled calendar is cached per tenant and process and checked on every
 * use against the tenant's calendar version, one primary-key read in the caller's transaction: a change made
 * by any process (or earlier in the same transaction) is seen at once (docs/adr/0014).
 */
@Injectable()
export class BusinessCalendarService {
  private readonly compiled = new Map<string, { version: string; calendar: BusinessCalendar }>();

  constructor(@Inject(TenantDatabase) private readonly db: TenantDatabase) {}

  private get sql(): Sql {
    return this.db.request();
  }

  /** The current tenant's compiled calendar. */
  async calendar(): Promise<BusinessCalendar> {
    const tenantId = RequestContexts.require().principal.tenantId ?? '';
    const [settings] = await run(this.sql, Q.settings());
    const version = calendarVersionOf(settings);
    const cached = this.compiled.get(tenantId);
    if (cached?.version === version) return cached.calendar;
    const [holidays, national] = await Promise.all([run(this.sql, Q.allHolidays()), nationalHolidays()]);
    const calendar = compileCalendar(settings, holidays, national);
    this.compiled.set(tenantId, { version, calendar });
    return calendar;
  }

  async dueAt(receivedAt: Date, period: StatutoryPeriod): Promise<Deadline> {
    checkTime('receivedAt', receivedAt);
    checkPeriod('period', period);
    return (await this.calendar()).dueAt(receivedAt, period);
  }

  /** The due date at `share` (0 < share ≤ 1) of the statutory period's working time (Busan: 0.5). */
  async targetDueAt(receivedAt: Date, period: StatutoryPeriod, share: number): Promise<Deadline> {
    checkTime('receivedAt', receivedAt);
    checkPeriod('period', period);
    checkShare('share', share);
    return (await this.calendar()).targetDueAt(receivedAt, period, share);
  }

  /** The due date after a 보완 pause: the working time left at the pause, counted on from the resumption. */
  async resumeAfterPause(dueAt: Date, pausedAt: Date, resumedAt: Date): Promise<Date> {
    checkTime('dueAt', dueAt);
    checkTime('pausedAt', pausedAt);
    checkTime('resumedAt', resumedAt);
    if (resumedAt.getTime() < pausedAt.getTime())
      throw badInput(
        'resumedAt',
        '재개 시각이 중지 시각보다 앞설 수 없습니다.',
        'resumedAt cannot be before pausedAt.',
      );
    return (await this.calendar()).resumeAfterPause(dueAt, pausedAt, resumedAt);
  }
}

/** Deadlines are counted for times in 2000–2100 (anything else is a typing error). */
export function checkTime(field: string, t: Date): void {
  if (!validTime(t) || t.getUTCFullYear() < 2000 || t.getUTCFullYear() > 2100)
    throw badInput(
      field,
      `${field} 시각이 올바르지 않습니다 (2000~2100년의 ISO 8601 시각, 예: 2026-11-27T10:00:00+09:00).`,
      `${field} is not a valid time (ISO 8601 within 2000–2100, e.g. 2026-11-27T10:00:00+09:00).`,
    );
}

export function checkPeriod(field: string, period: StatutoryPeriod): void {
  const problem = periodProblem(period);
  if (problem) throw badInput(field, problem.ko, problem.en);
}

export function checkShare(field: string, share: number): void {
  if (!(Number.isFinite(share) && share > 0 && share <= 1))
    throw badInput(
      field,
      '목표 기한 비율은 0 초과 1 이하여야 합니다 (예: 0.5).',
      `${field} must be greater than 0 and at most 1 (e.g. 0.5).`,
    );
}
