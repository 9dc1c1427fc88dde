import { Module } from '@nestjs/common';
import { ReferenceDataResolver } from './reference-data.resolver';
import { VocSettingsService } from './voc-settings.service';

/** The tenant's reference values that have no screen of their own elsewhere (docs/adr/0025). */
@Module({ providers: [VocSettingsService, ReferenceDataResolver], exports: [VocSettingsService] })
export class ReferenceDataModule {}
