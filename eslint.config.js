// ESLint flat config. Layer rules (domain/ and application/ import nothing outside) stay in
// test/architecture, which also checks what ESLint cannot (no container decorators, no SDK types).
const js = require('@eslint/js');
const globals = require('globals');
const tseslint = require('typescript-eslint');
const { defineConfig } = require('eslint/config');

/** Node-side TypeScript: tests, scripts, the bench and the dev server. */
const NODE_TS = ['test/**/*.ts', 'scripts/**/*.ts', 'devtools/**/*.ts', 'server/**/*.ts'];

module.exports = defineConfig(
  {
    ignores: ['node_modules/', 'dist/', '.cache/', 'coverage/', 'miniprogram/tic/', '**/miniprogram_npm/'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  {
    rules: {
      // WeChat refuses string code generation (eval, new Function) at run time.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-extend-native': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'prefer-const': 'error',
      'no-var': 'error',
    },
  },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // `import TIM = require('tim-wx-sdk')`: the typed way to load a CommonJS SDK whose types say `export =`.
      '@typescript-eslint/no-require-imports': ['error', { allowAsImport: true }],
    },
  },
  {
    // Type-aware rules, only where a dropped promise would hurt: what ships (pages, view models,
    // the core they run on). One project service pass over those files keeps lint fast on 2 cores.
    files: ['domain/**/*.ts', 'application/**/*.ts', 'infrastructure/**/*.ts', 'miniprogram/**/*.ts', 'server/**/*.ts'],
    ignores: ['**/*.d.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: __dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, properties: false } }],
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    // Node-side code requires plain JS modules (scripts/*.js, built bundles, untyped packages) on purpose.
    files: NODE_TS,
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.js'],
    ignores: ['devtools/preview/browser/**'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
  },
  {
    // The browser preview's own scripts run in the page, not in Node.
    files: ['devtools/preview/browser/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: globals.browser },
  },
);
