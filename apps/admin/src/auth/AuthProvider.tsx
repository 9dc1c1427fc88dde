import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useNavigate } from 'react-router-dom';
import { origins } from '../config';
import { logoutUrl, realmEndpoints } from './oidc';
import {
  clearSession,
  isExpired,
  loadSession,
  saveReturnTo,
  takeReturnTo,
  saveSession,
  setFlash,
  type Flash,
  type Session,
} from './session';

export interface Auth {
  session: Session | null;
  /** Stores a session obtained on /auth/callback. */
  signIn(session: Session): void;
  /** Clears the session and ends the single sign-on session at the realm (full-page redirect). */
  logout(): void;
  /** Clears the session locally and returns to the start page with a notice (expiry, HTTP 401). */
  endSession(reason: Flash): void;
}

const AuthContext = createContext<Auth | null>(null);
/** setTimeout takes a signed 32-bit delay. */
const MAX_TIMER_MS = 2_147_483_647;

function initialSession(): Session | null {
  const s = loadSession();
  if (s && isExpired(s)) {
    clearSession();
    setFlash('expired');
    return null;
  }
  return s;
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(initialSession);
  const navigate = useNavigate();
  const ending = useRef(false);

  const signIn = useCallback((s: Session) => {
    saveSession(s);
    ending.current = false;
    setSession(s);
  }, []);

  const endSession = useCallback(
    (reason: Flash) => {
      if (ending.current) return;
      ending.current = true;
      clearSession();
      setFlash(reason);
      // After an expiry the next login continues where the user was.
      if (reason === 'expired') {
        const { pathname, search, hash } = window.location;
        saveReturnTo(`${pathname}${search}${hash}`);
      }
      setSession(null);
      navigate('/', { replace: true });
    },
    [navigate],
  );

  const logout = useCallback(() => {
    const current = loadSession() ?? session;
    clearSession();
    takeReturnTo();
    setFlash('loggedOut');
    ending.current = true;
    if (!current) {
      setSession(null);
      navigate('/', { replace: true });
      return;
    }
    const { appOrigin, authOrigin } = origins();
    window.location.assign(
      logoutUrl(realmEndpoints(authOrigin, current.realm), `${appOrigin}/`, current.idToken),
    );
  }, [navigate, session]);

  // Send the user back to the start page the moment the access token expires.
  useEffect(() => {
    if (!session) return undefined;
    const check = () => {
      if (isExpired(session)) endSession('expired');
    };
    const delay = Math.min(Math.max(session.expiresAt - 5_000 - Date.now(), 0), MAX_TIMER_MS);
    const timer = window.setTimeout(check, delay);
    // Timers are throttled in background tabs: check again when the user comes back.
    document.addEventListener('visibilitychange', check);
    window.addEventListener('focus', check);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', check);
      window.removeEventListener('focus', check);
    };
  }, [session, endSession]);

  const value = useMemo<Auth>(
    () => ({ session, signIn, logout, endSession }),
    [session, signIn, logout, endSession],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}
