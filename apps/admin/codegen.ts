import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types and typed documents of the admin UI, generated from the schema the API publishes
 * (apps/api/schema.graphql) and the `graphql(...)` documents in src/. `npm run codegen` writes them;
 * the admin build runs the same generation with `--check` and fails while the committed output is stale.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['apps/admin/src/**/*.{ts,tsx}', '!apps/admin/src/graphql/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/admin/src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: { ID: 'string' },
      },
    },
  },
};

export default config;
