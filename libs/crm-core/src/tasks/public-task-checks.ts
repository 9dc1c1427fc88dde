import { Injectable } from '@nestjs/common';
import type { Sql } from '@pcrm/tenancy';

/** Throws an AppError when the task, as just written, may not stay public. */
export type PublicTaskCheck = (sql: Sql, taskId: string) => Promise<void>;

/**
 * What a public task must keep passing after every change (docs/adr/0029): task disclosure registers its
 * personal-data check here (it depends on tasks, not the other way round) and the task service runs the checks
 * in the writing transaction, after the write — so an edit, a plan, a new linked resident or a closing reason
 * that would put personal data on the public page is refused and leaves nothing changed.
 */
@Injectable()
export class PublicTaskChecks {
  readonly #checks: PublicTaskCheck[] = [];

  register(check: PublicTaskCheck): void {
    this.#checks.push(check);
  }

  async run(sql: Sql, taskId: string): Promise<void> {
    for (const check of this.#checks) await check(sql, taskId);
  }
}
