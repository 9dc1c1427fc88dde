/** What other capabilities and the API may use of the petition analytics. */
export * from './petition-analytics.module';
export * from './analytics.service';
export * from './analytics.model';
export { ProcessingGroupBy } from './analytics.sql';
export { MonthRangeArgs, monthsOf, type Months } from './month-range';
