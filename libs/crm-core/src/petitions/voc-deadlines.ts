import { Injectable, Module } from '@nestjs/common';
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

const HOUR = 3_600_000;
const UNIT_HOURS: Record<string, number> = {
  HOURS: 1,
  DAYS: 24,
  WEEKS: 24 * 7,
  MONTHS: 24 * 30,
  YEARS: 24 * 365,
};

/**
 * Elapsed-time deadlines (no business calendar): what the petitions capability runs on until the business
 * calendar is wired in as the `VocDeadlines` provider.
 */
@Injectable()
export class ElapsedTimeDeadlines extends VocDeadlines {
  async dueAt(receivedAt: Date, period: StatutoryPeriod): Promise<Deadline> {
    return {
      dueAt: new Date(receivedAt.getTime() + period.value * UNIT_HOURS[period.unit] * HOUR),
      countedIn: period.unit === 'HOURS' ? 'HOURS' : period.unit === 'DAYS' ? 'DAYS' : 'CALENDAR',
    };
  }

  async targetDueAt(receivedAt: Date, period: StatutoryPeriod, share: number): Promise<Deadline> {
    const full = await this.dueAt(receivedAt, period);
    const at = receivedAt.getTime() + (full.dueAt.getTime() - receivedAt.getTime()) * share;
    return { dueAt: new Date(at), countedIn: full.countedIn };
  }

  async resumeAfterPause(dueAt: Date, pausedAt: Date, resumedAt: Date): Promise<Date> {
    return new Date(dueAt.getTime() + Math.max(0, resumedAt.getTime() - pausedAt.getTime()));
  }
}

/** Import this module to inject `VocDeadlines`: one place decides which calendar petitions run on. */
@Module({ providers: [{ provide: VocDeadlines, useClass: ElapsedTimeDeadlines }], exports: [VocDeadlines] })
export class VocDeadlinesModule {}
