import { Injectable } from '@nestjs/common';
import { notFound, type Sql } from '@pcrm/tenancy';
import type { WorkflowDefinition } from '../petitions';
import { CompiledWorkflow } from './workflow-engine';
import { LifecycleSql } from './lifecycle.sql';

/**
 * The tenant's workflow versions, compiled once each: a version row never changes (the runtime role may only
 * insert them), so a machine compiled for (tenant, key, version) stays right for the life of the process.
 */
@Injectable()
export class WorkflowRegistry {
  private readonly compiled = new Map<string, CompiledWorkflow>();

  async get(sql: Sql, tenantId: string, key: string, version: number): Promise<CompiledWorkflow> {
    const cacheKey = `${tenantId}\u0000${key}\u0000${version}`;
    const hit = this.compiled.get(cacheKey);
    if (hit) return hit;
    const [row] = await sql.query<{ definition: WorkflowDefinition }>(LifecycleSql.workflow, [key, version]);
    if (!row) throw notFound(`워크플로 '${key}' 버전 ${version}`, `Workflow '${key}' version ${version}`);
    const workflow = CompiledWorkflow.compile(row.definition);
    this.compiled.set(cacheKey, workflow);
    return workflow;
  }

  /** How many machines are compiled (the cache is per tenant, key and version). */
  get size(): number {
    return this.compiled.size;
  }
}
