import { Inject, Injectable } from '@nestjs/common';
import type { InferResult } from 'kysely';
import {
  Cursor,
  TenantDatabase,
  badInput,
  conflict,
  recordAudit,
  run,
  runOne,
  toConnection,
  type Connection,
  type Sql,
} from '@pcrm/tenancy';
import { currentActor } from '../customers';
import { CURRENT_CSI_DESIGN, csiIndex } from './csi-design';
import { halfOf, periodOf } from './service-standards.enums';
import type { CourtesyCheckInput, CsiRoundInput } from './service-standards.inputs';
import type {
  CourtesyCheck,
  CsiItemResult,
  CsiRound,
  DepartmentMonthFigure,
} from './service-standards.model';
import {
  ServiceStandardMeasures,
  ServiceStandardQueries as Q,
  type MonthRange,
} from './service-standards.sql';
import { checkedMonthRange, isUuid, isConflictOn } from './service-standards-checks';

type CsiRow = InferResult<ReturnType<typeof Q.csiRounds>>[number];
type CourtesyRow = InferResult<ReturnType<typeof Q.insertCourtesy>>[number];
type FigureRow = InferResult<ReturnType<typeof ServiceStandardMeasures.phoneCourtesy>>[number];

const round1 = (n: number) => Math.round(n * 10) / 10;
const today = () => new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10); // KST

const badCursor = () =>
  badInput('after', '페이지 커서(after)가 올바르지 않습니다.', 'The page cursor (after) is invalid.');
const departmentMissing = () =>
  badInput('departmentId', '부서를 찾을 수 없습니다.', 'The department does not exist.');

const isDay = (value: string) => {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
};

const toCsiRound = (r: CsiRow, items: CsiItemResult[]): CsiRound => ({
  id: r.id,
  departmentId: r.department_id,
  year: r.year,
  period: periodOf(r.half),
  designVersion: r.design_version,
  surveyedOn: r.surveyed_on,
  respondents: r.respondents,
  csiIndex: r.csi_index,
  previousIndex: r.previous_index,
  previousYear: r.previous_year,
  change: r.previous_index === null ? null : round1(r.csi_index - r.previous_index),
  items,
  note: r.note,
  recordedBy: r.recorded_by,
  recordedAt: r.recorded_at,
});

const toCourtesy = (r: CourtesyRow): CourtesyCheck => ({
  id: r.id,
  departmentId: r.department_id,
  checkedOn: r.checked_on,
  callsChecked: r.calls_checked,
  greeting: r.greeting,
  promptness: r.promptness,
  kindness: r.kindness,
  accuracy: r.accuracy,
  closing: r.closing,
  total: r.total,
  note: r.note,
  recordedBy: r.recorded_by,
  recordedAt: r.recorded_at,
});

/** A measure's rows as figures; `scale` turns a share into a percentage. */
export const toFigures = (rows: FigureRow[], scale = 1): DepartmentMonthFigure[] =>
  rows.map((r) => ({
    departmentId: r.department_id,
    month: r.month.slice(0, 7),
    numerator: r.numerator,
    denominator: r.denominator,
    value: round1((scale * r.numerator) / r.denominator),
  }));

/**
 * The periodic customer-satisfaction (CSI) rounds per department on the platform's fixed questionnaire, and the
 * phone-courtesy (전화친절도) monitoring results (issue 10 #6a, docs/adr/0031).
 */
@Injectable()
export class ServiceSurveysService {
  constructor(@Inject(TenantDatabase) private readonly db: TenantDatabase) {}

  private get sql(): Sql {
    return this.db.request();
  }

  async recordCsiRound(input: CsiRoundInput): Promise<CsiRound> {
    const sql = this.sql;
    const design = CURRENT_CSI_DESIGN;
    await this.ensureDepartment(sql, input.departmentId);
    if (!isDay(input.surveyedOn) || Number(input.surveyedOn.slice(0, 4)) !== input.year)
      throw badInput(
        'surveyedOn',
        '조사 완료일은 조사 연도 안의 올바른 날짜여야 합니다.',
        'surveyedOn must be a valid date within the survey year.',
      );
    if (input.surveyedOn > today())
      throw badInput(
        'surveyedOn',
        '조사 완료일이 오늘 이후일 수 없습니다.',
        'surveyedOn cannot be in the future.',
      );
    const seen = new Set<string>();
    input.items.forEach((item, i) => {
      if (!design.items.some((d) => d.code === item.code))
        throw badInput(
          `items.${i}.code`,
          `설문 설계 ${design.version}판에 없는 문항입니다: ${item.code}`,
          `Item ${item.code} is not in questionnaire design ${design.version}.`,
        );
      if (seen.has(item.code))
        throw badInput(
          `items.${i}.code`,
          `문항이 두 번 있습니다: ${item.code}`,
          `Item ${item.code} is given twice.`,
        );
      seen.add(item.code);
      if (item.mean < 1 || item.mean > design.scale)
        throw badInput(
          `items.${i}.mean`,
          `평균은 1~${design.scale} 사이여야 합니다 (${design.scale}점 척도).`,
          `mean must be between 1 and ${design.scale} (a ${design.scale}-point scale).`,
        );
      if (item.respondents > input.respondents)
        throw badInput(
          `items.${i}.respondents`,
          '문항 응답자 수는 조사 응답자 수보다 클 수 없습니다.',
          "An item's respondents cannot exceed the round's respondents.",
        );
    });
    const missing = design.items.find((d) => !seen.has(d.code));
    if (missing)
      throw badInput(
        'items',
        `설문 설계의 모든 문항이 필요합니다. 빠진 문항: ${missing.ko} (${missing.code})`,
        `Every item of the design is needed; missing: ${missing.en} (${missing.code}).`,
      );
    const index = csiIndex(design, new Map(input.items.map((i) => [i.code, i.mean])));
    let round;
    try {
      round = await runOne(
        sql,
        Q.insertCsiRound({
          departmentId: input.departmentId,
          year: input.year,
          half: halfOf(input.period),
          designVersion: design.version,
          surveyedOn: input.surveyedOn,
          respondents: input.respondents,
          csiIndex: index,
          note: input.note?.trim() || null,
          recordedBy: currentActor(),
        }),
      );
    } catch (error) {
      if (isConflictOn(error, 'period'))
        throw conflict(
          'period',
          '이 부서의 같은 기간 CSI 조사 결과가 이미 있습니다.',
          "The department's CSI round for this period is already recorded.",
        );
      throw error;
    }
    await run(sql, Q.insertCsiItems(round.id, input.items));
    await recordAudit(sql, {
      action: 'create',
      entity: 'csi_round',
      entityId: round.id,
      after: { ...input, designVersion: design.version, csiIndex: index },
    });
    const compared = await runOne(sql, Q.csiRound(input.departmentId, round.id));
    return toCsiRound(
      compared,
      input.items
        .map((i) => ({ code: i.code, mean: i.mean, respondents: i.respondents }))
        .sort((a, b) => a.code.localeCompare(b.code)),
    );
  }

