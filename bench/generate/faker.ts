import type * as FakerModule from '@faker-js/faker' with { 'resolution-mode': 'import' };
import type { Faker } from '@faker-js/faker' with { 'resolution-mode': 'import' };

export type { FakerModule };

/** The bench's fixed seed: the same data every run unless `--seed` says otherwise. */
export const DEFAULT_SEED = 20_060_301;

/** @faker-js/faker 10 is ESM-only: loaded with a real dynamic import (swc keeps `import()` as is). */
export const loadFaker = (): Promise<typeof FakerModule> => import('@faker-js/faker');

/** FNV-1a: a stable 32-bit number for a string. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * A Korean faker (fakerKO's locale chain: ko, en, base) of its own, seeded from the run's seed and a purpose
 * ('org:busan', 'address:busan'), so one tenant's data never depends on how much another tenant drew.
 */
export function koreanFaker(faker: typeof FakerModule, seed: number, purpose: string): Faker {
  return new faker.Faker({ locale: [faker.ko, faker.en, faker.base], seed: hash32(`${seed}:${purpose}`) });
}
