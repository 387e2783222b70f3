import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents from the committed schema snapshot: no running CMS needed to build the site.
const config: CodegenConfig = {
  schema: './schema.graphql',
  documents: ['src/documents/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    './src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Plain strings: the client sends them as they are, no GraphQL runtime in the bundle.
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
        scalars: {
          DateTime: 'string',
          Date: 'string',
          JSON: 'unknown',
          Long: 'number',
          I18NLocaleCode: 'string',
        },
      },
    },
  },
};

export default config;
