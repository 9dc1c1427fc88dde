import { Module } from '@nestjs/common';
import { BusinessCalendarModule, BusinessCalendarService } from '../business-calendar';
import type { PeriodUnit } from './voc.enums';

export interface StatutoryPeriod {
  value: number;
  unit: PeriodUnit | `${PeriodUnit}`;
}

export interface Deadline {
  dueAt: Date;
  countedIn: 'HOURS' | 'DAYS' | 'CALENDAR';
}

/**
 * The deadlines petitions need, on the current tenant's business calendar. The lifecycle depends on this
 * port only; the business-calendar capability provides it.
 */
export abstract class VocDeadlines {
  abstract dueAt(receivedAt: Date, period: StatutoryPeriod): Promise<Deadline>;
  abstract targetDueAt(receivedAt: Date, period: StatutoryPeriod, share: number): Promise<Deadline>;
  /** The due date after a 보완 pause: the working time left at `pausedAt` is kept. */
  abstract resumeAfterPause(dueAt: Date, pausedAt: Date, resumedAt: Date): Promise<Date>;
}

/** Import this module to inject `VocDeadlines`: petitions run on the tenant's business calendar. */
@Module({
  imports: [BusinessCalendarModule],
  providers: [{ provide: VocDeadlines, useExisting: BusinessCalendarService }],
  exports: [VocDeadlines],
})
export class VocDeadlinesModule {}
