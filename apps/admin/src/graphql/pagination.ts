/**
 * The Relay-paged lists the admin reads, with the arguments that tell one list from another (every argument but
 * `after`): a page fetched with `after` is appended to its own list, and a list with other arguments is another
 * list. `pagination.spec.ts` checks these against the API's schema and the admin's queries.
 */
export const PAGED_QUERY_FIELDS: Readonly<Record<string, readonly string[]>> = {
  staff: ['first', 'departmentId', 'includeSubunits', 'search'],
  accessLog: ['first', 'actor', 'recordId', 'from', 'to'],
  customers: ['first', 'filter', 'sort'],
  segments: ['first'],
  customerImportBatches: [],
  importReviewItems: ['batchId'],
  vocInbox: ['scope', 'filter'],
  tasks: ['first', 'departmentId', 'ownerId', 'status', 'kind', 'text'],
  customFieldChanges: ['entity', 'key'],
  performanceIndicatorVersions: ['first', 'code'],
  performanceDrillDown: ['first', 'index', 'measureCode', 'period', 'scope', 'scopeId', 'year'],
  petitionProcessingReduction: ['first', 'bureauId', 'departmentId', 'from', 'handlingClass', 'to'],
  petitionBacklog: ['first', 'departmentId', 'overdueOnly'],
  csiRounds: ['first', 'departmentId'],
  vocSurveyFollowups: ['first', 'status', 'vocId'],
  retentionCandidates: ['first'],
  vocSurveyAnswers: ['first', 'departmentId', 'from', 'officerId', 'to', 'vocId'],
};

/** Paged lists shown one page at a time (previous/next), each page its own cache entry: no merging policy. */
export const PAGE_BY_PAGE_FIELDS: readonly string[] = ['jobs'];
