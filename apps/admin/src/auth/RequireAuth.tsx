import type { ReactNode } from 'react';
import { Navigate } from 'react-router-dom';
import { useAuth } from './AuthProvider';

/** Renders its children only for a signed-in user; otherwise back to the start page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { session } = useAuth();
  if (!session) return <Navigate to="/" replace state={{ flash: 'loginRequired' }} />;
  return <>{children}</>;
}
