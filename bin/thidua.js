#!/usr/bin/env node
// Entry point of the `thidua` command: runs the compiled command line in lib/ (npm run build:cli).
'use strict';

const fs = require('fs');
const path = require('path');

const compiled = path.join(__dirname, '..', 'lib', 'cli', 'main.js');
if (!fs.existsSync(compiled)) {
  process.stderr.write(
    'thidua: chưa biên dịch dòng lệnh (không có lib/cli/main.js). Hãy chạy "npm run build:cli" trong thư mục dự án.\n',
  );
  process.exit(2);
}

// A reader that stops early (`thidua rank so.xlsx | head`) closes the pipe: stop quietly then.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const { main } = require(compiled);
main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(
      `thidua: lỗi không lường trước: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
