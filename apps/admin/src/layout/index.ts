export { AppLayout } from './AppLayout';
export { PageHeader } from './PageHeader';
export { ForbiddenPage, NotFoundPage } from './StatusPages';
export { canManage, navEntry, navHref, navLabelKey, NAV_ENTRIES, type NavEntry } from './nav';
export { LoadErrorAlert } from './LoadErrorAlert';
export { useDocumentTitle } from './useDocumentTitle';
export { ReportLoading } from './ReportLoading';
export { FilterSelect } from './FilterSelect';
export { ListSearch, PagedTable } from './PagedList';
