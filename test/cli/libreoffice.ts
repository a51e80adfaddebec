/**
 * Recalculating a workbook in headless LibreOffice and reading one sheet back as CSV: an independent
 * spreadsheet engine evaluates the formulas the file carries.
 *
 * LibreOffice keeps the cached results of an .xlsx unless told otherwise; the profile made here sets
 * `OOXMLRecalcMode` to 0 ("always recalculate") so every formula is evaluated on load. The CSV filter's
 * 12th option selects the sheet to export (1-based, LibreOffice 7.2 and later).
 */
import { execFile } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';

const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The soffice executable on PATH, or null. */
export async function findSoffice(): Promise<string | null> {
  for (const folder of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of ['soffice', 'libreoffice']) {
      const candidate = path.join(folder, name);
      try {
        await fs.access(candidate, fs.constants.X_OK);
        return candidate;
      } catch {
        // not in this folder
      }
    }
  }
  return null;
}

/**
 * Makes a LibreOffice user profile that recalculates .xlsx formulas on load.
 * @param folder - where the profile goes
 * @param locale - the locale LibreOffice formats numbers in (`vi-VN`: decimal comma); the system's when absent
 */
export async function makeRecalculatingProfile(folder: string, locale?: string): Promise<string> {
  await fs.mkdir(path.join(folder, 'user'), { recursive: true });
  const setting =
    locale === undefined
      ? RECALCULATE_ON_LOAD
      : RECALCULATE_ON_LOAD.replace(
          '</oor:items>',
          `<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${locale}</value></prop></item>\n</oor:items>`,
        );
  await fs.writeFile(path.join(folder, 'user', 'registrymodifications.xcu'), setting);
  return folder;
}

/**
 * Converts one sheet of a workbook to CSV text (UTF-8, comma-separated, raw values) after recalculation.
 * @param soffice - the executable
 * @param profile - a profile from {@link makeRecalculatingProfile}
 * @param workbook - the .xlsx file
 * @param sheetNumber - 1-based position of the sheet in the workbook, hidden sheets included
 * @param outDir - where LibreOffice writes the CSV
 */
export async function sheetAsCsv(
  soffice: string,
  profile: string,
  workbook: string,
  sheetNumber: number,
  outDir: string,
): Promise<string> {
  await fs.mkdir(outDir, { recursive: true });
  // separator 44 (,), quote 34 ("), charset 76 (UTF-8), from line 1, no column formats, language 0,
  // quoted as text false, detect numbers true, values not as shown, no formulas, keep spaces, sheet n.
  const filter = `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${sheetNumber}`;
  await new Promise<void>((resolve, reject) => {
    execFile(
      soffice,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        filter,
        '--outdir',
        outDir,
        workbook,
      ],
      { timeout: 180_000 },
      (error, _stdout, stderr) =>
        error ? reject(new Error(`soffice failed: ${error.message}\n${stderr}`)) : resolve(),
    );
  });
  const base = path.basename(workbook, path.extname(workbook));
  const written = (await fs.readdir(outDir)).filter((name) => name.startsWith(base) && name.endsWith('.csv'));
  if (written.length !== 1 || written[0] === undefined) {
    throw new Error(`soffice wrote ${written.length} CSV files for ${workbook}: ${written.join(', ')}`);
  }
  return fs.readFile(path.join(outDir, written[0]), 'utf8');
}

/**
 * Opens a workbook in LibreOffice and saves it again as .xlsx: a file written by another program than
 * the file host, with that program's way of storing tables, names and validations.
 * @returns the path of the saved copy
 */
export async function resaveAsXlsx(
  soffice: string,
  profile: string,
  workbook: string,
  outDir: string,
): Promise<string> {
  await fs.mkdir(outDir, { recursive: true });
  await new Promise<void>((resolve, reject) => {
    execFile(
      soffice,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        outDir,
        workbook,
      ],
      { timeout: 180_000 },
      (error, _stdout, stderr) =>
        error ? reject(new Error(`soffice failed: ${error.message}\n${stderr}`)) : resolve(),
    );
  });
  return path.join(outDir, path.basename(workbook));
}

/**
 * Prints a workbook to PDF with LibreOffice after recalculation (its page setup and print areas apply).
 * @returns the path of the PDF
 */
export async function printToPdf(
  soffice: string,
  profile: string,
  workbook: string,
  outDir: string,
): Promise<string> {
  await fs.mkdir(outDir, { recursive: true });
  await new Promise<void>((resolve, reject) => {
    execFile(
      soffice,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        workbook,
      ],
      { timeout: 180_000 },
      (error, _stdout, stderr) =>
        error ? reject(new Error(`soffice failed: ${error.message}\n${stderr}`)) : resolve(),
    );
  });
  return path.join(outDir, `${path.basename(workbook, path.extname(workbook))}.pdf`);
}

/** The text of each page of a PDF, laid out as printed (poppler's pdftotext -layout). */
export async function pdfPages(pdf: string): Promise<string[]> {
  const text = await new Promise<string>((resolve, reject) => {
    execFile('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(new Error(`pdftotext failed: ${error.message}`)) : resolve(stdout),
    );
  });
  return text.split('\f');
}

/** Parses CSV text (RFC 4180 quoting) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cell += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += ch;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
