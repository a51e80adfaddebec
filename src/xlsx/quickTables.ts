/**
 * A few named tables read straight from a workbook file's parts, without loading the whole workbook:
 * what merging a thousand units' copies needs (each copy is the whole campaign workbook, and loading one
 * at the Ministry's scale takes seconds, an hour for the thousand). The archive is opened with fflate
 * and only the parts of the wanted tables are inflated.
 *
 * It gives what `readWorkbook` gives for those tables (checked on every file of the test corpus): cell
 * values as plain values, and a formula as the marker `=` rather than its text (`RawTable.formulas`
 * allows it: readers only tell formulas from constants). A file it does not fully understand (the 1904 date
 * system, cells without addresses, typed dates) is read by the spreadsheet library instead.
 */
import { promises as fs } from 'fs';
import { strFromU8, unzipSync, type Unzipped } from 'fflate';
import type { CellBounds, CellValue, RawTable, SheetVisibility, WorkbookData } from '../domain/workbook';
import { parseRangeA1 } from '../geometry/bounds';
import { readWorkbook } from './readWorkbook';
import { loadWorkbookBuffer, NotAWorkbookError } from './workbookFile';

/** Parts inflated in the first pass: relationships, the workbook part and table parts, all small. */
const FIRST_PASS = /(^|\/)(_rels\/[^/]+\.rels|workbook\.xml|tables\/[^/]+\.xml)$/;

/**
 * Reads the named tables of a workbook file.
 * @param file - path of the file
 * @param names - the tables wanted (matched ignoring case); others are not read
 * @returns the workbook data holding those of the tables the file has, and its sheets (without used ranges)
 * @throws the file system's error when the file cannot be read, {@link NotAWorkbookError} when it is
 *   not a workbook
 * @example
 * (await readTablesOfFile('vp.xlsx', ['Registrations'])).tables.Registrations?.rows.length // 12
 */
export async function readTablesOfFile(file: string, names: readonly string[]): Promise<WorkbookData> {
  return readTablesOfBytes(await fs.readFile(file), names, file);
}

/**
 * Reads the named tables of workbook bytes (see {@link readTablesOfFile}).
 * @param bytes - the file's content
 * @param names - the tables wanted
 * @param label - how to name the input in an error
 * @returns the workbook data of those tables
 */
export async function readTablesOfBytes(
  bytes: Uint8Array,
  names: readonly string[],
  label = 'workbook',
): Promise<WorkbookData> {
  let archive: Archive;
  try {
    archive = new Archive(bytes);
  } catch (error) {
    throw new NotAWorkbookError(label, error instanceof Error ? error.message : String(error));
  }
  const quick = readQuickly(archive, new Set(names.map((name) => name.toLowerCase())));
  if (quick !== null) return quick;
  const full = readWorkbook(await loadWorkbookBuffer(bytes, label));
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  return {
    sheets: full.sheets,
    tables: Object.fromEntries(
      Object.entries(full.tables).filter(([name]) => wanted.has(name.toLowerCase())),
    ),
  };
}

/** The parts of the archive, inflated on demand. */
class Archive {
  private readonly parts: Unzipped;

  constructor(private readonly bytes: Uint8Array) {
    this.parts = unzipSync(bytes, { filter: (file) => FIRST_PASS.test(file.name) });
  }

  text(name: string): string | null {
    let part = this.parts[name];
    if (part === undefined) {
      part = unzipSync(this.bytes, { filter: (file) => file.name === name })[name];
      if (part === undefined) return null;
      this.parts[name] = part;
    }
    return strFromU8(part);
  }
}

interface TableInfo {
  name: string;
  sheet: string;
  sheetPart: string;
  ref: string;
  headerRow: boolean;
  totalsRow: boolean;
  columns: string[];
}

interface Cell {
  value: CellValue;
  formula: string | null;
}

