import { Inject, Module } from '@nestjs/common';
import { Args, Float, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { TenantDatabase } from '@pcrm/tenancy';

/** What the late statements of earlier requests ran into, oldest first ("ok" or the error's name: message). */
const lateOutcomes: string[] = [];

const outcome = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A statement that writes nothing but is still a write: READ ONLY transactions refuse it. */
const HARMLESS_WRITE = 'UPDATE departments SET updated_at = updated_at WHERE false';

/**
 * Probes of the tenant scope for the end-to-end tests, mounted only with PCRM_TEST_HOOKS=1 (refused in
 * production): mistakes a capability could make, run through the real server. Their permission
 * (department:read) is in the access map of @pcrm/access.
 */
@Resolver()
export class ScopeProbeResolver {
  constructor(@Inject(TenantDatabase) private readonly db: TenantDatabase) {}

  @Query(() => Boolean, { description: 'test only: a statement issued after the request ended' })
  async scopeProbeForgottenAwait(@Args('delayMs', { type: () => Int }) delayMs: number): Promise<boolean> {
    await this.db.request().query('SELECT 1');
    setTimeout(() => {
      this.db
        .request()
        .query('SELECT 1')
        .then(
          () => lateOutcomes.push('ok'),
          (error: unknown) => lateOutcomes.push(outcome(error)),
        );
    }, delayMs);
    return true;
  }

  @Query(() => Boolean, { description: 'test only: a late statement whose promise nobody handles' })
  async scopeProbeUnhandled(@Args('delayMs', { type: () => Int }) delayMs: number): Promise<boolean> {
    await this.db.request().query('SELECT 1');
    setTimeout(() => void this.db.request().query('SELECT 1'), delayMs);
    return true;
  }

  @Query(() => [String], { description: 'test only: outcomes of the late statements so far' })
  scopeProbeLateOutcomes(): string[] {
    return lateOutcomes;
  }

  @Query(() => Boolean, { description: 'test only: a statement running `seconds` (pg_sleep)' })
  async scopeProbeSleep(@Args('seconds', { type: () => Float }) seconds: number): Promise<boolean> {
    await this.db.request().query('SELECT pg_sleep($1)', [seconds]);
    return true;
  }

  @Query(() => Boolean, { description: 'test only: a write attempted inside a query' })
  async scopeProbeWriteInQuery(): Promise<boolean> {
    await this.db.request().query(HARMLESS_WRITE);
    return true;
  }

  @Mutation(() => Boolean, { description: 'test only: the same write inside a mutation' })
  async scopeProbeWriteInMutation(): Promise<boolean> {
    await this.db.request().query(HARMLESS_WRITE);
    return true;
  }

  @Mutation(() => Boolean, { description: 'test only: a transaction left idle for `ms` between statements' })
  async scopeProbeIdle(@Args('ms', { type: () => Int }) ms: number): Promise<boolean> {
    await this.db.request().query('SELECT 1');
    await sleep(ms);
    await this.db.request().query('SELECT 1');
    return true;
  }
}

@Module({ providers: [ScopeProbeResolver] })
export class ScopeProbeModule {}
