import { execFileSync } from 'node:child_process';
import {
  BusinessCalendar,
  DEFAULT_OFFICE_HOURS,
  IMMEDIATE,
  officeHoursProblem,
  periodProblem,
  type CalendarData,
  type CountedIn,
  type PeriodUnit,
  type TenantHolidayKind,
} from './calendar-engine';
import { nationalHolidaysFrom, type NationalHolidays } from './national-holidays';

/** A Seoul wall-clock time, 'YYYY-MM-DD HH:MM'. */
const kst = (s: string) => new Date(`${s.replace(' ', 'T')}:00+09:00`);
const asKst = (d: Date) => new Date(d.getTime() + 9 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/**
 * The package's real data, read by a child Node (the package is ESM-only; this spec runs as CommonJS, where
 * Jest's module runtime cannot import it). The server loads it with `import()` (national-holidays.ts).
 */
const national: NationalHolidays = nationalHolidaysFrom(
  JSON.parse(
    execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "import * as m from '@hyunbinseo/holidays-kr/all'; console.log(JSON.stringify(m))",
      ],
      { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } },
    ),
  ),
);

function calendar(tenant: Record<string, TenantHolidayKind> = {}, officeHours = DEFAULT_OFFICE_HOURS) {
  const data: CalendarData = {
    officeHours,
    national: national.byDay,
    nationalYears: national.years,
    tenant: new Map(Object.entries(tenant).map(([day, kind]) => [day, { name: `${kind} 휴일`, kind }])),
  };
  return new BusinessCalendar(data);
}

describe('the national holiday data', () => {
  it('covers 2018–2027 from the package, with the 2026 추석 and its substitute days', () => {
    expect([...national.years].sort()).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(national.byDay.get('2026-09-25')).toBe('추석');
    expect(national.byDay.get('2026-10-05')).toBe('대체공휴일(개천절)');
    expect(national.byDay.get('2025-05-05')).toBe('어린이날, 부처님 오신 날');
  });
});

type Case = [
  what: string,
  receivedAt: string,
  value: number,
  unit: PeriodUnit,
  due: string,
  countedIn: CountedIn,
  tenant?: Record<string, TenantHolidayKind>,
];

