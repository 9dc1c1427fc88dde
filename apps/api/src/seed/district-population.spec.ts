import { STANDARD_TENANTS } from '../../../../libs/tenancy/src/registry/tenant-catalog';
import { DISTRICT_POPULATION_2025_THOUSANDS } from './district-population';
import { POPULATION_2025 } from './tenant-population';
import { sido } from './korean-regions';

describe('the seeded district populations', () => {
  it.each(STANDARD_TENANTS.map((t) => [t.code, t.nameKo]))(
    '%s: a figure for exactly the 시·군·구 its demo customers live in, adding up to about the 시·도',
    (code, nameKo) => {
      const districts = DISTRICT_POPULATION_2025_THOUSANDS[code];
      expect(Object.keys(districts).sort()).toEqual([...sido(nameKo).districts].sort());
      const sum = Object.values(districts).reduce((a, b) => a + b, 0) * 1000;
      // Approximate figures: within 8 % of the 시·도's seeded total.
      expect(Math.abs(sum - POPULATION_2025[code]) / POPULATION_2025[code]).toBeLessThan(0.08);
    },
  );
});
