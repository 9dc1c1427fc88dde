import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import { PAGED_QUERY_FIELDS } from './pagination';

export interface ClientOptions {
  /** GraphQL endpoint, e.g. `${origin}/graphql`. */
  uri: string;
  /** Current access token, read per request so a new login needs no new client. */
  getToken(): string | undefined;
  /** Called when the API rejects the token (HTTP 401 or `UNAUTHENTICATED`). */
  onUnauthorized(): void;
}

export function createApolloClient(options: ClientOptions) {
  const httpLink = new HttpLink({
    uri: options.uri,
    credentials: 'same-origin',
    // Whatever the response body, a 401 means the token is gone or no longer valid.
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      if (response.status === 401) options.onUnauthorized();
      return response;
    },
  });

  const authLink = new SetContextLink((prevContext) => {
    const token = options.getToken();
    if (!token) return {};
    return {
      headers: {
        ...(prevContext.headers as Record<string, string> | undefined),
        authorization: `Bearer ${token}`,
      },
    };
  });

  const errorLink = new ErrorLink(({ error }) => {
    if (ServerError.is(error) && error.statusCode === 401) options.onUnauthorized();
    else if (
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')
    ) {
      options.onUnauthorized();
    }
  });

  return new ApolloClient({
    link: ApolloLink.from([errorLink, authLink, httpLink]),
    cache: new InMemoryCache({
      typePolicies: {
        Tenant: { keyFields: ['code'] },
        Me: { keyFields: false },
        StaffConnection: { keyFields: false },
        AccessLogEntryConnection: { keyFields: false },
        PageInfo: { keyFields: false },
        // The 360 timeline pages with `after`; each page fetched is appended to the customer's list.
        Customer: { fields: { contacts: relayStylePagination() } },
        Query: {
          fields: {
            me: { merge: true },
            // Relay cursor pagination: one list per filter; pages fetched with `after` are appended.
            ...Object.fromEntries(
              Object.entries(PAGED_QUERY_FIELDS).map(([field, keyArgs]) => [
                field,
                relayStylePagination([...keyArgs]),
              ]),
            ),
          },
        },
      },
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
