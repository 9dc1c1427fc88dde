import ExcelJS from 'exceljs';
import request from 'supertest';
import { baseUrl, gql } from './api';
import { serverLogExcerpt } from './server-log';

export const JOB_FIELDS = `id kind state requestedBy attempts maxAttempts lastError lastErrorEn
  processedRows totalRows progressPercent createdAt startedAt finishedAt downloadPath`;

export interface JobView {
  id: string;
  state: string;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  processedRows: number;
  totalRows: number | null;
  progressPercent: number;
  finishedAt: string | null;
  downloadPath: string | null;
}

/** Starts an export and returns the queued job. */
export async function startExport(token: string, format: 'XLSX' | 'CSV', origin?: string): Promise<JobView> {
  const res = await gql<{ startDepartmentExport: JobView }>(
    token,
    `mutation($f: ExportFormat!) { startDepartmentExport(format: $f) { ${JOB_FIELDS} } }`,
    { f: format },
    origin,
  );
  if (!res.data?.startDepartmentExport) throw new Error(`export not started: ${JSON.stringify(res.errors)}`);
  return res.data.startDepartmentExport;
}

/** Polls `job(id)` until it has finished (completed or failed). */
export async function waitForJob(
  token: string,
  id: string,
  { timeoutMs = 45_000, origin }: { timeoutMs?: number; origin?: string } = {},
): Promise<JobView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await gql<{ job: JobView }>(
      token,
      `query($id: ID!) { job(id: $id) { ${JOB_FIELDS} } }`,
      { id },
      origin,
    );
    const job = res.data?.job;
    if (!job) throw new Error(`job ${id} not readable: ${JSON.stringify(res.errors)}`);
    if (job.state === 'COMPLETED' || job.state === 'FAILED') return job;
    if (Date.now() > deadline)
      throw new Error(
        `job ${id} still ${job.state} after ${timeoutMs} ms (last error: ${job.lastError ?? 'none'})\n` +
          `server log on jobs:\n${serverLogExcerpt('job')}`,
      );
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function download(
  token: string | null,
  path: string,
  origin = baseUrl(),
): Promise<{ status: number; body: Buffer; headers: Record<string, string> }> {
  const req = request(origin)
    .get(path)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
  if (token) req.set('authorization', `Bearer ${token}`);
  const res = await req;
  return { status: res.status, body: res.body as Buffer, headers: res.headers as Record<string, string> };
}

export async function xlsxRows(content: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0].eachRow((row) => {
    rows.push(
      (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))),
    );
  });
  return rows;
}

/** RFC 4180 parsing of the export's CSV (after its byte order mark); every line ends with CRLF. */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}
