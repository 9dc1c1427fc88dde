import { Role, TENANT_ROLES, ALL_ROLES } from './roles';

/** What a caller may do; roles only ever reach code through these. */
export const Permission = {
  ProfileRead: 'profile:read',
  TenantsRead: 'tenants:read',
  DepartmentRead: 'department:read',
  DepartmentWrite: 'department:write',
  StaffRead: 'staff:read',
  /** Staff phone numbers and e-mail addresses unmasked (without it they are masked). */
  StaffContactRead: 'staff:contact:read',
  /** The identity-provider account behind a staff member (Keycloak subject). */
  StaffAccountRead: 'staff:account:read',
  AccessLogRead: 'access-log:read',
  /** The tenant's background jobs (state, attempts, errors, progress). */
  JobsRead: 'jobs:read',
  /** Exporting the department tree with staff to a file. */
  DepartmentExport: 'department:export',
  /** Customers (masked in lists), their timeline, relations and consents. */
  CustomerRead: 'customer:read',
  /** Creating and editing customers, recording contacts, relations and consents. */
  CustomerWrite: 'customer:write',
  /** A customer's personal data unmasked on the customer's own page (every read access-logged). */
  CustomerPersonalRead: 'customer:personal:read',
  /** Revealing one masked value on purpose, with a reason (access-logged). */
  CustomerReveal: 'customer:reveal',
  /** Exporting customers to a file (with a reason, access-logged). */
  CustomerExport: 'customer:export',
  /** Importing acquired customers (입수고객) and deciding the review queue. */
  CustomerImport: 'customer:import',
  /** Merging two customers of the tenant into one. */
  CustomerMerge: 'customer:merge',
  /** Retention settings and anonymizing customers past retention. */
  CustomerPrivacy: 'customer:privacy',
  /**
   * A customer's vulnerable groups (취약계층: disability, 수급 status, …), sensitive information under a
   * separate consent (개인정보 보호법 제23조); every read access-logged. Without it the groups are not there.
   */
  CustomerSensitiveRead: 'customer:sensitive:read',
  /** Recording a customer's vulnerable groups with the separate consent, and its withdrawal. */
  CustomerSensitiveWrite: 'customer:sensitive:write',
  SegmentRead: 'segment:read',
  SegmentWrite: 'segment:write',
  /** The data-quality report (충실도·정확도). */
  DataQualityRead: 'data-quality:read',
  /** Uploading attachments (files are then claimed by the record they belong to). */
  AttachmentUpload: 'attachment:upload',
  /** An attachment's details (the owner's access rule still decides which). */
  AttachmentRead: 'attachment:read',
  /** Satisfaction survey averages and counts per case, officer and department. */
  PetitionSurveyRead: 'petition-survey:read',
  /** The survey's free text (서술형): it may hold personal data, so only those who handle petitions read it. */
  PetitionSurveyCommentRead: 'petition-survey:comment:read',
  /** Follow-ups of low scores and the quality rating of complex cases (supervisors). */
  PetitionSurveyManage: 'petition-survey:manage',
  /** A petition's lifecycle: its state, history, cooperation requests and the transitions allowed now. */
  PetitionLifecycleRead: 'petition:lifecycle:read',
  /** Moving petitions through their workflow (assign, answer, extend, …) and asking for cooperation. */
  PetitionTransition: 'petition:transition',
  /** One's own overdue and at-risk petition alerts. */
  PetitionAlerts: 'petition:alerts',
  /** The business calendar: holidays, office hours and the deadline preview. */
  CalendarRead: 'calendar:read',
  /** Adding and removing tenant holidays, setting office hours. */
  CalendarWrite: 'calendar:write',
  /** Petitions (VOC): cases, the inbox, the reference data and the deadline preview. */
  PetitionRead: 'petition:read',
  /** Receiving petitions (intake). */
  PetitionWrite: 'petition:write',
  /** The tenant's petition reference data: categories and statutory periods. */
  PetitionAdmin: 'petition:admin',
  /** The tenant's routing rules: which category and keywords go to which department, in which order. */
  PetitionConfigure: 'petition:configure',
  /** Petition analytics: processing time, repeat petitioners (names masked per customer:personal:read), backlog. */
  PetitionAnalyticsRead: 'petition:analytics:read',
  /** The comparison of the 시·도 over published aggregates (ministry only; docs/adr/0019). */
  PetitionMinistryComparison: 'petition:ministry-comparison',
  /** The delivery state of the resident notifications of a case (recipients masked). */
  NotificationRead: 'notification:read',
  /** The tenant's notification templates and sender settings. */
  NotificationTemplateWrite: 'notification:template:write',
  /** Onboarding, deactivating and listing tenants, their realm exports and the platform audit (ADR 0024). */
  PlatformOperate: 'platform:operate',
  /** The tenant's customization definitions (fields, workflow overlays, terminology, reference data): forms need them. */
  CustomizationRead: 'customization:read',
  /** Changing the tenant's customization: fields, workflow overlays, terminology, reference data. */
  CustomizationConfigure: 'customization:configure',
  /** Publishing a task on the resident pages and its public preview (docs/adr/0029). */
  TaskPublish: 'task:publish',
  /** The tenant's service standards (이행표준) and the CSI questionnaire design. */
  ServiceStandardRead: 'service-standard:read',
  /** Monitoring results: standards attainment, CSI rounds, phone courtesy, the recognition ranking. */
  ServiceResultRead: 'service-result:read',
  /** Entering monitoring results: standard measurements, CSI rounds, phone-courtesy checks. */
  ServiceResultRecord: 'service-result:record',
  /** Designating departments for recognition (포상 대상 지정). */
  RecognitionAward: 'recognition:award',
  /** The measure catalogue and the performance indicator definitions with their versions. */
  PerformanceIndicatorRead: 'performance:indicator:read',
  /** Designing performance indicators (a save is a new version) and recomputing the roll-ups. */
  PerformanceIndicatorWrite: 'performance:indicator:write',
  /** Department and officer scorecards and the cases behind their numbers. */
  PerformanceScorecardRead: 'performance:scorecard:read',
  /** Tasks (과업) with their action plans, linked VOC items and history. */
  TaskRead: 'task:read',
  /** Creating and editing tasks, saving plans, moving tasks through their workflow, linking VOC items. */
  TaskWrite: 'task:write',
  /** Approving (확정) a task's action plan. */
  TaskPlanApprove: 'task:plan:approve',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

/** The roles holding each permission. A permission no role holds is held by nobody (deny by default). */
export const GRANTS: Record<Permission, readonly Role[]> = {
  'profile:read': ALL_ROLES,
  'tenants:read': [Role.MinistryAnalyst],
  'department:read': TENANT_ROLES,
  'department:write': [Role.TenantAdmin, Role.Integrator],
  'staff:read': TENANT_ROLES,
  'staff:contact:read': [Role.Manager, Role.TenantAdmin, Role.Integrator],
  'staff:account:read': [Role.TenantAdmin, Role.Integrator],
  'access-log:read': [Role.TenantAdmin],
  'jobs:read': [Role.TenantAdmin],
  'department:export': [Role.TenantAdmin],
  'customer:read': TENANT_ROLES,
  'customer:write': TENANT_ROLES,
  'customer:personal:read': [Role.Manager, Role.TenantAdmin, Role.Integrator],
  'customer:reveal': [Role.Agent, Role.Officer, Role.Manager, Role.TenantAdmin],
  'customer:export': [Role.Manager, Role.TenantAdmin],
  'customer:import': [Role.TenantAdmin, Role.Integrator],
  'customer:merge': [Role.Manager, Role.TenantAdmin],
  'customer:privacy': [Role.TenantAdmin],
  // Those who serve residents in person and their supervisors, and the 시·도 administrator who answers privacy
  // requests; not the (often outsourced) call center, not machines (docs/adr/0019 "Vulnerable groups").
  'customer:sensitive:read': [Role.Officer, Role.Manager, Role.TenantAdmin],
  'customer:sensitive:write': [Role.Officer, Role.Manager, Role.TenantAdmin],
  'segment:read': [Role.Officer, Role.Manager, Role.TenantAdmin, Role.Integrator],
  'segment:write': [Role.Manager, Role.TenantAdmin],
  'data-quality:read': [Role.Manager, Role.TenantAdmin],
  'attachment:upload': TENANT_ROLES,
  'attachment:read': TENANT_ROLES,
  'petition-survey:read': [Role.Agent, Role.Officer, Role.Manager, Role.TenantAdmin],
  'petition-survey:comment:read': [Role.Officer, Role.Manager, Role.TenantAdmin],
  'petition-survey:manage': [Role.Manager],
  'petition:lifecycle:read': TENANT_ROLES,
  'petition:transition': [Role.Officer, Role.Manager, Role.TenantAdmin, Role.Integrator],
  'petition:alerts': [Role.Officer, Role.Manager, Role.TenantAdmin],
  'calendar:read': TENANT_ROLES,
  'calendar:write': [Role.TenantAdmin],
  'petition:read': TENANT_ROLES,
  'petition:write': TENANT_ROLES,
  'petition:admin': [Role.TenantAdmin],
  'petition:configure': [Role.Manager, Role.TenantAdmin],
  'petition:analytics:read': [Role.Manager, Role.TenantAdmin],
  'petition:ministry-comparison': [Role.MinistryAnalyst],
  'notification:read': TENANT_ROLES,
  'notification:template:write': [Role.TenantAdmin],
  'platform:operate': [Role.PlatformOperator],
  'customization:read': TENANT_ROLES,
  'customization:configure': [Role.TenantAdmin],
  'task:publish': [Role.Manager, Role.TenantAdmin],
  'service-standard:read': TENANT_ROLES,
  'service-result:read': [Role.Officer, Role.Manager, Role.TenantAdmin],
  'service-result:record': [Role.Manager, Role.TenantAdmin],
  'recognition:award': [Role.TenantAdmin],
  'performance:indicator:read': [Role.Manager, Role.TenantAdmin],
  'performance:indicator:write': [Role.TenantAdmin],
  'performance:scorecard:read': [Role.Manager, Role.TenantAdmin],
  // Agents read tasks to answer residents; the task's department acts on it (checked per task, ADR 0028).
  'task:read': TENANT_ROLES,
  'task:write': [Role.Officer, Role.Manager, Role.TenantAdmin],
  'task:plan:approve': [Role.Manager, Role.TenantAdmin],
};

export function can(roles: readonly string[], permission: Permission): boolean {
  return GRANTS[permission].some((role) => roles.includes(role));
}
