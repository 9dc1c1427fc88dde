export * from './custom-field.types';
export * from './custom-field.scalars';
export * from './custom-fields.model';
export * from './compiled-schemas';
export { CustomFieldDefinitionsService, type CustomFieldSpecPatch } from './custom-field-definitions.service';
export * from './custom-field-values.validator';
export * from './custom-field-visibility';
export { CONFLICT_SAMPLES, type ConflictReport } from './field-conflicts';
