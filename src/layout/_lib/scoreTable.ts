/**
 * What the two scoring tables (Scores, SelfScores) share: the unit columns, one column per criterion,
 * one row per unit of the catalogue, the criterion maxima above the header and the conditional formats
 * that flag points out of range.
 */
import { SCORE_HEADERS, UNIT_HEADERS } from '../../domain/contract';
import type { Campaign, Criterion, ScoreRow, Unit } from '../../domain/model';
import { criteriaTree, isMeasured, methodOf } from '../../domain/scoring';
import { a1, columnLetters, type CellPosition, type CellValue } from '../../domain/workbook';
import type { TableGeometry } from '../../geometry/tableGeometry';
import {
  criterionMaxFormula,
  inputHeader,
  numberLiteral,
  proportionalFormula,
  subtotalFormula,
  tierPointsFormula,
  unitLookupFormula,
  type ScoringColumns,
} from '../formulas';
import { NAMES } from '../names';
import { emptySheet, place, type LayoutContext } from '../context';
import { isScoreHelperHeader } from '../headers';
import type { CellPlan, ColumnPlan, ConditionalFormatPlan, SheetPlan } from '../plan';
import { finalHeaders } from '../placeTable';
import { findTable, sameHeader } from './current';
import { COLORS, pointsFormat, TABLE_STYLE, TEXT_FORMAT } from './formats';
import { cellAbove, columnAt, dataRange, firstCell, headerRowTitles, rowCell } from './placed';
import { columnSpan, printSetup, tableWidths } from './printSetup';

/** The criteria that get a column, in the tree's order (each heading before its parts), each code once. */
export function criterionColumns(campaign: Campaign): Criterion[] {
  return [...criteriaTree(campaign.criteria).order];
}

/**
 * A scores table as its formulas see it: its headers as they will stand, the criteria tree, and where
 * each criterion's maximum is (the maxima row above the table, live from the Criteria table).
 * @param campaign - the criteria
 * @param headers - the table's headers in order
 * @param origin - where the table's header row sits
 * @param pointsHeader - where a criterion's points are read, when not its own column
 * @returns the table for the formula builders
 */
export function scoringColumns(
  campaign: Campaign,
  headers: readonly string[],
  origin: CellPosition,
  pointsHeader?: (code: string) => string,
): ScoringColumns {
  const tree = criteriaTree(campaign.criteria);
  return {
    headers,
    criteria: campaign.criteria,
    tree,
    ...(pointsHeader === undefined ? {} : { pointsHeader }),
    maxOf: (criterion) => {
      const col = headers.indexOf(criterion.code);
      // The maxima row sits right above the header row; without it, the maximum as it stands now.
      if (origin.row < 1 || col < 0) return numberLiteral(criterion.max);
      return `${columnLetters(origin.col + col)}$${origin.row}`;
    },
  };
}

/** `Mã đơn vị` (typed, from the dropdown), then the unit's name and cluster looked up in the catalogue. */
export function unitColumns(): ColumnPlan[] {
  return [
    {
      header: SCORE_HEADERS.unit,
      role: 'input',
      numberFormat: TEXT_FORMAT,
      width: 12,
      validation: { kind: 'listName', name: NAMES.unitCodes, prompt: 'Chọn mã đơn vị trong danh mục.' },
    },
    {
      header: SCORE_HEADERS.name,
      role: 'computed',
      formula: unitLookupFormula(SCORE_HEADERS.unit, UNIT_HEADERS.name),
      width: 34,
      wrap: true,
    },
    {
      header: SCORE_HEADERS.cluster,
      role: 'computed',
      formula: unitLookupFormula(SCORE_HEADERS.unit, UNIT_HEADERS.cluster),
      width: 9,
    },
  ];
}

/** Excel refuses an input message over 255 characters. */
const PROMPT_LIMIT = 250;

/** A criterion's prompt: its code and text, then what to type, within Excel's limit. */
function promptOf(criterion: Criterion, what: string): string {
  const tail = ` (${what})`;
  const head = `${criterion.code}: ${criterion.text}`;
  return head.length + tail.length <= PROMPT_LIMIT
    ? head + tail
    : `${head.slice(0, PROMPT_LIMIT - tail.length - 1)}…${tail}`;
}

/** A typed criterion's input column: points from 0 to its maximum, with the criterion's text as the prompt. */
export function criterionColumn(criterion: Criterion, precision: number): ColumnPlan {
  const kind =
    criterion.kind === 'deduction'
      ? 'điểm trừ, nhập số dương'
      : criterion.kind === 'bonus'
        ? 'điểm thưởng'
        : 'điểm';
  const prompt = promptOf(criterion, `${kind}, tối đa ${criterion.max}`);
  const capped = criterion.max > 0 && criterion.mayExceed !== true;
  return {
    header: criterion.code,
    role: 'input',
    numberFormat: pointsFormat(precision),
    width: 8,
    ...(capped ? { validation: { kind: 'decimal', min: 0, max: criterion.max, prompt } } : {}),
  };
}

