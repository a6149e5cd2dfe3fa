// Lint is part of `npm test`: typescript-eslint's recommended rules plus React hooks.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'tests/fixtures/x-app/dist/**',
      'bench/results/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Nothing may throw into x.com's console or be swallowed silently: no empty catch without a comment.
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    // Zustand holds UI state only, read through selectors: a component re-renders when what it
    // selects changes, not on every push of the page's state.
    files: ['entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.name=/^use\\w*Store$/][arguments.length=0]',
          message: 'Read the store through a selector (useStore((s) => s.x)), never the whole store.',
        },
        {
          selector: 'CallExpression[callee.name=/^use\\w*Store$/] > ArrowFunctionExpression[body.type="Identifier"]',
          message: 'A selector returning the whole state re-renders on every change: select the fields used.',
        },
        {
          selector:
            'CallExpression[callee.name=/^use\\w*Store$/] > ArrowFunctionExpression[body.type=/^(ObjectExpression|ArrayExpression)$/]',
          message: 'A selector building a new object or array re-renders on every change: wrap it in useShallow.',
        },
        {
          // Components and hooks follow a setting one way (a value read once to seed a form is fine).
          selector:
            'FunctionDeclaration[id.name=/^(use|[A-Z])/] CallExpression[callee.property.name="watch"][callee.object.name=/Settings?$/]',
          message:
            'In a component or hook, read a setting with useStoredValue / useStoredSetting (components/useStoredValue.ts).',
        },
      ],
    },
  },
  {
    // Playwright fixtures: `use` is Playwright's, not React's, and `{}` is how a fixture takes no deps.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off', 'no-empty-pattern': 'off' },
  },
  {
    // Puppeteer's waitForFunction / waitForSelector rebuild their predicate with new Function() in
    // the page, which Careline's pages forbid by CSP (Firefox 140 enforces it on Puppeteer's sandbox).
    // The Firefox checks poll with plain evaluate instead (tests/e2e/firefox-helpers.ts).
    files: ['tests/e2e/firefox*.ts', 'scripts/firefox.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          property: 'waitForFunction',
          message: 'new Function() is blocked by the CSP of extension pages: use until() from firefox-helpers.ts',
        },
        {
          property: 'waitForSelector',
          message: 'new Function() is blocked by the CSP of extension pages: use element() from firefox-helpers.ts',
        },
      ],
    },
  },
);
