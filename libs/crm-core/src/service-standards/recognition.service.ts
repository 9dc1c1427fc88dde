import { Inject, Injectable } from '@nestjs/common';
import type { InferResult } from 'kysely';
import { TenantDatabase, badInput, conflict, recordAudit, run, runOne, type Sql } from '@pcrm/tenancy';
import { currentActor } from '../customers';
import {
  RecognitionKind,
  halfOf,
  periodMonths,
  periodOf,
  type SurveyPeriod,
} from './service-standards.enums';
import type { RecognitionAwardInput } from './service-standards.inputs';
import type { RecognitionAward, RecognitionRank } from './service-standards.model';
import { ServiceStandardMeasures as M, ServiceStandardQueries as Q } from './service-standards.sql';
import { isConflictOn } from './service-standards-checks';

type AwardRow = InferResult<ReturnType<typeof Q.insertAward>>[number];
type FigureRow = InferResult<ReturnType<typeof M.phoneCourtesy>>[number];

const round1 = (n: number) => Math.round(n * 10) / 10;

const toAward = (r: AwardRow): RecognitionAward => ({
  id: r.id,
  departmentId: r.department_id,
  year: r.year,
  period: periodOf(r.half),
  kind: r.kind as RecognitionKind,
  note: r.note,
  awardedBy: r.awarded_by,
  awardedAt: r.awarded_at,
});

/** Σ numerator / Σ denominator per department over the period's rows. */
function perDepartment(rows: FigureRow[], scale = 1): Map<string, number> {
  const sums = new Map<string, [number, number]>();
  for (const r of rows) {
    const [n, d] = sums.get(r.department_id) ?? [0, 0];
    sums.set(r.department_id, [n + r.numerator, d + r.denominator]);
  }
  return new Map([...sums].map(([id, [n, d]]) => [id, (scale * n) / d]));
}

/**
 * Ranks departments by their results over a period and holds the tenant's recognition records (포상 대상 지정).
 * The combined score is the plain mean of the components a department has (CSI index, phone courtesy, standards
 * attainment %, each on 100 points); a department with none is not ranked (docs/adr/0031).
 */
export function rankDepartments(
  csi: Map<string, number>,
  courtesy: Map<string, number>,
  attainment: Map<string, number>,
): RecognitionRank[] {
  const ids = [...new Set([...csi.keys(), ...courtesy.keys(), ...attainment.keys()])];
  const scored = ids.map((departmentId) => {
    const parts = [csi.get(departmentId), courtesy.get(departmentId), attainment.get(departmentId)];
    const present = parts.filter((p): p is number => p !== undefined);
    return {
      departmentId,
      csiIndex: parts[0] === undefined ? null : round1(parts[0]),
      courtesy: parts[1] === undefined ? null : round1(parts[1]),
      attainment: parts[2] === undefined ? null : round1(parts[2]),
      combined: round1(present.reduce((a, b) => a + b, 0) / present.length),
    };
  });
  scored.sort((a, b) => b.combined - a.combined || a.departmentId.localeCompare(b.departmentId));
  // Competition ranking: equal scores share a rank, the next rank skips (1, 2, 2, 4).
  return scored.map((s) => ({ ...s, rank: 1 + scored.filter((o) => o.combined > s.combined).length }));
}

@Injectable()
export class RecognitionService {
  constructor(@Inject(TenantDatabase) private readonly db: TenantDatabase) {}

  private get sql(): Sql {
    return this.db.request();
  }

  async ranking(year: number, period: SurveyPeriod): Promise<RecognitionRank[]> {
    const sql = this.sql;
    const range = periodMonths(year, period);
    const [csi, courtesy, attainment] = [
      await run(sql, M.csiIndex(range)),
      await run(sql, M.phoneCourtesy(range)),
      await run(sql, M.standardAttainment(range)),
    ];
    return rankDepartments(perDepartment(csi), perDepartment(courtesy), perDepartment(attainment, 100));
  }

  async awards(year: number, period: SurveyPeriod): Promise<RecognitionAward[]> {
    return (await run(this.sql, Q.awards(year, halfOf(period)))).map(toAward);
  }

  async award(input: RecognitionAwardInput): Promise<RecognitionAward> {
    const sql = this.sql;
    const [department] = await run(sql, Q.activeDepartment(input.departmentId));
    if (!department)
      throw badInput('departmentId', '부서를 찾을 수 없습니다.', 'The department does not exist.');
    let award: RecognitionAward;
    try {
      award = toAward(
        await runOne(
          sql,
          Q.insertAward({
            departmentId: input.departmentId,
            year: input.year,
            half: halfOf(input.period),
            kind: input.kind,
            note: input.note?.trim() || null,
            awardedBy: currentActor(),
          }),
        ),
      );
    } catch (error) {
      if (isConflictOn(error, 'kind'))
        throw conflict(
          'kind',
          '이 부서는 이 기간에 같은 포상에 이미 지정되었습니다.',
          'The department already holds this recognition for the period.',
        );
      throw error;
    }
    await recordAudit(sql, {
      action: 'create',
      entity: 'recognition_award',
      entityId: award.id,
      after: { ...award, awardedAt: undefined },
    });
    return award;
  }
}
