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

module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{apps,libs,infra,bench}/**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: { '^.+\\.tsx?$': swc },
  moduleNameMapper: {
    '^@pcrm/(access|tenancy|crm-core|customization)$': '<rootDir>/libs/$1/src/index.ts',
  },
  globalSetup: '<rootDir>/apps/api/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/apps/api/test/support/global-teardown.ts',
  reporters: ['default', '<rootDir>/tools/jest-plain-summary.js'],
  testTimeout: 60_000,
  maxWorkers: 2,
};
