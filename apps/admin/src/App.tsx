import { lazy, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { CallbackPage, hasAnyRole, RequireAuth, useAuth } from './auth';
import { rolesFor } from './auth/roles';
import { AppLayout, ForbiddenPage, NAV_ENTRIES, NotFoundPage, type NavEntry } from './layout';
import { StartPage } from './start';

function Guarded({ entry }: { entry: NavEntry }) {
  const { session } = useAuth();
  if (!hasAnyRole(session?.roles ?? [], entry.roles)) return <ForbiddenPage required={entry.roles} />;
  return <entry.Component />;
}

/** A route outside the menu, open to the roles of one API operation. */
function GuardedOperation({ roles, children }: { roles: ReturnType<typeof rolesFor>; children: ReactNode }) {
  const { session } = useAuth();
  if (!hasAnyRole(session?.roles ?? [], roles)) return <ForbiddenPage required={roles} />;
  return children;
}

const MinistryTenantDetailPage = lazy(() =>
  import('./petition-analytics/MinistryTenantDetailPage').then((m) => ({
    default: m.MinistryTenantDetailPage,
  })),
);
const TaskPublicPreviewPage = lazy(() =>
  import('./task-disclosure').then((m) => ({ default: m.TaskPublicPreviewPage })),
);

export function App() {
  return (
    <Routes>
      <Route path="/" element={<StartPage />} />
      <Route path="/auth/callback" element={<CallbackPage />} />
      <Route
        path="/app"
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        {NAV_ENTRIES.map((entry) =>
          entry.path === '' ? (
            <Route key={entry.key} index element={<Guarded entry={entry} />} />
          ) : (
            <Route key={entry.key} path={`${entry.path}/*`} element={<Guarded entry={entry} />} />
          ),
        )}
        <Route
          path="tasks/:id/public"
          element={
            <GuardedOperation roles={rolesFor('taskPublicPreview')}>
              <TaskPublicPreviewPage />
            </GuardedOperation>
          }
        />
        <Route
          path="ministry-tenants/:tenantId"
          element={
            <GuardedOperation roles={rolesFor('ministryTenantDetail')}>
              <MinistryTenantDetailPage />
            </GuardedOperation>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}
