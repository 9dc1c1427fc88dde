import { Inject, Injectable } from '@nestjs/common';
import { TenantDatabase, badInput, conflict, run, type Sql } from '@pcrm/tenancy';
import {
  checkSettingVersion,
  recordSettingChange,
  settingChanges,
  settingVersion,
  toChangeRecord,
} from '@pcrm/customization';
import { HandlingClass, VocKind } from '../petitions';
import { checkedMonthRange } from '../service-standards';
import { ApprovalLevel, ApprovalSubject } from './approval-matrix.enums';
import type { SetApprovalMatrixArgs } from './approval-matrix.inputs';
import type { ApprovalLevelShare, ApprovalMatrix, ApprovalMatrixRule } from './approval-matrix.model';
import { ApprovalMatrixQueries as Q, type RuleWrite, type TitleWrite } from './approval-matrix.sql';

const AREA = 'approval_matrix';

/** The types a rule may name: a petition's kind or handling class, a task's kind. */
export const APPROVAL_SUBJECT_TYPES: Record<ApprovalSubject, readonly string[]> = {
  [ApprovalSubject.PETITION]: [...Object.values(VocKind), ...Object.values(HandlingClass)],
  [ApprovalSubject.TASK]: ['SHORT_TERM', 'LONG_TERM'],
};

/** Conditions compare as uniqueness compares them: lower case, without white space. */
const conditionKey = (condition: string) => condition.toLowerCase().replace(/\s/g, '');

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The delegated-approval matrix (위임전결, Paju; issue 10 #6a): which level signs each petition or task type,
 * the job titles that stand for each level, and the share of decisions made at each level per month
 * (docs/adr/0031). Reference data in the `approval_matrix` setting area: a save replaces the matrix whole.
 */
@Injectable()
export class ApprovalMatrixService {
  constructor(@Inject(TenantDatabase) private readonly db: TenantDatabase) {}

  private get sql(): Sql {
    return this.db.request();
  }

  async matrix(): Promise<ApprovalMatrix> {
    const sql = this.sql;
    const [version, current, changes] = [
      await settingVersion(sql, AREA),
      await this.current(sql),
      await settingChanges(sql, AREA, 20),
    ];
    return { version, ...current, changes: changes.map(toChangeRecord) };
  }

  async set(args: SetApprovalMatrixArgs): Promise<ApprovalMatrix> {
    const sql = this.sql;
    await checkSettingVersion(sql, AREA, args.expectedVersion);
    const rules = checkedRules(args.rules);
    const titles = checkedTitles(args.titles);
    const before = await this.current(sql);
    await run(sql, Q.deleteRules());
    await run(sql, Q.deleteTitles());
    if (rules.length) await run(sql, Q.insertRules(rules));
    if (titles.length) await run(sql, Q.insertTitles(titles));
    const after = await this.current(sql);
    await recordSettingChange(sql, AREA, args.expectedVersion, { before, after });
    return this.matrix();
  }

  async levelShares(
    from: string,
    to: string,
    subjectKind: ApprovalSubject | null,
  ): Promise<ApprovalLevelShare[]> {
    const range = checkedMonthRange(from, to);
    const rows = await run(this.sql, Q.levelShares({ ...range, subjectKind }));
    return rows.map((r) => ({ ...r, share: round1((100 * r.decisions) / r.total) }));
  }

  private async current(sql: Sql): Promise<Pick<ApprovalMatrix, 'rules' | 'titles'>> {
    const [rules, titles] = [await run(sql, Q.rules()), await run(sql, Q.titles())];
    return {
      rules: rules.map((r) => ({
        subjectKind: r.subject_kind as ApprovalSubject,
        subjectType: r.subject_type,
        condition: r.condition,
        level: r.level as ApprovalLevel,
      })),
      titles: titles.map((t) => ({ title: t.title, level: t.level as ApprovalLevel })),
    };
  }
}

/** Refuses unknown types and a second rule for one (kind, type, condition): duplicate or conflicting. */
export function checkedRules(rules: readonly ApprovalMatrixRule[]): RuleWrite[] {
  const seen = new Map<string, ApprovalMatrixRule>();
  return rules.map((rule, i) => {
    if (!APPROVAL_SUBJECT_TYPES[rule.subjectKind].includes(rule.subjectType))
      throw badInput(
        `rules.${i}.subjectType`,
        `${rule.subjectKind === ApprovalSubject.TASK ? '과업' : '민원'} 유형에 없는 코드입니다: ${rule.subjectType}`,
        `${rule.subjectType} is not a ${rule.subjectKind.toLowerCase()} type.`,
      );
    const condition = rule.condition.trim();
    const key = `${rule.subjectKind}/${rule.subjectType}/${conditionKey(condition)}`;
    const earlier = seen.get(key);
    if (earlier)
      throw conflict(
        `rules.${i}.condition`,
        earlier.level === rule.level
          ? '같은 유형·조건의 규칙이 이미 있습니다 (중복).'
          : `같은 유형·조건에 다른 결재 단계(${earlier.level})가 이미 정해져 있습니다 (충돌).`,
        earlier.level === rule.level
          ? 'A rule for the same type and condition is already listed (duplicate).'
          : `The same type and condition already goes to ${earlier.level} (conflict).`,
      );
    seen.set(key, rule);
    return { subjectKind: rule.subjectKind, subjectType: rule.subjectType, condition, level: rule.level };
  });
}

export function checkedTitles(titles: readonly { title: string; level: ApprovalLevel }[]): TitleWrite[] {
  const seen = new Set<string>();
  return titles.map((t, i) => {
    const title = t.title.trim();
    if (seen.has(title))
      throw conflict(
        `titles.${i}.title`,
        `직위가 두 번 있습니다: ${title}`,
        `Title ${title} is listed twice.`,
      );
    seen.add(title);
    return { title, level: t.level };
  });
}