// Received and due are Seoul wall-clock times; office hours 09:00–12:00 and 13:00–18:00.
const TABLE: Case[] = [
  ['1 day = 8 working hours from receipt', '2026-11-23 10:00', 1, 'DAYS', '2026-11-24 10:00', 'HOURS'],
  ['5 days = 40 working hours, over a weekend', '2026-11-23 10:00', 5, 'DAYS', '2026-11-30 10:00', 'HOURS'],
  ['6 days: working days, first day included', '2026-11-23 10:00', 6, 'DAYS', '2026-11-30 18:00', 'DAYS'],
  ['7 days: working days', '2026-11-23 10:00', 7, 'DAYS', '2026-12-01 18:00', 'DAYS'],
  ['7 days received before opening', '2026-11-23 08:00', 7, 'DAYS', '2026-12-01 18:00', 'DAYS'],
  [
    '7 days received late in the day: still day one',
    '2026-11-23 17:59',
    7,
    'DAYS',
    '2026-12-01 18:00',
    'DAYS',
  ],
  ['7 days received on a Saturday', '2026-11-28 10:00', 7, 'DAYS', '2026-12-08 18:00', 'DAYS'],
  [
    '1 day received after office hours on a Friday',
    '2026-11-27 19:00',
    1,
    'DAYS',
    '2026-11-30 18:00',
    'HOURS',
  ],
  ['1 day received at closing time', '2026-11-23 18:00', 1, 'DAYS', '2026-11-24 18:00', 'HOURS'],
  ['즉시 late in the day', '2026-11-23 17:00', 3, 'HOURS', '2026-11-24 11:00', 'HOURS'],
  ['즉시 across lunch', '2026-11-23 11:30', 3, 'HOURS', '2026-11-23 15:30', 'HOURS'],
  ['즉시 received at lunch', '2026-11-23 12:30', 3, 'HOURS', '2026-11-23 16:00', 'HOURS'],
  ['즉시 ending exactly at lunch', '2026-11-23 09:00', 3, 'HOURS', '2026-11-23 12:00', 'HOURS'],
  [
    '즉시 received on a national holiday (한글날)',
    '2026-10-09 10:00',
    3,
    'HOURS',
    '2026-10-12 12:00',
    'HOURS',
  ],
  ['7 days over 추석 and 대체공휴일', '2026-09-23 10:00', 7, 'DAYS', '2026-10-06 18:00', 'DAYS'],
  ['2 days in hours over 추석', '2026-09-23 15:00', 2, 'DAYS', '2026-09-29 15:00', 'HOURS'],
  [
    '6 days with a temporary public holiday',
    '2026-11-23 10:00',
    6,
    'DAYS',
    '2026-12-01 18:00',
    'DAYS',
    { '2026-11-24': 'TEMPORARY' },
  ],
  [
    '1 day in hours over a local holiday',
    '2026-11-24 17:00',
    1,
    'DAYS',
    '2026-11-26 17:00',
    'HOURS',
    { '2026-11-25': 'LOCAL' },
  ],
  [
    '1 week ending on a Sunday moves to Monday',
    '2026-11-23 10:00',
    1,
    'WEEKS',
    '2026-11-30 18:00',
    'CALENDAR',
  ],
  [
    '1 month from 31 January ends on the last of February',
    '2025-01-31 10:00',
    1,
    'MONTHS',
    '2025-02-28 18:00',
    'CALENDAR',
  ],
  ['1 month, the corresponding day exists', '2026-03-16 10:00', 1, 'MONTHS', '2026-04-15 18:00', 'CALENDAR'],
  ['1 month ending on 어린이날 moves on', '2026-04-06 10:00', 1, 'MONTHS', '2026-05-06 18:00', 'CALENDAR'],
  [
    '1 month from the 1st ends on the month’s last day',
    '2026-12-01 10:00',
    1,
    'MONTHS',
    '2026-12-31 18:00',
    'CALENDAR',
  ],
  ['1 year', '2026-03-03 10:00', 1, 'YEARS', '2027-03-02 18:00', 'CALENDAR'],
];

describe('the deadline table', () => {
  // A rest parameter: Jest would take a seventh named parameter of a six-column row for `done`.
  it.each(TABLE)('%s', (...[, received, value, unit, due, countedIn, tenant]: Case) => {
    const deadline = calendar(tenant).dueAt(kst(received), { value, unit });
    expect({ due: asKst(deadline.dueAt), countedIn: deadline.countedIn }).toEqual({ due, countedIn });
    expect(deadline.nationalHolidaysUnknownFor).toEqual([]);
  });

  it('5 days and 6 days differ: hours from the moment of receipt, then whole working days', () => {
    const cal = calendar();
    const five = cal.dueAt(kst('2026-11-23 14:00'), { value: 5, unit: 'DAYS' });
    const six = cal.dueAt(kst('2026-11-23 14:00'), { value: 6, unit: 'DAYS' });
    expect(asKst(five.dueAt)).toBe('2026-11-30 14:00');
    expect(asKst(six.dueAt)).toBe('2026-11-30 18:00');
  });

  it('즉시 is three working hours', () => {
    expect(IMMEDIATE).toEqual({ value: 3, unit: 'HOURS' });
  });

  it('a tenant holiday changes nothing for another tenant’s calendar', () => {
    const received = kst('2026-11-23 10:00');
    const withHoliday = calendar({ '2026-11-24': 'LOCAL' }).dueAt(received, { value: 1, unit: 'DAYS' });
    const without = calendar().dueAt(received, { value: 1, unit: 'DAYS' });
    expect([asKst(withHoliday.dueAt), asKst(without.dueAt)]).toEqual([
      '2026-11-25 10:00',
      '2026-11-24 10:00',
    ]);
  });

  it('says the count start: the receipt in office hours, else the next working morning', () => {
    const cal = calendar();
    expect(asKst(cal.dueAt(kst('2026-11-23 10:15'), IMMEDIATE).startsAt)).toBe('2026-11-23 10:15');
    expect(asKst(cal.dueAt(kst('2026-11-27 21:00'), IMMEDIATE).startsAt)).toBe('2026-11-30 09:00');
  });

  it('follows the tenant’s office hours (08:00–17:00)', () => {
    const cal = calendar({}, { start: 480, lunchStart: 720, lunchEnd: 780, end: 1020 });
    const due = cal.dueAt(kst('2026-11-23 16:00'), IMMEDIATE);
    expect(asKst(due.dueAt)).toBe('2026-11-24 10:00');
    expect(asKst(cal.dueAt(kst('2026-11-23 10:00'), { value: 6, unit: 'DAYS' }).dueAt)).toBe(
      '2026-11-30 17:00',
    );
  });
});

