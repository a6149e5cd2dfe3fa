// Lint is part of `npm test`: typescript-eslint's recommended rules plus React hooks, and the house
// rules a tool can check: file size, and comments that explain rather than narrate (eslint-rules/).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import careline from './eslint-rules/no-story-comments.js';

/** Template search has one entry point (utils/templates/search/index.ts); its pieces are its own. */
const SEARCH_PIECES = {
  group: ['**/templates/search/*'],
  message: "Import template search from '@/utils/templates/search'.",
};

const X_SELECTOR_MESSAGE =
  "X's testids and selectors live only in the selectors table (utils/x/selectors.ts, utils/x/selector-table/): add a key there, with its evidence, and use queryFirst/queryAll/selectorList.";
// X's testid attribute, its roots, its dialog, its editors and its status-link shape. esquery reads a
// regex up to the next slash, so a slash inside is written \x2F.
const X_SELECTOR_PATTERN =
  '/data-testid|#react-root|#layers|modal-header|tweetTextarea|DraftEditor|\\[data-(?:contents|block|text)=|\\x2Fstatus\\x2F"\\]/';
const X_SELECTOR_RULES = [
  { selector: `Literal[value=${X_SELECTOR_PATTERN}]`, message: X_SELECTOR_MESSAGE },
  { selector: `TemplateElement[value.raw=${X_SELECTOR_PATTERN}]`, message: X_SELECTOR_MESSAGE },
  {
    selector: "JSXAttribute[name.name='data-testid']",
    message: "Careline's own elements are found by their accessible names (ui-contract), not by testids.",
  },
];
/** Dexie and the database module: only the data layer (utils/db) imports them. */
const DATABASE_PATHS = [
  { name: 'dexie', message: 'Only utils/db touches IndexedDB: add or use a repository function there.' },
  {
    name: 'dexie-react-hooks',
    message: 'Only utils/db touches IndexedDB: read through a repository with useLiveRead (utils/db/live-read.ts).',
  },
];
const DATABASE_MODULE = {
  group: ['**/db/database', '**/db/database.ts', 'dexie/*'],
  message: 'Only utils/db touches IndexedDB: add or use a repository function there.',
};

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
        // One rule list per file: ESLint keeps only the last no-restricted-syntax a file matches.
        ...X_SELECTOR_RULES,
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
    // All knowledge of X's DOM sits in the selectors table, where each selector carries its evidence
    // and a test checks it against real x.com pages. Product code elsewhere asks the table by key.
    // Not here: the table itself; the words that name X's parts for the agent (problems-x.ts); tests,
    // bench and scripts, which act on X's page as the agent would, independently of the table, so a
    // wrong selector in the table cannot blind the check that would catch it (tests/fixtures/x-app
    // is the imitation of X itself).
    // (entrypoints/ and components/ get the same rules in the block above, with the store's.)
    files: ['utils/**/*.{ts,tsx}'],
    ignores: ['utils/x/selectors.ts', 'utils/x/selector-table/**', 'utils/i18n/messages/problems-x.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...X_SELECTOR_RULES],
    },
  },
  {
    // Comments explain, docs narrate: no issue numbers, figures, dates or history in comments, and no
    // paths outside the repository. The rule's own file names what it forbids.
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: ['eslint-rules/**'],
    plugins: { careline },
    rules: { 'careline/no-story-comments': 'error' },
  },
  {
    // A product file a newcomer can read in one sitting: 300 lines of code, comments and blank lines not
    // counted. Tests, benches and scripts are exempt: a long table of cases reads fine.
    files: ['utils/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'server/**/*.ts'],
    rules: { 'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }] },
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
  {
    // Only the data layer (utils/db) touches IndexedDB: pages and services ask repositories, so a
    // schema change stays inside utils/db. Product code may not even name the database's type.
    files: ['**/*.{ts,tsx}'],
    ignores: ['utils/db/**', 'tests/**', 'bench/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: DATABASE_PATHS, patterns: [DATABASE_MODULE, SEARCH_PIECES] }],
    },
  },
  {
    // Tests other than the data layer's own may name the database's type (a fresh database from
    // tests/unit/fresh-db.ts is handed to repositories) but not open it or use Dexie.
    files: ['tests/**/*.ts'],
    ignores: ['tests/unit/db/**', 'tests/unit/fresh-db.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: DATABASE_PATHS,
          patterns: [{ ...DATABASE_MODULE, allowTypeImports: true }, SEARCH_PIECES],
        },
      ],
    },
  },
  {
    // The bench, like the rest, uses template search through its entry point.
    files: ['bench/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [SEARCH_PIECES] }] },
  },
  {
    // A migration must upgrade forever the way it did when released: it carries its own code and
    // imports only types (Dexie's Transaction, the record types), never live code that may change.
    files: ['utils/db/migrations/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '.*',
              allowTypeImports: true,
              message: 'A migration is frozen when released: copy the code it needs into it; import only types.',
            },
          ],
        },
      ],
    },
  },
);
