import { Module } from '@nestjs/common';
import { DepartmentResolver } from './departments/department.resolver';
import { DepartmentService } from './departments/department.service';
import { StaffResolver } from './staff/staff.resolver';
import { StaffService } from './staff/staff.service';

/** The Busan standard model; one folder per capability. */
@Module({
  providers: [DepartmentService, DepartmentResolver, StaffService, StaffResolver],
  exports: [DepartmentService, StaffService],
})
export class CrmCoreModule {}