/** The largest measure a measure column accepts: shares pass 100% when over-achieved, days run on. */
const MEASURE_LIMIT = 1_000_000;

/**
 * The columns of the criteria, in the tree's order: a heading's points (summed, locked); a typed
 * criterion's points (typed); a measured criterion's measure (typed) then its points (locked).
 * @param table - the scores table as its formulas see it
 * @param precision - decimals shown
 * @returns the columns
 */
export function criterionPlans(table: ScoringColumns, precision: number): ColumnPlan[] {
  const points = pointsFormat(precision);
  return table.tree.order.flatMap((criterion): ColumnPlan[] => {
    if (table.tree.parts.has(criterion.code)) {
      return [
        {
          header: criterion.code,
          role: 'computed',
          formula: subtotalFormula(table, criterion),
          numberFormat: points,
          width: 8,
        },
      ];
    }
    if (!isMeasured(criterion)) return [criterionColumn(criterion, precision)];
    const tiered = methodOf(criterion) === 'tiers';
    const unit = criterion.measureUnit?.trim() ?? '';
    const what = tiered
      ? `nhập số liệu${unit === '' ? '' : ` (${unit})`}; điểm theo mức ở bảng mức điểm`
      : `nhập tỷ lệ % đã thực hiện; điểm = ${criterion.max} × tỷ lệ ÷ 100`;
    return [
      {
        header: inputHeader(criterion),
        role: 'input',
        width: 10,
        validation: { kind: 'decimal', min: 0, max: MEASURE_LIMIT, prompt: promptOf(criterion, what) },
      },
      {
        header: criterion.code,
        role: 'computed',
        formula: tiered ? tierPointsFormula(criterion) : proportionalFormula(table, criterion),
        numberFormat: points,
        width: 8,
      },
    ];
  });
}

/**
 * The catalogue's units grouped by cluster: clusters in the campaign's order, then units of a cluster
 * it does not know; units in catalogue order within a cluster. A council reads a cluster's rows
 * together, and the in-memory engine ranks a cluster over its own rows only when they stand together.
 */
function byCluster(campaign: Campaign): Unit[] {
  const place = new Map(campaign.clusters.map((cluster, i) => [cluster.code, i]));
  const last = place.size;
  return campaign.units
    .map((unit, index) => ({ unit, index, cluster: place.get(unit.cluster) ?? last }))
    .sort((a, b) => a.cluster - b.cluster || a.index - b.index)
    .map(({ unit }) => unit);
}

/**
 * One row per unit of the catalogue, grouped by cluster (its first score row's points, if any), then
 * the score rows of units the catalogue does not know, so nothing typed is lost.
 * @param campaign - units and criteria
 * @param scores - the score rows (Scores or SelfScores)
 * @param headers - the planned headers of the table
 * @param value - the value a row puts under a header that is not a criterion (inputs), or undefined
 */
export function unitRows(
  campaign: Campaign,
  scores: readonly ScoreRow[],
  headers: readonly string[],
  value: (row: ScoreRow, header: string) => CellValue | undefined = () => undefined,
): CellValue[][] {
  const first = new Map<string, ScoreRow>();
  for (const row of scores) if (!first.has(row.unit)) first.set(row.unit, row);
  // What the officer typed: a typed criterion's points, a measured criterion's measure; headings and
  // measured points are the sheet's.
  const tree = criteriaTree(campaign.criteria);
  const typed = new Map<string, (row: ScoreRow) => CellValue>();
  for (const leaf of tree.leaves) {
    if (isMeasured(leaf)) typed.set(inputHeader(leaf), (row) => row.measures?.[leaf.code] ?? null);
    else typed.set(leaf.code, (row) => row.values[leaf.code] ?? null);
  }
  const computed = new Set(tree.order.map((c) => c.code).filter((code) => !typed.has(code)));
  const units = new Set(campaign.units.map((u) => u.code));
  const line = (code: string, row: ScoreRow | undefined): CellValue[] =>
    headers.map((header) => {
      if (header === SCORE_HEADERS.unit) return code;
      if (row === undefined || computed.has(header)) return null;
      const read = typed.get(header);
      if (read !== undefined) return read(row);
      return value(row, header) ?? null;
    });
  const seen = new Set<string>();
  const rows: CellValue[][] = [];
  for (const unit of byCluster(campaign)) {
    if (seen.has(unit.code)) continue;
    seen.add(unit.code);
    rows.push(line(unit.code, first.get(unit.code)));
  }
  for (const [code, row] of first) if (!units.has(code)) rows.push(line(code, row));
  return rows;
}

