import { customizableEntity } from '@pcrm/customization';

export const CUSTOMER_ENTITY = customizableEntity({
  id: 'crm-core.customers',
  table: 'customers',
  labelKo: '고객',
  labelEn: 'Customer',
  labelColumn: 'customer_no',
});
