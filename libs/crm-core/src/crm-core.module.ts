import { Module } from '@nestjs/common';
import { AccessLogModule } from './access-log/access-log.module';
import { DepartmentResolver } from './departments/department.resolver';
import { DepartmentService } from './departments/department.service';
import { StaffResolver } from './staff/staff.resolver';
import { StaffService } from './staff/staff.service';
import { DepartmentExportModule } from './department-export';

/** The Busan standard model; one folder per capability. */
@Module({
  imports: [AccessLogModule, DepartmentExportModule],
  providers: [DepartmentService, DepartmentResolver, StaffService, StaffResolver],
  exports: [DepartmentService, StaffService],
})
export class CrmCoreModule {}
