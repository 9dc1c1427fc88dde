import type { Scenario } from './scenario';
import { graphqlRead } from './graphql-read';

/** Every scenario, in the order `npm run bench` runs them. Add new ones here. */
export const SCENARIOS: readonly Scenario[] = [graphqlRead];

export function findScenarios(names: readonly string[]): Scenario[] {
  if (!names.length) return [...SCENARIOS];
  return names.map((name) => {
    const found = SCENARIOS.find((s) => s.name === name);
    if (!found)
      throw new Error(`unknown scenario '${name}'; known: ${SCENARIOS.map((s) => s.name).join(', ')}`);
    return found;
  });
}
