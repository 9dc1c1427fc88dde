import { Inject, Injectable } from '@nestjs/common';
import { TenantDatabase, badInput, notFound, recordAudit, run, runOne, type Sql } from '@pcrm/tenancy';
import { checkText, requiredText } from '../customers';
import type { SaveVocCategoryInput, UpdateVocPeriodInput } from './voc.inputs';
import { STANDARD_PETITION_WORKFLOW } from './standard-workflow';
import { VocDeadlines } from './voc-deadlines';
import { startingWorkflowVersion } from './workflow-start';
import { PeriodUnit, VocKind } from './voc.enums';
import { seedRoutingRules } from './routing-seed';
import { VocQueries as Q, type CategoryRow, type PeriodRow } from './voc.sql';
import type { VocCategory, VocDeadline, VocPeriod } from './voc.model';

/** The text routing keywords are looked for in: the title and the body of the case. */
export const routingText = (title: string, body: string): string => `${title}\n${body}`;

/** Where the routing rules send a case: the department, the rule, and the keyword that matched (if any). */
export interface VocRoute {
  departmentId: string;
  ruleId: string;
  matchedKeyword: string | null;
}

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

const CATEGORY_CODE = /^[A-Z][A-Z0-9_]{0,39}$/;

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

  /** Creates or changes a category (names, parent, routing keywords, active); audited. */
  async saveCategory(input: SaveVocCategoryInput): Promise<VocCategory> {
    const code = input.code.trim();
    if (!CATEGORY_CODE.test(code))
      throw badInput(
        'code',
        '분류 코드는 영문 대문자로 시작하는 대문자·숫자·_ 1~40자여야 합니다 (예: NIGHT_NOISE).',
        'code must be 1 to 40 upper-case letters, digits or _, starting with a letter (e.g. NIGHT_NOISE).',
      );
    const nameKo = requiredText(input.nameKo, 'nameKo', '분류 이름', 100);
    const nameEn = requiredText(input.nameEn, 'nameEn', '영문 이름', 100);
    const keywords = [
      ...new Set((input.keywords ?? []).map((k, i) => requiredText(k, `keywords.${i}`, '핵심어', 40))),
    ];
    const parentCode = checkText(input.parentCode, 'parentCode', '상위 분류', 40);
    if (parentCode !== null) {
      const [parent] = CATEGORY_CODE.test(parentCode) ? await run(this.sql, Q.category(parentCode)) : [];
      if (!parent || !parent.active || parent.code === code || parent.parent_code === code)
        throw badInput(
          'parentCode',
          '상위 분류는 이 분류가 아닌, 사용 중인 다른 분류여야 합니다.',
          'parentCode must be another active category (not this one or its child).',
        );
    }
    const [before] = await run(this.sql, Q.category(code));
    if (before?.active && !input.active && (await run(this.sql, Q.activeChildren(code))).length)
      throw badInput(
        'active',
        '사용 중인 하위 분류가 있는 분류는 끌 수 없습니다. 하위 분류를 먼저 끄세요.',
        'A category with active sub-categories cannot be deactivated; deactivate them first.',
      );
    const after = toCategory(
      await runOne(
        this.sql,
        Q.saveCategory({ code, nameKo, nameEn, parentCode, keywords, active: input.active }),
      ),
    );
    await recordAudit(this.sql, {
      action: before ? 'update' : 'create',
      entity: 'voc_category',
      entityId: code,
      before: before ? toCategory(before) : undefined,
      after,
    });
    return after;
  }

  /** Changes a statutory period of the tenant's reference data; audited. Cases keep the period they began with. */
  async updatePeriod(input: UpdateVocPeriodInput): Promise<VocPeriod> {
    const [before] = await run(this.sql, Q.periodRow(input.kind, input.categoryCode, input.variant));
    if (!before) throw notFound('법정 처리기간', 'Statutory period');
    const after = toPeriod(
      await runOne(
        this.sql,
        Q.updatePeriod(input.kind, input.categoryCode, input.variant, input.value, input.unit),
      ),
    );
    await recordAudit(this.sql, {
      action: 'update',
      entity: 'voc_period',
      entityId: `${input.kind}:${input.categoryCode}:${input.variant}`,
      before: toPeriod(before),
      after,
    });
    return after;
  }

  /** An active category of the tenant, or BAD_USER_INPUT on `field`. */
  async activeCategory(code: string, field: string): Promise<VocCategory> {
    const [row] = CATEGORY_CODE.test(code) ? await run(this.sql, Q.category(code)) : [];
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
    const version = await startingWorkflowVersion(this.sql, STANDARD_PETITION_WORKFLOW);
    return { key: STANDARD_PETITION_WORKFLOW.key, version };
  }

  /**
   * The department a new case goes to, or null. The first intake (or rule change) after the tenant has
   * departments seeds its routing rules from the categories (once: later changes are the tenant's).
   */
  async route(categoryCode: string, text: string): Promise<VocRoute | null> {
    await this.ensureRoutingSeed();
    return this.matchRoute(categoryCode, text);
  }

  /** Writes the tenant's starting routing rules unless they were written before (needs a writable transaction). */
  async ensureRoutingSeed(): Promise<void> {
    if (!(await run(this.sql, Q.claimRoutingSeed())).length) return;
    const categories = await run(this.sql, Q.categories());
    const departments = await run(this.sql, Q.activeDepartments());
    const rules = seedRoutingRules(
      categories.filter((c) => c.active),
      departments,
    );
    if (rules.length) await run(this.sql, Q.insertRules(rules));
  }

  /** The rule the tenant's routing rules pick for a case as they stand (read only: intake and preview). */
  async matchRoute(categoryCode: string, text: string): Promise<VocRoute | null> {
    const [hit] = await run(this.sql, Q.route(categoryCode, text));
    return hit
      ? { departmentId: hit.department_id, ruleId: hit.id, matchedKeyword: hit.matched_keyword }
      : null;
  }
}
