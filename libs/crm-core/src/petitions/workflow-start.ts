import { run, runOne, type Sql } from '@pcrm/tenancy';
import type { WorkflowDefinition } from './standard-workflow';
import { VocQueries as Q } from './voc.sql';

/**
 * The version new cases of `standard`'s workflow start on: the tenant's latest. Version 1, the standard itself,
 * is written on first use; a concurrent first use waits on the key and then reads the row the other one wrote.
 */
export async function startingWorkflowVersion(sql: Sql, standard: WorkflowDefinition): Promise<number> {
  const current = await runOne(sql, Q.currentWorkflowVersion(standard.key));
  if (current.version !== null) return current.version;
  await run(sql, Q.ensureWorkflow(standard.key, standard.standardVersion, standard));
  const written = await runOne(sql, Q.currentWorkflowVersion(standard.key));
  if (written.version === null)
    throw new Error(`The ${standard.key} workflow has no version after writing one`);
  return written.version;
}
