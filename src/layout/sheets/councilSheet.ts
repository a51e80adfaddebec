/**
 * `Hội đồng`: the council (Hội đồng thi đua, khen thưởng) at the meeting that votes — its members and
 * who is present, the vote rule of each title (quorum, base, share needed, and where the rule comes
 * from), and the counts of each candidate's vote with the result live beside them: Đạt, Không đạt,
 * Không đủ túc số. Not protected: members and votes are typed row by row.
 */
import {
  RECUSAL_HEADERS,
  REVIEW_HEADERS,
  COUNCIL_HEADERS as C,
  COUNCIL_ROLES,
  SHEETS,
  TABLES,
  VOTE_BASE_LABELS,
  VOTE_HEADERS as V,
  VOTE_RESULT_LABELS,
  VOTE_RULE_HEADERS as R,
} from '../../domain/contract';
import type { Campaign, VoteRule } from '../../domain/model';
import { resolveRuleSet, voteRulesFor } from '../../domain/rules';
import type { CellValue } from '../../domain/workbook';
import { COLORS, COUNT_FORMAT, TEXT_FORMAT } from '../_lib/formats';
import { dataRange, rowCell } from '../_lib/placed';
import { emptySheet, type LayoutContext } from '../context';
import { placeSideBySide, tablePerPagePrint, type SideBySideSpec } from '../_lib/sideBySide';
import {
  REVIEW_ERROR_TEXT,
  reviewBelowFormula,
  reviewCombinedFormula,
  reviewCountedFormula,
  reviewCountFormula,
  reviewFlagFormula,
  reviewMemberShareFormula,
  reviewNotAboveFormula,
  reviewSpreadFormula,
  voteExplanationFormula,
  voteResultFormula,
  voteShareFormula,
} from '../formulas';
import { NAMES } from '../names';
import type { ColumnPlan, SheetPlan } from '../plan';

/** Header row of the tables (zero-based): the sheet's title, then each table's heading above it. */
const HEADER_ROW = 2;
/** Height of the title's row: two lines of 14 pt text, in points. */
const TITLE_HEIGHT = 40;
/** Extra rows a conditional format covers below the votes still to come. */
const ROOM = 500;

const YES = 'Có';
const NO = 'Không';

type Spec = SideBySideSpec;

function input(header: string, width: number, extra: Partial<ColumnPlan> = {}): ColumnPlan {
  return { header, role: 'input', numberFormat: TEXT_FORMAT, width, ...extra };
}

function count(header: string, prompt: string): ColumnPlan {
  return {
    header,
    role: 'input',
    numberFormat: COUNT_FORMAT,
    width: 10,
    validation: { kind: 'whole', min: 0, max: 1000, prompt },
  };
}

function members(campaign: Campaign): Spec {
  return {
    name: TABLES.council,
    columns: [
      input(C.name, 26),
      input(C.role, 14, {
        validation: {
          kind: 'listValues',
          values: [...COUNCIL_ROLES],
          prompt: 'Chủ tịch, Phó Chủ tịch, Ủy viên hoặc Thư ký.',
        },
      }),
      input(C.present, 8, {
        validation: { kind: 'listValues', values: [YES, NO], prompt: 'Có mặt khi bỏ phiếu: Có hoặc Không.' },
      }),
    ],
    rows: (campaign.council ?? []).map((m) => [m.name, m.role === '' ? null : m.role, m.present ? YES : NO]),
    key: null,
    required: Object.values(C),
  };
}

/** The campaign's vote rules, or, before any is recorded, those of its rule set. */
function voteRules(campaign: Campaign): VoteRule[] {
  const own = campaign.voteRules ?? [];
  return own.length > 0 ? own : voteRulesFor(resolveRuleSet(campaign));
}

function rules(campaign: Campaign): Spec {
  return {
    name: TABLES.voteRules,
    columns: [
      input(R.title, 14, {
        validation: { kind: 'listName', name: NAMES.titleCodes, prompt: 'Chọn mã danh hiệu trong danh mục.' },
      }),
      {
        header: R.quorum,
        role: 'input',
        width: 14,
        validation: {
          kind: 'decimal',
          min: 0,
          max: 100,
          prompt: 'Tỷ lệ thành viên phải có mặt, theo %, ví dụ 66,67 cho 2/3; để trống nếu không quy định.',
        },
      },
      input(R.base, 18, {
        validation: {
          kind: 'listValues',
          values: Object.values(VOTE_BASE_LABELS),
          prompt: 'Tỷ lệ đồng ý tính trên tổng số thành viên hay trên số thành viên có mặt.',
        },
      }),
      {
        header: R.threshold,
        role: 'input',
        width: 14,
        validation: { kind: 'decimal', min: 0, max: 100, prompt: 'Tỷ lệ phiếu đồng ý tối thiểu, theo %.' },
      },
      input(R.source, 44, { wrap: true }),
    ],
    rows: voteRules(campaign).map((r): CellValue[] => [
      r.title,
      r.quorum,
      VOTE_BASE_LABELS[r.base],
      r.threshold,
      r.source,
    ]),
    key: null,
    required: Object.values(R),
  };
}

