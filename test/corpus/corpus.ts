/**
 * The corpus of workbooks officers really have, made at test time from one workbook `thidua init` writes:
 * by every writer this machine has (the product itself, LibreOffice headless, Python's openpyxl from
 * Debian's python3-openpyxl, which writes absolute part names and inline strings) and by hand, each
 * trait alone on the product's own file: absolute part names, inline strings, shared formulas (Excel and
 * WPS share a filled-down formula), a macro-enabled .xlsm.
 *
 * Made at test time rather than committed: each takes well under a few seconds, and a committed binary
 * would go stale with every change of the layout.
 */
import { execFile } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate';
import { findSoffice, makeRecalculatingProfile, resaveAsXlsx } from '../cli/libreoffice';

/** Debian's interpreter: python3-openpyxl installs there, whatever python3 comes first on the PATH. */
export const SYSTEM_PYTHON = '/usr/bin/python3';

const OPENPYXL_WRITER = path.join(__dirname, 'openpyxl_writer.py');

/** A workbook of the corpus: how it was made and where it is. */
export interface CorpusFile {
  /** What wrote it, for test names. */
  writer: string;
  file: string;
}

/**
 * Loads and saves a workbook with openpyxl.
 * @param mode - `resave` (load and save), or `totals` (also a totals row and a password-protected sheet)
 */
export async function openpyxlWrite(
  mode: 'resave' | 'totals',
  source: string,
  target: string,
): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    execFile(
      SYSTEM_PYTHON,
      [OPENPYXL_WRITER, mode, source, target],
      { timeout: 120_000 },
      (error, _o, stderr) =>
        error ? reject(new Error(`openpyxl failed: ${error.message}\n${stderr}`)) : resolve(),
    );
  });
}

type Parts = Record<string, Uint8Array>;

async function rewriteParts(source: string, target: string, change: (parts: Parts) => void): Promise<void> {
  const parts = unzipSync(await fs.readFile(source));
  change(parts);
  await fs.writeFile(target, zipSync(parts));
}

function text(parts: Parts, name: string): string {
  const part = parts[name];
  if (part === undefined) throw new Error(`no part ${name}`);
  return strFromU8(part);
}

/** Every relationship target written as an absolute part name (`/xl/tables/table1.xml`), as openpyxl does. */
export function absolutePartNames(parts: Parts): void {
  for (const name of Object.keys(parts)) {
    const match = /^(.*?)_rels\/[^/]+\.rels$/.exec(name);
    if (match === null) continue;
    const base = match[1] ?? '';
    const xml = text(parts, name).replace(/<Relationship\b[^>]*>/g, (tag) => {
      if (/TargetMode="External"/.test(tag)) return tag;
      return tag.replace(/Target="([^"]+)"/, (_all, target: string) =>
        target.startsWith('/')
          ? `Target="${target}"`
          : `Target="${path.posix.normalize(`/${base}${target}`)}"`,
      );
    });
    parts[name] = strToU8(xml);
  }
}

/** Shared strings written into the cells as inline strings, the shared string part removed. */
export function inlineStrings(parts: Parts): void {
  const shared = [...text(parts, 'xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    [...(m[1] ?? '').matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1] ?? '').join(''),
  );
  for (const name of Object.keys(parts)) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
    parts[name] = strToU8(
      text(parts, name).replace(
        /<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
        (_all, before: string, after: string, index: string) =>
          `<c ${before}t="inlineStr"${after}><is><t xml:space="preserve">${shared[Number(index)] ?? ''}</t></is></c>`,
      ),
    );
  }
  delete parts['xl/sharedStrings.xml'];
  parts['xl/_rels/workbook.xml.rels'] = strToU8(
    text(parts, 'xl/_rels/workbook.xml.rels').replace(/<Relationship [^>]*sharedStrings[^>]*\/>/, ''),
  );
  parts['[Content_Types].xml'] = strToU8(
    text(parts, '[Content_Types].xml').replace(/<Override PartName="\/xl\/sharedStrings.xml"[^>]*\/>/, ''),
  );
}

/**
 * Runs of cells down a column holding the same formula written as one shared formula: the first cell
 * carries the text and the range, the others only the group's index.
 */