  async csiRounds(
    departmentId: string | null,
    first: number,
    after?: string | null,
  ): Promise<Connection<CsiRound>> {
    const sql = this.sql;
    let key: [number, number, string] | null = null;
    if (after) {
      const [year, half, id] = Cursor.decode(after, 3);
      if (!Number.isInteger(year) || !Number.isInteger(half) || !isUuid(id)) throw badCursor();
      key = [year as number, half as number, id as string];
    }
    const rows = await this.rounds(sql, departmentId, key, first + 1);
    const { n } = await runOne(sql, Q.csiRoundCount(departmentId));
    return toConnection(
      rows,
      first,
      n,
      (r) => r,
      (r) => [r.year, halfOf(r.period), r.id],
    );
  }

  private async rounds(
    sql: Sql,
    departmentId: string | null,
    after: [number, number, string] | null,
    limit: number,
  ): Promise<CsiRound[]> {
    const rows = await run(sql, Q.csiRounds(departmentId, after, limit));
    const items = rows.length ? await run(sql, Q.csiItems(rows.map((r) => r.id))) : [];
    return rows.map((r) =>
      toCsiRound(
        r,
        items
          .filter((i) => i.round_id === r.id)
          .map((i) => ({ code: i.item_code, mean: i.mean, respondents: i.respondents })),
      ),
    );
  }

  async recordCourtesy(input: CourtesyCheckInput): Promise<CourtesyCheck> {
    const sql = this.sql;
    await this.ensureDepartment(sql, input.departmentId);
    if (!isDay(input.checkedOn))
      throw badInput('checkedOn', '점검일이 올바른 날짜가 아닙니다.', 'checkedOn is not a valid date.');
    if (input.checkedOn > today())
      throw badInput('checkedOn', '점검일이 오늘 이후일 수 없습니다.', 'checkedOn cannot be in the future.');
    const check = toCourtesy(
      await runOne(
        sql,
        Q.insertCourtesy({ ...input, note: input.note?.trim() || null, recordedBy: currentActor() }),
      ),
    );
    await recordAudit(sql, {
      action: 'create',
      entity: 'phone_courtesy_check',
      entityId: check.id,
      after: { ...check, recordedAt: undefined },
    });
    return check;
  }

  async courtesyChecks(
    departmentId: string | null,
    first: number,
    after?: string | null,
  ): Promise<Connection<CourtesyCheck>> {
    const sql = this.sql;
    let key: [string, string] | null = null;
    if (after) {
      const [day, id] = Cursor.decode(after, 2);
      if (typeof day !== 'string' || !isDay(day) || !isUuid(id)) throw badCursor();
      key = [day, id as string];
    }
    const rows = await run(sql, Q.courtesyChecks(departmentId, key, first + 1));
    const { n } = await runOne(sql, Q.courtesyCount(departmentId));
    return toConnection(rows, first, n, toCourtesy, (r) => [r.checked_on, r.id]);
  }

  /** The monthly figures of one measure per department (courtesy: calls-weighted average; CSI: respondents-weighted). */
  async monthly(
    measure: 'phoneCourtesy' | 'csiIndex' | 'standardAttainment',
    from: string,
    to: string,
  ): Promise<DepartmentMonthFigure[]> {
    const range: MonthRange = checkedMonthRange(from, to);
    const rows = await run(this.sql, ServiceStandardMeasures[measure](range));
    return toFigures(rows, measure === 'standardAttainment' ? 100 : 1).sort(
      (a, b) => a.month.localeCompare(b.month) || a.departmentId.localeCompare(b.departmentId),
    );
  }

  private async ensureDepartment(sql: Sql, id: string): Promise<void> {
    const [department] = await run(sql, Q.activeDepartment(id));
    if (!department) throw departmentMissing();
  }
}
