/**
 * `Chấm điểm`: the reviewed scores, one row per unit, the criteria in the tree's order (headings summed,
 * measured criteria scored from their measure), then the computed columns the council reads — total,
 * status (held by a score error, left out by a rule), tie-break keys, rank, tie, band, leading unit, vote,
 * proposal, and the explanation of the rank in words — and the helper columns the summary looks units up
 * by, and the points each criterion counts (the council's combined score where members scored the unit). Protected: only the points, the measures and the tie-break inputs are typed; a unit joins the table
 * when it joins the catalogue and the workbook is updated.
 */
import { CLUSTER_HEADERS, SCORE_HEADERS as S, SHEETS, TABLES } from '../../domain/contract';
import type { Campaign, Criterion, TieBreak } from '../../domain/model';
import { criteriaTree, tableOf } from '../../domain/scoring';
import type { TableGeometry } from '../../geometry/tableGeometry';
import { COLORS, COUNT_FORMAT, pointsFormat, TEXT_FORMAT } from '../_lib/formats';
import { dataRange, rowCell } from '../_lib/placed';
import { scoreSheet } from '../_lib/scoreTable';
import type { LayoutContext } from '../context';
import {
  bandCandidateFormula,
  bandFormula,
  bandsByCode,
  belowPlaceFormula,
  explanationFormula,
  gapAboveFormula,
  gapBelowFormula,
  catalogueIndexFormula,
  pointGroups,
  councilPointsFormula,
  flagCandidateFormula,
  groupPointsFormula,
  groupsTextFormula,
  flagVoteFormula,
  hasProposalFormula,
  HELD_TEXT,
  leadingFormula,
  ordinalFormula,
  ordinalKeyFormula,
  proposalFormula,
  proposalKeyFormula,
  proposalOrdinalFormula,
  rankedTotalFormula,
  rankFormula,
  statusFormula,
  tableColumn,
  thisRow,
  tieBreakKeyFormula,
  tiedFormula,
  totalFormula,
  voteFormula,
  type ScoringColumns,
} from '../formulas';
import {
  bandCandidateHeader,
  councilPointsHeader,
  groupPointsHeader,
  SCORE_HELPER_HEADERS as HELP,
  tieBreakHeader,
} from '../headers';
import type { ColumnPlan, ConditionalFormatPlan, SheetPlan } from '../plan';

/** The tie-break links that read an input column, each column once (by header). */
function inputLinks(campaign: Campaign, taken: ReadonlySet<string>): Extract<TieBreak, { kind: 'input' }>[] {
  const seen = new Set(taken);
  return campaign.tieBreaks.flatMap((link) => {
    if (link.kind !== 'input' || seen.has(link.header)) return [];
    seen.add(link.header);
    return [link];
  });
}

function computed(header: string, formula: string, width: number, numberFormat?: string): ColumnPlan {
  return {
    header,
    role: 'computed',
    formula,
    width,
    ...(numberFormat === undefined ? {} : { numberFormat }),
  };
}

/** The cluster's scoring table, looked up from the Clusters table; for a campaign of several tables. */
function unitTableFormula(): string {
  const clusters = (header: string): string => tableColumn(TABLES.clusters, header);
  return `=IFERROR(INDEX(${clusters(CLUSTER_HEADERS.scoringTable)},MATCH(${thisRow(S.cluster)},${clusters(CLUSTER_HEADERS.code)},0))&"","")`;
}

/**
 * The columns of the Scores table after the criteria, formulas included, for the table as its formulas
 * see it (the headers as they will stand).
 * @param campaign - tie-breaks, exclusions, bands, scoring tables, precision
 * @param table - the table as its formulas see it
 * @returns the columns, in the order of a new table
 */
