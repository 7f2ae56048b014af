import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  // bin/ is CommonJS (bin/package.json): the start-up runs without Node's ES module loader. The load
  // test's client setup is required by autocannon's worker threads.
  {
    files: ['bin/**/*.js', 'bench/**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', __dirname: 'readonly', exports: 'writable', module: 'writable' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // Only the entry point and the printer talk to the console.
  { files: ['src/cli/main.ts', 'src/cli/print.ts', 'bench/**', 'scripts/**', 'test/**'], rules: { 'no-console': 'off' } },
);
