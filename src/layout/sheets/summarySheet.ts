/**
 * `Tổng hợp`: the document the council receives — national heading, the campaign, the cluster
 * comparison with its chart, the ranking of every cluster, the award proposals, registrations per title
 * and cluster, and the signature block. Every figure is a live formula over the other sheets; no value
 * is ever copied here, so the summary cannot go stale.
 *
 * Its tables hold one row per place (a cluster, the k-th unit of a cluster, the k-th proposal, a
 * cluster × title pair). When those places change (a unit, cluster or title added), the sheet — formulas
 * only, every cell locked — is rebuilt rather than grown, since its tables sit one under another.
 */
import { SCORE_HEADERS, SHEETS, TABLES } from '../../domain/contract';
import type { Campaign } from '../../domain/model';
import type { CellValue } from '../../domain/workbook';
import { a1 } from '../../domain/workbook';
import { bodyRows } from '../../geometry/tableGeometry';
import { sameHeader } from '../_lib/current';
import {
  campaignSigner,
  documentHeading,
  placeComputedTables,
  signatureBlock,
  type DocumentFrame,
} from '../_lib/officialDocument';
import { COLORS, COUNT_FORMAT, pointsFormat, TABLE_STYLE, TEXT_FORMAT } from '../_lib/formats';
import { dataRange, rowCell } from '../_lib/placed';
import { emptySheet, type LayoutContext } from '../context';
import {
  clusterNameFormula,
  clusterSummaryFormulas,
  proposalRowFormula,
  rankingRowFormula,
  scoresAtRowFormula,
  titleCountFormula,
  titleNameFormula,
} from '../formulas';
import {
  CLUSTER_SUMMARY_HEADERS as C,
  PROPOSAL_HEADERS as P,
  RANKING_HEADERS as R,
  TITLE_SUMMARY_HEADERS as T,
} from '../headers';
import { NAMES } from '../names';
import type { CellPlan, ChartPlan, ColumnPlan, ConditionalFormatPlan, SheetPlan, TablePlan } from '../plan';
import type { TableSpec } from '../placeTable';

/** Name of the cluster comparison chart. */
export const CLUSTER_CHART = 'SoSanhCacCum';

/** Rows the chart takes under the cluster comparison. */
const CHART_ROWS = 16;

/** Columns the summary's tables share, with widths that fit the widest of each. */
const WIDTHS: Record<number, number> = {
  0: 10,
  1: 34,
  2: 12,
  3: 10,
  4: 11,
  5: 11,
  6: 11,
  7: 11,
  8: 11,
  9: 30,
  10: 11,
};
const LAST_COL = 10;

/** The clusters in catalogue order, then any cluster named by a unit but missing from the list. */
function clusterCodes(campaign: Campaign): string[] {
  const codes: string[] = [];
  const add = (code: string): void => {
    if (code.trim() !== '' && !codes.includes(code)) codes.push(code);
  };
  campaign.clusters.forEach((c) => add(c.code));
  campaign.units.forEach((u) => add(u.cluster));
  return codes;
}

/** Units of the catalogue per cluster (each code once). */
function unitCounts(campaign: Campaign): Map<string, number> {
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  for (const unit of campaign.units) {
    if (seen.has(unit.code)) continue;
    seen.add(unit.code);
    counts.set(unit.cluster, (counts.get(unit.cluster) ?? 0) + 1);
  }
  return counts;
}

const constant = (header: string, numberFormat: string): ColumnPlan => ({
  header,
  role: 'computed',
  numberFormat,
});
const computed = (header: string, formula: string, numberFormat?: string, wrap = false): ColumnPlan => ({
  header,
  role: 'computed',
  formula,
  ...(numberFormat === undefined ? {} : { numberFormat }),
  ...(wrap ? { wrap } : {}),
});

type Draft = Omit<TableSpec, 'origin'>;

function draft(name: string, columns: ColumnPlan[], rows: CellValue[][]): Draft {
  return {
    name,
    sheet: SHEETS.summary,
    // Rows heightened for a long name keep every cell of the row on the same top line.
    columns: columns.map((c) =>
      c.header === T.clusterName && name === TABLES.titleSummary ? c : { ...c, wrap: true },
    ),
    rows,
    key: null,
    required: [],
    style: TABLE_STYLE.summary,
    showFilter: true,
  };
}

