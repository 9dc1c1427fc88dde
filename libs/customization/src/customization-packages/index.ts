export * from './customization-packages.module';
export * from './package-format';
