// Lint rules the compiler does not catch. Type-checking, unused names and the
// boundaries between the core and the adapters are checked by tsc and
// test/project/boundaries.test.ts; formatting by Prettier (.prettierrc.json).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-cli/', 'out/', 'coverage/', 'test-artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      eqeqeq: ['error', 'always'],
      'no-var': 'error',
      'prefer-const': 'error',
      'no-param-reassign': 'error',
      // The compiler reports unused names (noUnusedLocals, noUnusedParameters).
      '@typescript-eslint/no-unused-vars': 'off',
      // Cleaning text and XML strips control and invisible characters on purpose.
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
    },
  },
  {
    // Build scripts run on Node as plain modules.
    files: ['bin/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', URL: 'readonly', console: 'readonly' } },
  },
  {
    // Tests read JSON files whose shape they check themselves.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The core returns issues; it never prints.
    files: ['src/core/**/*.ts'],
    rules: { 'no-console': 'error' },
  },
  {
    // globals.ts declares the functions Apps Script calls by name: unused to the compiler.
    files: ['src/apps-script/globals.ts'],
    rules: { '@typescript-eslint/no-unused-vars': 'off' },
  },
);
