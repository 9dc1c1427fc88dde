import { GRANTS, Permission, can } from './permissions';
import type { Role } from './roles';
import type { MaskKind } from './masking';

/**
 * Every GraphQL operation (root field of Query and Mutation) and the permission it needs.
 * An operation that is not listed here is refused for everyone.
 */
export const Operation = {
  me: Permission.ProfileRead,
  tenants: Permission.TenantsRead,
  platformTenants: Permission.PlatformOperate,
  platformAuditEvents: Permission.PlatformOperate,
  tenantRealmExport: Permission.PlatformOperate,
  createTenant: Permission.PlatformOperate,
  deactivateTenant: Permission.PlatformOperate,
  reactivateTenant: Permission.PlatformOperate,
  platformPopulations: Permission.PlatformOperate,
  platformDistrictPopulations: Permission.PlatformOperate,
  platformPopulationHistory: Permission.PlatformOperate,
  setTenantPopulation: Permission.PlatformOperate,
  setDistrictPopulations: Permission.PlatformOperate,
  departments: Permission.DepartmentRead,
  createDepartment: Permission.DepartmentWrite,
  updateDepartment: Permission.DepartmentWrite,
  deactivateDepartment: Permission.DepartmentWrite,
  reactivateDepartment: Permission.DepartmentWrite,
  staff: Permission.StaffRead,
  updateStaffCustomFields: Permission.DepartmentWrite,
  accessLog: Permission.AccessLogRead,
  jobs: Permission.JobsRead,
  job: Permission.JobsRead,
  startDepartmentExport: Permission.DepartmentExport,
  segments: Permission.SegmentRead,
  segment: Permission.SegmentRead,
  segmentPreview: Permission.SegmentRead,
  createSegment: Permission.SegmentWrite,
  updateSegment: Permission.SegmentWrite,
  deleteSegment: Permission.SegmentWrite,
  snapshotSegment: Permission.SegmentWrite,
  customers: Permission.CustomerRead,
  customer: Permission.CustomerRead,
  createCustomer: Permission.CustomerWrite,
  updateCustomer: Permission.CustomerWrite,
  recordContact: Permission.CustomerWrite,
  grantConsent: Permission.CustomerWrite,
  withdrawConsent: Permission.CustomerWrite,
  vulnerableGroupCodes: Permission.CustomerSensitiveRead,
  setCustomerVulnerableGroups: Permission.CustomerSensitiveWrite,
  withdrawSensitiveConsent: Permission.CustomerSensitiveWrite,
  addCustomerRelation: Permission.CustomerWrite,
  removeCustomerRelation: Permission.CustomerWrite,
  dataQuality: Permission.DataQualityRead,
  dataQualityHistory: Permission.DataQualityRead,
  snapshotDataQuality: Permission.DataQualityRead,
  startCustomerExport: Permission.CustomerExport,
  customerExportJob: Permission.CustomerExport,
  customerImportSources: Permission.CustomerImport,
  saveCustomerImportMapping: Permission.CustomerImport,
  previewCustomerImport: Permission.CustomerImport,
  startCustomerImport: Permission.CustomerImport,
  customerImportBatches: Permission.CustomerImport,
  customerImportBatch: Permission.CustomerImport,
  importReviewItems: Permission.CustomerImport,
  resolveImportReview: Permission.CustomerImport,
  undoCustomerImport: Permission.CustomerImport,
  mergeCustomers: Permission.CustomerMerge,
  revealCustomerField: Permission.CustomerReveal,
  customerSettings: Permission.CustomerPrivacy,
  updateCustomerSettings: Permission.CustomerPrivacy,
  retentionCandidates: Permission.CustomerPrivacy,
  anonymizeCustomers: Permission.CustomerPrivacy,
  attachment: Permission.AttachmentRead,
  vocSurveyResults: Permission.PetitionSurveyRead,
  vocSurveyAnswers: Permission.PetitionSurveyRead,
  vocSurveyFollowups: Permission.PetitionSurveyManage,
  resolveVocSurveyFollowup: Permission.PetitionSurveyManage,
  rateVocQuality: Permission.PetitionSurveyManage,
  vocQualityRating: Permission.PetitionSurveyRead,
  vocLifecycle: Permission.PetitionLifecycleRead,
  vocAvailableTransitions: Permission.PetitionLifecycleRead,
  vocTransitions: Permission.PetitionLifecycleRead,
  vocCooperations: Permission.PetitionLifecycleRead,
  transitionVoc: Permission.PetitionTransition,
  requestVocCooperation: Permission.PetitionTransition,
  myVocAlerts: Permission.PetitionAlerts,
  markVocAlertRead: Permission.PetitionAlerts,
  deadline: Permission.CalendarRead,
  holidays: Permission.CalendarRead,
  officeHours: Permission.CalendarRead,
  addHoliday: Permission.CalendarWrite,
  removeHoliday: Permission.CalendarWrite,
  updateOfficeHours: Permission.CalendarWrite,
  vocCategories: Permission.PetitionRead,
  vocPeriods: Permission.PetitionRead,
  vocDeadlinePreview: Permission.PetitionRead,
  voc: Permission.PetitionRead,
  vocByReceiptNo: Permission.PetitionRead,
  vocInbox: Permission.PetitionRead,
  receiveVoc: Permission.PetitionWrite,
  updateVocCustomFields: Permission.PetitionWrite,
  addVocAttachments: Permission.PetitionWrite,
  saveVocCategory: Permission.PetitionAdmin,
  updateVocPeriod: Permission.PetitionAdmin,
  vocRoutingRules: Permission.PetitionConfigure,
  previewVocRouting: Permission.PetitionConfigure,
  createVocRoutingRule: Permission.PetitionConfigure,
  updateVocRoutingRule: Permission.PetitionConfigure,
  deleteVocRoutingRule: Permission.PetitionConfigure,
  reorderVocRoutingRules: Permission.PetitionConfigure,
  vocWorkflowDraft: Permission.CustomizationRead,
  vocWorkflowVersions: Permission.CustomizationRead,
  vocWorkflowVersion: Permission.CustomizationRead,
  vocWorkflowChanges: Permission.CustomizationRead,
  standardModel: Permission.CustomizationRead,
  standardUpgradeDryRun: Permission.CustomizationRead,
  standardConformance: Permission.CustomizationRead,
  saveVocWorkflowDraft: Permission.CustomizationConfigure,
  validateVocWorkflow: Permission.CustomizationConfigure,
  simulateVocWorkflow: Permission.CustomizationConfigure,
  publishVocWorkflow: Permission.CustomizationConfigure,
  petitionProcessingTimes: Permission.PetitionAnalyticsRead,
  petitionProcessingReduction: Permission.PetitionAnalyticsRead,
  repeatPetitions: Permission.PetitionAnalyticsRead,
  petitionBacklog: Permission.PetitionAnalyticsRead,
  petitionBacklogSummary: Permission.PetitionAnalyticsRead,
  performanceMeasures: Permission.PerformanceIndicatorRead,
  performanceIndicators: Permission.PerformanceIndicatorRead,
  performanceIndicatorVersions: Permission.PerformanceIndicatorRead,
  savePerformanceIndicator: Permission.PerformanceIndicatorWrite,
  startPerformanceRollup: Permission.PerformanceIndicatorWrite,
  performanceScorecard: Permission.PerformanceScorecardRead,
  performanceDrillDown: Permission.PerformanceScorecardRead,
  performanceDrillDownTotals: Permission.PerformanceScorecardRead,
  startScorecardExport: Permission.PerformanceScorecardRead,
  ministryPetitionComparison: Permission.PetitionMinistryComparison,
  ministryEquity: Permission.PetitionMinistryComparison,
  ministryConformance: Permission.PetitionMinistryComparison,
  ministryTenantDetail: Permission.PetitionMinistryComparison,
  ministryComparisonExport: Permission.PetitionMinistryComparison,
  ministryIndicatorComparison: Permission.PetitionMinistryComparison,
  ministryIndicatorExport: Permission.PetitionMinistryComparison,
  notifications: Permission.NotificationRead,
  notificationTemplates: Permission.NotificationTemplateWrite,
  previewNotificationTemplate: Permission.NotificationTemplateWrite,
  updateNotificationTemplate: Permission.NotificationTemplateWrite,
  notificationSettings: Permission.NotificationTemplateWrite,
  updateNotificationSettings: Permission.NotificationTemplateWrite,
  terminology: Permission.CustomizationRead,
  terminologyCatalog: Permission.CustomizationRead,
  setTerminology: Permission.CustomizationConfigure,
  resetTerminology: Permission.CustomizationConfigure,
  vocSettings: Permission.CustomizationRead,
  updateVocSettings: Permission.CustomizationConfigure,
  exportCustomizationPackage: Permission.CustomizationConfigure,
  previewCustomizationPackage: Permission.CustomizationConfigure,
  importCustomizationPackage: Permission.CustomizationConfigure,
  customizationPackageImports: Permission.CustomizationRead,
  applyStandardVersion: Permission.CustomizationConfigure,
  customizableEntities: Permission.CustomizationRead,
  customFieldDefinitions: Permission.CustomizationRead,
  customFieldChanges: Permission.CustomizationRead,
  defineCustomField: Permission.CustomizationConfigure,
  updateCustomField: Permission.CustomizationConfigure,
  checkCustomFieldChange: Permission.CustomizationConfigure,
  archiveCustomField: Permission.CustomizationConfigure,
  restoreCustomField: Permission.CustomizationConfigure,
  taskPublicPreview: Permission.TaskPublish,
  setTaskPublic: Permission.TaskPublish,
  serviceStandards: Permission.ServiceStandardRead,
  createServiceStandard: Permission.CustomizationConfigure,
  updateServiceStandard: Permission.CustomizationConfigure,
  csiDesign: Permission.ServiceStandardRead,
  recordStandardMeasurement: Permission.ServiceResultRecord,
  standardMeasurements: Permission.ServiceResultRead,
  standardAttainment: Permission.ServiceResultRead,
  departmentStandardAttainment: Permission.ServiceResultRead,
  recordCsiRound: Permission.ServiceResultRecord,
  csiRounds: Permission.ServiceResultRead,
  recordCourtesyCheck: Permission.ServiceResultRecord,
  courtesyChecks: Permission.ServiceResultRead,
  courtesyMonthly: Permission.ServiceResultRead,
  recognitionRanking: Permission.ServiceResultRead,
  recognitionAwards: Permission.ServiceResultRead,
  awardRecognition: Permission.RecognitionAward,
  approvalMatrix: Permission.CustomizationRead,
  setApprovalMatrix: Permission.CustomizationConfigure,
  approvalLevelShares: Permission.PetitionAnalyticsRead,
  tasks: Permission.TaskRead,
  task: Permission.TaskRead,
  createTask: Permission.TaskWrite,
  updateTask: Permission.TaskWrite,
  saveTaskPlan: Permission.TaskWrite,
  approveTaskPlan: Permission.TaskPlanApprove,
  transitionTask: Permission.TaskWrite,
  linkTaskVoc: Permission.TaskWrite,
  unlinkTaskVoc: Permission.TaskWrite,
  // Probes of the tenant scope, mounted only on test servers (PCRM_TEST_HOOKS=1, refused in production).
  scopeProbeForgottenAwait: Permission.DepartmentRead,
  scopeProbeLateOutcomes: Permission.DepartmentRead,
  scopeProbeUnhandled: Permission.DepartmentRead,
  scopeProbeSleep: Permission.DepartmentRead,
  scopeProbeWriteInQuery: Permission.DepartmentRead,
  scopeProbeWriteInMutation: Permission.DepartmentRead,
  scopeProbeIdle: Permission.DepartmentRead,
} as const satisfies Record<string, Permission>;
export type OperationName = keyof typeof Operation;

