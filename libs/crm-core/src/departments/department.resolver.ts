import { Inject } from '@nestjs/common';
import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Department } from './department.model';
import { CreateDepartmentInput, DepartmentIdArgs, UpdateDepartmentInput } from './department.inputs';
import { DepartmentService } from './department.service';

@Resolver(() => Department)
export class DepartmentResolver {
  constructor(@Inject(DepartmentService) private readonly service: DepartmentService) {}

  @Query(() => [Department], {
    description: '소속 시·도의 부서 전체, 비활성 부서 포함 (parentId 로 트리를 이룹니다)',
  })
  departments(): Promise<Department[]> {
    return this.service.list();
  }

  @Mutation(() => Department, { description: '부서 추가 (시·도 관리자, 연계 시스템)' })
  createDepartment(@Args('input') input: CreateDepartmentInput): Promise<Department> {
    return this.service.create(input);
  }

  @Mutation(() => Department, { description: '부서 이름·코드 변경, 이동 (시·도 관리자, 연계 시스템)' })
  updateDepartment(@Args('input') input: UpdateDepartmentInput): Promise<Department> {
    return this.service.update(input);
  }

  @Mutation(() => Department, {
    description:
      '부서 비활성화: 소속 직원은 그대로 남습니다. 최상위 부서, 활성 하위 부서가 있는 부서는 안 됩니다.',
  })
  deactivateDepartment(@Args() { id }: DepartmentIdArgs): Promise<Department> {
    return this.service.deactivate(id);
  }

  @Mutation(() => Department, { description: '부서 재활성화: 상위 부서가 활성이어야 합니다.' })
  reactivateDepartment(@Args() { id }: DepartmentIdArgs): Promise<Department> {
    return this.service.reactivate(id);
  }

  @ResolveField(() => Int, { description: '재직 직원 수' })
  staffCount(@Parent() department: Department): Promise<number> {
    return this.service.staffCount(department.id);
  }
}
