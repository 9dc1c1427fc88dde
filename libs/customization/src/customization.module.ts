import { Module } from '@nestjs/common';
import { CustomizableEntities } from './entities/customizable-entities';

/** Per-tenant customization of the standard model; today the registry of customizable entities. */
@Module({
  providers: [CustomizableEntities],
  exports: [CustomizableEntities],
})
export class CustomizationModule {}
