import NodeEnvironment from 'jest-environment-node';
import { loadFaker } from './faker';

/**
 * Jest's node environment plus @faker-js/faker as the global `__pcrmFaker`. Faker 10 is ESM-only and Jest on
 * Node 20 cannot `import()` inside a test without --experimental-vm-modules; an environment module runs outside
 * the test's VM context, where a real dynamic import works. Used through the docblock
 * `@jest-environment ./bench/generate/faker-environment.ts`.
 */
export default class FakerEnvironment extends NodeEnvironment {
  override async setup(): Promise<void> {
    await super.setup();
    (this.global as Record<string, unknown>).__pcrmFaker = await loadFaker();
  }
}