/** The wanted tables, or null when the file holds something this reader leaves to the library. */
function readQuickly(archive: Archive, wanted: ReadonlySet<string>): WorkbookData | null {
  const workbookPart = relationships(archive, '').find((rel) => rel.type.endsWith('/officeDocument'))?.target;
  const workbookXml = workbookPart === undefined ? null : archive.text(workbookPart);
  if (workbookPart === undefined || workbookXml === null) return null;
  if (/<workbookPr\b[^>]*\bdate1904="(1|true)"/.test(workbookXml)) return null;
  const workbookRels = relationships(archive, workbookPart);
  const target = (id: string): string | undefined => workbookRels.find((rel) => rel.id === id)?.target;
  const sharedPart = workbookRels.find((rel) => rel.type.endsWith('/sharedStrings'))?.target;

  const sheets: WorkbookData['sheets'] = [];
  const tables: TableInfo[] = [];
  for (const tag of workbookXml.match(/<sheet\b[^>]*>/g) ?? []) {
    const attrs = attributes(tag);
    const name = attrs.name ?? '';
    const state = attrs.state;
    const visibility: SheetVisibility = state === 'hidden' || state === 'veryHidden' ? state : 'visible';
    sheets.push({ name, visibility, used: null });
    const sheetPart = target(attrs['r:id'] ?? '');
    if (sheetPart === undefined) continue;
    for (const rel of relationships(archive, sheetPart)) {
      if (!rel.type.endsWith('/table')) continue;
      const xml = archive.text(rel.target);
      const open = xml === null ? null : /<table\b[^>]*>/.exec(xml);
      if (xml === null || open === null) return null;
      const table = attributes(open[0]);
      if (table.name === undefined || !wanted.has(table.name.toLowerCase())) continue;
      tables.push({
        name: table.name,
        sheet: name,
        sheetPart,
        ref: table.ref ?? '',
        headerRow: table.headerRowCount !== '0',
        totalsRow: table.totalsRowCount !== undefined && table.totalsRowCount !== '0',
        columns: (xml.match(/<tableColumn\b[^>]*>/g) ?? []).map((column) => attributes(column).name ?? ''),
      });
    }
  }

  const shared = sharedPart === undefined ? [] : sharedStrings(archive.text(sharedPart) ?? '');
  const out: Record<string, RawTable> = {};
  const cellsOf = new Map<string, SheetCells | null>();
  for (const table of tables) {
    const bounds = parseRangeA1(table.ref);
    if (bounds === null) return null;
    if (!cellsOf.has(table.sheetPart)) {
      const xml = archive.text(table.sheetPart);
      const area = tables
        .filter((other) => other.sheetPart === table.sheetPart)
        .map((other) => parseRangeA1(other.ref) ?? bounds)
        .reduce((a, b) => ({
          top: Math.min(a.top, b.top),
          left: Math.min(a.left, b.left),
          bottom: Math.max(a.bottom, b.bottom),
          right: Math.max(a.right, b.right),
        }));
      cellsOf.set(table.sheetPart, xml === null ? null : sheetCells(xml, shared, area));
    }
    const cells = cellsOf.get(table.sheetPart);
    if (cells === null || cells === undefined) return null;
    const at = (row: number, col: number): Cell | undefined => cells.at(row, col);
    const headerRow = table.headerRow ? bounds.top : null;
    const headers = table.columns.map((column, j) => {
      if (headerRow === null) return column.normalize('NFC');
      const shown = at(headerRow, bounds.left + j)?.value ?? null;
      return shown === null || shown === '' ? column.normalize('NFC') : String(shown).normalize('NFC');
    });
    const rows: CellValue[][] = [];
    const formulas: (string | null)[][] = [];
    const top = bounds.top + (headerRow === null ? 0 : 1);
    const bottom = bounds.bottom - (table.totalsRow ? 1 : 0);
    for (let r = top; r <= bottom; r++) {
      rows.push(headers.map((_, j) => at(r, bounds.left + j)?.value ?? null));
      formulas.push(headers.map((_, j) => at(r, bounds.left + j)?.formula ?? null));
    }
    out[table.name] = {
      name: table.name,
      sheet: table.sheet,
      origin: { row: headerRow ?? top, col: bounds.left },
      headers,
      rows,
      formulas,
    };
  }
  return { sheets, tables: out };
}

interface Relationship {
  id: string;
  type: string;
  /** The part it points at, as a name inside the archive (no leading `/`). */
  target: string;
}

