import { customizableEntity } from '@pcrm/customization';

export const DEPARTMENT_ENTITY = customizableEntity({
  id: 'crm-core.department',
  table: 'departments',
  labelKo: '부서',
  labelEn: 'Department',
  labelColumn: 'name',
});
