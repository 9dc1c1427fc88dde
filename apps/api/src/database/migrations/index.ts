import { TenancyFoundation1764115200000 } from './1764115200000-tenancy-foundation';
import { AccessLog1764172812345 } from './1764172812345-access-log';
import { RuntimeRoleHardening1764180000000 } from './1764180000000-runtime-role-hardening';
import { AccessLogTime1764183600000 } from './1764183600000-access-log-time';
import { CustomFieldsColumns1764201600000 } from './1764201600000-custom-fields-columns';
import { DepartmentTreeRules1764201600100 } from './1764201600100-department-tree-rules';
import { JobQueue1764374400000 } from './1764374400000-job-queue';
import { BackgroundJobs1764374400001 } from './1764374400001-background-jobs';
import { Customers1764460800000 } from './1764460800000-customers';
import { CustomerConsents1764460800110 } from './1764460800110-customer-consents';
import { CustomerPrivacy1764460800150 } from './1764460800150-customer-privacy';
import { ConsentsNotDeletable1764460800151 } from './1764460800151-consents-not-deletable';
import { CustomerImport1764460800200 } from './1764460800200-customer-import';
import { CustomerSegments1764460800300 } from './1764460800300-customer-segments';
import { CustomerQuality1764460800301 } from './1764460800301-customer-quality';
import { CustomerExport1764460800302 } from './1764460800302-customer-export';
import { ImportUploadRetention1764460800600 } from './1764460800600-import-upload-retention';
import { CustomerSearchWalk1764460800500 } from './1764460800500-customer-search-walk';
import { CustomerSearchKeys1764460800400 } from './1764460800400-customer-search-keys';
import { CustomerAddressKeys1764460800640 } from './1764460800640-customer-address-keys';
import { VocItems1764547200000 } from './1764547200000-voc-items';
import { BusinessCalendar1764547200100 } from './1764547200100-business-calendar';
import { NotificationOutbox1764547200200 } from './1764547200200-notification-outbox';
import { Attachments1764547200300 } from './1764547200300-attachments';
import { VocReferenceData1764547200400 } from './1764547200400-voc-reference-data';
import { VocSurveys1764547200500 } from './1764547200500-voc-surveys';
import { VocAlerts1764547200450 } from './1764547200450-voc-alerts';
import { VocAnalytics1764547200600 } from './1764547200600-voc-analytics';
import { TerminologyAndSettingChanges1764633600500 } from './1764633600500-terminology-and-setting-changes';
import { TenantStandardVersion1764633600600 } from './1764633600600-tenant-standard-version';
import { StandardVersionChanges1764633600610 } from './1764633600610-standard-version-changes';
import { CustomizationPackageImports1764633600700 } from './1764633600700-customization-package-imports';
import { CustomerCustomKeys1764633600800 } from './1764633600800-customer-custom-keys';
import { Tasks1764720000000 } from './1764720000000-tasks';
import { TaskDisclosure1764720000200 } from './1764720000200-task-disclosure';
import { PerformanceIndicators1764720000300 } from './1764720000300-performance-indicators';
import { ServiceStandards1764720000400 } from './1764720000400-service-standards';
import { ServiceStandardPerformanceMarks1764720000600 } from './1764720000600-service-standard-performance-marks';
import { PerformanceMinistry1764720000700 } from './1764720000700-performance-ministry';
import { CustomerVulnerableGroups1764720000710 } from './1764720000710-customer-vulnerable-groups';
import { MinistryRole1764720000500 } from './1764720000500-ministry-role';
import { MinistryEquity1764720000510 } from './1764720000510-ministry-equity';
import { ConformancePublished1764720000520 } from './1764720000520-conformance-published';
import { VocRoutingRuleOrder1764547201300 } from './1764547201300-voc-routing-rule-order';
import { TenantOnboarding1764633600400 } from './1764633600400-tenant-onboarding';
import { VocWorkflowOverlays1764633600300 } from './1764633600300-voc-workflow-overlays';
import { PopulationMaintenance1764720000720 } from './1764720000720-population-maintenance';
import { CustomFields1764633600100 } from './1764633600100-custom-fields';

/** In the order they run. */
export const MIGRATIONS = [
  TenancyFoundation1764115200000,
  AccessLog1764172812345,
  RuntimeRoleHardening1764180000000,
  AccessLogTime1764183600000,
  CustomFieldsColumns1764201600000,
  DepartmentTreeRules1764201600100,
  JobQueue1764374400000,
  BackgroundJobs1764374400001,
  Customers1764460800000,
  CustomerConsents1764460800110,
  CustomerPrivacy1764460800150,
  ConsentsNotDeletable1764460800151,
  CustomerImport1764460800200,
  CustomerSegments1764460800300,
  CustomerQuality1764460800301,
  CustomerExport1764460800302,
  CustomerSearchKeys1764460800400,
  CustomerSearchWalk1764460800500,
  ImportUploadRetention1764460800600,
  CustomerAddressKeys1764460800640,
  VocItems1764547200000,
  BusinessCalendar1764547200100,
  NotificationOutbox1764547200200,
  Attachments1764547200300,
  VocReferenceData1764547200400,
  VocAlerts1764547200450,
  VocSurveys1764547200500,
  VocAnalytics1764547200600,
  VocRoutingRuleOrder1764547201300,
  CustomFields1764633600100,
  VocWorkflowOverlays1764633600300,
  TenantOnboarding1764633600400,
  TerminologyAndSettingChanges1764633600500,
  TenantStandardVersion1764633600600,
  StandardVersionChanges1764633600610,
  CustomizationPackageImports1764633600700,
  CustomerCustomKeys1764633600800,
  Tasks1764720000000,
  TaskDisclosure1764720000200,
  PerformanceIndicators1764720000300,
  ServiceStandards1764720000400,
  MinistryRole1764720000500,
  MinistryEquity1764720000510,
  ConformancePublished1764720000520,
  ServiceStandardPerformanceMarks1764720000600,
  PerformanceMinistry1764720000700,
  CustomerVulnerableGroups1764720000710,
  PopulationMaintenance1764720000720,
];
