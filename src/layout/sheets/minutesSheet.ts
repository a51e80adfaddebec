/**
 * `Biên bản họp Hội đồng`: the minutes of the council's meeting that votes (biên bản họp Hội đồng thi
 * đua, khen thưởng) — national heading, issuing body, title; the time and place (campaign sheet), the
 * chair and the secretary (the Council table's roles), the members present and absent, the ballot kind;
 * each candidate's vote with its share (nhất trí …%) and result from the Votes table; the place-and-date
 * line on the meeting's day, the secretary's and the chair's signatures. Formulas only, every cell
 * locked; rebuilt when the number of members or votes changes (a line under each list says when rows
 * typed since are not in it yet).
 */
import {
  COUNCIL_HEADERS,
  COUNCIL_ROLES,
  SHEETS,
  TABLES,
  TITLE_HEADERS,
  UNIT_HEADERS,
  VOTE_HEADERS,
} from '../../domain/contract';
import { minutes } from '../../domain/documents';
import type { CellValue } from '../../domain/workbook';
import { a1 } from '../../domain/workbook';
import { COLORS, COUNT_FORMAT, TABLE_STYLE, TEXT_FORMAT } from '../_lib/formats';
import {
  blankPlaceFormat,
  dateWords,
  documentHeading,
  fromCampaign,
  placeComputedTables,
  signatureBlock,
  type DocumentFrame,
} from '../_lib/officialDocument';
import { columnSpan, printSetup, tableWidths } from '../_lib/printSetup';
import { emptySheet, type LayoutContext } from '../context';
import {
  attendanceFormula,
  catalogueNameFormula,
  councilCounts,
  roleHolderExpression,
  rowTextFormula,
  rowValueFormula,
  tableColumn,
} from '../formulas';
import { MINUTES_MEMBER_HEADERS as M, MINUTES_VOTE_HEADERS as V } from '../headers';
import { NAMES } from '../names';
import type { CellPlan, ColumnPlan, SheetPlan } from '../plan';
import type { TableSpec } from '../placeTable';

/** Columns printed: STT, names, roles or awards, then the counts and the result. */
const PRINTED_COLUMNS = 6;
const FRAME: DocumentFrame = {
  issuerSpan: 2,
  rightCol: 2,
  headingSpan: 4,
  signSpan: 4,
  width: PRINTED_COLUMNS,
};
/** Row of the first numbered line (zero-based), under the heading, the title and the campaign. */
const FIRST_LINE = 6;
/** Height of a line of 11 pt text, in points. */
const LINE_HEIGHT = 15;
/** Letters a line across the printed columns holds (87 characters of width). */
const LINE_LETTERS = 100;

function column(header: string, formula: string | null, width: number, numberFormat?: string): ColumnPlan {
  return {
    header,
    role: 'computed',
    ...(formula === null ? {} : { formula }),
    width,
    wrap: true,
    ...(numberFormat === undefined ? {} : { numberFormat }),
  };
}

function slots(columns: readonly ColumnPlan[], count: number, numberHeader: string): CellValue[][] {
  return Array.from({ length: Math.max(1, count) }, (_, k) =>
    columns.map((c) => (c.header === numberHeader ? k + 1 : null)),
  );
}

function membersSpec(count: number, row: number): TableSpec {
  const columns = [
    column(M.number, null, 5, COUNT_FORMAT),
    column(M.name, rowTextFormula(TABLES.council, COUNCIL_HEADERS.name, M.number), 28),
    column(M.role, rowTextFormula(TABLES.council, COUNCIL_HEADERS.role, M.number), 22),
    column(M.attendance, attendanceFormula(M.name, M.number), 10),
  ];
  return {
    name: TABLES.minutesMembers,
    sheet: SHEETS.minutes,
    origin: { row, col: 0 },
    columns,
    rows: slots(columns, count, M.number),
    key: null,
    required: [],
    style: TABLE_STYLE.summary,
    showFilter: false,
    ruled: true,
  };
}

