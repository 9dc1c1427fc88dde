import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { Readable } from 'node:stream';
import { baseUrl } from './api';

export interface UploadFile {
  readonly name: string;
  readonly content: Buffer;
  readonly type?: string;
  /** Send the name as RFC 5987 `filename*=UTF-8''…` (percent-encoded, so it may carry a NUL). */
  readonly encodedName?: boolean;
}

/** A multipart/form-data body built byte by byte, so names may hold anything (NUL, `../`, RTL overrides). */
export function multipart(files: readonly UploadFile[]): { body: Buffer; contentType: string } {
  const boundary = `----pcrm${randomBytes(12).toString('hex')}`;
  const parts = files.flatMap((f) => [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; ` +
        (f.encodedName ? `filename*=UTF-8''${encodeURIComponent(f.name)}` : `filename="${f.name}"`) +
        `\r\n` +
        `Content-Type: ${f.type ?? 'application/octet-stream'}\r\n\r\n`,
      'utf8',
    ),
    f.content,
    Buffer.from('\r\n'),
  ]);
  return {
    body: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

export interface UploadedAttachment {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: string;
  downloadPath: string;
}

export interface UploadAnswer {
  status: number;
  attachments?: UploadedAttachment[];
  errors?: { message: string; extensions: Record<string, string> }[];
}

/** POST /attachments with a bearer token (or none). */
export async function uploadFiles(token: string | null, files: readonly UploadFile[]): Promise<UploadAnswer> {
  const { body, contentType } = multipart(files);
  const res = await fetch(`${baseUrl()}/attachments`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  return { status: res.status, ...((await res.json()) as object) };
}

/** GET an attachment: status, headers and the body's bytes. */
export async function downloadAttachment(token: string, id: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${baseUrl()}/attachments/${encodeURIComponent(id)}`, {
    headers: { authorization: `Bearer ${token}`, ...headers },
  });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

/**
 * Streams one file of `totalBytes` (chunked, no Content-Length) and stops sending once the answer arrives:
 * returns the answer's status and how many bytes had been sent by then.
 */
export function streamOversizedUpload(
  token: string,
  totalBytes: number,
): Promise<{ status: number; sentBytes: number; body: string }> {
  const boundary = `----pcrm${randomBytes(12).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="big.pdf"\r\n` +
      `Content-Type: application/pdf\r\n\r\n%PDF-1.4\n`,
  );
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  let sent = 0;
  let answered = false;
  const source = new Readable({
    read() {
      if (answered) return this.push(null);
      if (sent === 0) {
        sent += head.length;
        return this.push(head);
      }
      if (sent >= totalBytes) {
        this.push(Buffer.from(`\r\n--${boundary}--\r\n`));
        return this.push(null);
      }
      sent += chunk.length;
      this.push(chunk);
    },
  });
  const url = new URL('/attachments', baseUrl());
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'transfer-encoding': 'chunked',
        },
      },
      (res) => {
        answered = true;
        const sentBytes = sent;
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, sentBytes, body }));
        res.on('error', reject);
      },
    );
    req.on('error', (error) => (answered ? undefined : reject(error)));
    source.pipe(req);
  });
}
