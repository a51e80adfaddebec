/**
 * What the two scoring tables (Scores, SelfScores) share: the unit columns, one column per criterion,
 * one row per unit of the catalogue, the criterion maxima above the header and the conditional formats
 * that flag points out of range.
 */
import { CRITERION_HEADERS, SCORE_HEADERS, UNIT_HEADERS } from '../../domain/contract';
import type { Campaign, Criterion, ScoreRow, Unit } from '../../domain/model';
import { criteriaTree, isMeasured, methodOf } from '../../domain/scoring';
import { a1, columnLetters, type CellPosition, type CellValue } from '../../domain/workbook';
import type { TableGeometry } from '../../geometry/tableGeometry';
import {
  criterionHeadingFormula,
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
import { columnSpan, libreOfficeColumnPoints, pageStarts, printSetup, tableWidths } from './printSetup';

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

/** Height of a line of 11 pt text, in points (Excel's default row height). */
const LINE_HEIGHT = 15;
/** Most lines a heading over the criteria is given: a longer name is cut rather than the row grown. */
const MOST_LINES = 8;

/** What a run of criterion columns is headed by: the code shown and where its name is read. */
interface Heading {
  key: string;
  label: string;
  /** The criterion whose row holds the name. */
  code: string;
  nameHeader: string;
  /** The name as the campaign has it now, to size the row (the cell itself is live). */
  name: string;
}

/**
 * What heads each criterion (by its code): a criterion under a heading of the tree is headed by the
 * heading at the top (`A. Công tác chuyên môn`); a criterion of a flat catalogue by its group
 * (`I. Xây dựng pháp luật`); one without a group by itself.
 */
function headingsOf(campaign: Campaign): Map<string, Heading> {
  const tree = criteriaTree(campaign.criteria);
  const headings = new Map<string, Heading>();
  let top: Criterion | undefined;
  for (const criterion of tree.order) {
    if ((tree.depth.get(criterion.code) ?? 0) === 0) top = criterion;
    const root = top ?? criterion;
    const group = criterion.group.trim();
    if (tree.parts.has(root.code)) {
      headings.set(criterion.code, {
        key: `heading:${root.code}`,
        label: root.code,
        code: root.code,
        nameHeader: CRITERION_HEADERS.text,
        name: root.text,
      });
    } else if (group !== '') {
      headings.set(criterion.code, {
        key: `group:${group}`,
        label: group,
        code: criterion.code,
        nameHeader: CRITERION_HEADERS.groupName,
        name: criterion.groupName ?? '',
      });
    } else {
      headings.set(criterion.code, {
        key: `item:${criterion.code}`,
        label: criterion.code,
        code: criterion.code,
        nameHeader: CRITERION_HEADERS.text,
        name: criterion.text,
      });
    }
  }
  return headings;
}

/**
 * The criteria headed by their names: in the title's row, over each run of criterion columns that
 * share a heading (the group over its items), the heading's code and name across the run, live from
 * the Criteria table. The headers of the table stay the codes the formulas and readers rely on; the
 * names print with them, the title's row repeated on every page.
 * @param placed - the scores table as placed
 * @param campaign - the criteria
 * @param breaks - absolute columns where a printed page begins: a heading is cut there and repeated,
 *   so that none runs off a page
 * @returns the cells and the height the row needs (null when the table leaves no room above it)
 */
export function criterionHeadings(
  placed: TablePlanLike,
  campaign: Campaign,
  breaks: ReadonlySet<number> = new Set(),
): { cells: CellPlan[]; row: number; height: number } | null {
  const row = placed.origin.row - 2;
  if (row < 0) return null;
  const headings = headingsOf(campaign);
  const tree = criteriaTree(campaign.criteria);
  const byHeader = new Map<string, Heading>();
  for (const leaf of tree.leaves) {
    const heading = headings.get(leaf.code);
    if (heading !== undefined && isMeasured(leaf)) byHeader.set(inputHeader(leaf), heading);
  }
  for (const [code, heading] of headings) byHeader.set(code, heading);
  const widthOf = (header: string): number =>
    placed.columns.find((c) => sameHeader(c.header, header))?.width ?? 9;

  const runs: { heading: Heading; col: number; width: number; span: number }[] = [];
  placed.headers.forEach((header, i) => {
    const heading = [...byHeader].find(([h]) => sameHeader(h, header))?.[1];
    const last = runs[runs.length - 1];
    const col = placed.origin.col + i;
    if (heading === undefined) return;
    if (
      last !== undefined &&
      last.heading.key === heading.key &&
      last.col + last.span === col &&
      !breaks.has(col)
    ) {
      last.span += 1;
      last.width += widthOf(header);
    } else runs.push({ heading, col, width: widthOf(header), span: 1 });
  });
  let lines = 1;
  const cells = runs.map((run): CellPlan => {
    const shown =
      run.heading.name.trim() === '' ? run.heading.label : `${run.heading.label}. ${run.heading.name}`;
    // A column of n characters (digit widths) holds about n × 1.2 letters of running text.
    lines = Math.max(lines, Math.ceil(shown.length / Math.max(1, run.width * 1.2 - 2)));
    return {
      address: a1({ row, col: run.col }),
      value: null,
      formula: criterionHeadingFormula(run.heading.label, run.heading.code, run.heading.nameHeader),
      style: { bold: true, align: 'center', wrap: true },
      ...(run.span > 1 ? { mergeAcross: run.span } : {}),
    };
  });
  return { cells, row, height: Math.min(lines, MOST_LINES) * LINE_HEIGHT };
}

/** A placed table with its columns: its geometry and the widths of its columns. */
type TablePlanLike = TableGeometry & { columns: readonly ColumnPlan[] };

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
  const widths = tableWidths(table, printed);
  sheet.print = printSetup({
    blocks: [widths],
    area: columnSpan(table, lastPrinted),
    // From the title's row, which heads the criteria by their names, to the header row.
    repeatRows:
      table.origin.row < 2 ? headerRowTitles(table) : `$${table.origin.row - 1}:$${table.origin.row + 1}`,
    repeatColumns: columnSpan(table, 1),
  });
  // The printed columns are the first ones up to the last printed: helpers sit after the proposal.
  // Excel and LibreOffice size columns a little differently: a heading is cut where a page begins in
  // either, so that no heading runs off a page.
  const breaks = new Set(
    [
      ...pageStarts(sheet.print, widths, 2),
      ...pageStarts(sheet.print, widths, 2, libreOfficeColumnPoints),
    ].map((i) => table.origin.col + i),
  );
  const headings = criterionHeadings(table, campaign, breaks);
  if (headings !== null) {
    sheet.cells.push(...headings.cells);
    if (headings.height > LINE_HEIGHT) sheet.rowHeights = { [headings.row]: headings.height };
  }
  return sheet;
}
