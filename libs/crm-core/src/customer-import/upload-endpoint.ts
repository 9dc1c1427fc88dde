import type { Request, Response } from 'express';
import { Inject, Injectable } from '@nestjs/common';
import { Permission, can } from '@pcrm/access';
import {
  AppError,
  ErrorCode,
  RequestContexts,
  answerError,
  controlOrFormatCharacter,
  forbidden,
  TenantDatabase,
} from '@pcrm/tenancy';
import { asAppErrors } from './import-app-error';
import { CustomerImportService } from './customer-import.service';
import { CustomerImportSql } from './customer-import.sql';
import { fileTooLarge, readImportFile } from './import-file';
import { IMPORT_LIMITS } from './import-limits';

/** Where files to import are uploaded: POST with a bearer token (docs/integrations/customer-import.md). */
export const CUSTOMER_IMPORT_UPLOAD_PATH = '/imports/customers';

const ACCEPTED_TYPES = new Set([
  'text/csv',
  'text/plain',
  'application/csv',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/octet-stream',
]);
const SAMPLE_ROWS = 5;

const badRequest = (ko: string, en: string, field: string) =>
  new AppError(ErrorCode.BadRequest, ko, en, { field });

/** Past this much, an over-limit body is not even drained: the connection is closed. */
const DRAIN_LIMIT = 2 * IMPORT_LIMITS.maxBytes;

/**
 * The body; over the size limit the rest is read and dropped (up to DRAIN_LIMIT), so the client finishes
 * sending and reads the 413 instead of a broken pipe.
 */
function readBody(req: Request): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= IMPORT_LIMITS.maxBytes) chunks.push(chunk);
      else if (size > DRAIN_LIMIT) req.destroy();
    });
    req.on('end', () =>
      size > IMPORT_LIMITS.maxBytes ? reject(fileTooLarge()) : resolve(Buffer.concat(chunks)),
    );
    req.on('error', reject);
    req.on('close', () => {
      if (size > IMPORT_LIMITS.maxBytes) reject(fileTooLarge());
    });
  });
}

function fileNameOf(req: Request): string {
  const raw = req.query.fileName;
  const name = typeof raw === 'string' ? raw.normalize('NFC').trim() : '';
  if (name === '') return 'upload';
  if (name.length > 255 || /[/\\]/u.test(name) || controlOrFormatCharacter(name) !== null)
    throw badRequest(
      'fileName 은 255자 이하이고 경로 구분자나 제어 문자가 없어야 합니다.',
      'fileName must be at most 255 characters without path separators or control characters.',
      'fileName',
    );
  return name;
}

/**
 * POST /imports/customers behind the bearer-auth middleware: the raw file as the body (CSV or XLSX), read
 * and checked at once (format, encoding, header, row limit), stored in the caller's tenant, answered with
 * what the import wizard shows next, the suggested mapping with the caller's editable custom fields.
 * Refusals are GraphQL-shaped JSON with a stable code; nothing is stored. A Nest provider (the custom fields
 * come from the cached definitions), bound to the Express route once Nest is up.
 */
@Injectable()
export class CustomerImportUpload {
  constructor(
    @Inject(TenantDatabase) private readonly database: TenantDatabase,
    @Inject(CustomerImportService) private readonly imports: CustomerImportService,
  ) {}

  readonly upload = (req: Request, res: Response): void => {
    const { database, imports } = this;
    const ctx = RequestContexts.require();
    const handle = async () => {
      const { principal } = ctx;
      if (!principal.tenantId || !can(principal.roles, Permission.CustomerImport)) throw forbidden();
      const type = (req.headers['content-type'] ?? 'application/octet-stream')
        .split(';')[0]
        .trim()
        .toLowerCase();
      if (!ACCEPTED_TYPES.has(type))
        throw badRequest(
          `파일은 본문 그대로(text/csv, XLSX, application/octet-stream) 보내야 합니다: ${type}`,
          `Send the file as the raw body (text/csv, XLSX or application/octet-stream), not ${type}.`,
          'content-type',
        );
      const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
      if (encoding !== 'identity')
        throw badRequest(
          '압축된 본문은 받지 않습니다.',
          'Compressed bodies are not accepted.',
          'content-encoding',
        );
      const fileName = fileNameOf(req);
      const bytes = await asAppErrors(() => {
        if (Number(req.headers['content-length'] ?? 0) > DRAIN_LIMIT) throw fileTooLarge();
        return readBody(req);
      });
      const table = await asAppErrors(() => readImportFile(bytes));
      RequestContexts.setAccess(ctx, 'read-write');
      let ok = false;
      try {
        const [row] = await database
          .request()
          .query<{ id: string }>(CustomerImportSql.insertUpload, [
            fileName,
            table.format,
            table.encoding,
            bytes.length,
            table.rows.length,
            bytes,
            principal.name ?? principal.username,
            principal.subject,
          ]);
        const suggestedMapping = await imports.suggestedMapping(table.headers);
        ok = true;
        return {
          uploadId: row.id,
          fileName,
          format: table.format,
          detectedEncoding: table.encoding,
          byteSize: bytes.length,
          rowCount: table.rows.length,
          headers: table.headers,
          sampleRows: table.rows.slice(0, SAMPLE_ROWS).map((r) => ({ line: r.line, cells: r.cells })),
          suggestedMapping,
        };
      } finally {
        await database.endRequest(ctx, ok);
      }
    };
    handle().then(
      (body) => res.status(201).set('Cache-Control', 'no-store').json(body),
      (error: unknown) =>
        answerError(
          req,
          res,
          error,
          { ko: '파일을 저장하지 못했습니다.', en: 'The file could not be stored.' },
          DRAIN_LIMIT,
        ),
    );
  };
}
