import { CustomizableEntities } from '@pcrm/customization';
import { serviceTestbed, type ServiceTestbed } from '../test/service-testbed';
import { DEPARTMENT_ENTITY, DepartmentService } from './departments';
import { STAFF_ENTITY, StaffService } from './staff';
import { CUSTOMER_ENTITY } from './customers';
import { PETITION_ENTITY } from './petitions';
import { TASK_ENTITY } from './tasks';

let bed: ServiceTestbed;
beforeAll(async () => {
  bed = await serviceTestbed('crm-core module');
});
afterAll(() => bed?.close());

it('wires each capability module and registers its customizable entity', () => {
  expect(bed.get(DepartmentService)).toBeInstanceOf(DepartmentService);
  expect(bed.get(StaffService)).toBeInstanceOf(StaffService);
  // In the order Nest initializes the modules, which follows their imports, not the list in CrmCoreModule.
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  expect([...bed.get(CustomizableEntities).list()].sort(byId)).toEqual(
    [CUSTOMER_ENTITY, DEPARTMENT_ENTITY, PETITION_ENTITY, STAFF_ENTITY, TASK_ENTITY].sort(byId),
  );
});

it('keeps custom values where each registered entity says: jsonb NOT NULL DEFAULT {} on its table', async () => {
  for (const entity of bed.get(CustomizableEntities).list()) {
    const columns = await bed.owner(
      `SELECT data_type, is_nullable, column_default FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name = $1 AND column_name = $2`,
      [entity.table, entity.customValuesColumn],
    );
    expect({ entity: entity.id, columns }).toEqual({
      entity: entity.id,
      columns: [{ data_type: 'jsonb', is_nullable: 'NO', column_default: "'{}'::jsonb" }],
    });
  }
});

it('starts with an empty tenant of its own', async () => {
  const departments = await bed.scope(() => bed.get(DepartmentService).list());
  expect(departments).toEqual([]);
});
