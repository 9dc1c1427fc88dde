/** What other capabilities and the API may use of customer segments. */
export * from './customer-segments.module';
export * from './segment.service';
export type { RuleGroup, Condition } from './segment-rules';
