import { Injectable } from '@nestjs/common';
import { notFound, type Sql } from '@pcrm/tenancy';
import type { WorkflowDefinition } from '../petitions';
import { CompiledWorkflow } from './workflow-engine';
import { LifecycleSql } from './lifecycle.sql';
import {
  PETITION_PROFILE,
  type CaseFacts,
  type WorkflowFacts,
  type WorkflowProfile,
} from './workflow-vocabulary';

/**
 * The tenant's workflow versions, compiled once each: a version row never changes (the runtime role may only
 * insert them), so a machine compiled for (tenant, key, version) stays right for the life of the process.
 */
@Injectable()
export class WorkflowRegistry {
  private readonly compiled = new Map<string, CompiledWorkflow<WorkflowFacts>>();

  /** A petition workflow version. */
  get(sql: Sql, tenantId: string, key: string, version: number): Promise<CompiledWorkflow<CaseFacts>> {
    return this.getFor(sql, tenantId, key, version, PETITION_PROFILE);
  }

  /** A version of the workflow `key`, compiled with the profile of its kind of record (petition, task). */
  async getFor<F extends WorkflowFacts>(
    sql: Sql,
    tenantId: string,
    key: string,
    version: number,
    profile: WorkflowProfile<F>,
  ): Promise<CompiledWorkflow<F>> {
    const cacheKey = `${tenantId}\u0000${key}\u0000${version}`;
    const hit = this.compiled.get(cacheKey);
    if (hit) return hit as unknown as CompiledWorkflow<F>;
    const [row] = await sql.query<{ definition: WorkflowDefinition }>(LifecycleSql.workflow, [key, version]);
    if (!row) throw notFound(`워크플로 '${key}' 버전 ${version}`, `Workflow '${key}' version ${version}`);
    const workflow = CompiledWorkflow.compile(row.definition, profile);
    this.compiled.set(cacheKey, workflow as unknown as CompiledWorkflow<WorkflowFacts>);
    return workflow;
  }

  /** How many machines are compiled (the cache is per tenant, key and version). */
  get size(): number {
    return this.compiled.size;
  }
}
