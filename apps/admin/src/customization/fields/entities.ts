/** The customizable entities' ids the admin forms use (`libs/crm-core/src/*\/*.entity.ts`). */
export const CUSTOMIZABLE = {
  customer: 'crm-core.customers',
  department: 'crm-core.department',
  staff: 'crm-core.staff',
  petition: 'crm-core.petition',
} as const;
