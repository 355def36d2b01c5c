import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** What the pure floors may never import: the file system, the process, child processes. */
const PURE = [{ group: ['node:fs', 'node:fs/*', 'node:process', 'node:child_process'], message: 'The core is pure: pass data in, return data out.' }];
const NOT_ABOVE_CORE = [
  { regex: '(^|/)(reporters|commands|io)/|(^|/)cli\\.js$', message: 'the core returns data: it never imports reporters, commands, io or cli.' },
];
/** One floor of the house: the imports its files may not make. */
const layer = (files, patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Only the CLI layer talks to the terminal; the core returns data.
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/reporters/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'process', message: 'The core is pure: pass data in, return data out.' }],
      'no-restricted-imports': ['error', { patterns: PURE }],
    },
  },
  // The floors of docs/architecture.md: each may import only the floors below it.
  layer(['src/util/**/*.ts'], [{ regex: '^\\.\\./', message: 'util/ holds text helpers with no domain words: it imports nothing of ours.' }]),
  layer(['src/core/{sensitivity,rule-tests,roadmap,plan,report,diff}/**/*.ts', 'src/core/*.ts'], [...PURE, ...NOT_ABOVE_CORE]),
  layer(
    ['src/core/{engine,inventory,rules,engagement,location,raters,vendors,ahp,interview}/**/*.ts'],
    [
      ...PURE,
      ...NOT_ABOVE_CORE,
      {
        regex: '(^|/)(sensitivity|rule-tests|roadmap|plan|report|diff)/|(^|/)method-file\\.js$',
        message: 'a base domain of the core may not import the modules composed over it (sensitivity, rule tests, roadmap, plan, report, diff, method-file).',
      },
    ],
  ),
  layer(['src/core/parse/**/*.ts'], [...PURE, { regex: '^\\.\\./(?!\\.\\./util/)', message: 'core/parse/ reads documents: it may import util/ only.' }]),
  layer(
    ['src/core/*/schema.ts', 'src/core/*/checks-schema.ts'],
    [
      ...PURE,
      {
        regex: '^\\./(?!schema\\.js$|checks-schema\\.js$)|^\\.\\./(?!method\\.js$|parse/|[a-z-]+/schema\\.js$|\\.\\./util/)',
        message: 'a schema may import parse/, util/, method.ts and other schemas only.',
      },
    ],
  ),
  layer(
    ['src/core/method.ts', 'src/core/prompter.ts'],
    [
      ...PURE,
      {
        regex: '^\\./(?!parse/|[a-z-]+/schema\\.js$)|^\\.\\./(?!util/)',
        message: 'method.ts is the bottom of the method: parse/, util/ and the schemas only.',
      },
    ],
  ),
  layer(
    ['src/reporters/**/*.ts'],
    [...PURE, { regex: '(^|/)(commands|io)/|(^|/)cli\\.js$', message: 'reporters are pure functions of core results: no commands, io or cli.' }],
  ),
  layer(['src/commands/**/*.ts'], [{ regex: '(^|/)cli\\.js$', message: 'cli.ts imports the commands, never the other way round.' }]),
  layer(
    ['src/io/**/*.ts'],
    [{ regex: '(^|/)commands/|(^|/)cli\\.js$', message: 'io/ is what commands use to reach files and the terminal: it never imports a command.' }],
  ),
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node } },
  },
);