/** A field whose value is personal data: masked without `unmaskedBy`, and every read is access-logged. */
export interface PersonalField {
  readonly mask: MaskKind;
  readonly unmaskedBy: Permission;
}

export interface FieldRule {
  /** Without it the field answers null with a FORBIDDEN error on its path. */
  readonly read?: Permission;
  readonly personal?: PersonalField;
}

/**
 * Fields of object types (`Type.field`) with a rule. Fields not listed are readable by whoever may run
 * the operation that reached them; only listed fields cost a check.
 */
export const FieldAccess = {
  'Staff.keycloakSubject': { read: Permission.StaffAccountRead },
  'Staff.phone': { personal: { mask: 'phone', unmaskedBy: Permission.StaffContactRead } },
  'Staff.email': { personal: { mask: 'email', unmaskedBy: Permission.StaffContactRead } },
  'ImportPerson.name': { personal: { mask: 'name', unmaskedBy: Permission.CustomerPersonalRead } },
  'ImportPerson.mobile': { personal: { mask: 'phone', unmaskedBy: Permission.CustomerPersonalRead } },
  'ImportPerson.email': { personal: { mask: 'email', unmaskedBy: Permission.CustomerPersonalRead } },
  'ImportPerson.address': { personal: { mask: 'address', unmaskedBy: Permission.CustomerPersonalRead } },
  'ImportPerson.birthDate': { read: Permission.CustomerPersonalRead },
  // A customer's personal fields, masked by the customers service without `customer:personal:read`; reading
  // any of them on one customer is one access-log entry naming the fields. List rows (CustomerSummary) are
  // masked for everyone and not listed here.
  'Customer.name': { personal: { mask: 'name', unmaskedBy: Permission.CustomerPersonalRead } },
  'Customer.birthDate': { personal: { mask: 'date', unmaskedBy: Permission.CustomerPersonalRead } },
  'Customer.representativeName': { personal: { mask: 'name', unmaskedBy: Permission.CustomerPersonalRead } },
  'Customer.address': { personal: { mask: 'address', unmaskedBy: Permission.CustomerPersonalRead } },
  'Customer.phones': { personal: { mask: 'phone', unmaskedBy: Permission.CustomerPersonalRead } },
  'Customer.emails': { personal: { mask: 'email', unmaskedBy: Permission.CustomerPersonalRead } },
  'Customer.householdKey': { personal: { mask: 'address', unmaskedBy: Permission.CustomerPersonalRead } },
  // Sensitive information: refused without the permission (not even masked); the resolver logs every read.
  'Customer.vulnerability': { read: Permission.CustomerSensitiveRead },
  'SurveyAnswer.comment': { read: Permission.PetitionSurveyCommentRead },
  // An anonymous petitioner's contact, masked by the petitions service as a customer's would be.
  'VocContact.name': { personal: { mask: 'name', unmaskedBy: Permission.CustomerPersonalRead } },
  'VocContact.phone': { personal: { mask: 'phone', unmaskedBy: Permission.CustomerPersonalRead } },
  'VocContact.email': { personal: { mask: 'email', unmaskedBy: Permission.CustomerPersonalRead } },
  'RepeatPetitioner.name': { personal: { mask: 'name', unmaskedBy: Permission.CustomerPersonalRead } },
  // A resident notification's phone number or e-mail address, masked by the notifications service.
  'NotificationDelivery.recipient': {
    personal: { mask: 'contact', unmaskedBy: Permission.CustomerPersonalRead },
  },
} as const satisfies Record<string, FieldRule>;
export type FieldCoordinate = keyof typeof FieldAccess;

