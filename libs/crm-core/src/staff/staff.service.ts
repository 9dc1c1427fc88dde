import { Inject, Injectable } from '@nestjs/common';
import { maskPersonalData } from '@pcrm/access';
import { Cursor, RequestContexts, TenantDatabase, toConnection, type Connection } from '@pcrm/tenancy';
import { StaffSql } from './staff.sql';
import { toStaff, type Staff, type StaffRow } from './staff.model';
import type { StaffArgs } from './staff.args';

const likePattern = (search: string): string => `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

@Injectable()
export class StaffService {
  constructor(@Inject(TenantDatabase) private readonly db: TenantDatabase) {}

  async page(args: StaffArgs): Promise<Connection<Staff>> {
    const sql = this.db.request();
    const [afterName, afterId] = args.after ? Cursor.decode(args.after, 2) : [null, null];
    const filter = [args.departmentId ?? null, args.search ? likePattern(args.search) : null];
    const [rows, [{ n }]] = await Promise.all([
      sql.query<StaffRow>(StaffSql.page, [...filter, afterName, afterId, args.first + 1]),
      sql.query<{ n: number }>(StaffSql.count, filter),
    ]);
    const { roles } = RequestContexts.require().principal;
    const visible = (row: StaffRow): Staff => maskPersonalData('Staff', toStaff(row), roles);
    return toConnection(rows, args.first, n, visible, (r) => [r.name, r.id]);
  }
}
