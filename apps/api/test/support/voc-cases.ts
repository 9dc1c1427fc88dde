import type { Client } from 'pg';
import { STANDARD_PETITION_WORKFLOW } from '../../../../libs/crm-core/src/petitions/standard-workflow';
import * as cases from '../../../../libs/crm-core/test/voc-cases';

export type { CaseSeed } from '../../../../libs/crm-core/test/voc-cases';

/** The petition case factory (libs/crm-core/test/voc-cases.ts) on a spec file's owner client. */
const asOwner =
  (owner: Client): cases.OwnerQuery =>
  async <R>(text: string, params: unknown[]) =>
    (await owner.query(text, params)).rows as R[];

export const ensureWorkflow = (
  owner: Client,
  tenant: string,
  key: string,
  version: number,
  definition: object = STANDARD_PETITION_WORKFLOW,
) => cases.ensureWorkflow(asOwner(owner), tenant, key, version, definition);

export const insertCase = (owner: Client, tenant: string, seed: cases.CaseSeed = {}) =>
  cases.insertCase(asOwner(owner), tenant, STANDARD_PETITION_WORKFLOW, seed);

export const staffId = (owner: Client, tenant: string, username: string) =>
  cases.staffId(asOwner(owner), tenant, username);
