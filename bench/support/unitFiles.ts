/**
 * A thousand units' copies of the Ministry's workbook, for the merge measure. Each is the blank copy
 * the Ministry hands out (its whole workbook, nothing typed by units) with one unit's registrations and
 * self-scores typed in. Writing a thousand such files through the spreadsheet library would take an
 * hour, so each is the blank copy's archive with the three parts that differ replaced: the
 * `Đăng ký` sheet (the unit's rows, text inline), its table part (the table's new range), and the
 * `Tự chấm` sheet (the unit's points in its row); the parts every copy shares are compressed once.
 * Bench support only; the product never writes XML.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { strFromU8, strToU8, unzipSync, Zip, type ZipInputFile } from 'fflate';
import type { Campaign } from '../../src/domain/model';
import { a1, columnLetters } from '../../src/domain/workbook';
import { isoToSerial } from '../../src/domain/dates';
import { readTablesOfBytes } from '../../src/xlsx/quickTables';

/** Where the parts of the two tables are in the blank copy's archive. */
interface Layout {
  parts: Record<string, Uint8Array>;
  /** Every part compressed once, as the archive stores it. */
  stored: Map<string, StoredPart>;
  registrationsSheet: string;
  registrationsTable: string;
  selfSheet: string;
  /** Registrations: zero-based header row and first column, and the headers. */
  registrations: { row: number; col: number; headers: string[] };
  /** SelfScores: header row, first column, headers, and the unit of each data row. */
  self: { row: number; col: number; headers: string[]; units: string[] };
}

/**
 * Finds the parts to replace in the blank copy.
 * @param blank - the blank copy's bytes
 * @returns its parts and where the two tables are
 */
export async function unitFileLayout(blank: Uint8Array): Promise<Layout> {
  const parts = unzipSync(blank);
  const data = await readTablesOfBytes(blank, ['Registrations', 'SelfScores']);
  const registrations = data.tables.Registrations;
  const self = data.tables.SelfScores;
  if (registrations === undefined || self === undefined) throw new Error('blank copy without its tables');
  const text = (name: string): string => strFromU8(parts[name] ?? new Uint8Array());
  const tablePart = Object.keys(parts).find(
    (name) => name.startsWith('xl/tables/') && text(name).includes('name="Registrations"'),
  );
  const sheetOf = (table: string): string => {
    const rels = Object.keys(parts).find(
      (name) => /^xl\/worksheets\/_rels\//.test(name) && text(name).includes(table),
    );
    if (rels === undefined) throw new Error(`no sheet for ${table}`);
    return rels.replace('_rels/', '').replace(/\.rels$/, '');
  };
  const selfPart = Object.keys(parts).find(
    (name) => name.startsWith('xl/tables/') && text(name).includes('name="SelfScores"'),
  );
  if (tablePart === undefined || selfPart === undefined) throw new Error('no table parts');
  const unitAt = self.headers.indexOf('Mã đơn vị');
  const stored = new Map(Object.entries(parts).map(([name, data]) => [name, storedPart(data)] as const));
  return {
    parts,
    stored,
    registrationsSheet: sheetOf(tablePart.split('/').pop() ?? ''),
    registrationsTable: tablePart,
    selfSheet: sheetOf(selfPart.split('/').pop() ?? ''),
    registrations: {
      row: registrations.origin.row,
      col: registrations.origin.col,
      headers: registrations.headers,
    },
    self: {
      row: self.origin.row,
      col: self.origin.col,
      headers: self.headers,
      units: self.rows.map((row) => String(row[unitAt])),
    },
  };
}

const REGISTRATION_CELLS: Record<string, (r: Campaign['registrations'][number]) => string | number | null> = {
  'Mã đơn vị': (r) => r.unit,
  'Đối tượng': (r) => (r.subject === 'collective' ? 'Tập thể' : 'Cá nhân'),
  'Họ và tên': (r) => r.person,
  'Chức vụ': (r) => r.position,
  'Mã danh hiệu': (r) => r.title,
  'Ngày đăng ký': (r) => (r.date === null ? null : isoToSerial(r.date)),
  'Ghi chú': (r) => r.note,
};

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function cellXml(row: number, col: number, value: string | number | null): string {
  if (value === null || value === '') return '';
  const ref = a1({ row, col });
  return typeof value === 'number'
    ? `<c r="${ref}"><v>${value}</v></c>`
    : `<c r="${ref}" t="inlineStr"><is><t>${escape(value)}</t></is></c>`;
}