/**
 * The cells above the criterion columns: each criterion's maximum (live from the Criteria table), with
 * a label left of the first. Conditional formats compare points with these cells.
 * @returns the cells and, by criterion code, the A1 address of its maximum (row fixed: `D$2`)
 */
export function maximaRow(
  placed: TableGeometry,
  criteria: readonly Criterion[],
  precision: number,
): { cells: CellPlan[]; maxima: Map<string, string> } {
  const cells: CellPlan[] = [];
  const maxima = new Map<string, string>();
  if (placed.origin.row < 1) return { cells, maxima };
  const row = placed.origin.row - 1;
  let firstCol = Number.POSITIVE_INFINITY;
  for (const criterion of criteria) {
    const col = columnAt(placed, criterion.code);
    if (col < 0) continue;
    firstCol = Math.min(firstCol, col);
    const address = a1({ row, col });
    cells.push({
      address,
      value: null,
      formula: criterionMaxFormula(criterion.code),
      style: { italic: true, align: 'center', numberFormat: pointsFormat(precision) },
    });
    maxima.set(criterion.code, address.replace(/(\d+)$/, '$$$1'));
  }
  if (Number.isFinite(firstCol) && firstCol > placed.origin.col) {
    cells.push({
      address: a1({ row, col: firstCol - 1 }),
      value: 'Điểm tối đa:',
      style: { italic: true, align: 'right' },
    });
  }
  return { cells, maxima };
}

/**
 * Flags points below 0 or above the criterion's maximum (or text where points belong), one format per
 * run of adjacent criterion columns: pasted values skip data validation, this catches them.
 */
export function outOfRangeFormats(
  sheet: string,
  placed: TableGeometry,
  criteria: readonly Criterion[],
  maxima: ReadonlyMap<string, string>,
): ConditionalFormatPlan[] {
  // Runs of adjacent criterion columns, in table order.
  const runs: string[][] = [];
  let run: string[] = [];
  for (const header of placed.headers) {
    const code = criteria.find((c) => sameHeader(c.code, header))?.code;
    if (code !== undefined) {
      run.push(code);
      continue;
    }
    if (run.length > 0) runs.push(run);
    run = [];
  }
  if (run.length > 0) runs.push(run);

  const maxOf = new Map(criteria.map((c) => [c.code, c.max]));
  const formats: ConditionalFormatPlan[] = [];
  for (const codes of runs) {
    // With the maxima row one relative formula serves a whole run (`D$2` moves along with the column);
    // without it each column needs its own literal maximum.
    const groups = maxima.size > 0 ? [codes] : codes.map((code) => [code]);
    for (const group of groups) {
      const first = group[0];
      const last = group[group.length - 1];
      if (first === undefined || last === undefined) continue;
      const range = dataRange(placed, first, last);
      const cell = firstCell(placed, first);
      if (range === null || cell === null) continue;
      const max = maxima.get(first) ?? String(maxOf.get(first) ?? 0);
      formats.push({
        sheet,
        range,
        formula: `=OR(${cell}<0,${cell}>${max})`,
        fill: COLORS.errorFill,
        fontColor: COLORS.errorFont,
        meaning: 'Điểm ngoài khoảng từ 0 đến điểm tối đa của tiêu chí, hoặc không phải số',
      });
    }
  }
  return formats;
}

/** Flags a unit code the catalogue does not know (its looked-up name stays blank). */
export function unknownUnitFormat(sheet: string, placed: TableGeometry): ConditionalFormatPlan | null {
  const unit = rowCell(placed, SCORE_HEADERS.unit);
  const name = rowCell(placed, SCORE_HEADERS.name);
  const range = dataRange(placed, SCORE_HEADERS.unit);
  if (unit === null || name === null || range === null) return null;
  return {
    sheet,
    range,
    formula: `=AND(${unit}<>"",${name}="")`,
    fill: COLORS.errorFill,
    fontColor: COLORS.errorFont,
    meaning: 'Mã đơn vị không có trong danh mục',
  };
}

/** The sheet title, two rows above the header row (when the table leaves room). */
export function titleCells(placed: TableGeometry, title: string): CellPlan[] {
  const at = cellAbove(placed, 2);
  return at === null ? [] : [{ address: at, value: title, style: { bold: true, size: 14 } }];
}

/**
 * Flags a measure that is text or below 0 (pasted values skip data validation); a measure has no maximum.
 */
