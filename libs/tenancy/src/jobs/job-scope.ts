import type { Principal } from '../context/request-context';
import { TenantUnavailableError, type Sql, type TenantScopes } from '../database/tenant-database';

/** A failure no retry can fix: the job is failed at once (and dead-lettered), not retried. */
export class PermanentJobError extends Error {
  constructor(
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
    this.name = 'PermanentJobError';
  }
}

/** What a job carries: its tenant and the principal it acts for, both taken from the requesting token. */
export interface JobEnvelope<P = unknown> {
  readonly jobId: string;
  readonly tenantId: string;
  readonly principal: Principal;
  readonly params: P;
}

export const isPermanent = (error: unknown): boolean =>
  error instanceof PermanentJobError || error instanceof TenantUnavailableError;

/**
 * Runs `work` in the job's scope: as its principal, read-write, in one tenant transaction committed when
 * `work` resolves and rolled back when it throws (`TenantScopes.run`, which refuses a tenant the registry
 * table does not list as active). Services inside reach data through `TenantDatabase.request()` exactly
 * as in a request, so RLS applies the same way.
 */
export function runInJobScope<T>(
  scopes: TenantScopes,
  job: JobEnvelope,
  work: (sql: Sql) => Promise<T>,
): Promise<T> {
  if (job.principal.tenantId !== job.tenantId) {
    return Promise.reject(
      new PermanentJobError(
        `작업의 시·도 '${job.tenantId}'이(가) 요청자의 시·도와 다릅니다. 재시도하지 않습니다.`,
        `The job's tenant '${job.tenantId}' is not its requester's; the job is not retried.`,
      ),
    );
  }
  return scopes.run(job.principal, 'read-write', work);
}
