import { customizableEntity } from '@pcrm/customization';

export const PETITION_ENTITY = customizableEntity({
  id: 'crm-core.petition',
  table: 'voc_items',
  labelKo: '민원',
  labelEn: 'Petition',
  labelColumn: 'receipt_no',
});
