import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildClientSchema, getIntrospectionQuery, printSchema, type IntrospectionQuery } from 'graphql';
import { gql, integratorToken } from './support/api';
import { REPO_ROOT } from './support/repo-paths';

/**
 * The published contract for integrators: `apps/api/schema.graphql` is what the running API serves.
 * After an intended API change: `UPDATE_SCHEMA=1 npx jest apps/api/test/schema.spec.ts`, and review the diff.
 */
const SCHEMA_FILE = join(REPO_ROOT, 'apps', 'api', 'schema.graphql');

it('serves exactly the committed schema', async () => {
  const res = await gql<IntrospectionQuery>(await integratorToken('busan'), getIntrospectionQuery());
  expect(res.errors).toBeUndefined();
  const served = `${printSchema(buildClientSchema(res.data!))}\n`;
  if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, served);
  expect(served).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
});
