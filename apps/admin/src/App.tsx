import { Navigate, Route, Routes } from 'react-router-dom';
import { CallbackPage, hasAnyRole, RequireAuth, useAuth } from './auth';
import { AppLayout, ForbiddenPage, NAV_ENTRIES, NotFoundPage, type NavEntry } from './layout';
import { StartPage } from './start';

function Guarded({ entry }: { entry: NavEntry }) {
  const { session } = useAuth();
  if (!hasAnyRole(session?.roles ?? [], entry.roles)) return <ForbiddenPage required={entry.roles} />;
  return <entry.Component />;
}

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
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}
