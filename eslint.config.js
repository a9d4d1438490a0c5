// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * Lint enforces the architecture (ARCHITECTURE.md): each folder may import only what the process
 * it runs in can and should reach. A violation fails `npm run lint`, and so CI.
 */
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const noElectron = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };
const noNode = nodeBuiltins.map((name) => ({ name, message: 'The page must not use Node built-ins.' }));

export default tseslint.config(
  { ignores: ['out/**', 'release/**', 'node_modules/**', '.tools/**', '.data/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': true, 'ts-nocheck': true, 'ts-expect-error': 'allow-with-description' }],
      'no-console': 'off',
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            { group: ['**/renderer/**'], message: 'The core must not import the page.' },
            { group: ['**/main/**', '**/preload/**', '**/web/**', '**/cli/**'], message: 'The core is imported by the shells, never the other way round.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, ...noNode],
          patterns: [
            { group: ['**/core/**', '**/main/**', '**/web/**', '**/cli/**', '**/renderer/**'], message: 'The contract is shared by both sides: it imports only zod and itself.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/web/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [{ group: ['**/renderer/**', '**/main/**'], message: 'Browser mode and the CLI run without Electron.' }],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**', '**/web/**', '**/cli/**'], message: 'The Electron shell must not import the page, browser mode or the CLI.' }] },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({ name, message: 'A sandboxed preload has no Node built-ins.' })),
          patterns: [
            { group: ['**/core/**', '**/main/**', '**/renderer/**', 'zod'], message: 'The preload imports electron and the contract names only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, ...noNode, { name: 'better-sqlite3', message: 'The page reaches data only through the client.' }],
          patterns: [
            { group: ['**/electron/core/**', '**/electron/main/**', '**/electron/web/**', '**/electron/cli/**', '**/electron/preload/**'], message: 'The page may import only electron/contract.' },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
