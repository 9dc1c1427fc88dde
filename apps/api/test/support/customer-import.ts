import { execFileSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import request from 'supertest';
import { baseUrl, gql } from './api';
import { waitForJob } from './jobs';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Text as Korean Excel saves "CSV (쉼표로 분리)": CP949 bytes, made by the system's iconv. */
export const cp949 = (text: string): Buffer =>
  execFileSync('iconv', ['-f', 'UTF-8', '-t', 'CP949'], { input: text });

/** A mobile number no other spec's data holds. */
export const freshMobile = (): string => `0107${String(randomInt(0, 10_000_000)).padStart(7, '0')}`;

export interface UploadAnswer {
  status: number;
  body: Record<string, any>;
}

export async function upload(
  token: string | null,
  bytes: Buffer,
  { type = 'text/csv', fileName = 'customers.csv' }: { type?: string; fileName?: string } = {},
): Promise<UploadAnswer> {
  const req = request(baseUrl())
    .post(`/imports/customers?fileName=${encodeURIComponent(fileName)}`)
    .set('content-type', type);
  if (token) req.set('authorization', `Bearer ${token}`);
  const res = await req.send(bytes);
  return { status: res.status, body: res.body as Record<string, any> };
}

export const BATCH_FIELDS = `id jobId source fileName format encoding state totalRows processedRows progressPercent
  createdCount mergedCount reviewCount pendingReviewCount errorCount lastError lastErrorEn requestedBy
  createdAt completedAt undoneAt undoneBy mapping { field column }
  errors { line column field code message messageEn }`;

export const PREVIEW = `query($i: CustomerImportInput!) { previewCustomerImport(input: $i) {
  format encoding headers mapping { field column } totalRows createCount mergeCount reviewCount errorCount
  errors { line column field code message messageEn } } }`;

export const START = `mutation($i: CustomerImportInput!) { startCustomerImport(input: $i) { ${BATCH_FIELDS} } }`;

export const BATCH = `query($id: ID!) { customerImportBatch(id: $id) { ${BATCH_FIELDS} } }`;

/** Uploads, starts and waits for a batch; returns the finished batch. */
export async function importFile(
  token: string,
  bytes: Buffer,
  input: Record<string, unknown>,
  file: { type?: string; fileName?: string } = {},
): Promise<Record<string, any>> {
  const uploaded = await upload(token, bytes, file);
  if (uploaded.status !== 201) throw new Error(`upload refused: ${JSON.stringify(uploaded.body)}`);
  const started = await gql(token, START, { i: { uploadId: uploaded.body.uploadId, ...input } });
  if (!started.data?.startCustomerImport) throw new Error(`not started: ${JSON.stringify(started.errors)}`);
  await waitForJob(token, started.data.startCustomerImport.jobId);
  const res = await gql(token, BATCH, { id: started.data.startCustomerImport.id });
  return res.data!.customerImportBatch;
}
