// Three projects: pure Node (domain, layout, hosts, CLI), jsdom (task pane), and the browser end to end.
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }];

// office-addin-mock pulls office-addin-manifest, whose chain loads an ESM-only package under Jest 30.
const moduleNameMapper = {
  '^office-addin-manifest$': '<rootDir>/test/support/office-addin-manifest-stub.js',
  '\\.(css|png|svg)$': '<rootDir>/test/support/file-stub.js',
};

/** @type {import('jest').Config} */
module.exports = {
  // Speed is measured by the benchmark, never by a test: a test's time limit only stops a hung test, so
  // it is set far above what a loaded 2-core machine needs for the slowest file-writing test.
  testTimeout: 60_000,
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/taskpane/', '<rootDir>/test/e2e/'],
      moduleNameMapper,
    },
    {
      displayName: 'jsdom',
      testEnvironment: 'jsdom',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/test/taskpane/**/*.test.ts?(x)'],
      // jsdom asks for the spreadsheet library's browser build, which is ES modules only; the pane's
      // tests read workbooks with its CommonJS build (the end-to-end tests run the browser build).
      moduleNameMapper: {
        ...moduleNameMapper,
        '^@cj-tech-master/excelts$': '<rootDir>/node_modules/@cj-tech-master/excelts/dist/cjs/index.js',
        '^@cj-tech-master/excelts/chart$':
          '<rootDir>/node_modules/@cj-tech-master/excelts/dist/cjs/modules/excel/chart/index.js',
      },
      setupFiles: ['<rootDir>/test/support/jsdom-setup.js'],
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/test/e2e/**/*.e2e.ts'],
      moduleNameMapper,
    },
  ],
};