function votes(campaign: Campaign): Spec {
  return {
    name: TABLES.votes,
    columns: [
      input(V.candidate, 26),
      input(V.title, 14, {
        validation: { kind: 'listName', name: NAMES.titleCodes, prompt: 'Chọn mã danh hiệu trong danh mục.' },
      }),
      count(V.for, 'Số phiếu đồng ý (số nguyên).'),
      count(V.against, 'Số phiếu không đồng ý (số nguyên).'),
      count(V.abstain, 'Số thành viên không biểu quyết (số nguyên).'),
      { header: V.share, role: 'computed', formula: voteShareFormula(), width: 11 },
      { header: V.result, role: 'computed', formula: voteResultFormula(), width: 16, wrap: true },
      { header: V.explanation, role: 'computed', formula: voteExplanationFormula(), width: 60, wrap: true },
    ],
    rows: (campaign.votes ?? []).map((v): CellValue[] => [
      v.candidate,
      v.title,
      v.for,
      v.against,
      v.abstain,
      null,
      null,
      null,
    ]),
    key: null,
    required: [V.candidate, V.title, V.for, V.against, V.abstain],
  };
}

function reviews(campaign: Campaign): Spec {
  const computed = (header: string, formula: string, width: number): ColumnPlan => ({
    header,
    role: 'computed',
    formula,
    width,
  });
  return {
    name: TABLES.reviews,
    columns: [
      input(REVIEW_HEADERS.member, 22),
      input(REVIEW_HEADERS.unit, 12, {
        validation: { kind: 'listName', name: NAMES.unitCodes, prompt: 'Chọn mã đơn vị trong danh mục.' },
      }),
      input(REVIEW_HEADERS.criterion, 12),
      {
        header: REVIEW_HEADERS.score,
        role: 'input',
        width: 9,
        validation: {
          kind: 'decimal',
          min: 0,
          max: 10000,
          prompt: 'Điểm thành viên chấm, từ 0 đến điểm chuẩn.',
        },
      },
      computed(REVIEW_HEADERS.counted, reviewCountedFormula(), 9),
      computed(REVIEW_HEADERS.below, reviewBelowFormula(), 9),
      computed(REVIEW_HEADERS.notAbove, reviewNotAboveFormula(), 9),
      computed(REVIEW_HEADERS.reviewers, reviewCountFormula(), 9),
      computed(REVIEW_HEADERS.combined, reviewCombinedFormula(campaign.settings.precision), 11),
      computed(REVIEW_HEADERS.spread, reviewSpreadFormula(), 11),
      computed(REVIEW_HEADERS.flagged, reviewFlagFormula(), 8),
      computed(REVIEW_HEADERS.memberShare, reviewMemberShareFormula(), 9),
    ],
    rows: (campaign.reviews ?? []).map((r): CellValue[] => [
      r.member,
      r.unit,
      r.criterion,
      r.score,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]),
    key: null,
    required: [REVIEW_HEADERS.member, REVIEW_HEADERS.unit, REVIEW_HEADERS.criterion, REVIEW_HEADERS.score],
  };
}

function recusals(campaign: Campaign): Spec {
  return {
    name: TABLES.recusals,
    columns: [
      input(RECUSAL_HEADERS.member, 22),
      input(RECUSAL_HEADERS.unit, 12, {
        validation: { kind: 'listName', name: NAMES.unitCodes, prompt: 'Chọn mã đơn vị trong danh mục.' },
      }),
      input(RECUSAL_HEADERS.reason, 30, { wrap: true }),
    ],
    rows: (campaign.recusals ?? []).map((r): CellValue[] => [
      r.member,
      r.unit,
      r.reason === '' ? null : r.reason,
    ]),
    key: null,
    required: [RECUSAL_HEADERS.member, RECUSAL_HEADERS.unit],
  };
}