describe('a year the national data does not cover', () => {
  it('counts weekends and tenant holidays only, and names the year', () => {
    const deadline = calendar().dueAt(kst('2027-12-29 10:00'), { value: 7, unit: 'DAYS' });
    expect(asKst(deadline.dueAt)).toBe('2028-01-06 18:00');
    expect(deadline.nationalHolidaysUnknownFor).toEqual([2028]);
  });

  it('a month from 31 January 2028 ends on 29 February (leap year), flagged', () => {
    const deadline = calendar().dueAt(kst('2028-01-31 10:00'), { value: 1, unit: 'MONTHS' });
    expect(asKst(deadline.dueAt)).toBe('2028-02-29 18:00');
    expect(deadline.nationalHolidaysUnknownFor).toEqual([2028]);
  });

  it('tenant holidays still count there', () => {
    const deadline = calendar({ '2028-01-04': 'TEMPORARY' }).dueAt(kst('2028-01-03 10:00'), IMMEDIATE);
    expect(asKst(deadline.dueAt)).toBe('2028-01-03 14:00');
    const later = calendar({ '2028-01-03': 'TEMPORARY' }).dueAt(kst('2028-01-03 10:00'), IMMEDIATE);
    expect(asKst(later.dueAt)).toBe('2028-01-04 12:00');
  });
});

describe('보완 pauses the clock', () => {
  const cal = calendar();
  const due = kst('2026-12-01 18:00'); // 7 days from Mon 2026-11-23 10:00

  it('keeps the working time left at the pause (36 h) and counts it on from the resumption', () => {
    expect(cal.workingTimeBetween(kst('2026-11-25 14:00'), due)).toBe(36 * 3_600_000);
    const resumed = cal.resumeAfterPause(due, kst('2026-11-25 14:00'), kst('2026-11-30 10:00'));
    expect(asKst(resumed)).toBe('2026-12-04 15:00');
  });

  it('a resumption on a weekend counts from the next working morning', () => {
    const resumed = cal.resumeAfterPause(due, kst('2026-11-25 14:00'), kst('2026-11-28 11:00'));
    // 36 h from Mon 2026-11-30 09:00: four full days and four hours
    expect(asKst(resumed)).toBe('2026-12-04 14:00');
  });

  it('a pause resumed within the same working time shifts by the pause only', () => {
    const resumed = cal.resumeAfterPause(due, kst('2026-11-25 14:00'), kst('2026-11-25 16:00'));
    expect(asKst(resumed)).toBe('2026-12-02 11:00');
  });

  it('a pause outside office hours loses no working time', () => {
    const resumed = cal.resumeAfterPause(due, kst('2026-11-25 19:00'), kst('2026-11-26 08:00'));
    expect(resumed).toEqual(due);
  });

  it('a pause after the due date leaves it passed', () => {
    const resumed = cal.resumeAfterPause(due, kst('2026-12-02 10:00'), kst('2026-12-05 10:00'));
    expect(resumed).toEqual(due);
  });

  it('refuses a resumption before the pause', () => {
    expect(() => cal.resumeAfterPause(due, kst('2026-11-25 14:00'), kst('2026-11-25 13:00'))).toThrow(
      RangeError,
    );
  });
});

