import { Module } from '@nestjs/common';
import { CustomizableEntities } from './entities/customizable-entities';
import { CompiledSchemas } from './custom-fields/compiled-schemas';
import { CustomFieldDefinitionsService } from './custom-fields/custom-field-definitions.service';
import { CustomFieldValuesValidator } from './custom-fields/custom-field-values.validator';
import { CustomFieldVisibility } from './custom-fields/custom-field-visibility';
import { CustomFieldFilters } from './custom-fields/custom-field-filters';
import { CustomFieldsResolver } from './custom-fields/custom-fields.resolver';
import { StandardVersions } from './standard-model/standard-versions';

const SERVICES = [
  CustomizableEntities,
  CompiledSchemas,
  CustomFieldDefinitionsService,
  CustomFieldValuesValidator,
  CustomFieldVisibility,
  CustomFieldFilters,
  StandardVersions,
];

/**
 * Per-tenant customization of the standard model: the registry of customizable entities and the custom
 * fields on them (definitions, the values' validation and visibility).
 */
@Module({
  providers: [...SERVICES, CustomFieldsResolver],
  exports: SERVICES,
})
export class CustomizationModule {}
