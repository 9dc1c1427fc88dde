import { customizableEntity } from '@pcrm/customization';

export const TASK_ENTITY = customizableEntity({
  id: 'crm-core.task',
  table: 'tasks',
  labelKo: '과제',
  labelEn: 'Task',
  labelColumn: 'title',
});
