import {
  AlertOutlined,
  ExportOutlined,
  FieldTimeOutlined,
  LineChartOutlined,
  RetweetOutlined,
  IdcardOutlined,
  SafetyCertificateOutlined,
  ApartmentOutlined,
  AuditOutlined,
  CalendarOutlined,
  BarChartOutlined,
  FundOutlined,
  CloudDownloadOutlined,
  ClusterOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  FileTextOutlined,
  HomeOutlined,
  MessageOutlined,
  NodeIndexOutlined,
  TeamOutlined,
  SmileOutlined,
  PhoneOutlined,
  TranslationOutlined,
  DatabaseOutlined,
  ControlOutlined,
  BranchesOutlined,
  FormOutlined,
  PartitionOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import type { OperationName } from '@pcrm/access';
import { mayRun, rolesFor, type Role } from '../auth/roles';
import type { MessageKey } from '../i18n/messages';

/**
 * The screens of the app shell. A new screen plugs in by adding one entry: it then gets its route
 * under /app, its side-navigation item and its role check.
 */
export interface NavEntry {
  key: string;
  /** Path below /app ('' is the /app home page). */
  path: string;
  labelKey: MessageKey;
  icon: ReactNode;
  /** Roles that see the entry and may open the screen; undefined = every signed-in user. */
  roles?: readonly Role[];
  /**
   * The operation that changes what the screen shows (from the API's access map). Whoever may not
   * run it sees the screen read-only and, when given, under `viewLabelKey` (e.g. "조직도" instead of
   * "조직(부서) 관리").
   */
  manageOperation?: OperationName;
  viewLabelKey?: MessageKey;
  /** The menu group the entry sits in (a submenu); none = top level. */
  group?: NavGroupKey;
  Component: LazyExoticComponent<ComponentType>;
}

/** Submenus of the side navigation, in menu order after the top-level entries before them. */
export const NAV_GROUPS = {
  customization: { labelKey: 'nav.customization', icon: <ControlOutlined /> },
} as const satisfies Record<string, { labelKey: MessageKey; icon: ReactNode }>;
export type NavGroupKey = keyof typeof NAV_GROUPS;

export const NAV_ENTRIES: readonly NavEntry[] = [
  {
    key: 'home',
    path: '',
    labelKey: 'nav.home',
    icon: <HomeOutlined />,
    Component: lazy(() => import('../home/HomePage').then((m) => ({ default: m.HomePage }))),
  },
  {
    key: 'departments',
    path: 'departments',
    labelKey: 'nav.departments',
    viewLabelKey: 'nav.departmentsView',
    icon: <ApartmentOutlined />,
    roles: rolesFor('departments'),
    manageOperation: 'updateDepartment',
    Component: lazy(() =>
      import('../departments/DepartmentsPage').then((m) => ({ default: m.DepartmentsPage })),
    ),
  },
  {
    key: 'staff',
    path: 'staff',
    labelKey: 'nav.staff',
    icon: <TeamOutlined />,
    roles: rolesFor('staff'),
    Component: lazy(() => import('../staff/StaffPage').then((m) => ({ default: m.StaffPage }))),
  },
  {
    key: 'customers',
    path: 'customers',
    labelKey: 'customers.nav',
    icon: <IdcardOutlined />,
    roles: rolesFor('customers'),
    manageOperation: 'createCustomer',
    Component: lazy(() => import('../customers/CustomersPage').then((m) => ({ default: m.CustomersPage }))),
  },
  {
    key: 'petitions',
    path: 'petitions',
    labelKey: 'voc.nav',
    icon: <FileTextOutlined />,
    roles: rolesFor('vocInbox'),
    manageOperation: 'receiveVoc',
    Component: lazy(() => import('../petitions/PetitionsPage').then((m) => ({ default: m.PetitionsPage }))),
  },
  {
    key: 'tasks',
    path: 'tasks',
    labelKey: 'tasks.nav',
    icon: <FormOutlined />,
    roles: rolesFor('tasks'),
    manageOperation: 'createTask',
    Component: lazy(() => import('../tasks/TasksPage').then((m) => ({ default: m.TasksPage }))),
  },
  {
    key: 'customer-import',
    path: 'customer-import',
    labelKey: 'import.nav',
    icon: <CloudUploadOutlined />,
    roles: rolesFor('startCustomerImport'),
    Component: lazy(() =>
      import('../customer-import/CustomerImportPage').then((m) => ({ default: m.CustomerImportPage })),
    ),
  },
  {
    key: 'segments',
    path: 'segments',
    labelKey: 'segments.nav',
    icon: <ClusterOutlined />,
    roles: rolesFor('segments'),
    manageOperation: 'createSegment',
    Component: lazy(() => import('../segments/SegmentsPage').then((m) => ({ default: m.SegmentsPage }))),
  },
  {
    key: 'data-quality',
    path: 'data-quality',
    labelKey: 'quality.nav',
    icon: <DashboardOutlined />,
    roles: rolesFor('dataQuality'),
    Component: lazy(() =>
      import('../data-quality/DataQualityPage').then((m) => ({ default: m.DataQualityPage })),
    ),
  },
  {
    key: 'access-log',
    path: 'access-log',
    labelKey: 'accessLog.nav',
    icon: <AuditOutlined />,
    roles: rolesFor('accessLog'),
    Component: lazy(() => import('../access-log/AccessLogPage').then((m) => ({ default: m.AccessLogPage }))),
  },
  {
    key: 'customer-privacy',
    path: 'customer-privacy',
    labelKey: 'privacy.nav',
    icon: <SafetyCertificateOutlined />,
    roles: rolesFor('retentionCandidates'),
    Component: lazy(() =>
      import('../customer-privacy/RetentionPage').then((m) => ({ default: m.RetentionPage })),
    ),
  },
  {
    key: 'business-calendar',
    path: 'business-calendar',
    labelKey: 'calendar.nav',
    icon: <CalendarOutlined />,
    roles: rolesFor('holidays'),
    manageOperation: 'addHoliday',
    Component: lazy(() =>
      import('../business-calendar/BusinessCalendarPage').then((m) => ({ default: m.BusinessCalendarPage })),
    ),
  },
  {
    key: 'petition-settings',
    path: 'petition-settings',
    labelKey: 'pset.nav',
    icon: <NodeIndexOutlined />,
    roles: rolesFor('vocRoutingRules'),
    Component: lazy(() =>
      import('../petition-settings/PetitionSettingsPage').then((m) => ({ default: m.PetitionSettingsPage })),
    ),
  },
  {
    key: 'notification-templates',
    path: 'notification-templates',
    labelKey: 'notify.nav',
    icon: <MessageOutlined />,
    roles: rolesFor('notificationTemplates'),
    Component: lazy(() =>
      import('../notification-templates/NotificationTemplatesPage').then((m) => ({
        default: m.NotificationTemplatesPage,
      })),
    ),
  },
  {
    key: 'jobs',
    path: 'jobs',
    labelKey: 'jobs.nav',
    icon: <CloudDownloadOutlined />,
    roles: rolesFor('jobs'),
    manageOperation: 'startDepartmentExport',
    Component: lazy(() => import('../jobs/JobsPage').then((m) => ({ default: m.JobsPage }))),
  },
  {
    key: 'petition-processing',
    path: 'petition-processing',
    labelKey: 'analytics.nav.processing',
    icon: <FieldTimeOutlined />,
    roles: rolesFor('petitionProcessingTimes'),
    Component: lazy(() =>
      import('../petition-analytics/ProcessingTimePage').then((m) => ({ default: m.ProcessingTimePage })),
    ),
  },
  {
    key: 'petition-repeat',
    path: 'petition-repeat',
    labelKey: 'analytics.nav.repeat',
    icon: <RetweetOutlined />,
    roles: rolesFor('repeatPetitions'),
    Component: lazy(() =>
      import('../petition-analytics/RepeatPetitionsPage').then((m) => ({ default: m.RepeatPetitionsPage })),
    ),
  },
  {
    key: 'petition-backlog',
    path: 'petition-backlog',
    labelKey: 'analytics.nav.backlog',
    icon: <AlertOutlined />,
    roles: rolesFor('petitionBacklog'),
    Component: lazy(() =>
      import('../petition-analytics/BacklogPage').then((m) => ({ default: m.BacklogPage })),
    ),
  },
  {
    key: 'performance-scorecards',
    path: 'performance-scorecards',
    labelKey: 'performance.nav.scorecards',
    icon: <DashboardOutlined />,
    roles: rolesFor('performanceScorecard'),
    Component: lazy(() => import('../performance/ScorecardPage').then((m) => ({ default: m.ScorecardPage }))),
  },
  {
    key: 'performance-indicators',
    path: 'performance-indicators',
    labelKey: 'performance.nav.indicators',
    viewLabelKey: 'performance.nav.indicators.read',
    icon: <ControlOutlined />,
    roles: rolesFor('performanceIndicators'),
    manageOperation: 'savePerformanceIndicator',
    Component: lazy(() =>
      import('../performance/IndicatorDesignerPage').then((m) => ({ default: m.IndicatorDesignerPage })),
    ),
  },
  {
    key: 'petition-reduction',
    path: 'petition-reduction',
    labelKey: 'analytics.nav.reduction',
    icon: <FieldTimeOutlined />,
    roles: rolesFor('petitionProcessingReduction'),
    Component: lazy(() =>
      import('../petition-analytics/ReductionAnalysisPage').then((m) => ({
        default: m.ReductionAnalysisPage,
      })),
    ),
  },
  {
    key: 'ministry-comparison',
    path: 'ministry-comparison',
    labelKey: 'analytics.nav.ministry',
    icon: <LineChartOutlined />,
    roles: rolesFor('ministryPetitionComparison'),
    Component: lazy(() =>
      import('../petition-analytics/MinistryComparisonPage').then((m) => ({
        default: m.MinistryComparisonPage,
      })),
    ),
  },
  {
    key: 'ministry-indicators',
    path: 'ministry-indicators',
    labelKey: 'analytics.nav.indicators',
    icon: <FundOutlined />,
    roles: rolesFor('ministryIndicatorComparison'),
    Component: lazy(() =>
      import('../petition-analytics/MinistryIndicatorsPage').then((m) => ({
        default: m.MinistryIndicatorsPage,
      })),
    ),
  },
  {
    key: 'ministry-equity',
    path: 'ministry-equity',
    labelKey: 'analytics.nav.equity',
    icon: <TeamOutlined />,
    roles: rolesFor('ministryEquity'),
    Component: lazy(() =>
      import('../petition-analytics/MinistryEquityPage').then((m) => ({ default: m.MinistryEquityPage })),
    ),
  },
  {
    key: 'ministry-conformance',
    path: 'ministry-conformance',
    labelKey: 'analytics.nav.conformance',
    icon: <AuditOutlined />,
    roles: rolesFor('ministryConformance'),
    Component: lazy(() =>
      import('../petition-analytics/MinistryConformancePage').then((m) => ({
        default: m.MinistryConformancePage,
      })),
    ),
  },
  {
    key: 'petition-survey-results',
    path: 'petition-survey-results',
    labelKey: 'survey.nav.results',
    icon: <SmileOutlined />,
    roles: rolesFor('vocSurveyResults'),
    Component: lazy(() =>
      import('../petition-surveys/SurveyResultsPage').then((m) => ({ default: m.SurveyResultsPage })),
    ),
  },
  {
    key: 'petition-survey-followups',
    path: 'petition-survey-followups',
    labelKey: 'survey.nav.followups',
    icon: <PhoneOutlined />,
    roles: rolesFor('vocSurveyFollowups'),
    manageOperation: 'resolveVocSurveyFollowup',
    Component: lazy(() =>
      import('../petition-surveys/SurveyFollowupsPage').then((m) => ({ default: m.SurveyFollowupsPage })),
    ),
  },
  {
    key: 'service-standards',
    path: 'service-standards',
    labelKey: 'ss.nav',
    icon: <TrophyOutlined />,
    roles: rolesFor('serviceStandards'),
    Component: lazy(() =>
      import('../service-standards/ServiceStandardsPage').then((m) => ({ default: m.ServiceStandardsPage })),
    ),
  },
  {
    key: 'approval-matrix',
    path: 'approval-matrix',
    labelKey: 'am.nav',
    icon: <PartitionOutlined />,
    roles: rolesFor('approvalMatrix'),
    manageOperation: 'setApprovalMatrix',
    Component: lazy(() =>
      import('../approval-matrix/ApprovalMatrixPage').then((m) => ({ default: m.ApprovalMatrixPage })),
    ),
  },
  {
    key: 'platform-tenants',
    path: 'platform/tenants',
    labelKey: 'nav.platformTenants',
    icon: <ClusterOutlined />,
    roles: rolesFor('platformTenants'),
    Component: lazy(() =>
      import('../platform-tenants/PlatformTenantsPage').then((m) => ({ default: m.PlatformTenantsPage })),
    ),
  },
  {
    key: 'platform-population',
    path: 'platform/population',
    labelKey: 'nav.platformPopulation',
    icon: <TeamOutlined />,
    roles: rolesFor('platformPopulations'),
    Component: lazy(() =>
      import('../platform-population/PlatformPopulationPage').then((m) => ({
        default: m.PlatformPopulationPage,
      })),
    ),
  },
  {
    key: 'custom-fields',
    path: 'customization/fields',
    labelKey: 'cfields.nav',
    icon: <FormOutlined />,
    roles: rolesFor('customFieldDefinitions'),
    manageOperation: 'defineCustomField',
    group: 'customization',
    Component: lazy(() =>
      import('../customization/fields/FieldDesignerPage').then((m) => ({ default: m.FieldDesignerPage })),
    ),
  },
  {
    key: 'customization-workflow',
    path: 'customization/workflow',
    labelKey: 'wflow.nav',
    icon: <BranchesOutlined />,
    roles: rolesFor('vocWorkflowDraft'),
    manageOperation: 'publishVocWorkflow',
    group: 'customization',
    Component: lazy(() =>
      import('../customization/workflow/WorkflowEditorPage').then((m) => ({ default: m.WorkflowEditorPage })),
    ),
  },
  {
    key: 'customization-terminology',
    path: 'customization/terminology',
    labelKey: 'terms.nav',
    icon: <TranslationOutlined />,
    roles: rolesFor('terminologyCatalog'),
    manageOperation: 'setTerminology',
    group: 'customization',
    Component: lazy(() =>
      import('../customization/terminology/TerminologyPage').then((m) => ({ default: m.TerminologyPage })),
    ),
  },
  {
    key: 'customization-reference-data',
    path: 'customization/reference-data',
    labelKey: 'refdata.nav',
    icon: <DatabaseOutlined />,
    roles: rolesFor('vocSettings'),
    manageOperation: 'updateVocSettings',
    group: 'customization',
    Component: lazy(() =>
      import('../customization/reference-data/ReferenceDataPage').then((m) => ({
        default: m.ReferenceDataPage,
      })),
    ),
  },
  {
    key: 'customization-packages',
    path: 'customization/packages',
    labelKey: 'pkg.nav',
    icon: <ExportOutlined />,
    roles: rolesFor('importCustomizationPackage'),
    group: 'customization',
    Component: lazy(() =>
      import('../customization/packages/PackagesPage').then((m) => ({ default: m.PackagesPage })),
    ),
  },
  {
    key: 'customization-standard',
    path: 'customization/standard',
    labelKey: 'std.nav',
    icon: <SafetyCertificateOutlined />,
    roles: rolesFor('standardModel'),
    manageOperation: 'applyStandardVersion',
    group: 'customization',
    Component: lazy(() =>
      import('../customization/standard/StandardModelPage').then((m) => ({ default: m.StandardModelPage })),
    ),
  },
  {
    key: 'customization-conformance',
    path: 'customization/conformance',
    labelKey: 'conf.nav',
    icon: <AuditOutlined />,
    roles: rolesFor('standardConformance'),
    group: 'customization',
    Component: lazy(() =>
      import('../customization/standard/ConformancePage').then((m) => ({ default: m.ConformancePage })),
    ),
  },
  {
    key: 'tenants',
    path: 'tenants',
    labelKey: 'nav.tenants',
    icon: <BarChartOutlined />,
    roles: rolesFor('tenants'),
    Component: lazy(() => import('../tenants/TenantsPage').then((m) => ({ default: m.TenantsPage }))),
  },
];

export function navHref(entry: Pick<NavEntry, 'path'>): string {
  return entry.path ? `/app/${entry.path}` : '/app';
}

/** True when the user may change what the entry's screen shows (no `manageOperation`: nothing to change). */
export function canManage(entry: Pick<NavEntry, 'manageOperation'>, userRoles: readonly string[]): boolean {
  return entry.manageOperation !== undefined && mayRun(userRoles, entry.manageOperation);
}

/** The entry's label for this user: its view label when the user cannot change the screen. */
export function navLabelKey(entry: NavEntry, userRoles: readonly string[]): MessageKey {
  return entry.manageOperation && entry.viewLabelKey && !canManage(entry, userRoles)
    ? entry.viewLabelKey
    : entry.labelKey;
}

export function navEntry(key: string): NavEntry {
  const entry = NAV_ENTRIES.find((e) => e.key === key);
  if (!entry) throw new Error(`no nav entry ${key}`);
  return entry;
}

/** The entry whose path is the longest prefix of `pathname`. */
export function activeEntry(
  pathname: string,
  entries: readonly NavEntry[] = NAV_ENTRIES,
): NavEntry | undefined {
  let best: NavEntry | undefined;
  for (const e of entries) {
    const href = navHref(e);
    if (pathname === href || pathname.startsWith(`${href}/`)) {
      if (!best || href.length > navHref(best).length) best = e;
    }
  }
  return best;
}
