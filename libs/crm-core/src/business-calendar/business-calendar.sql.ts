import { sql, type Generated } from 'kysely';
import { queryBuilder, type StatementExamples } from '@pcrm/tenancy';
import type { OfficeHours, TenantHolidayKind } from './calendar-engine';

interface SettingsTable {
  tenant_id: string;
  work_start: Generated<number>;
  lunch_start: Generated<number>;
  lunch_end: Generated<number>;
  work_end: Generated<number>;
  version: Generated<string>;
  updated_by: string;
  updated_at: Generated<Date>;
}

interface HolidaysTable {
  tenant_id: string;
  day: string;
  name: string;
  kind: TenantHolidayKind;
  created_by: string;
  created_at: Generated<Date>;
}

const db = queryBuilder<{ business_calendar_settings: SettingsTable; business_holidays: HolidaysTable }>();

const TENANT = sql<string>`current_setting('app.tenant_id', true)`;
const NEW_VERSION = sql<string>`gen_random_uuid()`;
/** The date as text: a `date` read into a JS Date would shift with the server's time zone. */
const DAY_TEXT = sql<string>`to_char(day, 'YYYY-MM-DD')`;

const SETTINGS_COLUMNS = ['work_start', 'lunch_start', 'lunch_end', 'work_end', 'version'] as const;

export interface SettingsRow {
  work_start: number;
  lunch_start: number;
  lunch_end: number;
  work_end: number;
  version: string;
}
export interface HolidayRow {
  day: string;
  name: string;
  kind: TenantHolidayKind;
  created_by: string;
  created_at: Date;
}

const holidayColumns = [DAY_TEXT.as('day'), 'name', 'kind', 'created_by', 'created_at'] as const;

export const CalendarQueries = {
  /** The one cheap read of every deadline: the version decides whether the cached calendar still holds. */
  settings: () => db.selectFrom('business_calendar_settings').select(SETTINGS_COLUMNS),

  /** Locks the settings row (if any) so concurrent changes are audited in order. */
  settingsForUpdate: () => db.selectFrom('business_calendar_settings').select(SETTINGS_COLUMNS).forUpdate(),

  saveOfficeHours: (h: OfficeHours, by: string) =>
    db
      .insertInto('business_calendar_settings')
      .values({
        tenant_id: TENANT,
        work_start: h.start,
        lunch_start: h.lunchStart,
        lunch_end: h.lunchEnd,
        work_end: h.end,
        updated_by: by,
      })
      .onConflict((oc) =>
        oc.column('tenant_id').doUpdateSet({
          work_start: h.start,
          lunch_start: h.lunchStart,
          lunch_end: h.lunchEnd,
          work_end: h.end,
          version: NEW_VERSION,
          updated_by: by,
          updated_at: sql<Date>`now()`,
        }),
      )
      .returning(SETTINGS_COLUMNS),

  /** A holiday changed: a new version (the row is made with default office hours when missing). */
  bumpVersion: (by: string) =>
    db
      .insertInto('business_calendar_settings')
      .values({ tenant_id: TENANT, updated_by: by })
      .onConflict((oc) =>
        oc
          .column('tenant_id')
          .doUpdateSet({ version: NEW_VERSION, updated_by: by, updated_at: sql<Date>`now()` }),
      ),

  /** Every tenant holiday, for compiling the calendar. */
  allHolidays: () => db.selectFrom('business_holidays').select([DAY_TEXT.as('day'), 'name', 'kind']),

  holidaysOfYear: (year: number) =>
    db
      .selectFrom('business_holidays')
      .select(holidayColumns)
      .where('day', '>=', sql<string>`make_date(${year}::int, 1, 1)`)
      .where('day', '<', sql<string>`make_date(${year + 1}::int, 1, 1)`)
      .orderBy('day'),

  /** Adds a holiday; no row back when the tenant already has one that day. */
  insertHoliday: (day: string, name: string, kind: TenantHolidayKind, by: string) =>
    db
      .insertInto('business_holidays')
      .values({ tenant_id: TENANT, day: sql<string>`${day}::date`, name, kind, created_by: by })
      .onConflict((oc) => oc.columns(['tenant_id', 'day']).doNothing())
      .returning(holidayColumns),

  deleteHoliday: (day: string) =>
    db
      .deleteFrom('business_holidays')
      .where('day', '=', sql<string>`${day}::date`)
      .returning(holidayColumns),
};

// ---- examples of every shape, for the snapshot ---------------------------------------------------------

export const CALENDAR_STATEMENTS: { [K in keyof typeof CalendarQueries]: StatementExamples[string] } = {
  settings: CalendarQueries.settings(),
  settingsForUpdate: CalendarQueries.settingsForUpdate(),
  saveOfficeHours: CalendarQueries.saveOfficeHours(
    { start: 540, lunchStart: 720, lunchEnd: 780, end: 1080 },
    '관리자',
  ),
  bumpVersion: CalendarQueries.bumpVersion('관리자'),
  allHolidays: CalendarQueries.allHolidays(),
  holidaysOfYear: CalendarQueries.holidaysOfYear(2026),
  insertHoliday: CalendarQueries.insertHoliday('2026-10-02', '임시공휴일', 'TEMPORARY', '관리자'),
  deleteHoliday: CalendarQueries.deleteHoliday('2026-10-02'),
};
