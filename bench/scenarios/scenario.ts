import type { Principal } from '../../libs/tenancy/src/context/request-context';
import type { Role } from '../../libs/tenancy/src/auth/roles';

/** The caller as the API's TokenVerifier derives it from a token (the floor decodes, it does not verify). */
export type FloorPrincipal = Principal;

export interface FloorTenant {
  readonly code: string;
  readonly nameKo: string;
  readonly nameEn: string;
}

/** Rows back, nothing else: the shape of the API's `Sql`. */
export interface FloorSql {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
}

/** What a floor handler gets: the principal, the tenants table (held in memory, as the API's registry) and the database. */
export interface FloorContext {
  readonly principal: FloorPrincipal;
  readonly tenants: ReadonlyMap<string, FloorTenant>;
  /** The API's TenantDatabase transaction on a bare `pg` pool: START TRANSACTION, set_config, work, COMMIT. */
  withTenant<T>(tenantId: string | null, work: (sql: FloorSql) => Promise<T>): Promise<T>;
}

export interface FloorResponse {
  readonly status: number;
  /** Must equal the API's response body byte for byte (checked before every load). */
  readonly body: string;
}

export interface ScenarioRequest {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  /** Sent as JSON. For GraphQL: `{ query, variables? }`. */
  readonly body?: Readonly<Record<string, unknown>>;
}

/** One benchmark: a request the load generator repeats against the API and against the floor. */
export interface Scenario {
  readonly name: string;
  readonly description: string;
  /** The goal for `ratio` (api_rps / floor_rps); the run reports whether it was met. */
  readonly targetRatio: number;
  /** The goal for the API's peak resident memory during the run, in MB. */
  readonly targetRssMb: number;
  /** The bearer token every request carries: a realm's integrator service account (client_credentials). */
  readonly token: { readonly kind: 'integrator'; readonly realm: string };
  readonly request: ScenarioRequest;
  /**
   * True when every response is the same: the load generator then checks every body against the one
   * verified before the run, so a wrong answer under load fails the run like a non-2xx does.
   */
  readonly stableBody: boolean;
  /** The floor: the identical SQL with no framework, producing the API's JSON. */
  floor(ctx: FloorContext, body: unknown): Promise<FloorResponse>;
}

/** How the floor server finds a request's scenario: method, path and, for GraphQL, the query text. */
export const floorKey = (method: string, path: string, body: unknown): string => {
  const query = body && typeof body === 'object' ? (body as { query?: unknown }).query : undefined;
  return `${method} ${path} ${typeof query === 'string' ? query : ''}`;
};

/** Apollo Server's encoding of a response body: JSON and a newline. */
export const apolloJson = (value: unknown): string => `${JSON.stringify(value)}\n`;

/** The API's `@Roles` check: a GraphQL error with HTTP 403 in the API; here the status alone suffices. */
export const hasAnyRole = (principal: FloorPrincipal, allowed: readonly Role[]): boolean =>
  allowed.some((role) => principal.roles.includes(role));