describe('the target due date (a share of the statutory working time)', () => {
  const cal = calendar();

  it('50% of 14 working days is 7 working days', () => {
    const received = kst('2026-11-02 09:00');
    expect(asKst(cal.dueAt(received, { value: 14, unit: 'DAYS' }).dueAt)).toBe('2026-11-19 18:00');
    const target = cal.targetDueAt(received, { value: 14, unit: 'DAYS' }, 0.5);
    expect({ due: asKst(target.dueAt), countedIn: target.countedIn }).toEqual({
      due: '2026-11-10 18:00',
      countedIn: 'HOURS',
    });
  });

  it('50% of 5 days is 20 working hours from receipt', () => {
    const target = cal.targetDueAt(kst('2026-11-23 10:00'), { value: 5, unit: 'DAYS' }, 0.5);
    expect(asKst(target.dueAt)).toBe('2026-11-25 15:00');
  });

  it('100% is the statutory due date', () => {
    const received = kst('2026-11-23 10:00');
    const period = { value: 7, unit: 'DAYS' } as const;
    expect(cal.targetDueAt(received, period, 1).dueAt).toEqual(cal.dueAt(received, period).dueAt);
  });

  it('rounds up to the minute', () => {
    const target = cal.targetDueAt(kst('2026-11-23 10:00'), { value: 1, unit: 'HOURS' }, 1 / 3);
    expect(asKst(target.dueAt)).toBe('2026-11-23 10:20');
  });

  it.each([0, -0.5, 1.5, Number.NaN])('refuses share %s', (share) => {
    expect(() => cal.targetDueAt(kst('2026-11-23 10:00'), IMMEDIATE, share)).toThrow(RangeError);
  });
});

describe('holidays of a year', () => {
  it('lists national and tenant holidays with their source, by date', () => {
    const { holidays, nationalKnown } = calendar({
      '2026-10-02': 'TEMPORARY',
      '2026-10-05': 'LOCAL',
    }).holidaysOf(2026);
    expect(nationalKnown).toBe(true);
    const october = holidays.filter((h) => h.day.startsWith('2026-10-0'));
    expect(october.map((h) => [h.day, h.source])).toEqual([
      ['2026-10-02', 'TEMPORARY'],
      ['2026-10-03', 'NATIONAL'],
      ['2026-10-05', 'LOCAL'],
      ['2026-10-05', 'NATIONAL'],
      ['2026-10-09', 'NATIONAL'],
    ]);
  });

  it('says when the national data does not cover the year', () => {
    expect(calendar().holidaysOf(2028)).toEqual({ holidays: [], nationalKnown: false });
  });
});

describe('bad input', () => {
  it.each([
    [0, 'DAYS'],
    [-1, 'DAYS'],
    [1.5, 'DAYS'],
    [366, 'DAYS'],
    [401, 'HOURS'],
    [Number.NaN, 'WEEKS'],
    [37, 'MONTHS'],
    [6, 'YEARS'],
  ] as [number, PeriodUnit][])('refuses a period of %s %s', (value, unit) => {
    expect(periodProblem({ value, unit })).not.toBeNull();
    expect(() => calendar().dueAt(kst('2026-11-23 10:00'), { value, unit })).toThrow(RangeError);
  });

  it('accepts the limits', () => {
    expect(periodProblem({ value: 365, unit: 'DAYS' })).toBeNull();
    expect(periodProblem({ value: 1, unit: 'HOURS' })).toBeNull();
  });

  it.each([
    ['09:00–18:00 without lunch (9 h)', { start: 540, lunchStart: 720, lunchEnd: 720, end: 1080 }],
    ['lunch before opening', { start: 540, lunchStart: 480, lunchEnd: 540, end: 1080 }],
    ['past midnight', { start: 540, lunchStart: 720, lunchEnd: 780, end: 1500 }],
  ])('refuses office hours %s', (_, hours) => {
    expect(officeHoursProblem(hours)).not.toBeNull();
  });

  it('accepts 08:00–16:00 without lunch (8 h) and the default', () => {
    expect(officeHoursProblem({ start: 480, lunchStart: 720, lunchEnd: 720, end: 960 })).toBeNull();
    expect(officeHoursProblem(DEFAULT_OFFICE_HOURS)).toBeNull();
  });
});
