// Flat config: type-aware typescript-eslint, the Office add-in rules, and the layer rules of DESIGN.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import reactPlugin from 'eslint-plugin-react';
import globals from 'globals';

const hostLibraries = [
  'react',
  'react-*',
  'react/*',
  '@fluentui/*',
  '@cj-tech-master/*',
  'fflate',
  'hyperformula',
  'office-*',
  '@microsoft/*',
];
const nodeModules = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'url',
  'util',
  'crypto',
  'stream',
  'zlib',
];

const domainPurity = {
  patterns: [
    {
      group: hostLibraries,
      message: 'src/domain is pure: no Office, React, DOM, Node or host library imports.',
    },
    {
      group: nodeModules,
      message: 'src/domain is pure: no Node imports.',
    },
    {
      group: [
        '**/geometry/**',
        '**/layout/**',
        '**/excel/**',
        '**/xlsx/**',
        '**/memory/**',
        '**/taskpane/**',
        '**/cli/**',
        '**/workbench/**',
      ],
      message: 'src/domain may not depend on outer layers.',
    },
  ],
};

// The geometry layer sits between the domain and everything else: layout and the hosts import it, and it
// imports the domain alone (the layers above it are refused in LAYERS), so all three hosts can share it.
const geometryPurity = {
  patterns: [
    {
      group: [...hostLibraries, ...nodeModules],
      message: 'src/geometry imports the domain alone: no host, UI or Node library.',
    },
  ],
};

const hostGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'fetch',
  'XMLHttpRequest',
  'Office',
  'Excel',
  'OfficeExtension',
  'process',
  'require',
  'Buffer',
  '__dirname',
  '__filename',
  'global',
];

/** The globals a pure layer may not touch, with the message for that layer. */
const browserAndNodeGlobals = (folder) =>
  hostGlobals.map((name) => ({ name, message: `${folder} is pure: no host, DOM or Node globals.` }));

/** A folder of src/, as import patterns (the folder itself and anything in it). */
const folder = (name) => [`**/${name}`, `**/${name}/**`];

/**
 * The layering of DESIGN.md that lint enforces, beside the domain's purity: for each layer, the layers
 * it may not import, with the reason. Types may cross where values may not (a caller names the result
 * types of the domain it shows), so this is the type-aware rule with type imports allowed, except for
 * the task pane, which nothing outside it and the workbench may touch at all.
 */
const LAYERS = {
  geometry: [
    {
      group: [
        'layout',
        'excel',
        'xlsx',
        'memory',
        'workflow',
        'taskpane',
        'commands',
        'cli',
        'workbench',
      ].flatMap(folder),
      message: 'src/geometry lies beneath the layout and the hosts: it imports the domain only.',
    },
  ],
  layout: [
    {
      group: ['excel', 'xlsx', 'memory', 'workflow', 'taskpane', 'commands', 'cli', 'workbench'].flatMap(
        folder,
      ),
      message:
        'src/layout describes the workbook as data: it imports the domain only, never a host or a caller.',
    },
  ],
  excel: [
    {
      group: ['xlsx', 'memory', 'workflow', 'taskpane', 'commands', 'cli', 'workbench'].flatMap(folder),
      message: 'A host applies plans: it imports the domain and the layout, never another host or a caller.',
    },
  ],
  xlsx: [
    {
      group: ['excel', 'memory', 'workflow', 'taskpane', 'commands', 'cli', 'workbench'].flatMap(folder),
      message: 'A host applies plans: it imports the domain and the layout, never another host or a caller.',
    },
  ],
  memory: [
    {
      group: ['excel', 'xlsx', 'workflow', 'taskpane', 'commands', 'cli', 'workbench'].flatMap(folder),
      message: 'A host applies plans: it imports the domain and the layout, never another host or a caller.',
    },
  ],
  workflow: [
    {
      group: ['excel', 'xlsx', 'memory', 'taskpane', 'commands', 'cli', 'workbench'].flatMap(folder),
      message:
        'The workflow reaches a host through its interface (src/layout/host), never a host itself or a caller.',
    },
  ],
  taskpane: [
    {
      group: [
        ...folder('layout'),
        ...folder('excel'),
        '@cj-tech-master/*',
        ...folder('cli'),
        ...folder('commands'),
      ],
      message: 'The task pane goes through src/workflow: no layout, host or other caller.',
      allowTypeImports: true,
    },
    {
      group: ['domain/read', 'domain/validate', 'domain/rank'].flatMap(folder),
      message: 'The task pane goes through src/workflow: it reads, checks and ranks only through a use case.',
      allowTypeImports: true,
    },
  ],
  commands: [
    {
      group: [...folder('layout'), ...folder('taskpane'), ...folder('cli'), ...folder('workbench')],
      message: 'Ribbon commands go through src/workflow (and the Office.js host that entry files create).',
      allowTypeImports: true,
    },
    {
      group: ['domain/read', 'domain/validate', 'domain/rank'].flatMap(folder),
      message: 'Ribbon commands go through src/workflow: they read, check and rank only through a use case.',
      allowTypeImports: true,
    },
  ],
  cli: [
    {
      group: [
        ...folder('layout'),
        ...folder('excel'),
        ...folder('memory'),
        ...folder('taskpane'),
        ...folder('commands'),
        ...folder('workbench'),
      ],
      message: 'The command line goes through src/workflow, over the file host.',
      allowTypeImports: true,
    },
    {
      group: ['domain/read', 'domain/validate', 'domain/rank'].flatMap(folder),
      message:
        'The command line goes through src/workflow: it reads, checks and ranks only through a use case.',
      allowTypeImports: true,
    },
  ],
  workbench: [
    {
      group: [...folder('layout'), ...folder('excel'), ...folder('cli'), ...folder('commands')],
      message: 'The workbench shows the task pane over the memory host and goes through src/workflow.',
      allowTypeImports: true,
    },
  ],
};

