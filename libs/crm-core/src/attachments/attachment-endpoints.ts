import type { NextFunction, Request, Response } from 'express';
import { Inject, Injectable } from '@nestjs/common';
import { Permission, can } from '@pcrm/access';
import {
  RequestContexts,
  TenantDatabase,
  answerError,
  contentDisposition,
  forbidden,
  notFound,
  type RequestContext,
} from '@pcrm/tenancy';
import { AccessLogWriter, purposeOf } from '../access-log';
import { AttachmentAccess } from './attachment-access';
import { fileTooLarge } from './attachment-errors';
import { MAX_UPLOAD_BODY_BYTES } from './attachment-limits';
import { ATTACHMENT_STORAGE, type AttachmentStorage } from './attachment-storage';
import { AttachmentStore } from './attachment.store';
import { AttachmentUploads } from './attachment-uploads';
import { asAppError } from './multipart-files';

const FAILED_UPLOAD = { ko: '파일을 저장하지 못했습니다.', en: 'The files could not be stored.' };
const FAILED_DOWNLOAD = { ko: '파일을 보내지 못했습니다.', en: 'The file could not be sent.' };

/** Runs `work` in the request's scope and ends it: committed when `work` resolves, else rolled back. */
async function inScope<T>(database: TenantDatabase, ctx: RequestContext, work: () => Promise<T>): Promise<T> {
  let ok = false;
  try {
    const result = await work();
    ok = true;
    return result;
  } finally {
    await database.endRequest(ctx, ok);
  }
}

/**
 * `POST /attachments` and `GET /attachments/:id`, mounted by the platform behind the bearer-auth middleware
 * (which sets the request context). Refusals are GraphQL-shaped JSON with a stable code and reason.
 */
@Injectable()
export class AttachmentEndpoints {
  constructor(
    @Inject(TenantDatabase) private readonly database: TenantDatabase,
    @Inject(AttachmentUploads) private readonly uploads: AttachmentUploads,
    @Inject(AttachmentStore) private readonly store: AttachmentStore,
    @Inject(AttachmentAccess) private readonly access: AttachmentAccess,
    @Inject(ATTACHMENT_STORAGE) private readonly storage: AttachmentStorage,
    @Inject(AccessLogWriter) private readonly accessLog: AccessLogWriter,
  ) {}

  /** Staff upload: one or more files as multipart/form-data; answers 201 with the unclaimed attachments. */
  readonly upload = (req: Request, res: Response): void => {
    const ctx = RequestContexts.require();
    const handle = async () => {
      const { principal } = ctx;
      if (!principal.tenantId || !can(principal.roles, Permission.AttachmentUpload)) throw forbidden();
      if (Number(req.headers['content-length'] ?? 0) > MAX_UPLOAD_BODY_BYTES)
        throw asAppError(fileTooLarge('*'));
      RequestContexts.setAccess(ctx, 'read-write');
      let received: Awaited<ReturnType<AttachmentUploads['receive']>> | undefined;
      try {
        return await inScope(this.database, ctx, async () => {
          received = await this.uploads.receive(req);
          return received.attachments;
        });
      } catch (error) {
        await received?.discard();
        throw error;
      }
    };
    handle().then(
      (attachments) =>
        res.status(201).json({
          attachments: attachments.map((a) => ({
            id: a.id,
            fileName: a.fileName,
            mediaType: a.mediaType,
            sizeBytes: a.sizeBytes,
            sha256: a.sha256,
            createdAt: a.createdAt,
            downloadPath: a.downloadPath,
          })),
        }),
      (error: unknown) => answerError(req, res, error, FAILED_UPLOAD, MAX_UPLOAD_BODY_BYTES),
    );
  };

  /**
   * Download: the tenant's attachment (RLS), allowed by its owner's access rule (unclaimed: its uploader),
   * logged in the access log before a byte is sent. Anything else — another tenant's id, no rule, a
   * malformed id, a missing file — is the same 404, so nothing tells whether the id exists.
   */
  readonly download = (req: Request<{ id: string }>, res: Response, next: NextFunction): void => {
    const ctx = RequestContexts.require();
    const id = req.params.id;
    const handle = async () => {
      const { principal } = ctx;
      const attachment = await inScope(this.database, ctx, async () => {
        if (!principal.tenantId) return null;
        const found = await this.store.find(id);
        return found && (await this.access.allows(principal, found)) ? found : null;
      });
      if (!attachment) throw notFound('첨부파일', 'Attachment');
      const file = await this.storage.get(attachment.storageKey);
      if (!file) throw notFound('첨부파일', 'Attachment');
      await this.accessLog.recordReason({
        operation: 'GET /attachments/:id',
        entity: 'attachment',
        recordId: attachment.id,
        fields: ['content'],
        reason: purposeOf({ req }),
      });
      return { attachment, file };
    };
    handle().then(
      ({ attachment, file }) => {
        res
          .status(200)
          .set('Content-Type', attachment.mediaType)
          .set('Content-Length', String(file.sizeBytes))
          .set('Content-Disposition', contentDisposition(attachment.fileName))
          .set('X-Content-Type-Options', 'nosniff')
          .set('Cache-Control', 'private, no-store');
        file.stream.on('error', (error) => {
          console.error(`attachment ${attachment.id}: ${error.message}`);
          res.destroy();
        });
        file.stream.pipe(res);
      },
      (error: unknown) => {
        try {
          answerError(req, res, error, FAILED_DOWNLOAD, 0);
        } catch (unexpected) {
          next(unexpected);
        }
      },
    );
  };
}
