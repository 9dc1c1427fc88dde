import { apiOrigin } from '../config';
import type { Lang } from '../i18n/messages';

/** What POST /imports/customers answers for a stored file. */
export interface UploadResult {
  uploadId: string;
  fileName: string;
  format: 'CSV' | 'XLSX';
  detectedEncoding: 'UTF8' | 'CP949' | null;
  byteSize: number;
  rowCount: number;
  headers: string[];
  sampleRows: { line: number; cells: string[] }[];
  suggestedMapping: { field: string; column: string; customField?: string | null }[];
}

export class UploadError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function contentType(file: File): string {
  if (/\.xlsx$/i.test(file.name)) return XLSX;
  if (/\.(csv|txt)$/i.test(file.name)) return 'text/csv';
  return 'application/octet-stream';
}

/**
 * Sends the file as the raw body with the bearer token. A refusal (empty, binary, too large, bad header…)
 * becomes an `UploadError` carrying the server's message in the user's language.
 */
export async function uploadImportFile(file: File, token: string, lang: Lang): Promise<UploadResult> {
  const url = `${apiOrigin()}/imports/customers?fileName=${encodeURIComponent(file.name)}`;
  const res = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': contentType(file) },
    body: file,
  });
  const body = (await res.json().catch(() => null)) as
    | (UploadResult & { errors?: { message: string; extensions?: { code?: string; messageEn?: string } }[] })
    | null;
  if (res.ok && body?.uploadId) return body;
  const error = body?.errors?.[0];
  const message = error
    ? lang === 'en' && error.extensions?.messageEn
      ? error.extensions.messageEn
      : error.message
    : `HTTP ${res.status}`;
  throw new UploadError(message, error?.extensions?.code);
}