export function scoreColumnsAfterCriteria(campaign: Campaign, table: ScoringColumns): ColumnPlan[] {
  const precision = campaign.settings.precision;
  const tree = table.tree;
  const fixed = new Set<string>([
    ...Object.values(S),
    ...Object.values(HELP),
    ...tree.order.map((c) => c.code),
  ]);
  const inputs = inputLinks(campaign, fixed);
  const keyHeaders = campaign.tieBreaks.map(tieBreakHeader);
  const codes = campaign.scoringTables.map((t) => t.code);
  const several = codes.length > 1;
  const criterionTable = (criterion: Criterion): string => tableOf(tree, criterion);
  const points = table.pointsHeader === undefined ? {} : { pointsHeader: table.pointsHeader };
  const roots = { headers: table.headers, criteria: tree.roots, ...points };
  const leaves = { headers: table.headers, criteria: tree.leaves, ...points };
  const bands = campaign.awardRules.bands;
  return [
    ...(several ? [computed(S.scoringTable, unitTableFormula(), 9)] : []),
    ...inputs.map((link) => ({ header: link.header, role: 'input' as const, width: 12, wrap: true })),
    computed(S.total, totalFormula(roots, precision), 10, pointsFormat(precision)),
    {
      ...computed(
        S.status,
        statusFormula(
          table,
          campaign.exclusions,
          several ? { codes, unitTable: thisRow(S.scoringTable) } : null,
          criterionTable,
        ),
        22,
      ),
      wrap: true,
    },
    ...campaign.tieBreaks.map((link, i) =>
      computed(keyHeaders[i] ?? '', tieBreakKeyFormula(leaves, link, precision), 12, pointsFormat(precision)),
    ),
    computed(S.rank, rankFormula(keyHeaders), 8, COUNT_FORMAT),
    computed(S.tied, tiedFormula(keyHeaders), 8),
    computed(S.band, bandFormula(bands), 7),
    computed(S.leading, leadingFormula(), 8),
    { ...computed(S.vote, voteFormula(bands), 22), wrap: true },
    { ...computed(S.proposal, proposalFormula(), 28), wrap: true },
    {
      ...computed(S.explanation, explanationFormula(campaign.tieBreaks, keyHeaders, precision, table), 60),
      wrap: true,
    },
    computed(HELP.rankedTotal, rankedTotalFormula(), 10, pointsFormat(precision)),
    ...bandsByCode(bands).map(([code]) =>
      computed(bandCandidateHeader(code), bandCandidateFormula(table, bands, code), 8),
    ),
    computed(HELP.flagCandidate, flagCandidateFormula(), 8),
    computed(HELP.flagVote, flagVoteFormula(), 10),
    computed(HELP.catalogueIndex, catalogueIndexFormula(), 8, COUNT_FORMAT),
    computed(HELP.ordinal, ordinalFormula(keyHeaders), 8, COUNT_FORMAT),
    computed(HELP.key, ordinalKeyFormula(), 10, TEXT_FORMAT),
    computed(HELP.hasProposal, hasProposalFormula(), 8),
    computed(HELP.proposalOrdinal, proposalOrdinalFormula(), 8, COUNT_FORMAT),
    computed(HELP.belowPlace, belowPlaceFormula(), 8, COUNT_FORMAT),
    computed(HELP.gapAbove, gapAboveFormula(precision), 10, pointsFormat(precision)),
    computed(HELP.gapBelow, gapBelowFormula(precision), 10, pointsFormat(precision)),
    computed(HELP.proposalKey, proposalKeyFormula(), 12, COUNT_FORMAT),
    // Last, so that adding them moved no column a workbook already had.
    ...tree.leaves.map((leaf) =>
      computed(
        councilPointsHeader(leaf.code),
        councilPointsFormula(leaf.code, precision),
        9,
        pointsFormat(precision),
      ),
    ),
    computed(HELP.groupsText, groupsTextFormula(table, precision), 30, TEXT_FORMAT),
    ...pointGroups(table).map((group) =>
      computed(
        groupPointsHeader(group),
        groupPointsFormula(table, group, precision),
        9,
        pointsFormat(precision),
      ),
    ),
  ];
}

/**
 * Plans the `Chấm điểm` sheet.
 * @param ctx - the plan being built
 * @returns the sheet's plan
 * @example
 * scoresSheet(ctx).tables[0]?.columns.find((c) => c.header === 'Xếp hạng')?.formula
 */
export function scoresSheet(ctx: LayoutContext): SheetPlan {
  const { campaign } = ctx;
  const inputHeaders = new Map(
    campaign.tieBreaks.flatMap((link) => (link.kind === 'input' ? [[link.header, link.key] as const] : [])),
  );
  return scoreSheet(ctx, {
    sheet: SHEETS.scores,
    table: TABLES.scores,
    title: 'BẢNG CHẤM ĐIỂM THI ĐUA',
    rows: campaign.scores,
    after: (table) => scoreColumnsAfterCriteria(campaign, table),
    pointsHeader: councilPoints(campaign),
    typedValue: (row, header) => {
      const key = inputHeaders.get(header);
      return key === undefined ? undefined : (row.inputs[key] ?? null);
    },
    marks: markFormats,
  });
}

/**
 * Where the Scores table reads a criterion's points: a criterion without parts from its `Điểm tính`
 * column, which counts the council's combined score where members scored the unit.
 */
function councilPoints(campaign: Campaign): (code: string) => string {
  const leaves = new Set(criteriaTree(campaign.criteria).leaves.map((leaf) => leaf.code));
  return (code) => (leaves.has(code) ? councilPointsHeader(code) : code);
}

/** The leading unit, ties and votes the council must hold, and units held by a score error. */
function markFormats(table: TableGeometry): ConditionalFormatPlan[] {
  const formats: ConditionalFormatPlan[] = [];
  const leading = rowCell(table, S.leading);
  const nameRange = dataRange(table, S.name);
  if (leading !== null && nameRange !== null) {
    formats.push({
      sheet: SHEETS.scores,
      range: nameRange,
      formula: `=${leading}="x"`,
      fill: COLORS.goodFill,
      fontColor: COLORS.goodFont,
      meaning: 'Đơn vị dẫn đầu cụm (đề nghị Cờ thi đua)',
    });
  }
  const tied = rowCell(table, S.tied);
  const rankRange = dataRange(table, S.rank);
  if (tied !== null && rankRange !== null) {
    formats.push({
      sheet: SHEETS.scores,
      range: rankRange,
      formula: `=${tied}="x"`,
      fill: COLORS.warningFill,
      fontColor: COLORS.warningFont,
      meaning: 'Đồng hạng trên mọi tiêu chí phụ: Hội đồng cần bình xét',
    });
  }
  const vote = rowCell(table, S.vote);
  const voteRange = dataRange(table, S.vote);
  if (vote !== null && voteRange !== null) {
    formats.push({
      sheet: SHEETS.scores,
      range: voteRange,
      formula: `=${vote}<>""`,
      fill: COLORS.warningFill,
      fontColor: COLORS.warningFont,
      meaning: 'Hội đồng cần bỏ phiếu',
    });
  }
  const status = rowCell(table, S.status);
  const statusRange = dataRange(table, S.status);
  if (status !== null && statusRange !== null) {
    formats.push({
      sheet: SHEETS.scores,
      range: statusRange,
      formula: `=${status}="${HELD_TEXT}"`,
      fill: COLORS.errorFill,
      fontColor: COLORS.errorFont,
      meaning: 'Điểm có lỗi: chưa xếp hạng, chưa đề nghị cho đến khi sửa',
    });
  }
  return formats;
}