function votesSpec(count: number, row: number): TableSpec {
  const columns = [
    column(V.number, null, 5, COUNT_FORMAT),
    column(V.name, catalogueNameFormula(V.candidate, TABLES.units, UNIT_HEADERS.code, UNIT_HEADERS.name), 28),
    column(V.award, catalogueNameFormula(V.title, TABLES.titles, TITLE_HEADERS.code, TITLE_HEADERS.name), 22),
    column(V.for, rowValueFormula(TABLES.votes, VOTE_HEADERS.for, V.number, V.candidate), 10, COUNT_FORMAT),
    column(V.share, rowValueFormula(TABLES.votes, VOTE_HEADERS.share, V.number, V.candidate), 11),
    column(V.result, rowTextFormula(TABLES.votes, VOTE_HEADERS.result, V.number), 11),
    column(V.candidate, rowTextFormula(TABLES.votes, VOTE_HEADERS.candidate, V.number), 14, TEXT_FORMAT),
    column(V.title, rowTextFormula(TABLES.votes, VOTE_HEADERS.title, V.number), 12, TEXT_FORMAT),
  ];
  return {
    name: TABLES.minutesVotes,
    sheet: SHEETS.minutes,
    origin: { row, col: 0 },
    columns,
    rows: slots(columns, count, V.number),
    key: null,
    required: [],
    style: TABLE_STYLE.summary,
    showFilter: false,
    ruled: true,
  };
}

/** A line of text across the printed columns, left-aligned and wrapped. */
function line(row: number, content: string, style: CellPlan['style'] = {}): CellPlan {
  const formula = content.startsWith('=');
  return {
    address: a1({ row, col: 0 }),
    value: formula ? null : content,
    ...(formula ? { formula: content } : {}),
    style: { align: 'left', wrap: true, ...style },
    mergeAcross: PRINTED_COLUMNS,
  };
}

/** A line saying how many rows of a table typed since the last set-up the minutes do not list yet. */
function missingRows(row: number, table: string, header: string, places: number, what: string): CellPlan {
  const count = `COUNTIFS(${tableColumn(table, header)},"<>")`;
  return line(
    row,
    `=IF(${count}>${places},"Còn "&(${count}-${places})&" ${what} chưa có trong biên bản: chạy lại Tạo / cập nhật sổ thi đua.","")`,
    { italic: true, color: COLORS.errorFont },
  );
}

/**
 * Plans the `Biên bản họp Hội đồng` sheet.
 * @param ctx - the plan being built
 * @returns the sheet's plan (`replace` when the workbook's minutes have other places)
 * @example
 * minutesSheet(ctx).tables.map((t) => t.name) // ['MinutesMembers', 'MinutesVotes']
 */