const operations: Readonly<Record<string, Permission | undefined>> = Operation;
const fields: Readonly<Record<string, FieldRule | undefined>> = FieldAccess;

/** Deny by default: an operation missing from the map is refused. */
export function canRun(roles: readonly string[], operation: string): boolean {
  const permission = Object.hasOwn(operations, operation) ? operations[operation] : undefined;
  return permission !== undefined && can(roles, permission);
}

/** The roles that may run an operation (a UI shows an entry point only to them). */
export function rolesFor(operation: OperationName): readonly Role[] {
  return GRANTS[Operation[operation]];
}

export function fieldRule(coordinate: string): FieldRule | undefined {
  return Object.hasOwn(fields, coordinate) ? fields[coordinate] : undefined;
}

export function canReadField(roles: readonly string[], coordinate: string): boolean {
  const read = fieldRule(coordinate)?.read;
  return read === undefined || can(roles, read);
}

/** The personal fields of a type (`Staff` → `{ phone: …, email: … }`). */
export function personalFields(typeName: string): Record<string, PersonalField> {
  const out: Record<string, PersonalField> = {};
  for (const [coordinate, rule] of Object.entries(fields)) {
    const [type, field] = coordinate.split('.');
    if (type === typeName && rule?.personal) out[field] = rule.personal;
  }
  return out;
}
