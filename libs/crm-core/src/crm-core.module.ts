import { Module } from '@nestjs/common';
import { AccessLogModule } from './access-log';
import { DepartmentsModule } from './departments';
import { StaffModule } from './staff';

/** The Busan standard model: one Nest module per capability folder, composed here. */
@Module({
  imports: [AccessLogModule, DepartmentsModule, StaffModule],
  exports: [AccessLogModule, DepartmentsModule, StaffModule],
})
export class CrmCoreModule {}