export function measureFormats(
  sheet: string,
  placed: TableGeometry,
  criteria: readonly Criterion[],
): ConditionalFormatPlan[] {
  return criteria.flatMap((criterion): ConditionalFormatPlan[] => {
    const header = inputHeader(criterion);
    const range = dataRange(placed, header);
    const cell = firstCell(placed, header);
    if (range === null || cell === null) return [];
    return [
      {
        sheet,
        range,
        formula: `=OR(ISTEXT(${cell}),${cell}<0)`,
        fill: COLORS.errorFill,
        fontColor: COLORS.errorFont,
        meaning: 'Số liệu không phải số, hoặc nhỏ hơn 0',
      },
    ];
  });
}

/** What distinguishes the two scores sheets built on the shared skeleton. */
export interface ScoreSheetSpec {
  sheet: string;
  table: string;
  /** The title above the table. */
  title: string;
  /** The rows of points the campaign holds for the table. */
  rows: readonly ScoreRow[];
  /** The columns after the criteria, for the table as its formulas see it. */
  after: (table: ScoringColumns) => ColumnPlan[];
  /** The value a row puts under a header after the criteria that is typed (a tie-break input). */
  typedValue?: (row: ScoreRow, header: string) => CellValue | undefined;
  /** Conditional formats of the sheet's own columns, once the table is placed. */
  marks?: (placed: TableGeometry) => ConditionalFormatPlan[];
  /** Where the table's formulas read a criterion's points, when not its own column. */
  pointsHeader?: (code: string) => string;
}

/** Header row of the scores tables (zero-based): the title, then the criterion maxima, above it. */
const SCORE_HEADER_ROW = 2;

/**
 * The skeleton both scores sheets share (Chấm điểm, Tự chấm): the unit columns, the criteria in the
 * tree's order, the sheet's own columns, one row per unit; the title and the criterion maxima above the
 * table; the formats that flag what is typed wrong; locked formulas, frozen unit columns, landscape print.
 * @param ctx - the plan being built
 * @param spec - what the sheet adds to the skeleton
 * @returns the sheet's plan
 */
export function scoreSheet(ctx: LayoutContext, spec: ScoreSheetSpec): SheetPlan {
  const { campaign } = ctx;
  const precision = campaign.settings.precision;
  const sheet = emptySheet(ctx, spec.sheet);
  const origin = findTable(ctx.current, spec.table)?.origin ?? { row: SCORE_HEADER_ROW, col: 0 };
  const draft = (headers: readonly string[]): ColumnPlan[] => {
    const table = scoringColumns(campaign, headers, origin, spec.pointsHeader);
    return [...unitColumns(), ...criterionPlans(table, precision), ...spec.after(table)];
  };
  // Formulas are built against the final header order; for a new table that is the drafted order.
  const planned = draft([]);
  const required = [SCORE_HEADERS.unit];
  const headers = finalHeaders({ name: spec.table, columns: planned, required }, ctx.current);
  const columns = draft(headers);
  const table = place(ctx, {
    name: spec.table,
    sheet: spec.sheet,
    origin: { row: SCORE_HEADER_ROW, col: 0 },
    columns,
    rows: unitRows(
      campaign,
      spec.rows,
      columns.map((c) => c.header),
      spec.typedValue,
    ),
    key: SCORE_HEADERS.unit,
    required,
    style: TABLE_STYLE.input,
    showFilter: true,
  });
  sheet.tables.push(table);

  const tree = criteriaTree(campaign.criteria);
  const { cells, maxima } = maximaRow(table, tree.order, precision);
  sheet.cells.push(...titleCells(table, spec.title), ...cells);
  const typed = tree.leaves.filter((leaf) => !isMeasured(leaf));
  sheet.conditionalFormats.push(
    ...outOfRangeFormats(spec.sheet, table, typed, maxima),
    ...measureFormats(spec.sheet, table, tree.leaves.filter(isMeasured)),
    ...(spec.marks?.(table) ?? []),
  );
  const unknown = unknownUnitFormat(spec.sheet, table);
  if (unknown !== null) sheet.conditionalFormats.push(unknown);

  sheet.tabColor = COLORS.tabScores;
  sheet.protect = true;
  sheet.freezeRows = table.origin.row + 1;
  sheet.freezeColumns = table.origin.col + 2;
  // The helper columns sit after the proposal: the print area stops before them. So does the
  // explanation: its sentences need rows several lines high that would spoil the typing grid, and
  // unwrapped they run past the page; it is read in the sheet, the pane and `thidua explain`. Split
  // across pages, every page keeps the unit's code and name.
  const printed = (h: string): boolean =>
    !isScoreHelperHeader(h) && !sameHeader(h, SCORE_HEADERS.explanation);
  const lastPrinted = table.headers.reduce((last, h, i) => (printed(h) ? i : last), 0);
  sheet.print = printSetup({
    blocks: [tableWidths(table, printed)],
    area: columnSpan(table, lastPrinted),
    repeatRows: headerRowTitles(table),
    repeatColumns: columnSpan(table, 1),
  });
  return sheet;
}
