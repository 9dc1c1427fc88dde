import { Inject } from '@nestjs/common';
import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
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

  @ResolveField(() => Department, { nullable: true, description: '소속 부서' })
  department(@Parent() staff: Staff): Promise<Department | null> {
    return staff.departmentId ? this.departments.byId(staff.departmentId) : Promise.resolve(null);
  }
}