/** The heading above each table. */
const HEADINGS: Readonly<Record<string, string>> = {
  [TABLES.council]: 'Thành viên Hội đồng (ghi "Có" ở cột Có mặt cho người dự họp)',
  [TABLES.voteRules]: 'Quy tắc biểu quyết theo danh hiệu (sửa là kết quả đổi ngay)',
  [TABLES.votes]: 'Kết quả bỏ phiếu (số phiếu theo biên bản kiểm phiếu)',
  [TABLES.reviews]: 'Điểm của từng thành viên (kết hợp theo tham số "Cách kết hợp điểm")',
  [TABLES.recusals]: 'Thành viên không chấm đơn vị (xung đột lợi ích)',
};

/**
 * Plans the `Hội đồng` sheet.
 * @param ctx - the plan being built
 * @returns the sheet's plan
 * @example
 * councilSheet(ctx).tables.map((t) => t.name) // ['Council', 'VoteRules', 'Votes', 'Reviews', 'Recusals']
 */
export function councilSheet(ctx: LayoutContext): SheetPlan {
  const sheet = emptySheet(ctx, SHEETS.council);
  const specs = [
    members(ctx.campaign),
    rules(ctx.campaign),
    votes(ctx.campaign),
    reviews(ctx.campaign),
    recusals(ctx.campaign),
  ];
  const placed = placeSideBySide(ctx, sheet, specs, HEADER_ROW, HEADINGS);
  for (const table of placed) {
    if (table.name === TABLES.reviews) {
      const flagged = rowCell(table, REVIEW_HEADERS.flagged);
      const counted = rowCell(table, REVIEW_HEADERS.counted);
      const scoreRange = dataRange(table, REVIEW_HEADERS.score, REVIEW_HEADERS.score, ROOM);
      if (flagged !== null && counted !== null && scoreRange !== null) {
        sheet.conditionalFormats.push(
          {
            sheet: SHEETS.council,
            range: scoreRange,
            formula: `=${counted}="${REVIEW_ERROR_TEXT}"`,
            fill: COLORS.errorFill,
            fontColor: COLORS.errorFont,
            meaning:
              'Dòng điểm có lỗi (thành viên, đơn vị, tiêu chí không có trong danh sách, hoặc điểm ngoài khoảng)',
          },
          {
            sheet: SHEETS.council,
            range: scoreRange,
            formula: `=${flagged}="x"`,
            fill: COLORS.warningFill,
            fontColor: COLORS.warningFont,
            meaning: 'Điểm lệch nhiều so với các thành viên khác',
          },
        );
      }
    }
    if (table.name === TABLES.votes) {
      const result = rowCell(table, V.result);
      const range = dataRange(table, V.result, V.result, ROOM);
      if (result !== null && range !== null) {
        sheet.conditionalFormats.push(
          {
            sheet: SHEETS.council,
            range,
            formula: `=${result}="${VOTE_RESULT_LABELS.pass}"`,
            fill: COLORS.goodFill,
            fontColor: COLORS.goodFont,
            meaning: 'Đạt tỷ lệ phiếu đồng ý',
          },
          {
            sheet: SHEETS.council,
            range,
            formula: `=OR(${result}="${VOTE_RESULT_LABELS.held}",${result}="${VOTE_RESULT_LABELS.noRule}")`,
            fill: COLORS.errorFill,
            fontColor: COLORS.errorFont,
            meaning: 'Số phiếu có lỗi hoặc danh hiệu chưa có quy tắc biểu quyết: chưa có kết quả',
          },
          {
            sheet: SHEETS.council,
            range,
            formula: `=${result}="${VOTE_RESULT_LABELS.noQuorum}"`,
            fill: COLORS.warningFill,
            fontColor: COLORS.warningFont,
            meaning: 'Không đủ số thành viên có mặt để biểu quyết',
          },
        );
      }
    }
  }
  // Each table prints from its own pages, the first from column A: the title is wrapped within that
  // table's columns, since past them the print range would cut it.
  const first = placed.find((table) => table.origin.col === 0);
  const span = first?.headers.length ?? 1;
  sheet.cells.push({
    address: 'A1',
    value: 'HỘI ĐỒNG THI ĐUA, KHEN THƯỞNG — BÌNH XÉT',
    style: { bold: true, size: 14, wrap: true },
    ...(span > 1 ? { mergeAcross: span } : {}),
  });
  sheet.rowHeights = { ...sheet.rowHeights, 0: TITLE_HEIGHT };
  sheet.tabColor = COLORS.tabInput;
  sheet.freezeRows = HEADER_ROW + 1;
  sheet.print = tablePerPagePrint(sheet.tables, HEADER_ROW);
  return sheet;
}
