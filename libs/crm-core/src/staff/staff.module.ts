import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { CustomizableEntities, CustomizationModule } from '@pcrm/customization';
import { DepartmentsModule } from '../departments';
import { STAFF_ENTITY } from './staff.entity';
import { StaffResolver } from './staff.resolver';
import { StaffService } from './staff.service';

/** Staff of a 시·도, each in one department. */
@Module({
  imports: [CustomizationModule, DepartmentsModule],
  providers: [StaffService, StaffResolver],
  exports: [StaffService],
})
export class StaffModule implements OnModuleInit {
  constructor(@Inject(CustomizableEntities) private readonly entities: CustomizableEntities) {}

  onModuleInit(): void {
    this.entities.register(STAFF_ENTITY);
  }
}
