import { Inject, Injectable } from '@nestjs/common';
import { maskPersonalData } from '@pcrm/access';
import { CustomFieldValuesValidator } from '@pcrm/customization';
import {
  Cursor,
  RequestContexts,
  TenantDatabase,
  badInput,
  notFound,
  recordAudit,
  run,
  runOne,
  toConnection,
  type Connection,
} from '@pcrm/tenancy';
import { StaffQueries as Q, type StaffFilter, type StaffKey } from './staff.sql';
import { toStaff, type Staff, type StaffRow } from './staff.model';
import type { StaffArgs } from './staff.args';
import { STAFF_ENTITY } from './staff.entity';

const likePattern = (search: string): string => `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The (name, id) key a staff cursor carries; anything else is the caller's error, never the database's. */
function afterKey(cursor: string): StaffKey {
  const [name, id] = Cursor.decode(cursor, 2);
  if (
    typeof name === 'string' &&
    name.length <= 100 &&
    !name.includes('\u0000') &&
    typeof id === 'string' &&
    UUID.test(id)
  ) {
    return { name, id };
  }
  throw badInput('after', '페이지 커서(after)가 올바르지 않습니다.', 'The page cursor (after) is invalid.');
}

@Injectable()
export class StaffService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(CustomFieldValuesValidator) private readonly customValues: CustomFieldValuesValidator,
  ) {}

  async page(args: StaffArgs): Promise<Connection<Staff>> {
    const sql = this.db.request();
    const after = args.after ? afterKey(args.after) : null;
    const filter: StaffFilter = {
      departmentId: args.departmentId ?? null,
      includeSubunits: args.includeSubunits,
      namePattern: args.search ? likePattern(args.search) : null,
    };
    const [rows, { n }] = await Promise.all([
      run(sql, Q.page(filter, after, args.first + 1)),
      runOne(sql, Q.count(filter)),
    ]);
    const { roles } = RequestContexts.require().principal;
    const visible = (row: StaffRow): Staff => maskPersonalData('Staff', toStaff(row), roles);
    return toConnection(rows, args.first, n, visible, (r) => [r.name, r.id]);
  }

  /**
   * A PATCH of one staff member's custom values (the rest of a staff record comes from the identity
   * provider and is not written here). Audited with the keys only: values may be personal data.
   */
  async updateCustomFields(id: string, patch: Record<string, unknown>): Promise<Staff> {
    if (!UUID.test(id)) throw notFound('직원', 'Staff member');
    const sql = this.db.request();
    const [row] = await run(sql, Q.byIdForUpdate(id));
    if (!row) throw notFound('직원', 'Staff member');
    const { roles } = RequestContexts.require().principal;
    const values = await this.customValues.validate(STAFF_ENTITY.id, patch, row.custom_fields, { roles });
    const after = await runOne(sql, Q.setCustomFields(id, values));
    await recordAudit(sql, {
      action: 'update',
      entity: 'staff',
      entityId: id,
      before: { customFieldKeys: Object.keys(row.custom_fields) },
      after: { customFieldKeys: Object.keys(after.custom_fields), changedKeys: Object.keys(patch) },
    });
    return maskPersonalData('Staff', toStaff(after), roles);
  }
}
