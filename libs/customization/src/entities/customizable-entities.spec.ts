import { CustomizableEntities } from './customizable-entities';
import { CUSTOM_VALUES_COLUMN, customizableEntity } from './customizable-entity';

const department = customizableEntity({
  id: 'crm-core.department',
  table: 'departments',
  labelKo: '부서',
  labelEn: 'Department',
});

it('keeps custom values in the custom_fields column of the entity table', () => {
  expect(department).toEqual({
    id: 'crm-core.department',
    table: 'departments',
    customValuesColumn: CUSTOM_VALUES_COLUMN,
    labelKo: '부서',
    labelEn: 'Department',
  });
  expect(CUSTOM_VALUES_COLUMN).toBe('custom_fields');
  expect(Object.isFrozen(department)).toBe(true);
});

it.each([
  ['Department', 'departments'],
  ['crm-core', 'departments'],
  ['crm-core.department', 'departments; DROP TABLE staff'],
  ['crm-core.department', 'public.departments'],
])('refuses id %s with table %s', (id, table) => {
  expect(() => customizableEntity({ id, table, labelKo: '부서', labelEn: 'Department' })).toThrow();
});

it('registers each entity once and each table for one entity', () => {
  const entities = new CustomizableEntities();
  entities.register(department);
  entities.register(department);
  expect(entities.list()).toEqual([department]);
  expect(entities.get('crm-core.department')).toBe(department);
  expect(() =>
    entities.register(
      customizableEntity({ id: 'crm-core.department', table: 'units', labelKo: '부서', labelEn: 'Unit' }),
    ),
  ).toThrow(/twice/);
  expect(() =>
    entities.register(
      customizableEntity({ id: 'crm-core.unit', table: 'departments', labelKo: '부서', labelEn: 'Unit' }),
    ),
  ).toThrow(/already belongs/);
});
