import express, { type Request, type Response } from 'express';
import type { TenantScopes } from '@pcrm/tenancy';
import type { MinistryOpenData, OpenDataTable } from '@pcrm/crm-core';
import { ResidentRateLimiter } from '../resident-pages/resident-guard';

/** Where the open data is served, without a login (docs/integrations/open-data.md). */
export const OPEN_DATA_PATH = '/open-data';

/** Requests per address and minute: the files change once a day, a client needs a handful. */
const OPEN_DATA_LIMIT = { 'open-data': { max: 60, windowMs: 60_000 } };
/** The roll-ups are refreshed nightly: browsers and proxies may keep an answer for an hour. */
const CACHE = 'public, max-age=3600';

/**
 * The public, read-only open data (issue 11 #4a): the k-suppressed monthly statistics per tenant as CSV,
 * JSON and the 공공데이터포털 metadata. Every request reads the published roll-ups in a ministry scope on the
 * ministry's read-only role (`TenantScopes.readPublished`), rate-limited per address. The service is
 * attached once Nest has started.
 */
export function openDataRouter(scopes: TenantScopes) {
  const limiter = new ResidentRateLimiter<'open-data'>(OPEN_DATA_LIMIT);
  let service: MinistryOpenData | null = null;
  const router = express.Router();

  const serve =
    (answer: (res: Response, table: OpenDataTable, s: MinistryOpenData) => void) =>
    async (req: Request, res: Response) => {
      const wait = limiter.take(req.ip ?? req.socket.remoteAddress ?? '', '', 'open-data');
      if (wait) {
        res.setHeader('Retry-After', String(wait));
        res.status(429).json({ message: '요청이 너무 많습니다. 잠시 후 다시 시도해 주세요.' });
        return;
      }
      const s = service;
      if (!s) {
        res.status(503).json({ message: '잠시 후 다시 시도해 주세요.' });
        return;
      }
      try {
        const table = await scopes.readPublished(() => s.table());
        res.setHeader('Cache-Control', CACHE);
        res.setHeader('Access-Control-Allow-Origin', '*'); // public data, read by researchers' pages too
        if (table.refreshedAt) res.setHeader('Last-Modified', table.refreshedAt.toUTCString());
        answer(res, table, s);
      } catch (error) {
        console.error(error);
        res.status(500).json({ message: '공개 자료를 읽지 못했습니다.' });
      }
    };

  router.get(
    '/petition-monthly.csv',
    serve((res, table, s) => {
      const file = s.csv(table);
      res.setHeader('Content-Type', file.contentType);
      res.setHeader('Content-Disposition', 'attachment; filename="petition-monthly.csv"');
      res.end(file.content);
    }),
  );
  router.get(
    '/petition-monthly.json',
    serve((res, table) => res.json(table)),
  );
  router.get(
    '/petition-monthly.metadata.json',
    serve((res, table, s) => res.json(s.metadata(table))),
  );

  return {
    router,
    attach: (openData: MinistryOpenData) => {
      service = openData;
    },
    stop: () => limiter.stop(),
  };
}
