import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import {
  RequestContexts,
  TenantDatabase,
  badInput,
  conflict,
  notFound,
  recordAudit,
  run,
  runOne,
  type Sql,
} from '@pcrm/tenancy';
import { CustomFieldValuesValidator } from '@pcrm/customization';
import { DEPARTMENT_ENTITY } from './department.entity';
import { DepartmentQueries as Q, type DepartmentWrite } from './department.sql';
import { toDepartment, type Department } from './department.model';
import type { CreateDepartmentInput, UpdateDepartmentInput } from './department.inputs';

const parentMissing = () =>
  badInput('parentId', '상위 부서를 찾을 수 없습니다.', 'The parent department does not exist.');
const parentInactive = () =>
  badInput(
    'parentId',
    '비활성 부서 아래에는 부서를 두거나 옮길 수 없습니다.',
    'A department cannot be placed under an inactive department.',
  );
const codeTaken = (code: string) =>
  conflict(
    'code',
    `부서 코드 '${code}'은(는) 이미 쓰이고 있습니다.`,
    `Department code '${code}' is already in use.`,
  );
const nameTaken = (name: string) =>
  conflict(
    'name',
    `같은 상위 부서 아래에 '${name}' 부서가 이미 있습니다.`,
    `A department named '${name}' already exists under the same parent.`,
  );

/** The unique indexes behind the service's checks: a write that races past a check still gets its CONFLICT. */
const UNIQUE_CONSTRAINTS: Record<string, (d: DepartmentWrite) => Error> = {
  departments_tenant_id_code_key: (d) => codeTaken(d.code),
  departments_sibling_name_key: (d) => nameTaken(d.name),
};

const violatedConstraint = (error: unknown): string | undefined => {
  const driver = (error as { driverError?: { code?: string; constraint?: string } }).driverError ?? error;
  const { code, constraint } = driver as { code?: string; constraint?: string };
  return code === '23505' ? constraint : undefined;
};

/** The audit keeps a department as it was before custom fields; their values may be personal data. */
const withoutCustomValues = ({ customFields, ...rest }: Department) => ({
  ...rest,
  customFieldKeys: Object.keys(customFields),
});

@Injectable()
export class DepartmentService {
  constructor(
    @Inject(TenantDatabase) private readonly db: TenantDatabase,
    @Inject(CustomFieldValuesValidator) private readonly customValues: CustomFieldValuesValidator,
  ) {}

  /** The department's custom values after `patch` (null `previous` on create); undefined when none were sent. */
  private async customFields(
    patch: Record<string, unknown> | null | undefined,
    previous: Record<string, unknown> | null,
  ): Promise<Record<string, unknown> | undefined> {
    if (previous !== null && patch == null) return undefined;
    const { roles } = RequestContexts.require().principal;
    return this.customValues.validate(DEPARTMENT_ENTITY.id, patch, previous, { roles });
  }

  private get sql(): Sql {
    return this.db.request();
  }

  async list(): Promise<Department[]> {
    return (await run(this.sql, Q.list())).map(toDepartment);
  }

  /** Departments by id, batched per request (staff lists resolve many at once). */
  byId(id: string): Promise<Department | null> {
    return RequestContexts.memo('departments.byId', () => {
      return new DataLoader<string, Department | null>(async (ids) => {
        const found = new Map((await run(this.sql, Q.byIds(ids))).map((r) => [r.id, toDepartment(r)]));
        return ids.map((id) => found.get(id) ?? null);
      });
    }).load(id);
  }

  staffCount(id: string): Promise<number> {
    return RequestContexts.memo('departments.staffCount', () => {
      return new DataLoader<string, number>(async (ids) => {
        const counts = new Map((await run(this.sql, Q.staffCounts(ids))).map((r) => [r.department_id, r.n]));
        return ids.map((id) => counts.get(id) ?? 0);
      });
    }).load(id);
  }

  async create(input: CreateDepartmentInput): Promise<Department> {
    const sql = await this.lockedTree();
    const parentId = input.parentId ?? null;
    if (parentId) await this.ensureActiveParent(sql, parentId);
    const { next } = await runOne(sql, Q.nextSortOrder(parentId));
    const customFields = await this.customFields(input.customFields, null);
    const write = { code: input.code, name: input.name, parentId, sortOrder: next, customFields };
    await this.ensureUnique(sql, write, null);
    return this.write(sql, write, (d) => Q.insert(d), null);
  }