/**
 * One unit's copy: the blank copy with its registrations and self-scores typed in.
 * @param layout - from {@link unitFileLayout}
 * @param campaign - the campaign the rows come from
 * @param unit - the unit's code
 * @returns the file's bytes
 */
export function unitFile(layout: Layout, campaign: Campaign, unit: string): Uint8Array {
  const rows = campaign.registrations.filter((r) => r.unit === unit);
  const { registrations: reg, self } = layout;
  const bodyTop = reg.row + 1;
  const count = Math.max(1, rows.length);

  const registrationsXml = strFromU8(layout.parts[layout.registrationsSheet] ?? new Uint8Array()).replace(
    /<sheetData>([\s\S]*?)<\/sheetData>|<sheetData\/>/,
    (_all, inner: string | undefined) => {
      const kept = (inner ?? '').replace(
        /<row r="(\d+)"[\s\S]*?<\/row>|<row r="(\d+)"[^>]*\/>/g,
        (row, a, b) => (Number(a ?? b) - 1 >= bodyTop ? '' : row),
      );
      const body = rows
        .map((registration, i) => {
          const cells = reg.headers
            .map((header, j) =>
              cellXml(bodyTop + i, reg.col + j, REGISTRATION_CELLS[header]?.(registration) ?? null),
            )
            .join('');
          return `<row r="${bodyTop + i + 1}">${cells}</row>`;
        })
        .join('');
      return `<sheetData>${kept}${body}</sheetData>`;
    },
  );
  const lastCol = columnLetters(reg.col + reg.headers.length - 1);
  const range = `${a1({ row: reg.row, col: reg.col })}:${lastCol}${bodyTop + count}`;
  const tableXml = strFromU8(layout.parts[layout.registrationsTable] ?? new Uint8Array())
    .replace(/(<table\b[^>]*?\bref=")[^"]+"/, `$1${range}"`)
    .replace(/(<autoFilter\b[^>]*?\bref=")[^"]+"/, `$1${range}"`);

  const scores = campaign.selfScores.find((row) => row.unit === unit);
  const rowAt = self.units.indexOf(unit);
  const sheetRow = self.row + 1 + rowAt;
  let selfXml = strFromU8(layout.parts[layout.selfSheet] ?? new Uint8Array());
  if (scores !== undefined && rowAt >= 0) {
    selfXml = selfXml.replace(new RegExp(`<row r="${sheetRow + 1}"[^>]*>[\\s\\S]*?</row>`), (row) => {
      let out = row;
      for (const [code, points] of Object.entries(scores.values)) {
        const j = self.headers.indexOf(code);
        if (j < 0 || points === null) continue;
        const ref = a1({ row: sheetRow, col: self.col + j });
        const typed = `<c r="${ref}"$1><v>${points}</v></c>`;
        const empty = new RegExp(`<c r="${ref}"([^>]*?)(?:/>|></c>)`);
        out = empty.test(out)
          ? out.replace(empty, typed)
          : out.replace('</row>', `${typed.replace('$1', '')}</row>`);
      }
      return out;
    });
  }

  const changed = new Map([
    [layout.registrationsSheet, storedPart(strToU8(registrationsXml))],
    [layout.registrationsTable, storedPart(strToU8(tableXml))],
    [layout.selfSheet, storedPart(strToU8(selfXml))],
  ]);
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, part] of layout.stored) addStored(zip, name, changed.get(name) ?? part);
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, chunk) => n + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** A part as a zip archive stores it: raw deflate, with the size and checksum of what it holds. */
interface StoredPart {
  deflated: Uint8Array<ArrayBuffer>;
  size: number;
  crc: number;
}

function storedPart(data: Uint8Array): StoredPart {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return {
    deflated: new Uint8Array(deflateRawSync(bytes, { level: 6 })),
    size: data.length,
    crc: crc32(bytes),
  };
}

/** Adds an already compressed part to the archive (fflate's interface for a file it is handed as is). */
function addStored(zip: Zip, filename: string, part: StoredPart): void {
  const file: ZipInputFile = { filename, size: part.size, crc: part.crc, compression: 8 };
  zip.add(file);
  file.ondata?.(null, part.deflated, true);
}