export function minutesSheet(ctx: LayoutContext): SheetPlan {
  const { campaign } = ctx;
  const sheet = emptySheet(ctx, SHEETS.minutes);
  const memberPlaces = Math.max(1, (campaign.council ?? []).length);
  const votePlaces = Math.max(1, (campaign.votes ?? []).length);
  const membersAt = FIRST_LINE + 5;
  const membersEnd = membersAt + 1 + memberPlaces;
  const ballotRow = membersEnd + 1;
  const votesAt = ballotRow + 2;
  const votesEnd = votesAt + 1 + votePlaces;
  const closingRow = votesEnd + 1;
  const signatureRow = closingRow + 2;
  const placed = placeComputedTables(ctx, sheet, [
    membersSpec(memberPlaces, membersAt),
    votesSpec(votePlaces, votesAt),
  ]);
  const members = placed.get(TABLES.minutesMembers);
  const votes = placed.get(TABLES.minutesVotes);
  if (members === undefined || votes === undefined) return sheet;

  const counts = councilCounts();
  const chair = roleHolderExpression(COUNCIL_ROLES[0]);
  const secretary = roleHolderExpression(COUNCIL_ROLES[3]);
  const meetingDay = dateWords(NAMES.meetingDate);
  const lines = [
    `="1. Thời gian: "&${fromCampaign(NAMES.meetingTime, '… giờ …')}&", "&${meetingDay}&"."`,
    `="2. Địa điểm: "&${fromCampaign(NAMES.meetingPlace, '…')}&"."`,
    `="3. Chủ trì: "&${chair}&", Chủ tịch Hội đồng."`,
    `="4. Thư ký: "&${secretary}&"."`,
    `="5. Thành phần: "&${counts.members}&" thành viên Hội đồng; có mặt "&${counts.present}&", vắng mặt "&(${counts.members}-${counts.present})&" (danh sách dưới đây)."`,
  ];
  sheet.cells.push(
    ...documentHeading(FRAME, 'BIÊN BẢN HỌP HỘI ĐỒNG THI ĐUA, KHEN THƯỞNG', [
      `="Về việc xét khen thưởng: "&${NAMES.campaignName}&""`,
    ]),
    ...lines.map((content, i) => line(FIRST_LINE + i, content)),
    missingRows(membersEnd, TABLES.council, COUNCIL_HEADERS.name, members.rowCount, 'thành viên'),
    line(ballotRow, `="6. Hình thức biểu quyết: "&${fromCampaign(NAMES.ballotKind, '…')}&"."`),
    line(ballotRow + 1, '7. Kết quả biểu quyết đối với từng tập thể, cá nhân:'),
    missingRows(votesEnd, TABLES.votes, VOTE_HEADERS.candidate, votes.rowCount, 'dòng bỏ phiếu'),
    line(
      closingRow,
      'Hội đồng thống nhất đề nghị khen thưởng các tập thể, cá nhân có kết quả “Đạt” nêu trên. Biên bản được thông qua tại cuộc họp.',
    ),
    ...signatureBlock(
      FRAME,
      signatureRow,
      { title: '"Chủ tịch Hội đồng"', name: `IF(${chair}="…","",${chair})`, note: '(Ký tên, đóng dấu)' },
      { title: 'THƯ KÝ', note: '(Ký, ghi rõ họ tên)', name: `IF(${secretary}="…","",${secretary})` },
      meetingDay,
    ),
  );
  // Lines that come from the campaign can run past one line; their rows are given the room they need.
  const expected = minutes(campaign).lines;
  const heights: Record<number, number> = { 0: 2 * LINE_HEIGHT };
  expected.forEach((content, i) => {
    const count = Math.ceil(content.length / LINE_LETTERS);
    if (count > 1) heights[FIRST_LINE + i] = count * LINE_HEIGHT;
  });
  // A long unit or award name wraps in its column; without the room, it would print over the next row.
  const nameWidth = votes.columns.find((c) => c.header === V.name)?.width ?? 1;
  const awardWidth = votes.columns.find((c) => c.header === V.award)?.width ?? 1;
  minutes(campaign).votes.forEach((vote, k) => {
    const count = Math.max(
      Math.ceil(vote.candidate.length / nameWidth),
      Math.ceil(vote.award.length / awardWidth),
    );
    if (count > 1) heights[votesAt + 1 + k] = count * LINE_HEIGHT;
  });
  sheet.rowHeights = heights;
  const printed = [members, votes].map((t) => tableWidths(t).slice(0, PRINTED_COLUMNS));
  sheet.print = printSetup({
    blocks: printed,
    area: columnSpan(votes, PRINTED_COLUMNS - 1),
    repeatRows: null,
    portrait: true,
  });
  for (const [table, name] of [
    [members, M.name],
    [votes, V.name],
  ] as const) {
    const blank = blankPlaceFormat(SHEETS.minutes, table, M.number, name);
    if (blank !== null) sheet.conditionalFormats.push(blank);
  }
  sheet.tabColor = COLORS.tabSummary;
  sheet.protect = true;
  return sheet;
}
