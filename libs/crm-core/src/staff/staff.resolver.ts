import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CustomFieldValuesScalar } from '@pcrm/customization';
import type { Connection } from '@pcrm/tenancy';
import { Department, DepartmentService } from '../departments';
import { Staff, StaffConnection } from './staff.model';
import { StaffArgs } from './staff.args';
import { StaffService } from './staff.service';

@Resolver(() => Staff)
export class StaffResolver {
  constructor(
    @Inject(StaffService) private readonly staff: StaffService,
    @Inject(DepartmentService) private readonly departments: DepartmentService,
  ) {}

  @Query(() => StaffConnection, { name: 'staff', description: '소속 시·도의 직원 (이름순, 커서 페이지)' })
  staffList(@Args() args: StaffArgs): Promise<Connection<Staff>> {
    return this.staff.page(args);
  }

  @Mutation(() => Staff, {
    description:
      '직원의 사용자 정의 항목 변경 (PATCH: null 은 지움; 나머지 직원 정보는 인증 시스템에서 옵니다)',
  })
  updateStaffCustomFields(
    @Args('id', { type: () => ID }) id: string,
    @Args('customFields', { type: () => CustomFieldValuesScalar }) customFields: Record<string, unknown>,
  ): Promise<Staff> {
    return this.staff.updateCustomFields(id, customFields);
  }

  @ResolveField(() => Department, { nullable: true, description: '소속 부서' })
  department(@Parent() staff: Staff): Promise<Department | null> {
    return staff.departmentId ? this.departments.byId(staff.departmentId) : Promise.resolve(null);
  }
}
