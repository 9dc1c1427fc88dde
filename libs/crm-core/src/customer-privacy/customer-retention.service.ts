import { Inject, Injectable } from '@nestjs/common';
import { Cursor, TenantDatabase, badInput, recordAudit, run, runOne, type Sql } from '@pcrm/tenancy';
import { CustomersService, type CustomerConnection } from '../customers';
import {
  DEFAULT_RETENTION_YEARS,
  KEY_PATTERN,
  PrivacyQueries as Q,
  type RetentionKey,
  type RetentionRow,
} from './customer-privacy.sql';
import type { CustomerSettings } from './customer-privacy.model';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The (inactive since, id) key a candidate cursor carries; anything else is the caller's error. */
function afterKey(cursor: string): RetentionKey {
  const [inactiveSince, id] = Cursor.decode(cursor, 2);
  if (
    typeof inactiveSince === 'string' &&
    KEY_PATTERN.test(inactiveSince) &&
    !Number.isNaN(Date.parse(inactiveSince)) &&
    typeof id === 'string' &&
    UUID.test(id)
  )
    return { inactiveSince, id };
  throw badInput('after', '페이지 커서(after)가 올바르지 않습니다.', 'The page cursor (after) is invalid.');
}

const toSettings = (row?: { retention_years: number }): CustomerSettings => ({
  retentionYears: row?.retention_years ?? DEFAULT_RETENTION_YEARS,
});

/** How long a tenant keeps inactive customers, and who is past it (개인정보 보호법: 보유기간 경과 시 파기). */
@Injectable()
export class CustomerRetentionService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(CustomersService) private readonly customers: CustomersService,
  ) {}

  private get sql(): Sql {
    return this.db.request();
  }

  async settings(): Promise<CustomerSettings> {
    const [row] = await run(this.sql, Q.settings());
    return toSettings(row);
  }

  async updateRetention(years: number): Promise<CustomerSettings> {
    const [before] = await run(this.sql, Q.settingsForUpdate());
    const after = await runOne(this.sql, Q.saveRetention(years));
    await recordAudit(this.sql, {
      action: 'update',
      entity: 'customer_settings',
      entityId: 'retention',
      before: { retentionYears: toSettings(before).retentionYears },
      after: { retentionYears: after.retention_years },
    });
    return toSettings(after);
  }

  /** Active customers with no contact for longer than the retention years, longest inactive first. */
  async candidates(first: number, after: string | null | undefined): Promise<CustomerConnection> {
    const key = after ? afterKey(after) : null;
    const { retentionYears } = await this.settings();
    const rows = (await run(this.sql, Q.candidates(retentionYears, key, first + 1))) as RetentionRow[];
    const page = rows.slice(0, first);
    const nodes = await this.customers.summaries(page);
    const edges = page.map((row, i) => ({
      cursor: Cursor.encode([row.inactive_key, row.id]),
      node: nodes[i],
    }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      count: async () => (await runOne(this.sql, Q.candidateCount(retentionYears))).n,
    };
  }
}
