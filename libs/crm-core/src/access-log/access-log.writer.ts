import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import {
  AppError,
  ErrorCode,
  RequestContexts,
  SEPARATE_TENANT_DATABASE,
  TenantDatabase,
  type PersonalRead,
  type Principal,
} from '@pcrm/tenancy';
import { AccessLogSql } from './access-log.sql';
import { purposeOf } from './access-purpose';

const accessLogUnavailable = (): AppError =>
  new AppError(
    ErrorCode.AccessLogUnavailable,
    '개인정보 열람 기록을 남기지 못해 이 항목을 보여 드릴 수 없습니다. 잠시 후 다시 시도해 주세요.',
    'The personal-data access could not be logged, so this field is withheld. Please try again.',
  );

/** The operation's name, or the root field that led to the read when the operation has none. */
function operationOf(info: GraphQLResolveInfo): string {
  if (info.operation.name) return info.operation.name.value;
  let path = info.path;
  while (path.prev) path = path.prev;
  return String(path.key);
}

/**
 * Writes the access log of personal-data reads. The reads of one request that resolve together are
 * batched into one INSERT, in a short transaction of its own on a separate pool, committed before any
 * of those values is returned; if it fails, every one of those fields answers an error instead.
 * A rollback of the request itself never takes the log with it.
 */
@Injectable()
export class AccessLogWriter {
  constructor(@Inject(SEPARATE_TENANT_DATABASE) private readonly db: TenantDatabase) {}

  readonly record = (read: PersonalRead): Promise<void> =>
    RequestContexts.memo('access-log', () => this.batcher(RequestContexts.require().principal)).load(read);

  /**
   * One deliberate read with its stated reason (an unmask): written and committed on the separate pool
   * before the caller hands the value out, so a later rollback of the request cannot take the entry back.
   */
  async recordReason(read: {
    operation: string;
    entity: string;
    recordId: string;
    fields: readonly string[];
    reason: string;
  }): Promise<void> {
    const { principal } = RequestContexts.require();
    try {
      await this.db.separately((sql) =>
        sql.query(AccessLogSql.insert, [
          principal.username,
          principal.subject,
          principal.roles,
          read.reason,
          read.operation,
          [read.entity],
          [read.recordId],
          [read.fields.join(',')],
          [false],
        ]),
      );
    } catch (error) {
      console.error(`access log write failed: ${error instanceof Error ? error.message : String(error)}`);
      throw accessLogUnavailable();
    }
  }

  private batcher(principal: Principal): DataLoader<PersonalRead, void> {
    return new DataLoader<PersonalRead, void>(
      async (reads) => {
        let purpose: string;
        try {
          purpose = purposeOf(reads[0].context);
        } catch (error) {
          return reads.map(() => error as Error);
        }
        try {
          await this.write(principal, purpose, reads);
          return reads.map(() => undefined);
        } catch (error) {
          console.error(`access log write failed: ${error instanceof Error ? error.message : String(error)}`);
          const refused = accessLogUnavailable();
          return reads.map(() => refused);
        }
      },
      { cache: false },
    );
  }

  private async write(principal: Principal, purpose: string, reads: readonly PersonalRead[]): Promise<void> {
    const records = new Map<
      string,
      { entity: string; recordId: string; masked: boolean; fields: Set<string> }
    >();
    for (const read of reads) {
      const key = JSON.stringify([read.type, read.recordId, read.masked]);
      const entry = records.get(key) ?? {
        entity: read.type,
        recordId: read.recordId,
        masked: read.masked,
        fields: new Set<string>(),
      };
      entry.fields.add(read.field);
      records.set(key, entry);
    }
    const rows = [...records.values()];
    await this.db.separately((sql) =>
      sql.query(AccessLogSql.insert, [
        principal.username,
        principal.subject,
        principal.roles,
        purpose,
        operationOf(reads[0].info),
        rows.map((r) => r.entity),
        rows.map((r) => r.recordId),
        rows.map((r) => [...r.fields].join(',')),
        rows.map((r) => r.masked),
      ]),
    );
  }
}
