import { Inject, Injectable } from '@nestjs/common';
import type { InferResult } from 'kysely';
import {
  Cursor,
  TenantDatabase,
  badInput,
  conflict,
  notFound,
  recordAudit,
  run,
  runOne,
  toConnection,
  type Connection,
  type Sql,
} from '@pcrm/tenancy';
import {
  checkSettingVersion,
  recordSettingChange,
  settingChanges,
  settingVersion,
  toChangeRecord,
} from '@pcrm/customization';
import { currentActor } from '../customers';
import { StandardUnit, TargetDirection, type Touchpoint } from './service-standards.enums';
import type { ServiceStandardInput, StandardMeasurementInput } from './service-standards.inputs';
import type {
  ServiceStandard,
  ServiceStandardSettings,
  StandardAttainment,
  StandardMeasurement,
} from './service-standards.model';
import { ServiceStandardQueries as Q, type StandardWrite } from './service-standards.sql';
import { checkedMonthRange, isUuid, monthStart, isConflictOn } from './service-standards-checks';

/** A tenant's standards are reference data: a few dozen, never more than this. */
export const SERVICE_STANDARD_LIMIT = 200;
const AREA = 'service_standards';

type StandardRow = InferResult<ReturnType<typeof Q.standards>>[number];

const toStandard = (r: StandardRow): ServiceStandard => ({
  id: r.id,
  touchpoint: r.touchpoint as Touchpoint | null,
  coreService: r.core_service,
  name: r.name,
  commitment: r.commitment,
  targetValue: r.target_value,
  unit: r.unit as StandardUnit,
  direction: r.direction as TargetDirection,
  departmentId: r.department_id,
  active: r.active,
  updatedAt: r.updated_at,
});

/** What the change history and the audit keep of a standard. */
const recorded = ({ updatedAt: _, ...standard }: ServiceStandard) => standard;

const nameTaken = (name: string) =>
  conflict(
    'name',
    `'${name}' 이행표준이 이미 있습니다.`,
    `A service standard named '${name}' already exists.`,
  );

