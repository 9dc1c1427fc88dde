import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { CustomizableEntities, CustomizationModule } from '@pcrm/customization';
import { AttachmentsModule } from '../attachments';
import { CustomerContactsModule } from '../customer-contacts';
import { CustomersModule } from '../customers';
import { PetitionEventsModule } from './petition-events';
import { VocAttachmentAccess } from './voc-attachments';
import { VocDeadlinesModule } from './voc-deadlines';
import { PETITION_ENTITY } from './petition.entity';
import { VocCustomFieldsService } from './voc-custom-fields.service';
import { VocIntakeService } from './voc-intake.service';
import { VocReadService } from './voc-read.service';
import { VocReferenceService } from './voc-reference.service';
import { VocConnectionResolver, VocResolver } from './voc.resolver';

/**
 * Petitions (VOC): the tenant's reference data, intake (receipt numbers, deadlines, routing) and reads
 * (a case, the inbox). The lifecycle, surveys and analytics build on it through this folder's index.
 */
@Module({
  imports: [
    AttachmentsModule,
    CustomersModule,
    CustomerContactsModule,
    PetitionEventsModule,
    VocDeadlinesModule,
    CustomizationModule,
  ],
  providers: [
    VocAttachmentAccess,
    VocReferenceService,
    VocReadService,
    VocIntakeService,
    VocCustomFieldsService,
    VocResolver,
    VocConnectionResolver,
  ],
  exports: [VocReferenceService, VocReadService, VocIntakeService, PetitionEventsModule, VocDeadlinesModule],
})
export class PetitionsModule implements OnModuleInit {
  constructor(@Inject(CustomizableEntities) private readonly entities: CustomizableEntities) {}

  onModuleInit(): void {
    this.entities.register(PETITION_ENTITY);
  }
}
