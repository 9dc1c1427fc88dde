import { Inject, Injectable } from '@nestjs/common';
import { TenantDatabase, badInput, run, runOne, type Sql } from '@pcrm/tenancy';
import { STANDARD_PETITION_WORKFLOW } from './standard-workflow';
import { VocDeadlines } from './voc-deadlines';
import { PeriodUnit, VocKind } from './voc.enums';
import { seedRoutingRules } from './routing-seed';
import { VocQueries as Q, type CategoryRow, type PeriodRow } from './voc.sql';
import type { VocCategory, VocDeadline, VocPeriod } from './voc.model';

const toCategory = (r: CategoryRow): VocCategory => ({
  code: r.code,
  nameKo: r.name_ko,
  nameEn: r.name_en,
  parentCode: r.parent_code,
  keywords: r.keywords,
  sortOrder: r.sort_order,
  active: r.active,
});

const toPeriod = (r: PeriodRow): VocPeriod => ({
  kind: r.kind as VocKind,
  categoryCode: r.category_code,
  variant: r.variant,
  value: r.period_value,
  unit: r.period_unit as PeriodUnit,
  labelKo: r.label_ko,
  basis: r.basis,
});

/** The variants a kind's periods are told apart by (질의 has two by law; the others none). */
const VARIANTS: Partial<Record<VocKind, readonly string[]>> = {
  [VocKind.INQUIRY]: ['PROCEDURE', 'LEGAL_INTERPRETATION'],
};

/**
 * The tenant's petition reference data (categories, statutory periods, settings, workflow versions,
 * routing rules) and what intake derives from it: the period of a case, its deadlines and its department.
 */
@Injectable()
export class VocReferenceService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(VocDeadlines) private readonly deadlines: VocDeadlines,
  ) {}

  private get sql(): Sql {
    return this.db.request();
  }

  async categories(): Promise<VocCategory[]> {
    return (await run(this.sql, Q.categories())).map(toCategory);
  }

  async periods(): Promise<VocPeriod[]> {
    return (await run(this.sql, Q.periods())).map(toPeriod);
  }

  /** An active category of the tenant, or BAD_USER_INPUT on `field`. */
  async activeCategory(code: string, field: string): Promise<VocCategory> {
    const [row] = /^[A-Z][A-Z0-9_]{0,39}$/.test(code) ? await run(this.sql, Q.category(code)) : [];
    if (!row || !row.active)
      throw badInput(
        field,
        `분류 '${code.slice(0, 40)}'은(는) 이 시·도의 사용 중인 민원 분류가 아닙니다.`,
        `'${code.slice(0, 40)}' is not an active petition category of this tenant.`,
      );
    return toCategory(row);
  }

  /** The statutory period of a kind (and variant) for a category: the category's own, else the kind's '*'. */
  async period(kind: VocKind, variant: string | null | undefined, categoryCode: string, field: string) {
    const variants = VARIANTS[kind] ?? [];
    const chosen = variant?.trim() || '';
    if (variants.length && !chosen)
      throw badInput(
        field,
        `이 민원 종류는 처리기간 구분(${variants.join(', ')})을 골라야 합니다.`,
        `This kind needs a period variant (${variants.join(', ')}).`,
      );
    if (chosen && !variants.includes(chosen))
      throw badInput(
        field,
        `처리기간 구분 '${chosen.slice(0, 40)}'은(는) 이 민원 종류에 없습니다.`,
        `Period variant '${chosen.slice(0, 40)}' does not exist for this kind.`,
      );
    const [row] = await run(this.sql, Q.period(kind, categoryCode, chosen));
    if (!row)
      throw badInput(
        field,
        '이 민원 종류의 법정 처리기간이 기준정보에 없습니다. 시·도 관리자에게 문의해 주세요.',
        'The reference data has no statutory period for this kind.',
      );
    return toPeriod(row);
  }

  /** The statutory and target due dates of a case received at `receivedAt` under `period`. */
  async deadline(receivedAt: Date, period: VocPeriod): Promise<VocDeadline> {
    const { share } = await runOne(this.sql, Q.targetShare());
    const statutory = { value: period.value, unit: period.unit };
    const due = await this.deadlines.dueAt(receivedAt, statutory);
    const target = await this.deadlines.targetDueAt(receivedAt, statutory, Number(share));
    return { dueAt: due.dueAt, targetDueAt: target.dueAt, countedIn: due.countedIn, period };
  }

  /** The workflow version a new case starts on; version 1 (the standard) is created on first use. */
  async currentWorkflowVersion(): Promise<{ key: string; version: number }> {
    const { key, standardVersion } = STANDARD_PETITION_WORKFLOW;
    await run(this.sql, Q.ensureWorkflow(key, standardVersion, STANDARD_PETITION_WORKFLOW));
    const { version } = await runOne(this.sql, Q.currentWorkflowVersion(key));
    return { key, version };
  }

  /**
   * The department a new case goes to, or null. The first intake after the tenant has departments seeds
   * its routing rules from the category keywords (once: later changes are the tenant's).
   */
  async route(categoryCode: string, text: string): Promise<{ departmentId: string; ruleId: string } | null> {
    if ((await run(this.sql, Q.claimRoutingSeed())).length) {
      const categories = await run(this.sql, Q.categories());
      const departments = await run(this.sql, Q.activeDepartments());
      const rules = seedRoutingRules(
        categories.filter((c) => c.active),
        departments,
      );
      if (rules.length) await run(this.sql, Q.insertRules(rules));
    }
    const [hit] = await run(this.sql, Q.route(categoryCode, text));
    return hit ? { departmentId: hit.department_id, ruleId: hit.id } : null;
  }
}
