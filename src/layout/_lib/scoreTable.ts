/**
 * What the two scoring tables (Scores, SelfScores) share: the unit columns, one column per criterion,
 * one row per unit of the catalogue, the criterion maxima above the header and the conditional formats
 * that flag points out of range.
 */
import { SCORE_HEADERS, UNIT_HEADERS } from '../../domain/contract';
import type { Campaign, Criterion, ScoreRow } from '../../domain/model';
import { a1, type CellValue } from '../../domain/workbook';
import type { TableGeometry } from '../../geometry/tableGeometry';
import { criterionMaxFormula, unitLookupFormula } from '../formulas';
import { NAMES } from '../names';
import type { CellPlan, ColumnPlan, ConditionalFormatPlan } from '../plan';
import { sameHeader } from './current';
import { COLORS, pointsFormat, TEXT_FORMAT } from './formats';
import { cellAbove, columnAt, dataRange, firstCell, rowCell } from './placed';

/** The criteria that get a column: catalogue order, each code once. */
export function criterionColumns(campaign: Campaign): Criterion[] {
  const seen = new Set<string>();
  return campaign.criteria.filter((c) => {
    if (c.code.trim() === '' || seen.has(c.code)) return false;
    seen.add(c.code);
    return true;
  });
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

/** A criterion's input column: points from 0 to its maximum, with the criterion's text as the prompt. */
export function criterionColumn(criterion: Criterion, precision: number): ColumnPlan {
  const kind =
    criterion.kind === 'deduction'
      ? 'điểm trừ, nhập số dương'
      : criterion.kind === 'bonus'
        ? 'điểm thưởng'
        : 'điểm';
  const tail = ` (${kind}, tối đa ${criterion.max})`;
  const head = `${criterion.code}: ${criterion.text}`;
  const prompt =
    head.length + tail.length <= PROMPT_LIMIT
      ? head + tail
      : `${head.slice(0, PROMPT_LIMIT - tail.length - 1)}…${tail}`;
  return {
    header: criterion.code,
    role: 'input',
    numberFormat: pointsFormat(precision),
    width: 8,
    ...(criterion.max > 0 ? { validation: { kind: 'decimal', min: 0, max: criterion.max, prompt } } : {}),
  };
}

/**
 * One row per unit of the catalogue (its first score row's points, if any), then the score rows of
 * units the catalogue does not know, so nothing typed is lost.
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
  const criteria = new Set(campaign.criteria.map((c) => c.code));
  const units = new Set(campaign.units.map((u) => u.code));
  const line = (code: string, row: ScoreRow | undefined): CellValue[] =>
    headers.map((header) => {
      if (header === SCORE_HEADERS.unit) return code;
      if (row === undefined) return null;
      if (criteria.has(header)) return row.values[header] ?? null;
      return value(row, header) ?? null;
    });
  const seen = new Set<string>();
  const rows: CellValue[][] = [];
  for (const unit of campaign.units) {
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
