import { Module } from '@nestjs/common';
import { AccessLogModule } from './access-log';
import { AttachmentsModule } from './attachments';
import { BusinessCalendarModule } from './business-calendar';
import { CustomerConsentsModule } from './customer-consents';
import { CustomerContactsModule } from './customer-contacts';
import { CustomerExportModule } from './customer-export';
import { CustomerRelationsModule } from './customer-relations';
import { CustomerImportModule } from './customer-import';
import { CustomerMergeModule } from './customer-merge';
import { CustomerPrivacyModule } from './customer-privacy';
import { CustomerVulnerabilityModule } from './customer-vulnerability';
import { CustomerQualityModule } from './customer-quality';
import { CustomersModule } from './customers';
import { CustomerSegmentsModule } from './customer-segments';
import { CustomFieldValuesModule } from './custom-field-values';
import { DepartmentExportModule } from './department-export';
import { DepartmentsModule } from './departments';
import { PetitionSurveysModule } from './petition-surveys';
import { ResidentPetitionsModule } from './resident-petitions';
import { PetitionsModule } from './petitions';
import { NotificationsModule } from './notifications';
import { StaffModule } from './staff';
import { PetitionWorkflowModule } from './petition-workflow';
import { WorkflowOverlaysModule } from './workflow-overlays';
import { StandardModelModule } from './standard-model';
import { PetitionAnalyticsModule } from './petition-analytics';
import { PetitionMinistryModule } from './petition-ministry';
import { PetitionRoutingModule } from './petition-routing';
import { TaskDisclosureModule } from './task-disclosure';
import { ServiceStandardsModule } from './service-standards';
import { ApprovalMatrixModule } from './approval-matrix';
import { PerformanceIndicatorsModule } from './performance-indicators';
import { TasksModule } from './tasks';

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
    CustomerVulnerabilityModule,
    AttachmentsModule,
    PetitionWorkflowModule,
    WorkflowOverlaysModule,
    StandardModelModule,
    PetitionSurveysModule,
    ResidentPetitionsModule,
    BusinessCalendarModule,
    PetitionsModule,
    PetitionAnalyticsModule,
    PetitionMinistryModule,
    PetitionRoutingModule,
    ServiceStandardsModule,
    ApprovalMatrixModule,
    PerformanceIndicatorsModule,
    NotificationsModule,
    CustomFieldValuesModule,
    TaskDisclosureModule,
    TasksModule,
  ],
  exports: [
    AccessLogModule,
    DepartmentsModule,
    StaffModule,
    CustomersModule,
    AttachmentsModule,
    PetitionSurveysModule,
    ResidentPetitionsModule,
    BusinessCalendarModule,
    PetitionsModule,
    NotificationsModule,
    TaskDisclosureModule,
    PerformanceIndicatorsModule,
  ],
})
export class CrmCoreModule {}
