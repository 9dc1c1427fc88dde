/** Every test runs against the real platform: a real PostgreSQL, the real server over HTTP, a real browser. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs', ignoreDynamic: true },
  },
];

/** Specs that load NestJS: service-level tests and the SQL snapshot drift tests. */
const NEST_SPEC = '\\.(service|sql)\\.spec\\.ts$';

const project = {
  rootDir: __dirname,
  testEnvironment: 'node',
  moduleNameMapper: {
    '^@pcrm/(access|tenancy|crm-core|customization)$': '<rootDir>/libs/$1/src/index.ts',
  },
};

module.exports = {
  projects: [
    {
      ...project,
      displayName: 'e2e+unit',
      testMatch: ['<rootDir>/{apps,libs,infra,bench,tools}/**/*.spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/dist/', NEST_SPEC],
      transform: { '^.+\\.tsx?$': swc },
    },
    {
      // Service-level and SQL snapshot tests load NestJS (ES modules only) in-process: they need
      // NODE_OPTIONS=--experimental-vm-modules, which `npm test` sets (docs/adr/0001).
      ...project,
      displayName: 'service',
      testMatch: ['<rootDir>/{libs,apps/api/src}/**/*.{service,sql}.spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/dist/'],
      extensionsToTreatAsEsm: ['.ts'],
      transform: { '^.+\\.ts$': '<rootDir>/tools/jest/swc-esm-transformer.cjs' },
    },
  ],
  globalSetup: '<rootDir>/apps/api/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/apps/api/test/support/global-teardown.ts',
  reporters: ['default', '<rootDir>/tools/jest-plain-summary.js'],
  testTimeout: 60_000,
  maxWorkers: 2,
};