/** Whether a measured value meets the standard's target. */
export const meetsTarget = (standard: Pick<ServiceStandard, 'targetValue' | 'direction'>, value: number) =>
  standard.direction === TargetDirection.AT_MOST
    ? value <= standard.targetValue
    : value >= standard.targetValue;

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Service standards (이행표준, issue 10 #6a) and their monitoring records: the standards are the tenant's
 * reference data, versioned in the `service_standards` setting area; each record counts checks against the
 * target, so attainment per standard, department and month is one sum (docs/adr/0031).
 */
@Injectable()
export class ServiceStandardsService {
  constructor(@Inject(TenantDatabase) private readonly db: TenantDatabase) {}

  private get sql(): Sql {
    return this.db.request();
  }

  async settings(): Promise<ServiceStandardSettings> {
    const sql = this.sql;
    const [version, rows, changes] = [
      await settingVersion(sql, AREA),
      await run(sql, Q.standards()),
      await settingChanges(sql, AREA, 20),
    ];
    return { version, standards: rows.map(toStandard), changes: changes.map(toChangeRecord) };
  }

  async create(input: ServiceStandardInput, expectedVersion: number): Promise<ServiceStandard> {
    const sql = this.sql;
    await checkSettingVersion(sql, AREA, expectedVersion);
    const { n } = await runOne(sql, Q.standardCount());
    if (n >= SERVICE_STANDARD_LIMIT)
      throw badInput(
        'name',
        `이행표준은 ${SERVICE_STANDARD_LIMIT}개까지 둘 수 있습니다.`,
        `A tenant may keep at most ${SERVICE_STANDARD_LIMIT} service standards.`,
      );
    const write = await this.checked(sql, input);
    const after = await this.write(sql, write, () => Q.insertStandard(write));
    await recordSettingChange(sql, AREA, expectedVersion, { before: null, after: recorded(after) });
    return after;
  }

  async update(id: string, input: ServiceStandardInput, expectedVersion: number): Promise<ServiceStandard> {
    const sql = this.sql;
    // Another tenant's or an unknown id is NOT_FOUND whatever version was sent.
    const before = await this.locked(sql, id);
    await checkSettingVersion(sql, AREA, expectedVersion);
    const write = await this.checked(sql, input);
    const after = await this.write(sql, write, () => Q.updateStandard(id, write));
    await recordSettingChange(sql, AREA, expectedVersion, {
      before: recorded(before),
      after: recorded(after),
    });
    return after;
  }

  async record(input: StandardMeasurementInput): Promise<StandardMeasurement> {
    const sql = this.sql;
    const standard = await this.locked(sql, input.standardId, 'standardId');
    if (!standard.active)
      throw badInput(
        'standardId',
        '사용하지 않는 이행표준에는 기록할 수 없습니다.',
        'An inactive service standard takes no records.',
      );
    const month = monthStart(input.month);
    if (month > monthStart(new Date().toISOString().slice(0, 7)))
      throw badInput(
        'month',
        '아직 오지 않은 달은 기록할 수 없습니다.',
        'A month in the future cannot be recorded.',
      );
    const metCount = input.metCount ?? null;
    const measuredValue = input.measuredValue ?? null;
    if ((metCount === null) === (measuredValue === null))
      throw badInput(
        'metCount',
        '충족 건수와 측정값 중 하나만 입력하세요.',
        'Give either metCount or measuredValue, not both or neither.',
      );
    if (metCount !== null && metCount > input.sampleSize)
      throw badInput(
        'metCount',
        '충족 건수는 표본 수보다 클 수 없습니다.',
        'metCount cannot exceed sampleSize.',
      );
    const [checks, checksMet] =
      metCount !== null ? [input.sampleSize, metCount] : [1, meetsTarget(standard, measuredValue!) ? 1 : 0];
    const row = await runOne(
      sql,
      Q.insertMeasurement({
        standardId: standard.id,
        departmentId: standard.departmentId,
        month,
        sampleSize: input.sampleSize,
        metCount,
        measuredValue,
        checks,
        checksMet,
        note: input.note?.trim() || null,
        recordedBy: currentActor(),
      }),
    );
    const measurement = toMeasurement(row);
    await recordAudit(sql, {
      action: 'create',
      entity: 'service_standard_measurement',
      entityId: measurement.id,
      after: { ...measurement, recordedAt: undefined },
    });
    return measurement;
  }

  async measurements(
    standardId: string,
    first: number,
    after?: string | null,
  ): Promise<Connection<StandardMeasurement>> {
    const sql = this.sql;
    let key: [string, string, string] | null = null;
    if (after) {
      const [month, at, id] = Cursor.decode(after, 3);
      if (
        typeof month !== 'string' ||
        !/^\d{4}-\d{2}-01$/.test(month) ||
        typeof at !== 'string' ||
        Number.isNaN(Date.parse(at)) ||
        !isUuid(id)
      )
        throw badInput(
          'after',
          '페이지 커서(after)가 올바르지 않습니다.',
          'The page cursor (after) is invalid.',
        );
      key = [month, at, id as string];
    }
    const rows = await run(sql, Q.measurements(standardId, key, first + 1));
    const { n } = await runOne(sql, Q.measurementCount(standardId));
    return toConnection(rows, first, n, toMeasurement, (r) => [r.month, r.recorded_key, r.id]);
  }

  /** Attainment per standard and month (%, one decimal). */
  async attainment(from: string, to: string): Promise<StandardAttainment[]> {
    const rows = await run(this.sql, Q.standardMonths(checkedMonthRange(from, to)));
    return rows.map((r) => ({
      standardId: r.standard_id,
      month: r.month.slice(0, 7),
      checks: r.checks,
      checksMet: r.checks_met,
      attainment: round1((100 * r.checks_met) / r.checks),
    }));
  }

  private async locked(sql: Sql, id: string, field = 'id'): Promise<ServiceStandard> {
    const [row] = await run(sql, Q.standardForUpdate(id));
    if (!row) {
      if (field === 'id') throw notFound('이행표준', 'Service standard');
      throw badInput(field, '이행표준을 찾을 수 없습니다.', 'The service standard does not exist.');
    }
    return toStandard(row);
  }

  private async checked(sql: Sql, input: ServiceStandardInput): Promise<StandardWrite> {
    const touchpoint = input.touchpoint ?? null;
    const coreService = input.coreService?.trim() || null;
    if ((touchpoint === null) === (coreService === null))
      throw badInput(
        'touchpoint',
        '고객 접점과 핵심 서비스 중 하나만 정하세요.',
        'Give either a touchpoint or a core service, not both or neither.',
      );
    if (input.unit === StandardUnit.PERCENT && input.targetValue > 100)
      throw badInput(
        'targetValue',
        '% 목표는 100 이하여야 합니다.',
        'A percentage target must be at most 100.',
      );
    const [department] = await run(sql, Q.activeDepartment(input.departmentId));
    if (!department)
      throw badInput(
        'departmentId',
        '책임 부서를 찾을 수 없습니다.',
        'The responsible department does not exist.',
      );
    if (!department.active && input.active)
      throw badInput(
        'departmentId',
        '비활성 부서는 사용 중인 이행표준의 책임 부서가 될 수 없습니다.',
        'An inactive department cannot be responsible for an active standard.',
      );
    return {
      touchpoint,
      coreService,
      name: input.name.trim(),
      commitment: input.commitment.trim(),
      targetValue: input.targetValue,
      unit: input.unit,
      direction: input.direction,
      departmentId: input.departmentId,
      active: input.active,
    };
  }

  private async write(
    sql: Sql,
    write: StandardWrite,
    statement: () => ReturnType<typeof Q.insertStandard> | ReturnType<typeof Q.updateStandard>,
  ): Promise<ServiceStandard> {
    try {
      return toStandard(await runOne(sql, statement()));
    } catch (error) {
      if (isConflictOn(error, 'name')) throw nameTaken(write.name);
      throw error;
    }
  }
}

type MeasurementRow = InferResult<ReturnType<typeof Q.insertMeasurement>>[number];

const toMeasurement = (r: MeasurementRow): StandardMeasurement => ({
  id: r.id,
  standardId: r.standard_id,
  departmentId: r.department_id,
  month: r.month.slice(0, 7),
  sampleSize: r.sample_size,
  metCount: r.met_count,
  measuredValue: r.measured_value,
  checks: r.checks,
  checksMet: r.checks_met,
  note: r.note,
  recordedBy: r.recorded_by,
  recordedAt: r.recorded_at,
});
