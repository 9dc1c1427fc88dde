import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import {
  RequestContexts,
  TenantDatabase,
  badInput,
  conflict,
  notFound,
  recordAudit,
  type Sql,
} from '@pcrm/tenancy';
import { DepartmentSql } from './department.sql';
import { toDepartment, type Department, type DepartmentRow } from './department.model';
import type { CreateDepartmentInput, UpdateDepartmentInput } from './department.inputs';

const parentMissing = () =>
  badInput('parentId', '상위 부서를 찾을 수 없습니다.', 'The parent department does not exist.');

@Injectable()
export class DepartmentService {
  constructor(@Inject(TenantDatabase) private readonly db: TenantDatabase) {}

  private get sql(): Sql {
    return this.db.request();
  }

  async list(): Promise<Department[]> {
    return (await this.sql.query<DepartmentRow>(DepartmentSql.list)).map(toDepartment);
  }

  /** Departments by id, batched per request (staff lists resolve many at once). */
  byId(id: string): Promise<Department | null> {
    return RequestContexts.memo('departments.byId', () => {
      return new DataLoader<string, Department | null>(async (ids) => {
        const rows = await this.sql.query<DepartmentRow>(DepartmentSql.byIds, [ids]);
        const found = new Map(rows.map((r) => [r.id, toDepartment(r)]));
        return ids.map((id) => found.get(id) ?? null);
      });
    }).load(id);
  }

  staffCount(id: string): Promise<number> {
    return RequestContexts.memo('departments.staffCount', () => {
      return new DataLoader<string, number>(async (ids) => {
        const rows = await this.sql.query<{ department_id: string; n: number }>(DepartmentSql.staffCounts, [
          ids,
        ]);
        const counts = new Map(rows.map((r) => [r.department_id, r.n]));
        return ids.map((id) => counts.get(id) ?? 0);
      });
    }).load(id);
  }

  async create(input: CreateDepartmentInput): Promise<Department> {
    const sql = this.sql;
    const parentId = input.parentId ?? null;
    if (parentId) await this.ensureParentExists(sql, parentId);
    await this.ensureCodeFree(sql, input.code, null);
    const [{ next }] = await sql.query<{ next: number }>(DepartmentSql.nextSortOrder, [parentId]);
    return this.write(sql, DepartmentSql.insert, [input.code, input.name, parentId, next], null);
  }

  async update(input: UpdateDepartmentInput): Promise<Department> {
    const sql = this.sql;
    const moving = input.parentId !== undefined;
    if (moving) await sql.query(DepartmentSql.lockTree);
    const [current] = await sql.query<DepartmentRow>(DepartmentSql.byIdForUpdate, [input.id]);
    if (!current) throw notFound('부서', 'Department');
    const code = input.code ?? current.code;
    if (code !== current.code) await this.ensureCodeFree(sql, code, current.id);

    let parentId = current.parent_id;
    let sortOrder = current.sort_order;
    if (moving && (input.parentId ?? null) !== current.parent_id) {
      parentId = input.parentId ?? null;
      if (parentId) {
        await this.ensureParentExists(sql, parentId);
        const [{ cycle }] = await sql.query<{ cycle: boolean }>(DepartmentSql.wouldCycle, [
          current.id,
          parentId,
        ]);
        if (cycle) {
          throw badInput(
            'parentId',
            '부서를 자기 자신이나 하위 부서 아래로 옮길 수 없습니다.',
            'A department cannot be moved under itself or one of its descendants.',
          );
        }
      }
      [{ next: sortOrder }] = await sql.query<{ next: number }>(DepartmentSql.nextSortOrder, [parentId]);
    }
    return this.write(
      sql,
      DepartmentSql.update,
      [current.id, code, input.name ?? current.name, parentId, sortOrder],
      toDepartment(current),
    );
  }

  /** Runs an insert or update that returns the row, and audits it in the same transaction. */
  private async write(
    sql: Sql,
    statement: string,
    params: unknown[],
    before: Department | null,
  ): Promise<Department> {
    const [row] = await sql.query<DepartmentRow>(statement, params);
    const after = toDepartment(row);
    await recordAudit(sql, {
      action: before ? 'update' : 'create',
      entity: 'department',
      entityId: after.id,
      before: before ?? undefined,
      after,
    });
    return after;
  }

  private async ensureParentExists(sql: Sql, parentId: string): Promise<void> {
    if (!(await sql.query(DepartmentSql.byIds, [[parentId]])).length) throw parentMissing();
  }

  private async ensureCodeFree(sql: Sql, code: string, exceptId: string | null): Promise<void> {
    if ((await sql.query(DepartmentSql.codeTaken, [code, exceptId])).length) {
      throw conflict(
        'code',
        `부서 코드 '${code}'은(는) 이미 쓰이고 있습니다.`,
        `Department code '${code}' is already in use.`,
      );
    }
  }
}
