import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useAuth } from './AuthProvider';
import { saveReturnTo } from './session';

/**
 * Renders its children only for a signed-in user; otherwise back to the start page, remembering the
 * page (a deep link) so the login returns to it.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { session } = useAuth();
  const { pathname, search, hash } = useLocation();
  if (!session) {
    saveReturnTo(`${pathname}${search}${hash}`);
    return <Navigate to="/" replace state={{ flash: 'loginRequired' }} />;
  }
  return <>{children}</>;
}
