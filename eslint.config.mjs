// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import boundaries from './tools/eslint/import-boundaries.mjs';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.data/',
      '.nx/',
      'coverage/',
      // scratch output, e.g. npm run realms:generate compiles the generator into tmp/realm-gen
      'tmp/',
      '**/*.d.ts',
      'apps/admin/src/graphql/generated/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', __dirname: 'readonly' },
    },
    rules: {
      // keycloak-connect's token utilities are CommonJS modules without ES exports.
      '@typescript-eslint/no-require-imports': ['error', { allowAsImport: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
    },
  },
  {
    // apps → libs; crm-core → customization → tenancy → access; crm-core capabilities meet through their index.
    // tools/eslint/import-boundaries.spec.ts shows each wrong-direction import failing.
    files: ['libs/**/*.{ts,tsx}'],
    plugins: { pcrm: boundaries },
    rules: { 'pcrm/import-boundaries': 'error' },
  },
  {
    // @pcrm/access runs in the browser too: it imports no other lib, no framework and no Node API.
    files: ['libs/access/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@pcrm/*', '**/libs/*', '**/apps/*'], message: 'libs/access imports no other lib.' },
            { group: ['node:*', '@nestjs/*', 'react', 'graphql'], message: 'libs/access is framework-free.' },
          ],
        },
      ],
    },
  },
  {
    // Nest resolves constructor parameters by their types: those imports must stay value imports.
    files: ['libs/**/*.ts', 'apps/api/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['**/*.spec.ts', '**/test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
