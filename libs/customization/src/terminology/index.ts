export * from './term-catalog';
export * from './term-label';
export * from './terminology.module';
export * from './terminology.service';
export * from './term-overrides';
