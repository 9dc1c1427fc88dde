/** What other capabilities may use of staff; everything else in this folder is private to it. */
export { StaffModule } from './staff.module';
export { StaffService } from './staff.service';
export { Staff } from './staff.model';
export { STAFF_ENTITY } from './staff.entity';