/** Nothing outside the task pane and the workbench imports the task pane. */
const paneOutsiders = [
  'domain',
  'geometry',
  'layout',
  'excel',
  'xlsx',
  'memory',
  'workflow',
  'commands',
  'cli',
];

/**
 * Entry files create the Office.js host the rest of their layer receives. The task pane's entry
 * fetches the host and the workflow as a chunk of their own (`connectExcel.ts`).
 */
/** The one file of the pane that reads .xlsx workbooks (fetched as a chunk of its own). */
const EARLIER_BOOK_READER = 'src/taskpane/readEarlierBooks.ts';

const ENTRY_FILES = { taskpane: ['src/taskpane/index.tsx', 'src/taskpane/connectExcel.ts'] };

const layerRules = [
  ...Object.entries(LAYERS).map(([name, patterns]) => ({
    files: [`src/${name}/**/*.{ts,tsx}`],
    ignores: name in ENTRY_FILES ? ENTRY_FILES[name] : [],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: paneOutsiders.includes(name)
            ? [
                ...patterns,
                {
                  group: folder('taskpane'),
                  message: 'Only the task pane entry and the workbench import src/taskpane.',
                },
              ]
            : patterns,
        },
      ],
    },
  })),
  {
    files: ENTRY_FILES.taskpane,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...folder('layout'), ...folder('cli'), ...folder('commands')],
              message: 'The task pane entry creates the Office.js host and hands it to the workflow.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: folder('taskpane'),
              message: 'Only the task pane entry and the workbench import src/taskpane.',
            },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'dist/**', 'lib/**', 'coverage/**', 'test-results/**', 'bench-results/**'],
  },
  js.configs.recommended,
  {
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/support/**/*.js'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'office-addins': officeAddins, react: reactPlugin },
    settings: { react: { version: 'detect' } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'react/jsx-key': 'error',
      'react/no-unescaped-entities': 'error',
    },
  },
  {
    // The Office.js rules read every `.load`/`.values` as an Office proxy: they apply where Office.js is used.
    files: ['src/excel/**/*.ts', 'src/taskpane/**/*.{ts,tsx}', 'src/commands/**/*.ts', 'test/excel/**/*.ts'],
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'warn',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    // HyperFormula is GPL and only for tests and the workbench: the add-in bundle must never import it.
    files: ['src/taskpane/**/*.{ts,tsx}', 'src/excel/**/*.ts', 'src/commands/**/*.ts'],
    ignores: [EARLIER_BOOK_READER],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['hyperformula', '**/memory', '**/memory/**'],
              message: 'HyperFormula stays out of the add-in bundle.',
            },
            {
              group: ['**/workbench/**', '**/cli/**', '**/xlsx/**', '@cj-tech-master/*'],
              message: 'Not part of the add-in bundle.',
            },
          ],
        },
      ],
    },
  },
  {
    // The pane reads earlier years' workbooks with the command line's reader, from bytes (no file
    // system), in a chunk it fetches only when the officer imports them.
    files: [EARLIER_BOOK_READER],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['hyperformula', '**/memory', '**/memory/**'],
              message: 'HyperFormula stays out of the add-in bundle.',
            },
            {
              group: [
                '**/workbench/**',
                '**/cli/**',
                '**/xlsx/**',
                '!**/xlsx/workbookBytes',
                '@cj-tech-master/*',
              ],
              message: 'Not part of the add-in bundle: the pane reads workbooks only from bytes.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', domainPurity],
      'no-restricted-globals': ['error', ...browserAndNodeGlobals('src/domain')],
    },
  },
  {
    files: ['src/geometry/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', geometryPurity],
      'no-restricted-globals': ['error', ...browserAndNodeGlobals('src/geometry')],
    },
  },
  {
    // Only the Office.js host and the entry points may touch Excel or Office.
    files: [
      'src/domain/**/*.ts',
      'src/geometry/**/*.ts',
      'src/layout/**/*.ts',
      'src/memory/**/*.ts',
      'src/xlsx/**/*.ts',
      'src/cli/**/*.ts',
    ],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Excel', message: 'Only src/excel may use Excel.*' },
        { object: 'Office', message: 'Only src/excel and entry points may use Office.*' },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'scripts/**/*.ts', 'src/xlsx/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      // Test doubles hand partial objects to typed APIs on purpose.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  ...layerRules,
);
