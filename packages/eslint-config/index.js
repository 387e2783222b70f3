// Shared ESLint flat config: the TypeScript rules every workspace agrees on.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export const ignores = {
  ignores: [
    '**/node_modules/**',
    '**/dist/**',
    '**/.output/**',
    '**/.nuxt/**',
    '**/.strapi/**',
    '**/types/generated/**',
    '**/src/generated/**',
    '**/coverage/**',
  ],
};

/** Code under these globs runs in a browser (e.g. the Strapi admin's extensions). */
export function runsInBrowser(files) {
  return { files, languageOptions: { globals: { ...globals.browser } } };
}

/** Rules for TypeScript code running on Node (CMS, scripts, packages). */
export function typescript(...extra) {
  return tseslint.config(
    ignores,
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
      languageOptions: { globals: { ...globals.node } },
      rules: {
        '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
        '@typescript-eslint/consistent-type-imports': 'error',
        'no-console': ['warn', { allow: ['warn', 'error', 'info'] }],
      },
    },
    ...extra,
    prettier,
  );
}

export default typescript();
