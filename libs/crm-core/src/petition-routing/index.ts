/** What other capabilities and the API may use of the petition routing rules. */
export * from './petition-routing.module';
export * from './routing-rules.service';
export * from './routing-rules.model';
export * from './routing-rule-errors';
export { normalizeKeyword } from './routing-rule-checks';
