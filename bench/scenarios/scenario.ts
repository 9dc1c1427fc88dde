import type { AccessMode, Principal } from '../../libs/tenancy/src/context/request-context';
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
  /**
   * The API's TenantDatabase transaction on a bare `pg` pool: START TRANSACTION, set_config, work, COMMIT.
   * Read-only like a GraphQL query's unless `access` says otherwise (a mutation's is read-write).
   */
  withTenant<T>(
    tenantId: string | null,
    work: (sql: FloorSql) => Promise<T>,
    access?: AccessMode,
  ): Promise<T>;
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

/**
 * Whose bearer token the load carries: a realm's integrator service account (client_credentials), or a demo
 * staff member's (the login flow; the staff row behind it is what "my inbox" or the intake's actor is).
 */
export type ScenarioToken =
  | { readonly kind: 'integrator'; readonly realm: string }
  | { readonly kind: 'user'; readonly realm: string; readonly username: string };

/** What every HTTP-load scenario has, whatever it is compared with. */
interface ScenarioBase {
  readonly name: string;
  readonly description: string;
  /** The goal for `ratio` (api_rps / floor_rps); the run reports whether it was met. */
  readonly targetRatio: number;
  /** The goal for the API's peak resident memory during the run, in MB. */
  readonly targetRssMb: number;
  /** The bearer token every request carries. */
  readonly token: ScenarioToken;
  readonly request: ScenarioRequest;
  /**
   * True when every response is the same: the load generator then checks every body against the one
   * verified before the run, so a wrong answer under load fails the run like a non-2xx does.
   */
  readonly stableBody: boolean;
  /** Data the scenario needs beyond the demo and `--scale` (e.g. a million customers), loaded before it runs. */
  prepare?(ctx: PrepareContext): Promise<void>;
  /**
   * Request bodies sent in turn instead of `request.body` (each connection from the first), e.g. the same
   * query with different variables; asked after `prepare`. Each is checked against the floor before the load.
   */
  bodies?(): readonly Readonly<Record<string, unknown>>[];
  /**
   * For answers that differ by design from one request to the next (a new case's id and receipt number):
   * what of a body must be equal between the API and the floor. The check before the load compares the
   * normalized bodies byte for byte; without it, the bodies themselves.
   */
  normalize?(body: string): string;
}

/** One benchmark: a request the load generator repeats against the API and against the floor. */
export interface FloorScenario extends ScenarioBase {
  /** The floor: the identical SQL with no framework, producing the API's JSON. */
  floor(ctx: FloorContext, body: unknown): Promise<FloorResponse>;
  readonly baseline?: never;
}

/**
 * A benchmark of what a feature costs inside the API: the load runs against the API twice, with the request
 * and with `baseline.body` (the same work without the feature, e.g. a create without custom fields). The
 * result line's `floor_*` figures are then the baseline's. Before the load both must answer 200 without
 * GraphQL errors; under load every answer is checked for errors.
 */
export interface BaselineScenario extends ScenarioBase {
  readonly baseline: { readonly description: string; readonly body: Readonly<Record<string, unknown>> };
  readonly floor?: never;
}

export type Scenario = FloorScenario | BaselineScenario;

export const hasFloor = (s: Scenario): s is FloorScenario => typeof s.floor === 'function';

/** What a scenario's data preparation gets: both database roles of the run's PostgreSQL. */
export interface PrepareContext {
  /** The running API (e.g. to define a tenant's custom fields through it). */
  readonly apiUrl: string;
  /** The runtime role (pcrm_app): data goes in through row-level security. */
  readonly runtimeUrl: string;
  /** The owner: ANALYZE, and the raw `COPY` of bulk floors (row-level security allows no `COPY FROM`). */
  readonly ownerUrl: string;
  /** The run's `--seed`. */
  readonly seed: number;
  /** The run's `--customers`: how many customers the customer scenarios' tenant holds. */
  readonly customers: number;
  /** The run's `--cases`: how many petitions (VOC cases) the petition inbox scenario's tenant holds. */
  readonly cases: number;
  /** The run's `--cases-per-tenant`: how many petitions each tenant holds for the ministry comparison. */
  readonly casesPerTenant: number;
  log(line: string): void;
}

/** What a bulk scenario gets: the running API, a token of the scenario's realm, and the databases. */
export interface BulkContext extends PrepareContext {
  readonly token: string;
}

/** Timed work of a bulk scenario: the same rows through the API's path and through the floor. */
export interface BulkResult {
  readonly rows: number;
  readonly apiSeconds: number;
  readonly floorSeconds: number;
}

/**
 * A bulk benchmark: no HTTP load, one big piece of work timed through the API (e.g. an import job) and through
 * the floor (a raw `COPY` of the same rows). `api_rps` and `floor_rps` are then rows per second.
 */
export interface BulkScenario {
  readonly kind: 'bulk';
  readonly name: string;
  readonly description: string;
  readonly targetRatio: number;
  readonly targetRssMb: number;
  readonly token: { readonly kind: 'integrator'; readonly realm: string };
  run(ctx: BulkContext): Promise<BulkResult>;
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
