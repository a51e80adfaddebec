// The evidence of docs/spreadsheet-library.md: loads every file of the test corpus with each candidate
// library, then writes the file host's features with each and looks at the XML written. The candidates
// are not dependencies of the project; install them into a scratch folder and run this there:
//
//   mkdir /tmp/libcmp && cd /tmp/libcmp && npm init -y
//   npm install exceljs@4.4.0 @zurmokeeper/exceljs@4.4.9 excelts5@npm:@cj-tech-master/excelts@5.1.17 \
//     excelts10@npm:@cj-tech-master/excelts@10.2.0 xlsx-populate@1.21.0 fflate@0.8.3
//   # corpus.json: [{ "writer", "file" }], as test/corpus/corpus.ts makeCorpus() returns it
//   NODE_ENV=production node compare-spreadsheet-libraries.cjs
'use strict';
const fs = require('fs');
const { unzipSync, strFromU8 } = require('fflate');
const corpus = JSON.parse(fs.readFileSync('corpus.json', 'utf8'));
const exceljsLike = {
  'exceljs 4.4.0': () => require('exceljs'),
  '@zurmokeeper/exceljs 4.4.9': () => require('@zurmokeeper/exceljs'),
  '@cj-tech-master/excelts 5.1.17': () => require('excelts5'),
  '@cj-tech-master/excelts 10.2.0': () => {
    const m = require('excelts10');
    require('excelts10/chart').installChartSupport();
    return m;
  },
};
async function loadRow(name, lib) {
  const cells = [];
  for (const { writer, file } of corpus) {
    const wb = new lib.Workbook();
    try {
      await wb.xlsx.load(fs.readFileSync(file));
      const tables = wb.worksheets.flatMap((ws) => (ws.getTables ? ws.getTables() : []));
      const reg = tables.map((t) => t.table || t).find((t) => t.name === 'Registrations');
      const names = (wb.definedNames.model || []).filter((n) => !n.name.startsWith('_xlnm')).length;
      cells.push(
        `${writer}: ok (${tables.length} tables, Registrations ${reg ? reg.tableRef : 'missing'}, ${names} names)`,
      );
    } catch (e) {
      cells.push(`${writer}: FAILS (${e.message.split('\n')[0]})`);
    }
  }
  return cells;
}
async function featureRow(name, lib) {
  const out = {};
  const wb = new lib.Workbook();
  const ws = wb.addWorksheet('Chấm điểm');
  ws.getCell('A1').value = 'Mã';
  ws.getCell('B1').value = 'Điểm';
  ws.getCell('C1').value = 'Hạng';
  for (let r = 2; r <= 13; r++) {
    ws.getCell(r, 1).value = 'U' + r;
    ws.getCell(r, 2).value = r;
    ws.getCell(r, 3).value = { formula: 'RANK(B' + r + ',$B$2:$B$13)' };
    ws.getCell(r, 2).dataValidation = {
      type: 'decimal',
      operator: 'between',
      allowBlank: true,
      formulae: [0, 100],
    };
  }
  const step = (label, f) => {
    try {
      f();
      out[label] = 'api ok';
    } catch (e) {
      out[label] = 'throws: ' + e.message.split('\n')[0];
    }
  };
  step('table + calculated column', () =>
    ws.addTable({
      name: 'Scores',
      ref: 'A1',
      headerRow: true,
      columns: [
        { name: 'Mã' },
        { name: 'Điểm' },
        { name: 'Hạng', calculatedColumnFormula: 'RANK([@Điểm],[Điểm])' },
      ],
      rows: Array.from({ length: 12 }, () => []),
    }),
  );
  step('defined name = formula', () => {
    if (wb.definedNames.addFormula) wb.definedNames.addFormula('DS_Ma', 'Scores[Mã]');
    else throw new Error('no API for a formula name');
  });
  step('conditional format', () =>
    ws.addConditionalFormatting({
      ref: 'C2:C13',
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: ['$C2=1'],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFC6EFCE' } } },
        },
      ],
    }),
  );
  step('protection', () => ws.protect('', { selectLockedCells: true, selectUnlockedCells: true }));
  step('page setup', () => {
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    };
  });
  step('chart', () => {
    if (!ws.addChart) throw new Error('no chart API');
    ws.addChart(
      {
        type: 'bar',
        barDir: 'col',
        title: 'Điểm',
        series: [{ name: 'Điểm', categories: "'Chấm điểm'!$A$2:$A$13", values: "'Chấm điểm'!$B$2:$B$13" }],
      },
      { tl: { col: 4, row: 1 }, br: { col: 10, row: 15 } },
    );
  });
  await ws.protect('', {});
  let parts;
  try {
    parts = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
  } catch (e) {
    out.write = 'write throws: ' + e.message;
    return out;
  }
  const text = (re) =>
    Object.entries(parts)
      .filter(([n]) => re.test(n))
      .map(([, d]) => strFromU8(d))
      .join('\n');
  const sheet = text(/worksheets\/sheet1\.xml$/),
    table = text(/tables\//),
    book = text(/workbook\.xml$/);
  out['written: calculatedColumnFormula'] = /calculatedColumnFormula/.test(table);
  out['written: formula name'] = /<definedName name="DS_Ma">Scores\[Mã\]</.test(book);
  out['written: validation ranges'] = [...sheet.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)]
    .map((m) => m[1])
    .join(' ');
  out['written: cfRule'] = /<cfRule /.test(sheet);
  out['written: sheetProtection'] = /<sheetProtection/.test(sheet);
  out['written: pageSetup A4 landscape'] = /paperSize="9"[^>]*orientation="landscape"/.test(sheet);
  out['written: chart part'] = Object.keys(parts).some((n) => /charts\/chart\d+\.xml$/.test(n));
  return out;
}
(async () => {
  for (const [name, load] of Object.entries(exceljsLike)) {
    const lib = load();
    console.log(`\n## ${name}`);
    for (const line of await loadRow(name, lib)) console.log('load ' + line);
    const f = await featureRow(name, lib);
    for (const [k, v] of Object.entries(f)) console.log(`feature ${k}: ${v}`);
  }
  console.log('\n## xlsx-populate 1.21.0');
  const XP = require('xlsx-populate');
  for (const { writer, file } of corpus) {
    try {
      const wb = await XP.fromDataAsync(fs.readFileSync(file));
      const out = await wb.outputAsync();
      console.log(
        `load ${writer}: ok, saved again (${out.length} bytes); no table, validation-list or chart API`,
      );
    } catch (e) {
      console.log(`load ${writer}: FAILS (${e.message.split('\n')[0]})`);
    }
  }
})();