function clusterSummary(campaign: Campaign, clusters: readonly string[]): Draft {
  const points = pointsFormat(campaign.settings.precision);
  const f = clusterSummaryFormulas(campaign.settings.precision);
  return draft(
    TABLES.clusterSummary,
    [
      constant(C.cluster, TEXT_FORMAT),
      computed(C.name, f[C.name], undefined, true),
      computed(C.units, f[C.units], COUNT_FORMAT),
      computed(C.scored, f[C.scored], COUNT_FORMAT),
      computed(C.mean, f[C.mean], points),
      computed(C.median, f[C.median], points),
      computed(C.max, f[C.max], points),
      computed(C.min, f[C.min], points),
      computed(C.spread, f[C.spread], points),
      computed(C.leader, f[C.leader], undefined, true),
      computed(C.margin, f[C.margin], points),
    ],
    clusters.map((code) => [code, ...Array<CellValue>(10).fill(null)]),
  );
}

function ranking(campaign: Campaign, clusters: readonly string[]): Draft {
  const points = pointsFormat(campaign.settings.precision);
  const counts = unitCounts(campaign);
  const at = (header: string, kind: 'number' | 'text'): string => scoresAtRowFormula(R.row, header, kind);
  const columns = [
    constant(R.cluster, TEXT_FORMAT),
    computed(R.name, at(SCORE_HEADERS.name, 'text'), undefined, true),
    computed(R.unit, at(SCORE_HEADERS.unit, 'text'), TEXT_FORMAT),
    constant(R.ordinal, COUNT_FORMAT),
    computed(R.total, at(SCORE_HEADERS.total, 'number'), points),
    computed(R.rank, at(SCORE_HEADERS.rank, 'number'), COUNT_FORMAT),
    computed(R.tied, at(SCORE_HEADERS.tied, 'text')),
    computed(R.leading, at(SCORE_HEADERS.leading, 'text')),
    computed(R.row, rankingRowFormula(R.cluster, R.ordinal), COUNT_FORMAT),
    computed(R.proposal, at(SCORE_HEADERS.proposal, 'text'), undefined, true),
  ];
  const rows = clusters.flatMap((code) =>
    Array.from({ length: counts.get(code) ?? 0 }, (_, k) =>
      columns.map((c) => (c.header === R.cluster ? code : c.header === R.ordinal ? k + 1 : null)),
    ),
  );
  return draft(TABLES.ranking, columns, rows);
}

function proposals(campaign: Campaign): Draft {
  const points = pointsFormat(campaign.settings.precision);
  const at = (header: string, kind: 'number' | 'text'): string => scoresAtRowFormula(P.row, header, kind);
  const columns = [
    constant(P.number, COUNT_FORMAT),
    computed(P.name, at(SCORE_HEADERS.name, 'text'), undefined, true),
    computed(P.unit, at(SCORE_HEADERS.unit, 'text'), TEXT_FORMAT),
    computed(P.cluster, at(SCORE_HEADERS.cluster, 'text'), TEXT_FORMAT),
    computed(P.total, at(SCORE_HEADERS.total, 'number'), points),
    computed(P.rank, at(SCORE_HEADERS.rank, 'number'), COUNT_FORMAT),
    computed(P.leading, at(SCORE_HEADERS.leading, 'text')),
    computed(P.tied, at(SCORE_HEADERS.tied, 'text')),
    computed(P.row, proposalRowFormula(P.number), COUNT_FORMAT),
    computed(P.proposal, at(SCORE_HEADERS.proposal, 'text'), undefined, true),
  ];
  const units = new Set(campaign.units.map((u) => u.code)).size;
  const rows = Array.from({ length: units }, (_, k) =>
    columns.map((c) => (c.header === P.number ? k + 1 : null)),
  );
  return draft(TABLES.proposals, columns, rows);
}

function titleSummary(campaign: Campaign, clusters: readonly string[]): Draft {
  const titles = [...new Set(campaign.titles.map((t) => t.code))];
  const columns = [
    constant(T.cluster, TEXT_FORMAT),
    computed(T.titleName, titleNameFormula(T.title), undefined, true),
    constant(T.title, TEXT_FORMAT),
    computed(T.count, titleCountFormula(T.cluster, T.title), COUNT_FORMAT),
    // The last column: unwrapped, a long name runs on into the empty cells to its right.
    computed(T.clusterName, clusterNameFormula(T.cluster)),
  ];
  const rows = clusters.flatMap((cluster) =>
    titles.map((title) =>
      columns.map((c) => (c.header === T.cluster ? cluster : c.header === T.title ? title : null)),
    ),
  );
  return draft(TABLES.titleSummary, columns, rows);
}

