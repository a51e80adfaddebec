/**
 * A workbook for the read paths, built from office-addin-mock objects: a property read before it was
 * loaded and synced gives the mock's "Error, property was not loaded" string instead of a value, so a
 * forgotten `load` shows up in what the host returns.
 *
 * The mock knows neither collections (`items/name` loads) nor `getItemOrNullObject`; this file adds
 * both on top of it, a `getSpecialCellsOrNullObject('Formulas')` on a table's data body (the formula
 * cells of the seed, one rectangle per run down a column), and a `context.sync()` that counts round trips.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { parseRangeAddress } from '../../../src/excel/_lib/address';
import { rangeA1 } from '../../../src/geometry/bounds';
import { quoteSheetName } from '../../../src/geometry/sheetName';
import type { ExcelRun } from '../../../src/excel/excelRun';

/** What the mock returns for a property read without load and sync. */
export const NOT_LOADED = 'Error, property was not loaded';

// The mock types its objects loosely; these helpers reach into them the way Office.js code would.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- mock objects carry whatever the seed declares
type Mock = OfficeMockObject & Record<string, any>;

const baseLoad = OfficeMockObject.prototype.load;

/** A workbook made of mock objects, with the round trips counted. */
export interface MockWorkbook {
  context: Mock;
  run: ExcelRun;
  syncs(): number;
  /** The mock of a sheet or a table, to look at what was loaded. */
  sheet(name: string): Mock;
  table(name: string): Mock;
  /** The formula cells of a table's data body (a `RangeAreas`), when it has any. */
  formulaCells(name: string): Mock | undefined;
}

export interface MockSheetSeed {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  /** Full address of the used range (`'Danh mục'!A1:D5`), or null for an empty sheet. */
  used: string | null;
  charts?: string[];
}

export interface MockTableSeed {
  name: string;
  /** Full address of the header row. */
  headerAddress: string;
  headers: string[];
  values: (string | number | boolean)[][];
  formulas: (string | number | boolean)[][];
}

export interface MockSeed {
  sheets: MockSheetSeed[];
  tables: MockTableSeed[];
  names: Record<string, string>;
}

function nullObject(): unknown {
  return new Proxy(function () {}, {
    get(_, prop) {
      if (prop === 'isNullObject') return true;
      if (prop === 'then') return undefined;
      return () => nullObject();
    },
  });
}

/** The `RangeAreas` address of a data body's formula cells, or null when it has none. */
function formulaAreas(headerAddress: string, formulas: readonly (readonly unknown[])[]): string | null {
  const header = parseRangeAddress(headerAddress);
  if (header === null || header.sheet === null) return null;
  const sheet = quoteSheetName(header.sheet);
  const top = header.bounds.top + 1;
  const areas: string[] = [];
  const width = Math.max(0, ...formulas.map((row) => row.length));
  const isFormula = (r: number, c: number): boolean => {
    const cell = formulas[r]?.[c];
    return typeof cell === 'string' && cell.startsWith('=');
  };
  for (let c = 0; c < width; c++) {
    for (let r = 0; r < formulas.length; r++) {
      if (!isFormula(r, c) || (r > 0 && isFormula(r - 1, c))) continue;
      let end = r;
      while (isFormula(end + 1, c)) end += 1;
      const col = header.bounds.left + c;
      areas.push(`${sheet}!${rangeA1({ top: top + r, left: col, bottom: top + end, right: col })}`);
    }
  }
  return areas.length === 0 ? null : areas.join(', ');
}

/** Loads `a/items/b` paths, entering collections item by item. */
function loadPath(target: Mock, path: readonly string[], itemsOf: Map<Mock, Mock[]>): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    baseLoad.call(target, head);
    return;
  }
  if (head === 'items') {
    baseLoad.call(target, 'items');
    for (const item of itemsOf.get(target) ?? []) loadPath(item, rest, itemsOf);
    return;
  }
  loadPath(target[head] as Mock, rest, itemsOf);
}

/**
 * Builds the mock workbook.
 * @param seed - sheets, tables and names it holds
 * @returns the context, a stand-in for `Excel.run`, and the sync count
 */
export function mockWorkbook(seed: MockSeed): MockWorkbook {
  const itemsOf = new Map<Mock, Mock[]>();
  const detached: Mock[] = [];

  const collection = (items: Mock[], byName: Map<string, Mock>): Record<string, unknown> => ({
    items,
    load(this: Mock, paths: string) {
      for (const path of paths.split(',')) loadPath(this, path.trim().split('/'), itemsOf);
      return this;
    },
    getItem: (name: string) => byName.get(name),
    getItemOrNullObject: (name: string) => byName.get(name) ?? nullObject(),
  });

  const item = (data: Record<string, unknown>): Mock => {
    const mock = new OfficeMockObject(data) as Mock;
    // Office.js fills isNullObject on every sync without a load.
    mock.isNullObject = false;
    detached.push(mock);
    return mock;
  };

  const sheets = new Map<string, Mock>();
  for (const s of seed.sheets) {
    const charts = (s.charts ?? []).map((name) => item({ name }));
    const usedRange = s.used === null ? null : item({ address: s.used, values: [], numberFormat: [] });
    const sheet = item({
      name: s.name,
      visibility: s.visibility,
      position: 0,
      protection: { protected: s.protected, options: { allowAutoFilter: true } },
      charts: collection(charts, new Map()),
      getUsedRangeOrNullObject: () => usedRange ?? nullObject(),
    });
    itemsOf.set(sheet.charts as Mock, charts);
    sheets.set(s.name, sheet);
  }

  const tables = new Map<string, Mock>();
  const formulaCellsOf = new Map<string, Mock>();
  for (const t of seed.tables) {
    const header = item({ address: t.headerAddress, values: [t.headers], formulas: [t.headers] });
    const areas = formulaAreas(t.headerAddress, t.formulas);
    const formulaCells =
      areas === null ? null : item({ address: areas, areaCount: areas.split(', ').length });
    const body = item({
      address: '',
      values: t.values,
      formulas: t.formulas,
      numberFormat: [],
      getSpecialCellsOrNullObject: (cellType: string) =>
        cellType === 'Formulas' && formulaCells !== null ? formulaCells : nullObject(),
    });
    if (formulaCells !== null) formulaCellsOf.set(t.name, formulaCells);
    tables.set(
      t.name,
      item({
        name: t.name,
        style: 'TableStyleMedium2',
        getHeaderRowRange: () => header,
        getDataBodyRange: () => body,
      }),
    );
  }

  const names = Object.entries(seed.names).map(([name, formula]) => item({ name, formula, value: '' }));

  const context = new OfficeMockObject({
    workbook: {
      worksheets: collection([...sheets.values()], sheets),
      tables: collection([...tables.values()], tables),
      names: collection(names, new Map()),
    },
  }) as Mock;
  const workbook = context.workbook as Mock;
  itemsOf.set(workbook.worksheets as Mock, [...sheets.values()]);
  itemsOf.set(workbook.tables as Mock, [...tables.values()]);
  itemsOf.set(workbook.names as Mock, names);
  const rootSync = context.sync.bind(context);
  let count = 0;
  context.sync = async () => {
    count += 1;
    await rootSync();
    for (const mock of detached) await mock.sync();
  };

  return {
    context,
    run: (batch) => batch(context as unknown as Excel.RequestContext),
    syncs: () => count,
    sheet: (name) => sheets.get(name) as Mock,
    table: (name) => tables.get(name) as Mock,
    formulaCells: (name) => formulaCellsOf.get(name),
  };
}
