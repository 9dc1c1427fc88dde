import { gql, userToken } from './support/api';
import { expectRefused, sqlState } from './support/customer-360';
import { inTenant, roleClients } from './support/runtime-role';

/**
 * The business calendar end to end, in 전라남도 (jeonnam) with 강원 (gangwon) as the other tenant: no other
 * spec writes their calendars. Dates are in 2027 so nothing here moves a deadline another spec computes now.
 */
// Registered before roleClients() so it runs while its clients are still open (hooks run in order).
afterAll(async () => {
  await db.owner.query(`DELETE FROM business_holidays WHERE tenant_id = ANY($1)`, [[TENANT, OTHER]]);
  await db.owner.query(`DELETE FROM business_calendar_settings WHERE tenant_id = ANY($1)`, [[TENANT, OTHER]]);
});
const db = roleClients();
const TENANT = 'jeonnam';
const OTHER = 'gangwon';
const tokens = {} as Record<'admin' | 'agent' | 'officer' | 'otherAdmin', string>;

const DEADLINE = `query($r: DateTime!, $d: Int!, $s: Float) { deadline(receivedAt: $r, periodDays: $d, targetShare: $s) {
  dueAt countedIn startsAt targetDueAt targetShare nationalHolidaysUnknownFor } }`;
const HOLIDAYS = `query($y: Int!) { holidays(year: $y) { year nationalHolidaysKnown
  holidays { day name source createdBy createdAt } } }`;
const ADD = `mutation($day: String!, $name: String!, $kind: TenantHolidayKind!) {
  addHoliday(day: $day, name: $name, kind: $kind) { day name source createdBy } }`;
const REMOVE = `mutation($day: String!) { removeHoliday(day: $day) { day name source } }`;
const OFFICE = '{ officeHours { start lunchStart lunchEnd end } }';
const SET_OFFICE = `mutation($i: OfficeHoursInput!) { updateOfficeHours(input: $i) { start lunchStart lunchEnd end } }`;

