import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-check/', 'node_modules/', 'coverage/', 'bench/data/', 'assembly/', 'src/core/parallel/wasm/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The core is pure: no file system, process, console or terminal colours.
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': ['error', { patterns: ['node:fs*', 'node:process', 'chalk', 'cli-table3', '../../cli/*', '../../io/*'] }],
      'no-restricted-globals': ['error', 'process', 'console'],
    },
  },
  {
    // The browser side of the HTML report: names become text nodes, never markup.
    files: ['src/viewer/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'chalk', 'cli-table3', '../cli/*', '../io/*', '../../cli/*', '../../io/*'] }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'build elements with h() and text nodes' },
        { property: 'outerHTML', message: 'build elements with h() and text nodes' },
        { property: 'insertAdjacentHTML', message: 'build elements with h() and text nodes' },
        { object: 'document', property: 'write', message: 'build elements with h() and text nodes' },
      ],
      'no-restricted-globals': ['error', 'eval', 'process', 'Buffer', 'require', 'global', '__dirname', 'setImmediate'],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // The command's entry point is CommonJS, which Node starts sooner (bin/orgnet.cjs).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { process: 'readonly', require: 'readonly', __dirname: 'readonly', Buffer: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
