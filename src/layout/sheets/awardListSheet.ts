/**
 * `Đề nghị khen thưởng`: the award list the council signs (danh sách đề nghị khen thưởng) — national
 * heading, issuing body, title, the units the ranking proposes for an award, by award (the flag first,
 * then the bands' proposals in the Bands table's order), each with the council's vote where the Votes
 * table has one, then the place-and-date line and the signature block. Every figure is a live formula;
 * the list has a place per proposal the ranking gives at set-up (no run of empty rows on paper), a line
 * under it says when the scores have since proposed more, and set-up rebuilds the sheet (formulas only,
 * every cell locked) for them.
 */
import { SCORE_HEADERS, SHEETS, TABLES } from '../../domain/contract';
import { a1, type CellValue } from '../../domain/workbook';
import { awardList } from '../../domain/documents';
import { bodyRows } from '../../geometry/tableGeometry';
import { COLORS, COUNT_FORMAT, pointsFormat, TABLE_STYLE, TEXT_FORMAT } from '../_lib/formats';
import {
  blankPlaceFormat,
  campaignSigner,
  documentHeading,
  placeComputedTables,
  signatureBlock,
  wrappedRowHeights,
  type DocumentFrame,
} from '../_lib/officialDocument';
import { headerRowTitles } from '../_lib/placed';
import { columnSpan, printSetup, tableWidths } from '../_lib/printSetup';
import { emptySheet, type LayoutContext } from '../context';
import {
  awardKeyFormula,
  NO_PROPOSAL_KEY,
  awardRowFormula,
  awardTitleFormula,
  scoresAtRowFormula,
  tableColumn,
  voteOutcomeFormula,
  voteShareOfFormula,
} from '../formulas';
import { AWARD_LIST_HEADERS as A, SCORE_HELPER_HEADERS } from '../headers';
import { NAMES } from '../names';
import type { ColumnPlan, SheetPlan } from '../plan';
import type { TableSpec } from '../placeTable';

/** Header row of the list (zero-based): under the heading, the title and the campaign's name. */
const HEADER_ROW = 6;

/** The printed columns, then the helpers the formulas read (outside the print area). */
const PRINTED = [A.number, A.award, A.name, A.unit, A.total, A.rank, A.vote, A.share] as const;

const FRAME: DocumentFrame = {
  issuerSpan: 3,
  rightCol: 3,
  headingSpan: 5,
  signSpan: 5,
  width: PRINTED.length,
};

function computed(
  header: string,
  formula: string,
  width: number,
  numberFormat?: string,
  wrap = false,
): ColumnPlan {
  return {
    header,
    role: 'computed',
    formula,
    width,
    ...(numberFormat === undefined ? {} : { numberFormat }),
    ...(wrap ? { wrap } : {}),
  };
}

function listSpec(precision: number, places: number): TableSpec {
  const at = (header: string, kind: 'number' | 'text'): string => scoresAtRowFormula(A.row, header, kind);
  const columns: ColumnPlan[] = [
    { header: A.number, role: 'computed', numberFormat: COUNT_FORMAT, width: 5 },
    computed(A.award, at(SCORE_HEADERS.proposal, 'text'), 19, undefined, true),
    computed(A.name, at(SCORE_HEADERS.name, 'text'), 28, undefined, true),
    computed(A.unit, at(SCORE_HEADERS.unit, 'text'), 9, TEXT_FORMAT),
    computed(A.total, at(SCORE_HEADERS.total, 'number'), 10, pointsFormat(precision)),
    computed(A.rank, at(SCORE_HEADERS.rank, 'number'), 9, COUNT_FORMAT),
    computed(A.vote, voteOutcomeFormula(A.row, A.unit, A.title), 17, undefined, true),
    computed(A.share, voteShareOfFormula(A.row, A.unit, A.title), 14),
    computed(A.title, awardTitleFormula(A.row), 12, TEXT_FORMAT),
    computed(A.key, awardKeyFormula(A.number), 12, COUNT_FORMAT),
    computed(A.row, awardRowFormula(A.key), 9, COUNT_FORMAT),
  ];
  // Rows heightened for a long name keep every cell of the row on the same top line.
  const wrapped = columns.map((c) => ({ ...c, wrap: true }));
  const rows = Array.from({ length: places }, (_, k): CellValue[] =>
    columns.map((c) => (c.header === A.number ? k + 1 : null)),
  );
  return {
    name: TABLES.awardList,
    sheet: SHEETS.awardList,
    origin: { row: HEADER_ROW, col: 0 },
    columns: wrapped,
    rows,
    key: null,
    required: [],
    style: TABLE_STYLE.summary,
    showFilter: false,
    ruled: true,
  };
}

/**
 * Plans the `Đề nghị khen thưởng` sheet.
 * @param ctx - the plan being built
 * @returns the sheet's plan (`replace` when the workbook's list has another number of places)
 * @example
 * awardListSheet(ctx).tables.map((t) => t.name) // ['AwardList']
 */
export function awardListSheet(ctx: LayoutContext): SheetPlan {
  const { campaign } = ctx;
  const sheet = emptySheet(ctx, SHEETS.awardList);
  // A place per proposal the ranking gives now, so that the paper carries no run of empty rows; a line
  // under the list says when the scores have since proposed more, until set-up rebuilds the sheet.
  const places = Math.max(1, awardList(campaign).length);
  const spec = listSpec(campaign.settings.precision, places);
  const table = placeComputedTables(ctx, sheet, [spec]).get(TABLES.awardList);
  if (table === undefined) return sheet;
  const listEnd = table.origin.row + 1 + bodyRows(table);
  const signatureRow = listEnd + 1;
  const proposed = `COUNTIFS(${tableColumn(TABLES.scores, SCORE_HELPER_HEADERS.proposalKey)},"<"&${NO_PROPOSAL_KEY})`;
  sheet.cells.push(
    ...documentHeading(FRAME, 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', [
      `=${NAMES.campaignName}&""`,
      '(Theo kết quả chấm điểm, xếp hạng và biểu quyết của Hội đồng thi đua, khen thưởng)',
    ]),
    {
      address: a1({ row: listEnd, col: 0 }),
      value: null,
      formula: `=IF(${proposed}>${table.rowCount},"Còn "&(${proposed}-${table.rowCount})&" đề nghị chưa có trong danh sách: chạy lại Tạo / cập nhật sổ thi đua.","")`,
      style: { italic: true, color: COLORS.errorFont },
      mergeAcross: PRINTED.length,
    },
    ...signatureBlock(FRAME, signatureRow, campaignSigner()),
  );
  const blank = blankPlaceFormat(SHEETS.awardList, table, A.number, A.name);
  if (blank !== null) sheet.conditionalFormats.push(blank);
  const awards = [campaign.awardRules.flagTitle, ...campaign.awardRules.bands.map((b) => b.proposal)].map(
    (code) => campaign.titles.find((t) => t.code === code)?.name ?? code,
  );
  // A place per proposal, no empty ones: a row may take the three lines a long award's name needs.
  sheet.rowHeights = wrappedRowHeights(table, 3, [
    [A.award, awards],
    [A.name, campaign.units.map((u) => u.name)],
  ]);
  const printed = (h: string): boolean => (PRINTED as readonly string[]).includes(h);
  sheet.print = printSetup({
    blocks: [tableWidths(table, printed)],
    area: columnSpan(table, PRINTED.length - 1),
    repeatRows: headerRowTitles(table),
    portrait: true,
  });
  sheet.tabColor = COLORS.tabSummary;
  sheet.protect = true;
  return sheet;
}
