/**
 * @swc/jest emitting ES modules for the service-level tests, which load NestJS (ESM-only) inside Jest
 * (run with NODE_OPTIONS=--experimental-vm-modules; docs/adr/0001). The same swc options as the build
 * (.swcrc: legacy decorators with metadata) except the module format. `import x = require('…')` (TypeScript's
 * CommonJS import, used for keycloak-connect's internals) has no ES-module form, so it becomes a default import,
 * which is what Node gives an ES module importing CommonJS.
 */
const { createTransformer } = require('@swc/jest');

const swc = createTransformer({
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'es6' },
});

const IMPORT_REQUIRE = /^import (\w+) = require\(('[^']+')\);$/gm;
const esm = (source) => source.replace(IMPORT_REQUIRE, 'import $1 from $2;');

module.exports = {
  canInstrument: swc.canInstrument,
  process: (source, path, options) => swc.process(esm(source), path, options),
  getCacheKey: (source, path, options) => swc.getCacheKey(esm(source), path, options),
};
