import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {ignores: ['node_modules/', 'dist/', 'public/', 'test-results/', 'playwright-report/', 'bench-results/', 'tmp/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {globals: {...globals.browser, ...globals.node}},
    rules: {
      // No TODO/FIXME lands in main: open an issue instead.
      'no-warning-comments': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', {fixStyle: 'inline-type-imports'}],
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
      'prefer-template': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': ['error', {allow: ['warn', 'error']}],
    },
  },
  {
    // Command-line scripts report to the terminal.
    files: ['scripts/**', 'data/scripts/**', 'e2e/**'],
    rules: {'no-console': 'off'},
  },
  prettier,
);