/** Height of a line of 11 pt text in a row, in points (Excel's default row height). */
const LINE_HEIGHT = 15;

/**
 * The texts a wrapped summary column can show, by header: the longest decides how many lines its rows
 * need. The cells are formulas, so nothing heightens a row when a long name arrives.
 */
function wrappedTexts(campaign: Campaign): Map<string, readonly string[]> {
  const units = campaign.units.map((u) => u.name);
  const clusters = campaign.clusters.map((c) => c.name);
  const awards = [...campaign.titles.map((t) => t.name), ...campaign.awardRules.bands.map((b) => b.proposal)];
  // Keyed by table and header: `Dẫn đầu` is the leader's name in one table and a mark in another.
  const key = (table: string, header: string): string => `${table}|${header}`;
  return new Map<string, readonly string[]>([
    [key(TABLES.clusterSummary, C.name), clusters],
    [key(TABLES.clusterSummary, C.leader), units],
    [key(TABLES.ranking, R.name), units],
    [key(TABLES.ranking, R.proposal), awards],
    [key(TABLES.proposals, P.name), units],
    [key(TABLES.proposals, P.proposal), awards],
    [key(TABLES.titleSummary, T.titleName), campaign.titles.map((t) => t.name)],
  ]);
}

/**
 * Heights of the data rows of the tables with wrapped columns, from the longest text each column can
 * show and the column's width (a character of the width holds about one letter).
 */
function rowHeights(campaign: Campaign, tables: readonly TablePlan[]): Record<number, number> {
  const texts = wrappedTexts(campaign);
  const heights: Record<number, number> = {};
  for (const table of tables) {
    const lines = Math.max(
      1,
      ...table.columns
        .filter((c) => c.wrap === true)
        .map((c) => {
          const col = table.origin.col + table.headers.findIndex((h) => sameHeader(h, c.header));
          const width = WIDTHS[col] ?? 9;
          const longest = Math.max(0, ...(texts.get(`${table.name}|${c.header}`) ?? []).map((t) => t.length));
          // A column of n characters (digit widths) holds about n × 1.2 letters of running text.
          return Math.ceil(longest / Math.max(1, width * 1.2 - 2));
        }),
    );
    if (lines < 2) continue;
    for (let k = 0; k < bodyRows(table); k++) heights[table.origin.row + 1 + k] = lines * LINE_HEIGHT;
  }
  return heights;
}

/** Where everything goes: tables stacked under their section labels, the chart under the comparison. */
interface Layout {
  specs: TableSpec[];
  labels: CellPlan[];
  chartRow: number;
  signatureRow: number;
}

function layOut(drafts: readonly Draft[], sections: readonly string[]): Layout {
  const specs: TableSpec[] = [];
  const labels: CellPlan[] = [];
  let row = 6;
  let chartRow = 0;
  drafts.forEach((d, i) => {
    labels.push({ address: a1({ row, col: 0 }), value: sections[i] ?? '', style: { bold: true } });
    specs.push({ ...d, origin: { row: row + 1, col: 0 } });
    row += 2 + bodyRows({ rowCount: d.rows.length }) + 1;
    if (i === 0) {
      chartRow = row;
      row += CHART_ROWS + 1;
    }
  });
  return { specs, labels, chartRow, signatureRow: row + 1 };
}

/** Where the heading and the signature block sit across the summary's columns. */
const FRAME: DocumentFrame = { issuerSpan: 4, rightCol: 6, headingSpan: 5, signSpan: 5, width: LAST_COL + 1 };

function headingCells(signatureRow: number): CellPlan[] {
  return [
    ...documentHeading(FRAME, 'BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA', [
      `=${NAMES.campaignName}&""`,
    ]),
    // The place from the campaign sheet; the day is left for the signer to write.
    ...signatureBlock(FRAME, signatureRow, campaignSigner(), {
      title: 'NGƯỜI LẬP BIỂU',
      note: '(Ký, ghi rõ họ tên)',
    }),
  ];
}

