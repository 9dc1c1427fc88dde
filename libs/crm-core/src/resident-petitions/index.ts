/** What the resident pages (apps/api) use of petitions without a login. */
export * from './resident-petitions.module';
export * from './resident-case.service';
export * from './resident-intake';
export * from './resident-submission';