  /** Renames, recodes or moves (`parentId`) a department; a move appends it to its new siblings. */
  async update(input: UpdateDepartmentInput): Promise<Department> {
    const sql = await this.lockedTree();
    const current = await this.current(sql, input.id);
    const write: DepartmentWrite = {
      code: input.code ?? current.code,
      name: input.name ?? current.name,
      parentId: current.parentId,
      sortOrder: current.sortOrder,
      customFields: await this.customFields(input.customFields, current.customFields),
    };
    if (input.parentId !== undefined && (input.parentId ?? null) !== current.parentId) {
      write.parentId = input.parentId ?? null;
      if (write.parentId) {
        await this.ensureActiveParent(sql, write.parentId);
        const { cycle } = await runOne(sql, Q.wouldCycle(current.id, write.parentId));
        if (cycle) {
          throw badInput(
            'parentId',
            '부서를 자기 자신이나 하위 부서 아래로 옮길 수 없습니다.',
            'A department cannot be moved under itself or one of its descendants.',
          );
        }
      }
      ({ next: write.sortOrder } = await runOne(sql, Q.nextSortOrder(write.parentId)));
    }
    await this.ensureUnique(sql, write, current.id);
    return this.write(sql, write, (d) => Q.update(current.id, d), current);
  }

  /** Staff stay attached. Refused for the root and for a department with active sub-units. */
  async deactivate(id: string): Promise<Department> {
    const sql = await this.lockedTree();
    const current = await this.current(sql, id);
    if (!current.active) return current;
    if (!current.parentId) {
      throw badInput(
        'id',
        '최상위 부서(국/실/본부)는 비활성화할 수 없습니다.',
        'A top-level department cannot be deactivated.',
      );
    }
    if ((await run(sql, Q.activeChildren(id))).length) {
      throw badInput(
        'id',
        '활성 하위 부서가 있는 부서는 비활성화할 수 없습니다. 하위 부서를 먼저 비활성화하세요.',
        'A department with active sub-units cannot be deactivated; deactivate its sub-units first.',
      );
    }
    return this.setActive(sql, current, false);
  }

  /** Refused under an inactive parent. */
  async reactivate(id: string): Promise<Department> {
    const sql = await this.lockedTree();
    const current = await this.current(sql, id);
    if (current.active) return current;
    if (current.parentId) {
      const [parent] = await run(sql, Q.byIds([current.parentId]));
      if (parent && !parent.active) {
        throw badInput(
          'id',
          '상위 부서가 비활성 상태입니다. 상위 부서를 먼저 활성화하세요.',
          'The parent department is inactive; reactivate it first.',
        );
      }
    }
    return this.setActive(sql, current, true);
  }

  /** The tenant's tree writes run one at a time (DepartmentQueries.lockTree). */
  private async lockedTree(): Promise<Sql> {
    const sql = this.sql;
    await run(sql, Q.lockTree());
    return sql;
  }

  private async current(sql: Sql, id: string): Promise<Department> {
    const [row] = await run(sql, Q.byIdForUpdate(id));
    if (!row) throw notFound('부서', 'Department');
    return toDepartment(row);
  }

  private async setActive(sql: Sql, current: Department, active: boolean): Promise<Department> {
    const after = toDepartment(await runOne(sql, Q.setActive(current.id, active)));
    await this.audit(sql, current, after);
    return after;
  }

  /** Inserts or updates the row and audits it in the same transaction. */
  private async write(
    sql: Sql,
    write: DepartmentWrite,
    statement: (d: DepartmentWrite) => ReturnType<typeof Q.insert> | ReturnType<typeof Q.update>,
    before: Department | null,
  ): Promise<Department> {
    let after: Department;
    try {
      after = toDepartment(await runOne(sql, statement(write)));
    } catch (error) {
      const refused = UNIQUE_CONSTRAINTS[violatedConstraint(error) ?? ''];
      throw refused ? refused(write) : error;
    }
    await this.audit(sql, before, after);
    return after;
  }

  private async audit(sql: Sql, before: Department | null, after: Department): Promise<void> {
    await recordAudit(sql, {
      action: before ? 'update' : 'create',
      entity: 'department',
      entityId: after.id,
      before: before ? withoutCustomValues(before) : undefined,
      after: withoutCustomValues(after),
    });
  }

  private async ensureActiveParent(sql: Sql, parentId: string): Promise<void> {
    const [parent] = await run(sql, Q.byIds([parentId]));
    if (!parent) throw parentMissing();
    if (!parent.active) throw parentInactive();
  }

  private async ensureUnique(sql: Sql, write: DepartmentWrite, exceptId: string | null): Promise<void> {
    if ((await run(sql, Q.codeTaken(write.code, exceptId))).length) throw codeTaken(write.code);
    if ((await run(sql, Q.siblingNameTaken(write.parentId, write.name, exceptId))).length) {
      throw nameTaken(write.name);
    }
  }
}