function summaryFormats(placed: ReadonlyMap<string, TablePlan>): ConditionalFormatPlan[] {
  const formats: ConditionalFormatPlan[] = [];
  const rank = placed.get(TABLES.ranking);
  if (rank !== undefined) {
    const leading = rowCell(rank, R.leading);
    const names = dataRange(rank, R.name);
    if (leading !== null && names !== null) {
      formats.push({
        sheet: SHEETS.summary,
        range: names,
        formula: `=${leading}="x"`,
        fill: COLORS.goodFill,
        fontColor: COLORS.goodFont,
        meaning: 'Đơn vị dẫn đầu cụm (đề nghị Cờ thi đua)',
      });
    }
    const tied = rowCell(rank, R.tied);
    const ranks = dataRange(rank, R.rank);
    if (tied !== null && ranks !== null) {
      formats.push({
        sheet: SHEETS.summary,
        range: ranks,
        formula: `=${tied}="x"`,
        fill: COLORS.warningFill,
        fontColor: COLORS.warningFont,
        meaning: 'Đồng hạng trên mọi tiêu chí phụ: Hội đồng cần bình xét',
      });
    }
  }
  const proposed = placed.get(TABLES.proposals);
  if (proposed !== undefined) {
    const name = rowCell(proposed, P.name);
    const numbers = dataRange(proposed, P.number);
    if (name !== null && numbers !== null) {
      // The table keeps a slot per unit so it grows live; a slot no proposal fills shows no number.
      formats.push({
        sheet: SHEETS.summary,
        range: numbers,
        formula: `=${name}=""`,
        fill: COLORS.blank,
        fontColor: COLORS.blank,
        meaning: 'Dòng chưa có đề nghị: không hiện số thứ tự',
      });
    }
  }
  const comparison = placed.get(TABLES.clusterSummary);
  if (comparison !== undefined) {
    const margin = rowCell(comparison, C.margin);
    const margins = dataRange(comparison, C.margin);
    if (margin !== null && margins !== null) {
      formats.push({
        sheet: SHEETS.summary,
        range: margins,
        formula: `=AND(ISNUMBER(${margin}),${margin}=0)`,
        fill: COLORS.warningFill,
        fontColor: COLORS.warningFont,
        meaning: 'Hai đơn vị đứng đầu cụm bằng điểm: tiêu chí phụ hoặc Hội đồng phân định',
      });
    }
  }
  return formats;
}

/**
 * Plans the `Tổng hợp` sheet.
 * @param ctx - the plan being built
 * @returns the sheet's plan (`replace` when the workbook's summary has other places than planned)
 * @example
 * summarySheet(ctx).tables.map((t) => t.name) // ['ClusterSummary', 'Ranking', 'Proposals', 'TitleSummary']
 */
export function summarySheet(ctx: LayoutContext): SheetPlan {
  const { campaign } = ctx;
  const sheet = emptySheet(ctx, SHEETS.summary);
  const clusters = clusterCodes(campaign);
  const { specs, labels, chartRow, signatureRow } = layOut(
    [
      clusterSummary(campaign, clusters),
      ranking(campaign, clusters),
      proposals(campaign),
      titleSummary(campaign, clusters),
    ],
    [
      'I. SO SÁNH KẾT QUẢ GIỮA CÁC CỤM, KHỐI THI ĐUA',
      'II. XẾP HẠNG TRONG TỪNG CỤM, KHỐI',
      'III. DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG',
      'IV. ĐĂNG KÝ DANH HIỆU THI ĐUA THEO CỤM, KHỐI',
    ],
  );

  const placed = placeComputedTables(ctx, sheet, specs);

  sheet.cells.push(...headingCells(signatureRow), ...labels);
  sheet.conditionalFormats.push(...summaryFormats(placed));
  const chart: ChartPlan = {
    name: CLUSTER_CHART,
    sheet: SHEETS.summary,
    title: 'So sánh điểm trung bình và điểm cao nhất giữa các cụm',
    type: 'columnClustered',
    table: TABLES.clusterSummary,
    categoryColumn: C.name,
    valueColumns: [C.mean, C.max],
    anchor: { row: chartRow, col: 1 },
    size: { rows: CHART_ROWS - 1, cols: 8 },
  };
  sheet.charts.push(chart);
  sheet.columnWidths = { ...WIDTHS };
  sheet.rowHeights = rowHeights(campaign, sheet.tables);
  sheet.tabColor = COLORS.tabSummary;
  sheet.protect = true;
  return sheet;
}
