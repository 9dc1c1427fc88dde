export {
  CUSTOM_FIELDS,
  CustomFieldsDetails,
  CustomFieldsSection,
  useCustomFieldDefinitions,
  useCustomFieldItems,
} from './CustomFieldsSection';
export { CustomFieldsPanel, customFieldPath } from './CustomFieldsPanel';
export { CUSTOMIZABLE } from './entities';
export { FieldInput } from './FieldInput';
export type { FieldDefinition } from './queries';
export {
  customFieldsPatch,
  displayValue,
  fieldLabel,
  formValuesOf,
  fromFormValue,
  sortableType,
  toFormValue,
  type FormValues as CustomFieldFormValues,
} from './values';
