import { Inject } from '@nestjs/common';
import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Department } from './department.model';
import { CreateDepartmentInput, UpdateDepartmentInput } from './department.inputs';
import { DepartmentService } from './department.service';

@Resolver(() => Department)
export class DepartmentResolver {
  constructor(@Inject(DepartmentService) private readonly service: DepartmentService) {}

  @Query(() => [Department], { description: '소속 시·도의 부서 전체 (parentId 로 트리를 이룹니다)' })
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

  @ResolveField(() => Int, { description: '재직 직원 수' })
  staffCount(@Parent() department: Department): Promise<number> {
    return this.service.staffCount(department.id);
  }
}
