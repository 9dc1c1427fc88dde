import { Module } from '@nestjs/common';
import { AccessLogModule } from './access-log';
import { AttachmentsModule } from './attachments';
import { CustomerConsentsModule } from './customer-consents';
import { CustomerContactsModule } from './customer-contacts';
import { CustomerExportModule } from './customer-export';
import { CustomerRelationsModule } from './customer-relations';
import { CustomerImportModule } from './customer-import';
import { CustomerMergeModule } from './customer-merge';
import { CustomerPrivacyModule } from './customer-privacy';
import { CustomerQualityModule } from './customer-quality';
import { CustomersModule } from './customers';
import { CustomerSegmentsModule } from './customer-segments';
import { DepartmentExportModule } from './department-export';
import { DepartmentsModule } from './departments';
import { PetitionSurveysModule } from './petition-surveys';
import { ResidentPetitionsModule } from './resident-petitions';
import { NotificationsModule } from './notifications';
import { StaffModule } from './staff';
import { PetitionWorkflowModule } from './petition-workflow';

/** The Busan standard model: one Nest module per capability folder, composed here. */
@Module({
  imports: [
    AccessLogModule,
    DepartmentsModule,
    StaffModule,
    CustomersModule,
    CustomerContactsModule,
    CustomerConsentsModule,
    CustomerRelationsModule,
    DepartmentExportModule,
    CustomerSegmentsModule,
    CustomerQualityModule,
    CustomerExportModule,
    CustomerMergeModule,
    CustomerImportModule,
    CustomerPrivacyModule,
    AttachmentsModule,
    PetitionWorkflowModule,
    PetitionSurveysModule,
    ResidentPetitionsModule,
    NotificationsModule,
  ],
  exports: [
    AccessLogModule,
    DepartmentsModule,
    StaffModule,
    CustomersModule,
    AttachmentsModule,
    PetitionSurveysModule,
    ResidentPetitionsModule,
    NotificationsModule,
  ],
})
export class CrmCoreModule {}
