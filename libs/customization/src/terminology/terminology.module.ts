import { Module } from '@nestjs/common';
import { CustomizationModule } from '../customization.module';
import { TerminologyResolver } from './terminology.resolver';
import { TerminologyService } from './terminology.service';

/** A tenant's own words for entities, menus and common terms (docs/adr/0025). */
@Module({
  imports: [CustomizationModule],
  providers: [TerminologyService, TerminologyResolver],
  exports: [TerminologyService],
})
export class TerminologyModule {}