export function sharedFormulas(parts: Parts): void {
  for (const name of Object.keys(parts)) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
    const xml = text(parts, name);
    const cells = [...xml.matchAll(/<c r="([A-Z]+)(\d+)"([^>]*)><f>([^<]+)<\/f>(<v>[^<]*<\/v>)?<\/c>/g)];
    // Column → runs of consecutive rows with one formula.
    const runs: { col: string; first: number; last: number; formula: string }[] = [];
    for (const m of cells) {
      const col = m[1] ?? '';
      const row = Number(m[2]);
      const formula = m[4] ?? '';
      const open = runs.find((r) => r.col === col && r.last === row - 1 && r.formula === formula);
      if (open !== undefined) open.last = row;
      else runs.push({ col, first: row, last: row, formula });
    }
    let index = 0;
    const groupOf = new Map<string, { si: number; first: boolean; ref: string }>();
    for (const run of runs) {
      if (run.last === run.first) continue;
      const si = index++;
      for (let row = run.first; row <= run.last; row++) {
        groupOf.set(`${run.col}${row}`, {
          si,
          first: row === run.first,
          ref: `${run.col}${run.first}:${run.col}${run.last}`,
        });
      }
    }
    parts[name] = strToU8(
      xml.replace(
        /<c r="([A-Z]+\d+)"([^>]*)><f>([^<]+)<\/f>((?:<v>[^<]*<\/v>)?)<\/c>/g,
        (all, ref: string, attributes: string, formula: string, value: string) => {
          const group = groupOf.get(ref);
          if (group === undefined) return all;
          const f = group.first
            ? `<f t="shared" ref="${group.ref}" si="${group.si}">${formula}</f>`
            : `<f t="shared" si="${group.si}"/>`;
          return `<c r="${ref}"${attributes}>${f}${value}</c>`;
        },
      ),
    );
  }
}

/** The workbook made macro-enabled (.xlsm): its content type, and a VBA project part it points to. */
export function macroEnabled(parts: Parts): void {
  parts['[Content_Types].xml'] = strToU8(
    text(parts, '[Content_Types].xml')
      .replace(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
        'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
      )
      .replace(
        '</Types>',
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
      ),
  );
  parts['xl/_rels/workbook.xml.rels'] = strToU8(
    text(parts, 'xl/_rels/workbook.xml.rels').replace(
      '</Relationships>',
      '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    ),
  );
  // Not a real VBA project: no reader here runs macros, and the part is only carried.
  parts['xl/vbaProject.bin'] = strToU8('VBA project placeholder');
}

/** The hand-built variants, by name, with the extension each is saved under. */
export const HAND_BUILT: readonly { writer: string; extension: string; change: (parts: Parts) => void }[] = [
  { writer: 'absolute part names', extension: '.xlsx', change: absolutePartNames },
  { writer: 'inline strings', extension: '.xlsx', change: inlineStrings },
  { writer: 'shared formulas', extension: '.xlsx', change: sharedFormulas },
  { writer: 'macro-enabled (.xlsm)', extension: '.xlsm', change: macroEnabled },
];

/**
 * Makes the corpus from one workbook: the workbook itself, LibreOffice's copy, openpyxl's copies, and
 * the hand-built variants.
 * @param source - the workbook `thidua init` wrote
 * @param dir - where to put the copies
 * @returns every file of the corpus, the source first
 */
export async function makeCorpus(source: string, dir: string): Promise<CorpusFile[]> {
  const files: CorpusFile[] = [{ writer: 'thidua init', file: source }];
  const soffice = await findSoffice();
  if (soffice === null)
    throw new Error('LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc');
  const profile = await makeRecalculatingProfile(path.join(dir, 'profile'));
  files.push({
    writer: 'LibreOffice',
    file: await resaveAsXlsx(soffice, profile, source, path.join(dir, 'lo')),
  });
  const openpyxl = path.join(dir, 'openpyxl.xlsx');
  await openpyxlWrite('resave', source, openpyxl);
  files.push({ writer: 'openpyxl', file: openpyxl });
  const totals = path.join(dir, 'openpyxl-totals.xlsx');
  await openpyxlWrite('totals', source, totals);
  files.push({ writer: 'openpyxl, totals row and password', file: totals });
  for (const variant of HAND_BUILT) {
    const file = path.join(dir, `${variant.writer.replace(/[^a-z]+/g, '-')}${variant.extension}`);
    await rewriteParts(source, file, variant.change);
    files.push({ writer: variant.writer, file });
  }
  return files;
}
