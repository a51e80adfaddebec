#!/usr/bin/env node
// npm start: serves the add-in and opens the browser workbench, where the task pane runs beside an
// in-memory workbook — so the add-in can be seen working on a machine without Excel.
'use strict';
const { spawn } = require('child_process');
const http = require('http');
const https = require('https');

const port = Number(process.env.THIDUA_PORT || 3000);
const noOpen = process.argv.includes('--no-open') || process.env.CI === 'true';

const server = spawn(
  process.execPath,
  [require.resolve('webpack-cli/bin/cli.js'), 'serve', '--mode', 'development'],
  {
    stdio: 'inherit',
    env: { ...process.env, WEBPACK_SERVE: 'true' },
  },
);

function probe(protocol) {
  const client = protocol === 'https' ? https : http;
  return new Promise((resolve) => {
    const req = client.get(
      { host: 'localhost', port, path: '/workbench.html', rejectUnauthorized: false, timeout: 2000 },
      (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      },
    );
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
  });
}

function openBrowser(url) {
  const opener =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', url]]
        : ['xdg-open', [url]];
  const child = spawn(opener[0], opener[1], { stdio: 'ignore', detached: true });
  child.on('error', () => {
    /* no browser launcher here: the URL is printed above */
  });
  child.unref();
}

async function waitForServer() {
  const deadline = Date.now() + 180000;
  while (Date.now() < deadline) {
    for (const protocol of ['https', 'http']) {
      if (await probe(protocol)) return protocol;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  return null;
}

void waitForServer().then((protocol) => {
  if (!protocol) {
    console.error('Máy chủ không trả lời sau 3 phút; xem lỗi webpack ở trên.');
    server.kill();
    process.exit(1);
  }
  const base = `${protocol}://localhost:${port}`;
  console.log('');
  console.log(`Bàn làm việc Thi đua (không cần Excel): ${base}/workbench.html`);
  console.log(`Ngăn tác vụ cho Excel:                  ${base}/taskpane.html`);
  console.log('Nạp vào Excel: npm run start:excel (máy tính) hoặc npm run start:web (Excel trên web).');
  console.log('Dừng: Ctrl+C');
  if (!noOpen && (process.platform !== 'linux' || process.env.DISPLAY)) openBrowser(`${base}/workbench.html`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.kill(signal);
    process.exit(0);
  });
}
server.on('exit', (code) => process.exit(code ?? 0));
