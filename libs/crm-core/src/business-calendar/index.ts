/** What other capabilities may use of the business calendar: deadlines on the current tenant's calendar. */
export { BusinessCalendarModule } from './business-calendar.module';
export { BusinessCalendarService } from './business-calendar.service';
export { standardCalendar } from './national-holidays';
export {
  BusinessCalendar,
  DEFAULT_OFFICE_HOURS,
  HOURS_PER_DAY,
  HOUR_RULE_MAX_DAYS,
  IMMEDIATE,
  PERIOD_LIMITS,
  seoulDate,
  type CountedIn,
  // The petitions capability names its port's types Deadline and StatutoryPeriod; these are structurally the same.
  type Deadline as CalendarDeadline,
  type PeriodUnit as CalendarPeriodUnit,
  type StatutoryPeriod as CalendarPeriod,
} from './calendar-engine';
export { Deadline as DeadlineModel, DeadlineCounting } from './business-calendar.model';
