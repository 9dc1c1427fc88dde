import { customizableEntity } from '../entities/customizable-entity';
import { TERM_KEY_PATTERN, TermGroup, termCatalog } from './term-catalog';

const visit = customizableEntity({
  id: 'crm-core.visit',
  table: 'visits',
  labelKo: '방문',
  labelEn: 'Visit',
});
const customers = customizableEntity({
  id: 'crm-core.customers',
  table: 'customers',
  labelKo: '고객(등록)',
  labelEn: 'Registered customer',
});

it('lists every term once, with a storable key and labels a tenant could have written', () => {
  const catalog = termCatalog([visit]);
  expect(new Set(catalog.map((t) => t.key)).size).toBe(catalog.length);
  for (const term of catalog) {
    expect(term.key).toMatch(new RegExp(TERM_KEY_PATTERN));
    for (const label of [term.ko, term.en])
      expect([term.key, label.length]).toEqual([term.key, label.trim().length]);
    expect(Math.max(term.ko.length, term.en.length)).toBeLessThanOrEqual(40);
  }
});

it('adds registered entities after the core ones and keeps the core labels', () => {
  const entities = termCatalog([customers, visit]).filter((t) => t.group === TermGroup.ENTITY);
  expect(entities.map((t) => [t.key, t.ko])).toEqual([
    ['entity.crm-core.customers', '고객'],
    ['entity.crm-core.petition', '민원'],
    ['entity.crm-core.department', '부서'],
    ['entity.crm-core.staff', '직원'],
    ['entity.crm-core.visit', '방문'],
  ]);
});
