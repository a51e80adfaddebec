// The Debian packages the tests need beyond Node and npm: the one list that `npm run check` (through
// scripts/ensure-system-tools.js), CI and the README rely on. Adding a tool adds an entry here.
'use strict';

/**
 * How to tell that a package is installed, by what the tests use from it:
 * - `{ commands }`: every command is on PATH;
 * - `{ file }`: an executable at this absolute path (the tests call it there, not through PATH);
 * - `{ python, module }`: the module imports in that interpreter;
 * - `{ fontLanguage }`: fontconfig knows a font covering this language (`fc-list :lang=<code>`);
 * - `{ fontFamily }`: fontconfig knows this font family (`fc-list <family>`).
 * @typedef {{ commands: string[] } | { file: string } | { python: string, module: string } | { fontLanguage: string } | { fontFamily: string }} Probe
 */

/**
 * @typedef {object} SystemTool
 * @property {string} package - the Debian (and Ubuntu) package name given to apt-get
 * @property {Probe} probe - how to see that it is there
 * @property {string} neededFor - what the tests use it for, printed when it is missing
 */

/** @type {readonly SystemTool[]} */
const systemTools = Object.freeze([
  {
    package: 'libxml2-utils',
    probe: { commands: ['xmllint'] },
    neededFor: 'kiểm tra manifest theo lược đồ XSD, ngoại tuyến (npm run validate)',
  },
  {
    package: 'chromium',
    probe: { file: '/usr/bin/chromium' },
    neededFor: 'trình duyệt của các kiểm thử đầu cuối (playwright-core, test/e2e)',
  },
  {
    package: 'libreoffice-calc',
    probe: { commands: ['soffice'] },
    neededFor: 'tính lại độc lập các tệp .xlsx mà dòng lệnh ghi ra, in ra PDF',
  },
  {
    package: 'poppler-utils',
    probe: { commands: ['pdftotext', 'pdftoppm'] },
    neededFor: 'đọc lại PDF đã in: vị trí và cỡ chữ (pdftotext -bbox), ảnh trang (pdftoppm)',
  },
  {
    // Debian's module lands in /usr/bin/python3; a python3 earlier on PATH (pyenv) may not see it.
    package: 'python3-openpyxl',
    probe: { python: '/usr/bin/python3', module: 'openpyxl' },
    neededFor: 'tạo tệp .xlsx mẫu bằng một chương trình khác (openpyxl) cho bộ tệp test/corpus',
  },
  {
    // libreoffice-calc without recommends names no text font of its own (fonts-opensymbol has symbols
    // only); one arrives through fontconfig-config's "fonts-dejavu-core | ttf-bitstream-vera | …", which
    // any of those satisfies, Bitstream Vera among them, and Vera has no Vietnamese letters.
    package: 'fonts-dejavu-core',
    probe: { fontLanguage: 'vi' },
    neededFor: 'phông chữ có đủ dấu tiếng Việt cho PDF do LibreOffice in',
  },
  {
    // The workbook is written in Calibri; Carlito has its metrics, so LibreOffice lays a sheet out on
    // paper as Excel does (with a wider stand-in every column grows by a quarter and the scale shrinks).
    package: 'fonts-crosextra-carlito',
    probe: { fontFamily: 'Carlito' },
    neededFor: 'phông chữ cùng cỡ với Calibri, để bản in của LibreOffice giống bản in của Excel',
  },
]);

module.exports = { systemTools };
