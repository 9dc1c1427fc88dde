import { Inject, Injectable } from '@nestjs/common';
import {
  RequestContexts,
  TenantDatabase,
  badInput,
  conflict,
  notFound,
  recordAudit,
  run,
  runOne,
  type Sql,
} from '@pcrm/tenancy';
import { officeHoursProblem, type OfficeHours, type TenantHolidayKind } from './calendar-engine';
import { nationalHolidays } from './national-holidays';
import { CalendarQueries as Q, type HolidayRow } from './business-calendar.sql';
import {
  BusinessCalendarService,
  checkPeriod,
  checkShare,
  checkTime,
  officeHoursOf,
} from './business-calendar.service';
import {
  DeadlineCounting,
  HolidaySource,
  type Deadline,
  type Holiday,
  type HolidayYear,
  type OfficeHoursModel,
} from './business-calendar.model';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const toModel = (h: OfficeHours): OfficeHoursModel => ({
  start: hhmm(h.start),
  lunchStart: hhmm(h.lunchStart),
  lunchEnd: hhmm(h.lunchEnd),
  end: hhmm(h.end),
});

const toHoliday = (row: HolidayRow): Holiday => ({
  day: row.day,
  name: row.name,
  source: row.kind as unknown as HolidaySource,
  createdBy: row.created_by,
  createdAt: row.created_at,
});

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw badInput('year', '연도는 2000~2100 사이여야 합니다.', 'year must be from 2000 to 2100.');
}

/** A real calendar date, YYYY-MM-DD, in 2000–2100. */
function checkDay(day: string): string {
  const m = DAY.exec(day.trim());
  const parsed = m ? new Date(`${m[0]}T00:00:00Z`) : null;
  if (!m || !parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== m[0])
    throw badInput(
      'day',
      '날짜는 YYYY-MM-DD 형식의 실제 날짜여야 합니다.',
      'day must be a real date, YYYY-MM-DD.',
    );
  checkYear(Number(m[1]));
  return m[0];
}

function minutesOf(field: string, value: string): number {
  const t = value.trim();
  if (!HHMM.test(t))
    throw badInput(field, `${field} 는 HH:MM 형식의 시각이어야 합니다.`, `${field} must be a time, HH:MM.`);
  const [h, m] = t.split(':').map(Number);
  return h * 60 + m;
}

const actor = () => {
  const { principal } = RequestContexts.require();
  return principal.name ?? principal.username;
};

/** The tenant's calendar as data: its holidays and office hours (tenant-admin), and the deadline preview. */
@Injectable()
export class CalendarSettingsService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(BusinessCalendarService) private readonly calendars: BusinessCalendarService,
  ) {}

  private get sql(): Sql {
    return this.db.request();
  }

  /** The `deadline` query: a period in days, and optionally the target at a share of it. */
  async deadline(receivedAt: Date, periodDays: number, targetShare?: number | null): Promise<Deadline> {
    checkTime('receivedAt', receivedAt);
    checkPeriod('periodDays', { value: periodDays, unit: 'DAYS' });
    if (targetShare != null) checkShare('targetShare', targetShare);
    const calendar = await this.calendars.calendar();
    const period = { value: periodDays, unit: 'DAYS' } as const;
    const due = calendar.dueAt(receivedAt, period);
    const target = targetShare != null ? calendar.targetDueAt(receivedAt, period, targetShare) : null;
    return {
      ...due,
      countedIn: due.countedIn as DeadlineCounting,
      targetDueAt: target?.dueAt ?? null,
      targetShare: targetShare ?? null,
    };
  }

  async holidays(year: number): Promise<HolidayYear> {
    checkYear(year);
    const [rows, national] = await Promise.all([run(this.sql, Q.holidaysOfYear(year)), nationalHolidays()]);
    const prefix = `${year}-`;
    const holidays: Holiday[] = [
      ...[...national.byDay]
        .filter(([day]) => day.startsWith(prefix))
        .map(([day, name]) => ({
          day,
          name,
          source: HolidaySource.NATIONAL,
          createdBy: null,
          createdAt: null,
        })),
      ...rows.map(toHoliday),
    ].sort((a, b) => a.day.localeCompare(b.day) || a.source.localeCompare(b.source));
    return { year, nationalHolidaysKnown: national.years.has(year), holidays };
  }

  async addHoliday(day: string, name: string, kind: TenantHolidayKind): Promise<Holiday> {
    const date = checkDay(day);
    const title = name.trim();
    if (title.length < 1 || title.length > 50)
      throw badInput('name', '휴일 이름은 1~50자여야 합니다.', 'name must be 1 to 50 characters.');
    if (kind !== 'LOCAL' && kind !== 'TEMPORARY')
      throw badInput('kind', '휴일 종류가 올바르지 않습니다.', 'Unknown holiday kind.');
    const by = actor();
    const [row] = await run(this.sql, Q.insertHoliday(date, title, kind, by));
    if (!row)
      throw conflict(
        'day',
        `${date} 에는 이미 시·도 휴일이 있습니다.`,
        `The tenant already has a holiday on ${date}.`,
      );
    await run(this.sql, Q.bumpVersion(by));
    await recordAudit(this.sql, {
      action: 'create',
      entity: 'business_holiday',
      entityId: date,
      after: { day: date, name: title, kind },
    });
    return toHoliday(row);
  }

  async removeHoliday(day: string): Promise<Holiday> {
    const date = checkDay(day);
    const [row] = await run(this.sql, Q.deleteHoliday(date));
    if (!row) throw notFound(`${date} 의 시·도 휴일`, `A tenant holiday on ${date}`);
    await run(this.sql, Q.bumpVersion(actor()));
    await recordAudit(this.sql, {
      action: 'delete',
      entity: 'business_holiday',
      entityId: date,
      before: { day: date, name: row.name, kind: row.kind },
    });
    return toHoliday(row);
  }

  async officeHours(): Promise<OfficeHoursModel> {
    const [row] = await run(this.sql, Q.settings());
    return toModel(officeHoursOf(row));
  }

  async updateOfficeHours(input: OfficeHoursModel): Promise<OfficeHoursModel> {
    const hours: OfficeHours = {
      start: minutesOf('start', input.start),
      lunchStart: minutesOf('lunchStart', input.lunchStart),
      lunchEnd: minutesOf('lunchEnd', input.lunchEnd),
      end: minutesOf('end', input.end),
    };
    const problem = officeHoursProblem(hours);
    if (problem) throw badInput('officeHours', problem.ko, problem.en);
    const [before] = await run(this.sql, Q.settingsForUpdate());
    const after = await runOne(this.sql, Q.saveOfficeHours(hours, actor()));
    await recordAudit(this.sql, {
      action: 'update',
      entity: 'business_calendar_settings',
      entityId: 'office_hours',
      before: toModel(officeHoursOf(before)),
      after: toModel(officeHoursOf(after)),
    });
    return toModel(officeHoursOf(after));
  }
}
