/** What other capabilities and the API may use of the ministry comparison. */
export * from './petition-ministry.module';
export * from './ministry.service';
export * from './ministry.model';
export * from './ministry-schedule';
export * from './ministry-equity.model';
export * from './ministry-equity.service';
export * from './ministry-conformance.model';
export * from './ministry-conformance.service';
export * from './ministry-tenant-detail.model';
export * from './ministry-tenant-detail.service';
export * from './ministry-open-data';
export * from './ministry-indicators.model';
export * from './ministry-indicators.service';