/** The relationships of a part (`''` for the package), targets resolved against the part's folder. */
function relationships(archive: Archive, part: string): Relationship[] {
  const slash = part.lastIndexOf('/');
  const folder = slash < 0 ? '' : part.slice(0, slash + 1);
  const file = slash < 0 ? part : part.slice(slash + 1);
  const xml = archive.text(`${folder}_rels/${file}.rels`);
  if (xml === null) return [];
  return (xml.match(/<Relationship\b[^>]*>/g) ?? []).flatMap((tag) => {
    const attrs = attributes(tag);
    if (attrs.TargetMode === 'External' || attrs.Target === undefined) return [];
    return [{ id: attrs.Id ?? '', type: attrs.Type ?? '', target: resolvePart(folder, attrs.Target) }];
  });
}

/** A relationship target as a part name: absolute names (`/xl/…`, as openpyxl writes) or relative ones. */
function resolvePart(folder: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : folder + target).split('/');
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}

function sharedStrings(xml: string): string[] {
  return (xml.match(/<si>[\s\S]*?<\/si>|<si\/>/g) ?? []).map((item) => runsText(item));
}

/** The text of `<t>` runs, phonetic runs (`<rPh>`) left out. */
function runsText(xml: string): string {
  const plain = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let text = '';
  for (const m of plain.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) text += unescapeXml(m[1] ?? '');
  return text;
}

/**
 * The cells of a sheet within `bounds` by `row:col` (zero-based), or null when a cell has no address or
 * holds a typed date. Written for speed: a Ministry-scale sheet holds tens of thousands of cells.
 */
function sheetCells(xml: string, shared: readonly string[], bounds: CellBounds): SheetCells | null {
  const rows: Cell[][] = [];
  const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  for (let m = CELL.exec(xml); m !== null; m = CELL.exec(xml)) {
    const inner = m[2];
    // An empty cell (`<c r="D5" s="3"/>`, most of a scoring sheet) reads as blank: nothing to keep.
    if (inner === undefined || inner === '') continue;
    const attrs = m[1] ?? '';
    const at = attrs.indexOf('r="');
    if (at < 0) return null;
    let end = at + 3;
    let col = 0;
    for (let code = attrs.charCodeAt(end); code >= 65 && code <= 90; code = attrs.charCodeAt(++end)) {
      col = col * 26 + (code - 64);
    }
    col -= 1;
    const row = parseInt(attrs.slice(end), 10) - 1;
    if (row < bounds.top || row > bounds.bottom || col < bounds.left || col > bounds.right) continue;
    const type = attrs.includes('t="') ? /\bt="(\w+)"/.exec(attrs)?.[1] : undefined;
    if (type === 'd') return null;
    const v = between(inner, '<v>', '</v>');
    let value: CellValue = null;
    switch (type) {
      case 's':
        value = v === null ? null : (shared[Number(v)] ?? null);
        break;
      case 'inlineStr': {
        const is = between(inner, '<is>', '</is>');
        value = is === null ? null : runsText(is);
        break;
      }
      case 'str':
      case 'e':
        // An empty cached text (LibreOffice writes `<v></v>` for a formula giving "") reads as no result.
        value = v === null || v === '' ? null : unescapeXml(v);
        break;
      case 'b':
        value = v === null ? null : v === '1' || v === 'true';
        break;
      default:
        value = v === null || v === '' ? null : Number(v);
    }
    const grid = (rows[row - bounds.top] ??= []);
    grid[col - bounds.left] = { value, formula: /<f[\s>/]/.test(inner) ? '=' : null };
  }
  return { at: (row, col) => rows[row - bounds.top]?.[col - bounds.left] };
}

/** The cells read from a sheet, by zero-based row and column. */
interface SheetCells {
  at(row: number, col: number): Cell | undefined;
}

/** The text between the first `open` and the `close` after it, or null. */
function between(text: string, open: string, close: string): string | null {
  const start = text.indexOf(open);
  if (start < 0) return null;
  const end = text.indexOf(close, start + open.length);
  return end < 0 ? null : text.slice(start + open.length, end);
}

/** The attributes of an opening tag, decoded. */
function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    if (m[1] !== undefined) out[m[1]] = unescapeXml(m[2] ?? m[3] ?? '');
  }
  return out;
}

function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_all, entity: string) => {
    switch (entity) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default:
        return String.fromCodePoint(
          entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10),
        );
    }
  });
}
