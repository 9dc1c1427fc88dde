export * from './crm-core.module';
export * from './departments/department.model';
export * from './departments/department.sql';
export * from './departments/department.service';
export * from './staff/staff.model';
export * from './staff/staff.sql';
