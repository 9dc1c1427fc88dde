import { Module } from '@nestjs/common';
import { CustomizationModule } from '../customization.module';
import { ReferenceDataModule } from '../reference-data/reference-data.module';
import { TerminologyModule } from '../terminology/terminology.module';
import { CustomizationPackagesResolver } from './customization-packages.resolver';
import { CustomizationPackagesService } from './customization-packages.service';

/** A tenant's customization exported as a package another tenant previews and imports (docs/adr/0027). */
@Module({
  imports: [CustomizationModule, TerminologyModule, ReferenceDataModule],
  providers: [CustomizationPackagesService, CustomizationPackagesResolver],
})
export class CustomizationPackagesModule {}
