import type { Request, Response, NextFunction } from 'express';
import { RequestContexts } from '../context/request-context';
import type { TenantDatabase } from '../database/tenant-database';
import { errorResponseBody, notFound } from '../errors/app-errors';
import { contentDisposition } from '../errors/http-answers';
import type { BackgroundJobs } from './background-jobs';
import { isJobId } from './job-id';

/** Where a completed job's file is served: GET with the requester's bearer token. */
export const JOB_FILES_PATH = '/exports';

/**
 * GET /exports/<jobId>, behind the bearer-auth middleware (which sets the request context). Another user,
 * another tenant, an unfinished job or a malformed id are answered alike: 404.
 */
export function jobFileDownload(jobs: BackgroundJobs, database: TenantDatabase) {
  return (req: Request<{ id: string }>, res: Response, next: NextFunction): void => {
    const ctx = RequestContexts.require();
    const id = req.params.id;
    const read = async () => {
      let ok = false;
      try {
        const file = isJobId(id) ? await jobs.fileForRequester(id) : null;
        ok = true;
        return file;
      } finally {
        await database.endRequest(ctx, ok);
      }
    };
    read().then((file) => {
      if (!file) {
        res.status(404).json(errorResponseBody(notFound('파일', 'File')));
        return;
      }
      res
        .status(200)
        .set('Content-Type', file.contentType)
        .set('Content-Disposition', contentDisposition(file.fileName))
        .set('Content-Length', String(file.content.length))
        .send(file.content);
    }, next);
  };
}
