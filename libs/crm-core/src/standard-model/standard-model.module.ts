import { Module } from '@nestjs/common';
import { CustomizationModule } from '@pcrm/customization';
import { StandardModelResolver } from './standard-model.resolver';
import { StandardModelService } from './standard-model.service';
import { StandardUpgrades } from './standard-upgrades';

/** The tenant's standard-model version: catalogue, dry run, apply, conformance report (docs/adr/0026). */
@Module({
  imports: [CustomizationModule],
  providers: [StandardModelService, StandardUpgrades, StandardModelResolver],
  exports: [StandardUpgrades],
})
export class StandardModelModule {}
