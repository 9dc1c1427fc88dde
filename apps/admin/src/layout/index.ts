export { AppLayout } from './AppLayout';
export { PageHeader } from './PageHeader';
export { ForbiddenPage, NotFoundPage } from './StatusPages';
export { NAV_ENTRIES, navHref, type NavEntry } from './nav';
export { LoadErrorAlert } from './LoadErrorAlert';
