import { customizableEntity } from '../entities/customizable-entity';
import { TERM_KEY_PATTERN, TermGroup, termCatalog } from './term-catalog';
import { termLabelProblem } from './term-label';

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
    expect([term.key, termLabelProblem(term.ko), termLabelProblem(term.en)]).toEqual([term.key, null, null]);
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

it.each([
  ['민원인', null],
  ['  민원인  ', null],
  ['가'.repeat(40), null],
  ['가'.repeat(41), /40자/],
  ['', /입력해/],
  ['\u3164\u115f', /입력해/],
  ['\u200b', /제어 문자/],
  ['민원\u202e인', /제어 문자/],
  ['민원\n인', /제어 문자/],
])('judges the label %j', (label, problem) => {
  const found = termLabelProblem(label);
  if (problem === null) expect(found).toBeNull();
  else expect(found?.ko).toMatch(problem);
});
