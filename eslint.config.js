// Lint rules that hold the layers of design.md in place. A boundary that is only a
// convention erodes, so every folder says here what it may not import.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = { regex: '^node:', message: 'This layer must not touch Node: see design.md (Layers).' };
const electronPkg = { name: 'electron', message: 'Only electron/main and electron/preload may import Electron.' };
const sqlitePkg = {
  name: 'better-sqlite3',
  message: 'SQL lives in electron/core/db/ only: call a repository from there.',
};

/** no-restricted-imports with both exact names and patterns. */
function restrict({ paths = [], patterns = [] }) {
  return ['error', { paths, patterns }];
}

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'native/**', 'test-results/**', 'playwright-report/**', '.tmp/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
  // shared/: pure TypeScript. No Node, no DOM, no Electron, no React, nothing outside shared/.
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict({
        paths: [electronPkg, sqlitePkg, { name: 'react', message: 'shared/ holds no React.' }, { name: '@lexical/react', message: 'shared/ holds no React: the brief nodes are plain Lexical.' }],
        patterns: [
          { regex: '^node:', message: 'shared/ is pure: no Node.' },
          { regex: '^\\.\\./.*(electron|renderer)/', message: 'shared/ imports nothing outside shared/.' },
          { regex: '^(fs|path|os|crypto|http|child_process)$', message: 'shared/ is pure: no Node.' },
        ],
      }),
    },
  },
  // electron/core/: plain Node, never Electron; SQL only in db/.
  {
    files: ['electron/core/**/*.ts', 'electron/host/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict({
        paths: [electronPkg, sqlitePkg],
        patterns: [{ regex: '(^|/)renderer/', message: 'The backend never imports the renderer.' }],
      }),
    },
  },
  {
    files: ['electron/core/db/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict({
        paths: [electronPkg],
        patterns: [{ regex: '(^|/)renderer/', message: 'The backend never imports the renderer.' }],
      }),
    },
  },
  // electron/main and electron/preload: the only places that touch Electron.
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict({
        paths: [sqlitePkg],
        patterns: [{ regex: '(^|/)renderer/', message: 'The shell never imports the renderer.' }],
      }),
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict({
        paths: [sqlitePkg],
        patterns: [
          nodeBuiltins,
          { regex: '(^|/)(core|main|host|cli|renderer)/', message: 'The preload exposes invoke/onEvent and nothing else.' },
        ],
      }),
    },
  },
  // renderer/: React; shared/ only; the backend only through the API client.
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrict({
        paths: [electronPkg, sqlitePkg],
        patterns: [
          nodeBuiltins,
          { regex: '^(fs|path|os|crypto|http|child_process)$', message: 'The renderer has no Node.' },
          { regex: '(^|/)electron/', message: 'The renderer talks to the backend only through renderer/api/client.' },
        ],
      }),
    },
  },
  // Command-line entry points and scripts talk to a terminal.
  {
    files: ['electron/cli/**/*.ts', 'scripts/**', 'bench/**', 'e2e/**'],
    rules: { 'no-console': 'off' },
  },
);
