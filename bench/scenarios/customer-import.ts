import { randomUUID } from 'node:crypto';
import { copyCustomers, importCsv, plannedCustomers } from '../generate/customer-rows';
import type { BulkContext, BulkResult, BulkScenario } from './scenario';

const ROWS = 100_000;
const TENANT = 'daegu';
const POLL_MS = 250;

const START = `mutation($input: CustomerImportInput!) { startCustomerImport(input: $input) { id state } }`;
const BATCH = `query($id: ID!) { customerImportBatch(id: $id) { state processedRows totalRows } }`;

async function graphql<T>(ctx: BulkContext, query: string, variables: object): Promise<T> {
  const res = await fetch(`${ctx.apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ctx.token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (!res.ok || body.errors || !body.data)
    throw new Error(`customer-import: GraphQL answered ${res.status}: ${JSON.stringify(body).slice(0, 500)}`);
  return body.data;
}

/** The real import path: upload, start the batch job, wait until it has finished. */
async function importThroughApi(ctx: BulkContext, csv: string, source: string): Promise<number> {
  const started = performance.now();
  const upload = await fetch(`${ctx.apiUrl}/imports/customers?fileName=bench-customers.csv`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv; charset=utf-8', authorization: `Bearer ${ctx.token}` },
    body: csv,
  });
  if (!upload.ok)
    throw new Error(
      `customer-import: upload answered HTTP ${upload.status}: ${(await upload.text()).slice(0, 300)}`,
    );
  const { uploadId } = (await upload.json()) as { uploadId: string };
  const { startCustomerImport: batch } = await graphql<{ startCustomerImport: { id: string } }>(ctx, START, {
    input: { uploadId, source, encoding: 'UTF8' },
  });
  for (let last = ''; ;) {
    const { customerImportBatch: b } = await graphql<{
      customerImportBatch: { state: string; processedRows: number; totalRows: number | null };
    }>(ctx, BATCH, { id: batch.id });
    if (b.state === 'COMPLETED') break;
    if (b.state !== 'QUEUED' && b.state !== 'RUNNING')
      throw new Error(`customer-import: the batch ended ${b.state} after ${b.processedRows} rows`);
    const progress = `${b.state} ${b.processedRows}/${b.totalRows ?? '?'}`;
    if (progress !== last) ctx.log(`  import ${progress}`);
    last = progress;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  return (performance.now() - started) / 1000;
}

/**
 * 100,000 acquired customers (입수고객) of 대구 through the real import path — CSV upload, background job with
 * validation, matching against the tenant's customers, inserts through row-level security, audit — against a
 * raw `COPY` of the same rows into the same tables. Timed: upload → job COMPLETED (the optional preview is not
 * part of it) versus the three COPY statements and their transaction.
 */
export const customerImport: BulkScenario = {
  kind: 'bulk',
  name: 'customer-import',
  description: `${ROWS.toLocaleString('en')} rows: upload + import job vs raw COPY (${TENANT})`,
  targetRatio: 0.25,
  targetRssMb: 400,
  token: { kind: 'integrator', realm: TENANT },
  async run(ctx): Promise<BulkResult> {
    const customers = plannedCustomers(TENANT, ROWS, `import:${ctx.seed}`);
    const csv = importCsv(customers);
    ctx.log(
      `customer-import: ${customers.length} rows, ${(Buffer.byteLength(csv) / 1048576).toFixed(1)} MB of CSV`,
    );
    const source = `bench-${randomUUID().slice(0, 8)}`;
    const apiSeconds = await importThroughApi(ctx, csv, source);
    const copyStarted = performance.now();
    await copyCustomers(ctx.ownerUrl, TENANT, customers, `${source}-copy`);
    const floorSeconds = (performance.now() - copyStarted) / 1000;
    return { rows: customers.length, apiSeconds, floorSeconds };
  },
};
