import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CustomFieldValuesScalar } from '@pcrm/customization';

@ObjectType({ description: '부서 (국/실/본부 → 과 → 팀)' })
export class Department {
  @Field(() => ID)
  id!: string;

  @Field({ description: '부서 코드 (시·도 안에서 유일)' })
  code!: string;

  @Field({ description: '부서명' })
  name!: string;

  @Field(() => ID, { nullable: true, description: '상위 부서; 최상위는 null' })
  parentId!: string | null;

  @Field(() => Int, { description: '같은 상위 부서 안에서의 순서' })
  sortOrder!: number;

  @Field({ description: '활성 여부: 비활성 부서는 선택 목록에서 숨기며, 소속 직원은 그대로 남습니다' })
  active!: boolean;

  @Field(() => CustomFieldValuesScalar, { description: '사용자 정의 항목 (볼 수 있는 것만)' })
  customFields!: Record<string, unknown>;
}

export interface DepartmentRow {
  id: string;
  code: string;
  name: string;
  parent_id: string | null;
  sort_order: number;
  active: boolean;
  custom_fields: Record<string, unknown>;
}

export const toDepartment = (row: DepartmentRow): Department => ({
  id: row.id,
  code: row.code,
  name: row.name,
  parentId: row.parent_id,
  sortOrder: row.sort_order,
  active: row.active,
  customFields: row.custom_fields,
});
