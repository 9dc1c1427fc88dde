import { randomUUID } from 'node:crypto';
import PgBoss from 'pg-boss';
import { RequestContexts } from '../context/request-context';
import type { Sql, TenantDatabase, TenantScopes } from '../database/tenant-database';
import { AppError, forbidden } from '../errors/app-errors';
import { Cursor, toConnection, type Connection } from '../graphql/connection';
import type { JobsConfig } from './jobs-config';
import { JobSql } from './job.sql';
import { toJob, type Job, type JobRow } from './job.model';
import { PermanentJobError, isPermanent, runInJobScope, type JobEnvelope } from './job-scope';

/** pg-boss's schema and dead-letter queue, made by the owner in the JobQueue migration. */
export const JOB_SCHEMA = 'pgboss';
export const DEAD_LETTER_QUEUE = 'dead-letter';

/** What a running job may do besides using the services: report progress and keep one result file. */
export interface JobContext {
  readonly jobId: string;
  readonly attempt: number;
  /** Committed at once (outside the job's transaction), so the admin UI sees it while the job runs. */
  progress(processedRows: number, totalRows: number | null): Promise<void>;
  /** Stored in the job's transaction: kept only if the job completes. */
  saveFile(file: { fileName: string; contentType: string; content: Buffer }): Promise<void>;
}

export type JobHandler<P> = (params: P, job: JobContext) => Promise<void>;

/** A tenant job queued for every active tenant on a cron schedule (pg-boss cron, docs/adr/0008). */
export interface TenantSchedule {
  /** The tenant job's queue; its cron job is `<kind>-schedule` (both made by a migration). */
  readonly kind: string;
  /** Five-field cron expression, e.g. `0 3 * * *`. */
  readonly cron: string;
  /** IANA time zone the expression is read in. */
  readonly timezone: string;
}

/** The queue of the cron job that fans a tenant schedule out to every tenant. */
export const scheduleQueue = (kind: string): string => `${kind}-schedule`;

const LOST_ATTEMPT = {
  ko: '이전 시도가 끝나지 않았습니다 (작업 프로세스 중단 또는 시간 초과). 다시 시도합니다.',
  en: 'The previous attempt did not finish (worker stopped or timed out); retrying.',
};
const DEAD_LETTERED = {
  ko: '재시도를 모두 소진하여 작업을 중단했습니다.',
  en: 'The job used up its retries and was stopped.',
};
const INTERNAL = {
  ko: '작업 중 내부 오류가 발생했습니다.',
  en: 'The job failed with an internal error.',
};

/** The caller-facing text of a job failure; internal details stay in the server log. */
function describe(error: unknown): { ko: string; en: string } {
  if (error instanceof PermanentJobError) return { ko: error.message, en: error.messageEn };
  if (error instanceof AppError) {
    const { messageEn } = error.extensions as { messageEn?: string };
    return { ko: error.message, en: messageEn ?? error.message };
  }
  return INTERNAL;
}

/**
 * Background jobs on pg-boss in the platform's PostgreSQL, as the runtime role. A job is sent inside the
 * requesting transaction (it exists only if the request commits), carries its tenant and principal, and
 * runs in a job scope: the same services, the same RLS, one tenant transaction per attempt.
 */
export class BackgroundJobs {
  private readonly boss: PgBoss;
  private readonly handlers = new Map<string, JobHandler<unknown>>();
  private readonly schedules = new Map<string, TenantSchedule>();
  private readonly database: TenantDatabase;
  private started = false;

  constructor(
    connectionString: string,
    private readonly scopes: TenantScopes,
    private readonly config: JobsConfig,
    private readonly log: (message: string) => void,
  ) {
    this.database = scopes.database;
    this.boss = new PgBoss({
      connectionString,
      schema: JOB_SCHEMA,
      application_name: 'pcrm-jobs',
      max: config.poolSize,
      migrate: false, // the owner made and migrates the schema; start() only checks its version
      schedule: true, // pg-boss cron: one process per minute (elected in pgboss.version) sends due jobs
      supervise: true,
      maintenanceIntervalSeconds: config.maintenanceSeconds,
    });
    this.boss.on('error', (error) => this.log(`job queue: ${error.message}`));
  }

  async start(): Promise<void> {
    await this.boss.start();
    this.started = true;
  }

