import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer, HeaderMap as ApolloHeaderMap } from '@apollo/server' with {
  'resolution-mode': 'import',
};
import {
  AppError,
  RequestContexts,
  authenticate,
  errorResponseBody,
  unauthenticatedResponse,
  type TokenVerifier,
} from '@pcrm/tenancy';
import { GRAPHQL_PATH } from '../graphql/graphql-api.module';
import type { KnownReadAnswer, KnownReads } from '../graphql/known-reads';
import { isPlainJson, readJsonBody } from './json-body';
import { RateLimited, type PrincipalLimits, type Release } from './principal-limits';
import { admit, tooManyRequests } from './caller-admission';

export interface GraphqlFastPathDeps {
  readonly apollo: ApolloServer<object>;
  readonly HeaderMap: typeof ApolloHeaderMap;
  readonly verifier: TokenVerifier;
  readonly limits: PrincipalLimits;
  /** Set on every answer: protective headers and `Cache-Control: no-store`. */
  readonly headers: Readonly<Record<string, string>>;
  readonly log: (m: string) => void;
  /** Reads answered without Apollo's request pipeline; absent, Apollo answers every request. */
  readonly known?: KnownReads | null;
}

type Answer = KnownReadAnswer;

/** A handler that takes the request (true) or leaves it to the next one (false). */
export type FrontHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

const isGraphqlUrl = (url = ''): boolean =>
  url === GRAPHQL_PATH || (url.startsWith(GRAPHQL_PATH) && url[GRAPHQL_PATH.length] === '?');

/**
 * `POST /graphql` with a JSON body, answered on node:http without Express: bearer token, per-caller
 * limits, the 1 MB body, then, inside the request's AsyncLocalStorage context, a known read (`KnownReads`)
 * or Apollo's `executeHTTPGraphQLRequest` (schema, validation rules, plugins and error formatting as
 * configured in Nest).
 * Everything else, including other /graphql requests, goes on to Express, which applies the same rules.
 */
export function graphqlFastPath(deps: GraphqlFastPathDeps): FrontHandler {
  // With the length known, node:http sends the body as is; without it, after writeHead, it would frame it chunked.
  const send = (res: ServerResponse, status: number, headers: Record<string, string>, body: string) => {
    res.writeHead(status, {
      ...deps.headers,
      ...headers,
      'content-length': String(Buffer.byteLength(body)),
    });
    res.end(body);
  };
  const sendError = (res: ServerResponse, status: number, error: AppError) =>
    send(
      res,
      status,
      { 'Content-Type': 'application/json; charset=utf-8' },
      JSON.stringify(errorResponseBody(error)),
    );

  async function viaApollo(
    req: IncomingMessage,
    url: string,
    body: unknown,
    context: object,
  ): Promise<Answer> {
    const headers = new deps.HeaderMap();
    for (const name in req.headers) {
      const value = req.headers[name];
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const query = url.indexOf('?');
    const answer = await deps.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: query < 0 ? '' : url.slice(query), body },
      context: async () => context,
    });
    if (answer.body.kind !== 'complete') throw new Error('incremental delivery is not offered');
    const out: Record<string, string> = {};
    for (const [name, value] of answer.headers) out[name] = value;
    return { status: answer.status ?? 200, headers: out, body: answer.body.string };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let principal;
    try {
      principal = await authenticate(deps.verifier, req.headers);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const refusal = unauthenticatedResponse(error);
      return send(res, 401, refusal.headers, refusal.body);
    }
    let release: Release;
    try {
      const slot = admit(deps.limits, principal);
      release = typeof slot === 'function' ? slot : await slot;
    } catch (error) {
      if (!(error instanceof RateLimited)) throw error;
      const refusal = tooManyRequests(error);
      return send(res, 429, refusal.headers, refusal.body);
    }
    try {
      const body = await readJsonBody(req);
      if (!body.ok) return sendError(res, body.status, body.error);
      const url = req.url ?? '';
      const answer = await RequestContexts.run(principal, async () => {
        const context = { req };
        const known =
          deps.known && !url.includes('?')
            ? await deps.known.answer(body.value, req.headers.accept, context)
            : undefined;
        return known ?? viaApollo(req, url, body.value, context);
      });
      send(res, answer.status, answer.headers, answer.body);
    } finally {
      release();
    }
  }

  return (req, res) => {
    if (req.method !== 'POST' || !isGraphqlUrl(req.url) || !isPlainJson(req)) return false;
    handle(req, res).catch((error: unknown) => {
      if (req.destroyed && !req.complete) return; // the client went away mid-request: nobody to answer
      deps.log(
        `GraphQL request failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      if (res.headersSent) return res.destroy();
      sendError(
        res,
        500,
        new AppError(
          'INTERNAL_SERVER_ERROR',
          '서버 내부 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.',
          'Internal server error. Please try again later.',
        ),
      );
    });
    return true;
  };
}
