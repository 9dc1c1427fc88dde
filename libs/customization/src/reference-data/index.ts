export * from './reference-data.module';
export * from './voc-settings-rules';
