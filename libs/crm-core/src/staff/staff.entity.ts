import { customizableEntity } from '@pcrm/customization';

export const STAFF_ENTITY = customizableEntity({
  id: 'crm-core.staff',
  table: 'staff',
  labelKo: '직원',
  labelEn: 'Staff member',
  labelColumn: 'name',
});
