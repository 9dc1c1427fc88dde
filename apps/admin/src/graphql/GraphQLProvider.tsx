import { ApolloProvider } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useAuth } from '../auth/AuthProvider';
import { useBackForwardGuard } from '../auth/backForwardGuard';
import { loadSession } from '../auth/session';
import { apiOrigin } from '../config';
import { createApolloClient } from './client';

/** One Apollo client for the app's lifetime; its cache is dropped whenever the session ends. */
export function GraphQLProvider({ children }: { children: ReactNode }) {
  const { session, endSession } = useAuth();
  const endSessionRef = useRef(endSession);
  endSessionRef.current = endSession;

  const [client] = useState(() =>
    createApolloClient({
      uri: `${apiOrigin()}/graphql`,
      getToken: () => loadSession()?.accessToken,
      onUnauthorized: () => endSessionRef.current('expired'),
    }),
  );

  useBackForwardGuard(useCallback(() => void client.clearStore(), [client]));

  const signedIn = session !== null;
  useEffect(() => {
    if (!signedIn) void client.clearStore();
  }, [signedIn, client]);

  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}