const kst = (s: string) => `${s.replace(' ', 'T')}:00+09:00`;
const asKst = (iso: string) =>
  new Date(Date.parse(iso) + 9 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

async function deadline(token: string, received: string, days: number, share?: number) {
  const res = await gql(token, DEADLINE, { r: kst(received), d: days, s: share ?? null });
  expect(res.errors).toBeUndefined();
  const d = res.data!.deadline;
  return { ...d, due: asKst(d.dueAt), target: d.targetDueAt ? asKst(d.targetDueAt) : null };
}

const tenantHolidays = async (tenant: string) =>
  (
    await db.owner.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, name, kind FROM business_holidays WHERE tenant_id = $1 ORDER BY day`,
      [tenant],
    )
  ).rows;

beforeAll(async () => {
  [tokens.admin, tokens.agent, tokens.officer, tokens.otherAdmin] = await Promise.all([
    userToken(TENANT, 'admin'),
    userToken(TENANT, 'agent'),
    userToken(TENANT, 'officer'),
    userToken(OTHER, 'admin'),
  ]);
});

describe('the deadline query', () => {
  it('counts up to 5 days in working hours and 6 days or more in working days, for any tenant role', async () => {
    const five = await deadline(tokens.agent, '2027-11-22 14:00', 5);
    expect([five.due, five.countedIn]).toEqual(['2027-11-29 14:00', 'HOURS']);
    const six = await deadline(tokens.officer, '2027-11-22 14:00', 6);
    expect([six.due, six.countedIn, six.nationalHolidaysUnknownFor]).toEqual([
      '2027-11-29 18:00',
      'DAYS',
      [],
    ]);
  });

  it('skips national holidays (2027 추석) and counts a receipt after hours from the next working morning', async () => {
    const d = await deadline(tokens.agent, '2027-09-10 19:30', 7);
    expect(asKst(d.startsAt)).toBe('2027-09-13 09:00');
    // Friday evening: 13 (1), 17 (2), 20 (3), 21 (4), 22 (5), 23 (6), 24 (7); 14–16 추석
    expect(d.due).toBe('2027-09-24 18:00');
  });

  it('gives the target due date at a share of the statutory working time', async () => {
    const d = await deadline(tokens.agent, '2027-11-01 09:00', 14, 0.5);
    expect([d.due, d.target, d.targetShare]).toEqual(['2027-11-18 18:00', '2027-11-09 18:00', 0.5]);
  });

  it('names a year it has no national holidays for', async () => {
    const d = await deadline(tokens.agent, '2027-12-29 10:00', 7);
    expect([d.due, d.nationalHolidaysUnknownFor]).toEqual(['2028-01-06 18:00', [2028]]);
  });

  it.each([
    ['a zero period', { d: 0 }, 'periodDays'],
    ['a negative period', { d: -3 }, 'periodDays'],
    ['a huge period', { d: 100000 }, 'periodDays'],
    ['an unparseable time', { r: 'next tuesday' }, 'receivedAt'],
    ['a time in another century', { r: '1899-12-31T00:00:00Z' }, 'receivedAt'],
    ['a share over 1', { s: 1.5 }, 'targetShare'],
    ['a zero share', { s: 0 }, 'targetShare'],
  ])('refuses %s with BAD_USER_INPUT on its field', async (_, change, field) => {
    const res = await gql(tokens.agent, DEADLINE, { r: kst('2027-11-22 10:00'), d: 7, s: null, ...change });
    expect(res.data?.deadline ?? null).toBeNull();
    expectRefused(res, 'BAD_USER_INPUT', field);
  });
});

describe('tenant holidays', () => {
  it('lists a year’s national and tenant holidays with their source; a new holiday moves deadlines at once', async () => {
    const before = await deadline(tokens.agent, '2027-11-22 10:00', 6);
    expect(before.due).toBe('2027-11-29 18:00');

    const added = await gql(tokens.admin, ADD, { day: '2027-11-24', name: '도민의 날', kind: 'LOCAL' });
    expect(added.errors).toBeUndefined();
    expect(added.data!.addHoliday).toMatchObject({ day: '2027-11-24', source: 'LOCAL', name: '도민의 날' });
    const temporary = await gql(tokens.admin, ADD, {
      day: '2027-11-26',
      name: '임시공휴일',
      kind: 'TEMPORARY',
    });
    expect(temporary.errors).toBeUndefined();

    // the cached calendar of this process is replaced: 22, 23, 25, 29, 30 Nov, 1 Dec
    expect((await deadline(tokens.agent, '2027-11-22 10:00', 6)).due).toBe('2027-12-01 18:00');

    const year = (await gql(tokens.agent, HOLIDAYS, { y: 2027 })).data!.holidays;
    expect(year.nationalHolidaysKnown).toBe(true);
    const days = year.holidays.map((h: { day: string; source: string }) => `${h.day} ${h.source}`);
    expect(days).toEqual(
      expect.arrayContaining(['2027-09-15 NATIONAL', '2027-11-24 LOCAL', '2027-11-26 TEMPORARY']),
    );
    expect([...days].sort()).toEqual(days);

    const removed = await gql(tokens.admin, REMOVE, { day: '2027-11-26' });
    expect(removed.data!.removeHoliday).toMatchObject({ day: '2027-11-26', source: 'TEMPORARY' });
    expect((await deadline(tokens.agent, '2027-11-22 10:00', 6)).due).toBe('2027-11-30 18:00');

    const audit = await db.owner.query(
      `SELECT action, entity_id FROM audit_events WHERE tenant_id = $1 AND entity = 'business_holiday' ORDER BY occurred_at, id`,
      [TENANT],
    );
    expect(audit.rows.slice(-3)).toEqual([
      { action: 'create', entity_id: '2027-11-24' },
      { action: 'create', entity_id: '2027-11-26' },
      { action: 'delete', entity_id: '2027-11-26' },
    ]);
    await gql(tokens.admin, REMOVE, { day: '2027-11-24' });
  });

  it('sees a change another API process made (the version column, not this process’s memory)', async () => {
    expect((await deadline(tokens.agent, '2027-11-22 10:00', 6)).due).toBe('2027-11-29 18:00');
    await db.owner.query(
      `INSERT INTO business_holidays (tenant_id, day, name, kind, created_by) VALUES ($1, '2027-11-23', '다른 프로세스', 'TEMPORARY', 'test')`,
      [TENANT],
    );
    // without a version change this process keeps its compiled calendar…
    expect((await deadline(tokens.agent, '2027-11-22 10:00', 6)).due).toBe('2027-11-29 18:00');
    // …and with one (what every write does) it reads the calendar again
    await db.owner.query(
      `UPDATE business_calendar_settings SET version = gen_random_uuid() WHERE tenant_id = $1`,
      [TENANT],
    );
    expect((await deadline(tokens.agent, '2027-11-22 10:00', 6)).due).toBe('2027-11-30 18:00');
    await gql(tokens.admin, REMOVE, { day: '2027-11-23' });
    expect((await deadline(tokens.agent, '2027-11-22 10:00', 6)).due).toBe('2027-11-29 18:00');
  });

  it.each([
    ['a date that does not exist', { day: '2027-02-30' }, 'day', 'BAD_USER_INPUT'],
    ['a malformed date', { day: '27/11/2027' }, 'day', 'BAD_USER_INPUT'],
    ['a blank name', { name: '   ' }, 'name', 'BAD_USER_INPUT'],
    ['an over-long name', { name: '가'.repeat(51) }, 'name', 'BAD_USER_INPUT'],
  ])('refuses %s and changes nothing', async (_, change, field, code) => {
    const before = await tenantHolidays(TENANT);
    const res = await gql(tokens.admin, ADD, { day: '2027-12-20', name: '휴일', kind: 'LOCAL', ...change });
    expectRefused(res, code, field);
    expect(await tenantHolidays(TENANT)).toEqual(before);
  });

  it('refuses a second holiday on the same day (CONFLICT) and removing a day without one (NOT_FOUND)', async () => {
    expect(
      (await gql(tokens.admin, ADD, { day: '2027-12-20', name: '하나', kind: 'LOCAL' })).errors,
    ).toBeUndefined();
    expectRefused(
      await gql(tokens.admin, ADD, { day: '2027-12-20', name: '둘', kind: 'TEMPORARY' }),
      'CONFLICT',
      'day',
    );
    expect((await tenantHolidays(TENANT)).filter((h) => h.day === '2027-12-20')).toEqual([
      { day: '2027-12-20', name: '하나', kind: 'LOCAL' },
    ]);
    await gql(tokens.admin, REMOVE, { day: '2027-12-20' });
    expectRefused(await gql(tokens.admin, REMOVE, { day: '2027-12-20' }), 'NOT_FOUND');
  });

  it('lets only the tenant admin change the calendar', async () => {
    const res = await gql(tokens.officer, ADD, { day: '2027-12-21', name: '휴일', kind: 'LOCAL' });
    expectRefused(res, 'FORBIDDEN');
    expectRefused(
      await gql(tokens.agent, SET_OFFICE, {
        i: { start: '08:00', lunchStart: '12:00', lunchEnd: '13:00', end: '17:00' },
      }),
      'FORBIDDEN',
    );
    expect(await tenantHolidays(TENANT)).toEqual([]);
  });
});

describe('office hours', () => {
  it('defaults to 09:00–18:00 with lunch 12:00–13:00, changes (audited) and moves deadlines', async () => {
    expect((await gql(tokens.agent, OFFICE)).data!.officeHours).toEqual({
      start: '09:00',
      lunchStart: '12:00',
      lunchEnd: '13:00',
      end: '18:00',
    });
    const hours = { start: '08:00', lunchStart: '12:00', lunchEnd: '13:00', end: '17:00' };
    const res = await gql(tokens.admin, SET_OFFICE, { i: hours });
    expect(res.data!.updateOfficeHours).toEqual(hours);
    expect((await deadline(tokens.agent, '2027-11-22 10:00', 6)).due).toBe('2027-11-29 17:00');
    const audit = await db.owner.query(
      `SELECT before, after FROM audit_events WHERE tenant_id = $1 AND entity = 'business_calendar_settings'
        ORDER BY occurred_at DESC, id DESC LIMIT 1`,
      [TENANT],
    );
    expect(audit.rows[0]).toMatchObject({
      before: { start: '09:00' },
      after: { start: '08:00', end: '17:00' },
    });
    await gql(tokens.admin, SET_OFFICE, {
      i: { start: '09:00', lunchStart: '12:00', lunchEnd: '13:00', end: '18:00' },
    });
    expect((await deadline(tokens.agent, '2027-11-22 10:00', 6)).due).toBe('2027-11-29 18:00');
  });

  it.each([
    ['nine working hours', { end: '19:00' }, 'officeHours'],
    ['a malformed time', { start: '9시' }, 'start'],
    ['lunch before opening', { start: '12:30' }, 'officeHours'],
  ])('refuses %s and changes nothing', async (_, change, field) => {
    const before = (await gql(tokens.admin, OFFICE)).data!.officeHours;
    const res = await gql(tokens.admin, SET_OFFICE, {
      i: { start: '09:00', lunchStart: '12:00', lunchEnd: '13:00', end: '18:00', ...change },
    });
    expectRefused(res, 'BAD_USER_INPUT', field);
    expect((await gql(tokens.admin, OFFICE)).data!.officeHours).toEqual(before);
  });
});

describe('tenant isolation', () => {
  it('a holiday of one tenant neither shows in nor moves another tenant’s calendar, through the API', async () => {
    await gql(tokens.admin, ADD, { day: '2027-11-23', name: '전남 휴일', kind: 'LOCAL' });
    try {
      expect((await deadline(tokens.otherAdmin, '2027-11-22 10:00', 6)).due).toBe('2027-11-29 18:00');
      expect((await deadline(tokens.agent, '2027-11-22 10:00', 6)).due).toBe('2027-11-30 18:00');
      const other = (await gql(tokens.otherAdmin, HOLIDAYS, { y: 2027 })).data!.holidays.holidays;
      expect(other.filter((h: { source: string }) => h.source !== 'NATIONAL')).toEqual([]);
      // the other tenant's admin cannot remove it: it has no such holiday
      expectRefused(await gql(tokens.otherAdmin, REMOVE, { day: '2027-11-23' }), 'NOT_FOUND');
      expect(await tenantHolidays(TENANT)).toHaveLength(1);
    } finally {
      await gql(tokens.admin, REMOVE, { day: '2027-11-23' });
    }
  });

  it('at the database: the runtime role of one tenant reads, changes and adds no calendar row of another', async () => {
    await db.owner.query(
      `INSERT INTO business_holidays (tenant_id, day, name, kind, created_by) VALUES ($1, '2027-12-24', '전남', 'LOCAL', 'test')`,
      [TENANT],
    );
    await db.owner.query(
      `INSERT INTO business_calendar_settings (tenant_id, updated_by) VALUES ($1, 'test') ON CONFLICT DO NOTHING`,
      [TENANT],
    );
    try {
      await inTenant(db.app, OTHER, async () => {
        expect(
          (await db.app.query(`SELECT * FROM business_holidays WHERE tenant_id = $1`, [TENANT])).rows,
        ).toEqual([]);
        expect(
          (await db.app.query(`DELETE FROM business_holidays WHERE tenant_id = $1`, [TENANT])).rowCount,
        ).toBe(0);
        expect(
          (
            await db.app.query(
              `UPDATE business_calendar_settings SET work_start = 480, work_end = 1020 WHERE tenant_id = $1`,
              [TENANT],
            )
          ).rowCount,
        ).toBe(0);
        expect(
          await sqlState(
            db.app.query(
              `INSERT INTO business_holidays (tenant_id, day, name, kind, created_by) VALUES ($1, '2027-12-27', 'x', 'LOCAL', 'x')`,
              [TENANT],
            ),
          ),
        ).toBe('42501');
      });
      await inTenant(db.app, null, async () => {
        expect((await db.app.query(`SELECT * FROM business_holidays`)).rows).toEqual([]);
      });
      expect(await tenantHolidays(TENANT)).toEqual([{ day: '2027-12-24', name: '전남', kind: 'LOCAL' }]);
    } finally {
      await db.owner.query(`DELETE FROM business_holidays WHERE tenant_id = $1`, [TENANT]);
    }
  });
});
