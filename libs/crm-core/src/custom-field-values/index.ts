/** Custom values of core records as callers may see them (the customization library checks and defines them). */
export * from './custom-field-values.module';
export * from './custom-fields-reader';
