/** What other capabilities may use of departments; everything else in this folder is private to it. */
export { DepartmentsModule } from './departments.module';
export { DepartmentService } from './department.service';
export { Department } from './department.model';
export { DEPARTMENT_ENTITY } from './department.entity';