  /** Registers the handler of one queue (made by a migration); workers start with `startWorkers`. */
  define<P>(kind: string, handler: JobHandler<P>): void {
    if (this.handlers.has(kind)) throw new Error(`job handler '${kind}' is defined twice`);
    this.handlers.set(kind, handler as JobHandler<unknown>);
  }

  /**
   * Queues the tenant job `kind` (defined with `define`) for every active tenant on a cron schedule, as the
   * platform's system principal of each tenant; the job shows in each tenant's job list like any other.
   */
  scheduleForEachTenant(schedule: TenantSchedule): void {
    if (this.schedules.has(schedule.kind)) throw new Error(`'${schedule.kind}' is scheduled twice`);
    this.schedules.set(schedule.kind, schedule);
  }

  async startWorkers(): Promise<void> {
    const options = {
      includeMetadata: true as const,
      batchSize: 1,
      pollingIntervalSeconds: this.config.pollingSeconds,
    };
    for (const kind of this.handlers.keys()) {
      await this.boss.work<JobEnvelope>(kind, options, ([job]) => this.attempt(job));
    }
    for (const { kind, cron, timezone } of this.schedules.values()) {
      if (!this.handlers.has(kind)) throw new Error(`no job handler for scheduled '${kind}'`);
      await this.boss.schedule(scheduleQueue(kind), cron, {}, { tz: timezone });
      await this.boss.work(scheduleQueue(kind), options, () => this.fanOut(kind));
    }
    await this.boss.work<JobEnvelope>(DEAD_LETTER_QUEUE, options, ([job]) => this.deadLettered(job));
  }

  /** One `kind` job per active tenant, each queued in that tenant's own scope (its RLS, its job list). */
  async fanOut(kind: string): Promise<number> {
    const tenants = await this.scopes.activeTenantIds();
    for (const tenantId of tenants) {
      await this.scopes.withTenant(tenantId, () => this.enqueue(kind, {}));
    }
    return tenants.length;
  }

