export * from './roles';
export * from './permissions';
export * from './access-map';
export * from './error-codes';
export * from './masking';
export * from './personal-data';
export * from './sms-sender-number';
