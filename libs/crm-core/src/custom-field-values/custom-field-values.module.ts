import { Module } from '@nestjs/common';
import { CustomizationModule } from '@pcrm/customization';
import { AccessLogModule } from '../access-log';
import { CustomerCustomFieldsResolver } from './custom-field-values.resolvers';
import { CustomFieldsReader } from './custom-fields-reader';

/** Custom values on the records of the core entities, as each caller may see them (read side). */
@Module({
  imports: [CustomizationModule, AccessLogModule],
  providers: [CustomFieldsReader, CustomerCustomFieldsResolver],
  exports: [CustomFieldsReader],
})
export class CustomFieldValuesModule {}
