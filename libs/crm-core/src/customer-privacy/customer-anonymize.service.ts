import { Inject, Injectable } from '@nestjs/common';
import {
  AppError,
  BackgroundJobs,
  ErrorCode,
  TenantDatabase,
  badInput,
  run,
  type JobContext,
  type Sql,
} from '@pcrm/tenancy';
import { REASON_MAX, statedReason } from '../access-log';
import { PrivacyQueries as Q } from './customer-privacy.sql';
import type { AnonymizationResult } from './customer-privacy.model';

export const CUSTOMER_ANONYMIZE_JOB = 'customer-anonymize';

/** Up to this many customers are anonymized within the request; more go to a background job. */
export const ANONYMIZE_INLINE_MAX = 200;
/** The job works in chunks of this many customers (one transaction for the whole job all the same). */
const CHUNK = 500;

export interface AnonymizeParams {
  ids: string[];
  reason: string;
}

const checkedReason = (reason: string): string =>
  statedReason(reason, () =>
    badInput(
      'reason',
      `익명 처리 사유를 1~${REASON_MAX}자로 적어 주세요. 사유는 감사 기록에 남습니다.`,
      `State the reason for anonymizing in 1 to ${REASON_MAX} characters; it is kept in the audit trail.`,
    ),
  );

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * Anonymization (개인정보 파기 by 익명 처리): the customer row stays for statistics, everything that identifies
 * the person goes. Records merged into a customer are anonymized with it: they hold the same person's data.
 */
@Injectable()
export class CustomerAnonymizeService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(BackgroundJobs) private readonly jobs: BackgroundJobs,
  ) {}

  private get sql(): Sql {
    return this.db.request();
  }

  /**
   * Checks every id first (all of the tenant's own, or nothing happens), then anonymizes now or queues a job.
   * Already anonymized customers count as done, so a repeated or concurrent call changes nothing twice.
   */
  async anonymize(ids: readonly string[], reason: string): Promise<AnonymizationResult> {
    const why = checkedReason(reason);
    const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
    const targets = await this.lock(unique);
    const missing = unique.filter((id) => !targets.includes(id)).length;
    if (missing > 0)
      throw new AppError(
        ErrorCode.NotFound,
        `고객 ${missing.toLocaleString('ko-KR')}명을 찾을 수 없습니다. 아무것도 바꾸지 않았습니다.`,
        `${missing} of the customers were not found; nothing was changed.`,
        { field: 'ids' },
      );
    if (unique.length <= ANONYMIZE_INLINE_MAX)
      return { anonymizedCount: await this.anonymizeNow(targets, why, null), job: null };
    const job = await this.jobs.enqueue<AnonymizeParams>(CUSTOMER_ANONYMIZE_JOB, {
      ids: unique,
      reason: why,
    });
    return { anonymizedCount: 0, job };
  }

  /** The job: every chunk in the job's one transaction, so a failed attempt leaves nothing half-done. */
  async run(params: AnonymizeParams, job: JobContext): Promise<void> {
    let done = 0;
    await job.progress(0, params.ids.length);
    for (const part of chunks(params.ids, CHUNK)) {
      await this.anonymizeNow(await this.lock(part), params.reason, job.jobId);
      done += part.length;
      await job.progress(done, params.ids.length);
    }
  }

  /**
   * Locks the named customers and the records merged into them, in id order; returns all their ids. Asked
   * twice: a merge into one of them that committed while the first statement waited for its lock is seen
   * only by a new statement, and once they are locked no further merge into them can start.
   */
  private async lock(ids: readonly string[]): Promise<string[]> {
    await run(this.sql, Q.lockTargets(ids));
    return (await run(this.sql, Q.lockTargets(ids))).map((r) => r.id);
  }

  /** Anonymizes locked customers, audited one entry each; returns how many it changed. */
  private async anonymizeNow(targets: string[], reason: string, jobId: string | null): Promise<number> {
    if (targets.length === 0) return 0;
    await run(this.sql, Q.deletePhones(targets));
    await run(this.sql, Q.deleteEmails(targets));
    await run(this.sql, Q.blankConsentEvidence(targets));
    await run(this.sql, Q.deleteSensitiveConsents(targets));
    await run(this.sql, Q.deleteRelations(targets));
    await run(this.sql, Q.blankContacts(targets));
    const changed = await run(this.sql, Q.anonymize(targets));
    if (changed.length)
      await run(
        this.sql,
        Q.auditAnonymized(
          changed.map((r) => r.id),
          reason,
          jobId,
        ),
      );
    return changed.length;
  }
}
