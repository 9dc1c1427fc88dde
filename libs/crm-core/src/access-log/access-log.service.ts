import { Inject, Injectable } from '@nestjs/common';
import { Cursor, TenantDatabase, badInput, toConnection, type Connection } from '@pcrm/tenancy';
import { AccessLogSql } from './access-log.sql';
import { toAccessLogEntry, type AccessLogEntry, type AccessLogRow } from './access-log.model';
import type { AccessLogArgs } from './access-log.args';

/** Searching the tenant's access log (the request's transaction, so RLS shows only the caller's tenant). */
@Injectable()
export class AccessLogService {
  constructor(@Inject(TenantDatabase) private readonly db: TenantDatabase) {}

  async page(args: AccessLogArgs): Promise<Connection<AccessLogEntry>> {
    if (args.from && args.to && args.from >= args.to)
      throw badInput('to', '기간의 끝(to)은 시작(from)보다 뒤여야 합니다.', 'to must be later than from.');
    const [afterId] = args.after ? Cursor.decode(args.after, 1) : [null];
    if (afterId !== null && !/^\d{1,18}$/.test(String(afterId)))
      throw badInput(
        'after',
        '페이지 커서(after)가 올바르지 않습니다.',
        'The page cursor (after) is invalid.',
      );
    const filter = [args.actor ?? null, args.recordId ?? null, args.from ?? null, args.to ?? null];
    const sql = this.db.request();
    const [rows, [{ n }]] = await Promise.all([
      sql.query<AccessLogRow>(AccessLogSql.page, [...filter, afterId, args.first + 1]),
      sql.query<{ n: number }>(AccessLogSql.count, filter),
    ]);
    return toConnection(rows, args.first, n, toAccessLogEntry, (r) => [r.id]);
  }
}
