import { BusinessCalendar, DEFAULT_OFFICE_HOURS } from './calendar-engine';
/** National holidays from `@hyunbinseo/holidays-kr` (the official 월력요항), one year per export. */
export interface NationalHolidays {
  byDay: ReadonlyMap<string, string>;
  years: ReadonlySet<number>;
}

/** Turns the package's `{ y2026: { '2026-01-01': ['1월 1일'] } }` exports into one map. */
export function nationalHolidaysFrom(
  presets: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>,
): NationalHolidays {
  const byDay = new Map<string, string>();
  const years = new Set<number>();
  for (const [key, days] of Object.entries(presets)) {
    const year = /^y(\d{4})$/.exec(key);
    if (!year) continue;
    years.add(Number(year[1]));
    for (const [day, names] of Object.entries(days)) byDay.set(day, names.join(', '));
  }
  return { byDay, years };
}

let loaded: Promise<NationalHolidays> | undefined;

/**
 * The package is ESM-only: loaded once per process with a real dynamic `import()` (the build keeps it,
 * ADR 0001), the way oidc-provider is.
 */
export function nationalHolidays(): Promise<NationalHolidays> {
  loaded ??= import('@hyunbinseo/holidays-kr/all').then((m) => nationalHolidaysFrom({ ...m }));
  return loaded;
}

/**
 * The calendar every tenant starts with (national holidays, default office hours, no tenant holidays), for work
 * outside a request such as the demo seed.
 */
export async function standardCalendar(): Promise<BusinessCalendar> {
  const national = await nationalHolidays();
  return new BusinessCalendar({
    officeHours: DEFAULT_OFFICE_HOURS,
    national: national.byDay,
    nationalYears: national.years,
    tenant: new Map(),
  });
}