  /** Waits up to `graceMs` for running jobs; pg-boss fails what is still running, so it is retried. */
  async stop(graceMs = 10_000): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, timeout: graceMs, wait: true });
  }

  /** Queues a job in the current request's transaction, for the request's tenant and principal. */
  async enqueue<P extends object>(kind: string, params: P): Promise<Job> {
    if (!this.handlers.has(kind)) throw new Error(`no job handler for '${kind}'`);
    const { principal } = RequestContexts.require();
    if (!principal.tenantId) throw forbidden();
    const sql = this.database.request();
    const jobId = randomUUID();
    const [row] = await sql.query<JobRow>(JobSql.insert, [
      jobId,
      kind,
      JSON.stringify(params),
      principal.name ?? principal.username,
      principal.subject,
      this.config.retryLimit + 1,
    ]);
    const envelope: JobEnvelope<P> = { jobId, tenantId: principal.tenantId, principal, params };
    await this.boss.send(kind, envelope, {
      id: jobId,
      retryLimit: this.config.retryLimit,
      retryDelay: this.config.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: this.config.expireSeconds,
      deadLetter: DEAD_LETTER_QUEUE,
      db: inTransaction(sql),
    });
    return toJob(row, principal.subject);
  }

  private async attempt(job: PgBoss.JobWithMetadata<JobEnvelope>): Promise<void> {
    const envelope = job.data;
    const attempt = job.retryCount + 1;
    /** The mirror row, in a short transaction of the job's own scope (committed at once). */
    const mirror = (statement: string, params: unknown[]) =>
      runInJobScope(this.scopes, envelope, (sql) => sql.query<{ state: string }>(statement, params));

    let running: { state: string }[];
    try {
      running = await mirror(JobSql.markRunning, [job.id, attempt, LOST_ATTEMPT.ko, LOST_ATTEMPT.en]);
    } catch (error) {
      if (isPermanent(error)) {
        await this.giveUp(job);
        this.log(`job ${job.name} ${job.id}: ${(error as Error).message}`);
      } else {
        this.log(
          `job ${job.name} ${job.id} attempt ${attempt} not started, retried later: ${(error as Error).message}`,
        );
      }
      throw error;
    }
    if (running.length === 0) return; // completed by an earlier attempt (or already given up)

    const handler = this.handlers.get(job.name)!;
    const context: JobContext = {
      jobId: job.id,
      attempt,
      progress: async (processed, total) => {
        await this.database.separately((sql) => sql.query(JobSql.progress, [job.id, processed, total]));
      },
      saveFile: async ({ fileName, contentType, content }) => {
        await this.database.request().query(JobSql.saveFile, [job.id, fileName, contentType, content]);
      },
    };
    try {
      await runInJobScope(this.scopes, envelope, async (sql) => {
        await sql.query(JobSql.fence, [job.id]);
        const [current] = await sql.query<{ state: string }>(JobSql.stateOf, [job.id]);
        if (current?.state !== 'running') return; // another attempt finished it meanwhile
        await handler(envelope.params, context);
        await sql.query(JobSql.markCompleted, [job.id]);
      });
    } catch (error) {
      const permanent = isPermanent(error);
      if (permanent) await this.giveUp(job);
      const final = permanent || job.retryCount >= job.retryLimit;
      const text = describe(error);
      if (text === INTERNAL)
        this.log(`job ${job.name} ${job.id} attempt ${attempt}: ${(error as Error).stack}`);
      await mirror(JobSql.markFailed, [job.id, final ? 'failed' : 'retrying', text.ko, text.en]).catch(
        (e: Error) => this.log(`job ${job.name} ${job.id}: state not recorded: ${e.message}`),
      );
      throw error;
    }
  }

  /** A job that used up its retries (or whose worker died on the last one): its mirror says so. */
  private async deadLettered(job: PgBoss.JobWithMetadata<JobEnvelope>): Promise<void> {
    const envelope = job.data;
    await runInJobScope(this.scopes, envelope, (sql) =>
      sql.query(JobSql.markFailed, [envelope.jobId, 'failed', DEAD_LETTERED.ko, DEAD_LETTERED.en]),
    ).catch((error: unknown) => {
      // Nothing of an unknown or inactive tenant to update; pg-boss keeps the dead-lettered job.
      if (!isPermanent(error)) throw error;
    });
  }

  /** Fails the job for good: no retry can fix it (pg-boss retries while retry_count < retry_limit). */
  private async giveUp(job: PgBoss.JobWithMetadata<JobEnvelope>): Promise<void> {
    await this.boss
      .getDb()
      .executeSql(`UPDATE ${JOB_SCHEMA}.job SET retry_limit = retry_count WHERE name = $1 AND id = $2`, [
        job.name,
        job.id,
      ]);
  }

  /** A tenant's job as its tenant-admin sees it; RLS keeps other tenants' ids not found. */
  async find(id: string): Promise<Job | null> {
    const { principal } = RequestContexts.require();
    const [row] = await this.database.request().query<JobRow>(JobSql.byId, [id]);
    return row ? toJob(row, principal.subject) : null;
  }

  /** The tenant's jobs, newest first. */
  async page(first: number, after: string | null | undefined): Promise<Connection<Job>> {
    const { principal } = RequestContexts.require();
    const sql = this.database.request();
    const [afterCreated, afterId] = after ? Cursor.decode(after, 2) : [null, null];
    const [rows, [{ n }]] = await Promise.all([
      sql.query<JobRow>(JobSql.page, [afterCreated, afterId, first + 1]),
      sql.query<{ n: number }>(JobSql.count),
    ]);
    return toConnection(
      rows,
      first,
      n,
      (row) => toJob(row, principal.subject),
      (row) => [row.created_key, row.id],
    );
  }

  /** A job's result file, for the principal who requested it; anyone else gets null. */
  async fileForRequester(
    id: string,
  ): Promise<{ fileName: string; contentType: string; content: Buffer } | null> {
    const { principal } = RequestContexts.require();
    const [row] = await this.database
      .request()
      .query<{ file_name: string; content_type: string; content: Buffer }>(JobSql.fileFor, [
        id,
        principal.subject,
      ]);
    return row ? { fileName: row.file_name, contentType: row.content_type, content: row.content } : null;
  }
}

/** pg-boss's `db` option: its statements run in the given transaction. */
const inTransaction = (sql: Sql): PgBoss.Db => ({
  executeSql: async (text, values) => ({ rows: await sql.query(text, values) }),
});
