/** What other capabilities may use of contact history; everything else in this folder is private to it. */
export * from './contact.enums';
export { CustomerContactsModule } from './customer-contacts.module';
export { CustomerContactsService, CONTACT_LIMITS } from './contacts.service';
export { Contact, ContactConnection, ContactEdge, DepartmentRef, StaffRef } from './contact.model';
export { RecordContactInput } from './contact.inputs';
