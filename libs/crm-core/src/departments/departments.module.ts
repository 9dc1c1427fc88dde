import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { CustomizableEntities, CustomizationModule } from '@pcrm/customization';
import { DEPARTMENT_ENTITY } from './department.entity';
import { DepartmentResolver } from './department.resolver';
import { DepartmentService } from './department.service';

/** The department tree (국/실/본부 → 과 → 팀). Other capabilities use it through `DepartmentService`. */
@Module({
  imports: [CustomizationModule],
  providers: [DepartmentService, DepartmentResolver],
  exports: [DepartmentService],
})
export class DepartmentsModule implements OnModuleInit {
  constructor(@Inject(CustomizableEntities) private readonly entities: CustomizableEntities) {}

  onModuleInit(): void {
    this.entities.register(DEPARTMENT_ENTITY);
  }
}
