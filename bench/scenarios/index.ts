import type { BulkScenario, Scenario } from './scenario';
import { graphqlRead } from './graphql-read';
import { customerImport } from './customer-import';
import { customerSearch } from './customer-search';
import { customFieldsFilter } from './custom-fields-filter';
import { customFieldsWrite } from './custom-fields-write';
import { ministryCompare } from './ministry-compare';
import { scorecard } from './scorecard';
import { vocInbox } from './voc-inbox';
import { vocIntake } from './voc-intake';

/** Every HTTP-load scenario (the floor server routes these), in the order `npm run bench` runs them. */
export const SCENARIOS: readonly Scenario[] = [
  graphqlRead,
  customerSearch,
  vocIntake,
  vocInbox,
  customFieldsWrite,
  customFieldsFilter,
  scorecard,
  ministryCompare,
];

/** Bulk scenarios (API path vs raw `COPY`), run after the HTTP ones. */
export const BULK_SCENARIOS: readonly BulkScenario[] = [customerImport];

export const isBulk = (s: Scenario | BulkScenario): s is BulkScenario => 'kind' in s && s.kind === 'bulk';

export function findScenarios(names: readonly string[]): (Scenario | BulkScenario)[] {
  const all = [...SCENARIOS, ...BULK_SCENARIOS];
  if (!names.length) return all;
  return names.map((name) => {
    const found = all.find((s) => s.name === name);
    if (!found) throw new Error(`unknown scenario '${name}'; known: ${all.map((s) => s.name).join(', ')}`);
    return found;
  });
}
