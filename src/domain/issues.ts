import type { Issue, Severity } from './model';

/** Where an issue points in the workbook: table name, 1-based data row, header text. */
export interface IssueLocation {
  table: string;
  row: number | null;
  column: string | null;
}

/**
 * One entry of the issue catalogue: its severity and how to word it. `explain` is the short rule text
 * the task pane shows beside the issue, with the legal source where there is one.
 */
export interface IssueTemplate<P> {
  severity: Severity;
  vi: (p: P) => string;
  en: (p: P) => string;
  explain: { vi: string; en: string; source: string | null };
}

function template<P>(t: IssueTemplate<P>): IssueTemplate<P> {
  return t;
}

/**
 * The one catalogue of issue codes. Each stage adds its codes in its own section.
 * Messages say what is wrong and how to fix it, in Vietnamese first.
 */
export const ISSUES = {
  // --- reading the workbook (cells and tables) ---
  TABLE_MISSING: template<{ table: string; sheet: string }>({
    severity: 'error',
    vi: (p) =>
      `Không tìm thấy bảng "${p.table}" (trang "${p.sheet}"). Hãy chạy lại "Tạo / cập nhật sổ thi đua".`,
    en: (p) =>
      `Table "${p.table}" (sheet "${p.sheet}") is missing. Run "Set up / update the workbook" again.`,
    explain: {
      vi: 'Sổ thi đua lưu mọi dữ liệu trong các bảng có tên; thiếu bảng thì không đọc được.',
      en: 'The workbook keeps its data in named tables; a missing table cannot be read.',
      source: null,
    },
  }),
  COLUMN_MISSING: template<{ table: string; column: string }>({
    severity: 'error',
    vi: (p) =>
      `Bảng "${p.table}" thiếu cột "${p.column}" (cột bị đổi tên hoặc bị xoá). Hãy đặt lại đúng tên cột "${p.column}".`,
    en: (p) =>
      `Table "${p.table}" has no column "${p.column}" (renamed or deleted). Restore the header "${p.column}".`,
    explain: {
      vi: 'Tên cột là một phần của mẫu sổ; đổi tên cột làm công thức và kiểm tra không tìm được dữ liệu.',
      en: 'Column headers are part of the workbook contract; a renamed column breaks formulas and checks.',
      source: null,
    },
  }),
  // --- reading ---
  NUMBER_DECIMAL_COMMA: template<{ at: string; atEn: string; text: string; value: number }>({
    severity: 'warning',
    vi: (p) =>
      `${p.at}: đã hiểu "${p.text}" là ${p.value}; nên nhập số (ô đang chứa chữ, Excel không cộng được).`,
    en: (p) =>
      `${p.atEn}: read "${p.text}" as ${p.value}; enter a number instead (the cell holds text, which Excel does not add up).`,
    explain: {
      vi: 'Số có dấu phẩy thập phân gõ vào ô định dạng chữ (hoặc dán từ Word) được Excel giữ nguyên là chữ: công thức tính tổng bỏ qua ô này.',
      en: 'A number with a decimal comma typed into a text cell (or pasted from Word) stays text in Excel: total formulas skip it.',
      source: null,
    },
  }),
  NUMBER_AS_TEXT: template<{ at: string; atEn: string; text: string; value: number }>({
    severity: 'warning',
    vi: (p) =>
      `${p.at}: "${p.text}" được nhập dưới dạng chữ; đã hiểu là ${p.value}. Nên nhập lại dưới dạng số.`,
    en: (p) => `${p.atEn}: "${p.text}" was entered as text; read as ${p.value}. Enter it again as a number.`,
    explain: {
      vi: 'Ô chứa số dưới dạng chữ không được công thức của Excel tính vào tổng.',
      en: 'A number stored as text is not counted by Excel formulas.',
      source: null,
    },
  }),
  NUMBER_INVALID: template<{ at: string; atEn: string; text: string }>({
    severity: 'error',
    vi: (p) => `${p.at}: không đọc được "${p.text}" là số. Hãy nhập một số (ví dụ 9 hoặc 9,5) hoặc để trống.`,
    en: (p) =>
      `${p.atEn}: cannot read "${p.text}" as a number. Enter a number (e.g. 9 or 9.5) or leave it blank.`,
    explain: {
      vi: 'Cột này chỉ nhận số; chữ như "chín" hay "9 điểm" không tính được.',
      en: 'This column takes numbers only; text such as "chín" or "9 điểm" cannot be computed.',
      source: null,
    },
  }),
  DATE_AS_TEXT: template<{ at: string; atEn: string; text: string; date: string }>({
    severity: 'warning',
    vi: (p) =>
      `${p.at}: ngày "${p.text}" được nhập dưới dạng chữ; đã hiểu là ${p.date}. Nên nhập lại dưới dạng ngày.`,
    en: (p) =>
      `${p.atEn}: the date "${p.text}" was entered as text; read as ${p.date}. Enter it again as a date.`,
    explain: {
      vi: 'Ngày lưu dưới dạng chữ không so sánh được với hạn đăng ký hay thời gian các đợt trong công thức của Excel.',
      en: 'A date stored as text cannot be compared with deadlines or phase dates by Excel formulas.',
      source: null,
    },
  }),
  DATE_INVALID: template<{ at: string; atEn: string; text: string }>({
    severity: 'error',
    vi: (p) =>
      `${p.at}: "${p.text}" không phải một ngày có thật. Hãy nhập ngày theo dạng dd/mm/yyyy (ví dụ 30/01/2018).`,
    en: (p) => `${p.atEn}: "${p.text}" is not a real date. Enter the date as dd/mm/yyyy (e.g. 30/01/2018).`,
    explain: {
      vi: 'Cột này chỉ nhận ngày (ngày/tháng/năm).',
      en: 'This column takes dates only (day/month/year).',
      source: null,
    },
  }),
  TEXT_FORMULA_LIKE: template<{ at: string; atEn: string; text: string }>({
    severity: 'warning',
    vi: (p) =>
      `${p.at}: giá trị bắt đầu bằng "=" ("${p.text}"), giống một công thức được dán dưới dạng chữ; đã giữ nguyên như đã nhập. Hãy kiểm tra lại ô này.`,
    en: (p) =>
      `${p.atEn}: the value starts with "=" ("${p.text}"), like a formula pasted as text; kept as typed. Check this cell.`,
    explain: {
      vi: 'Một công thức dán vào ô định dạng chữ không được tính; giá trị thật của ô có thể đã mất.',
      en: 'A formula pasted into a text cell is not computed; the value the cell should hold may be lost.',
      source: null,
    },
  }),
  VALUE_INVALID: template<{ at: string; atEn: string; detail: string; detailEn: string }>({
    severity: 'error',
    vi: (p) => `${p.at}: ${p.detail}.`,
    en: (p) => `${p.atEn}: ${p.detailEn}.`,
    explain: {
      vi: 'Các cột quy tắc và danh sách chọn được viết theo mẫu cố định để phần mềm đọc lại đúng quy tắc.',
      en: 'Rule columns and dropdown columns follow a fixed wording so the rules are read back exactly.',
      source: null,
    },
  }),
  VALUE_REQUIRED: template<{ at: string; atEn: string; field: string }>({
    severity: 'error',
    vi: (p) => `${p.at}: chưa có "${p.field}". Hãy nhập giá trị này.`,
    en: (p) => `${p.atEn}: "${p.field}" is missing. Enter this value.`,
    explain: {
      vi: 'Không có giá trị này thì không dựng lại được phong trào (thời gian, thang điểm, mã trong danh mục).',
      en: 'Without this value the campaign cannot be built (its dates, scale, catalogue codes).',
      source: null,
    },
  }),
  VALUE_DUPLICATE: template<{ at: string; atEn: string; field: string; firstRow: number }>({
    severity: 'warning',
    vi: (p) =>
      `${p.at}: "${p.field}" đã có ở dòng ${p.firstRow}; dòng này bị bỏ qua. Hãy xoá một trong hai dòng.`,
    en: (p) =>
      `${p.atEn}: "${p.field}" is already on row ${p.firstRow}; this row is ignored. Delete one of the two rows.`,
    explain: {
      vi: 'Mỗi thông tin của phong trào và mỗi tham số chỉ được khai một lần.',
      en: 'Each campaign field and each setting is given once.',
      source: null,
    },
  }),
  SETTING_MISSING: template<{ at: string; atEn: string; key: string; label: string; value: string }>({
    severity: 'warning',
    vi: (p) =>
      `${p.at}: chưa có giá trị cho tham số "${p.label}" (${p.key}); tạm dùng giá trị mặc định ${p.value}. Hãy nhập giá trị, hoặc chạy lại "Tạo / cập nhật sổ thi đua" nếu dòng tham số đã bị xoá.`,
    en: (p) =>
      `${p.atEn}: setting "${p.label}" (${p.key}) has no value; the default ${p.value} is used. Enter a value, or run "Set up / update the workbook" again if the row was deleted.`,
    explain: {
      vi: 'Các ngưỡng (chênh lệch tự chấm, số chữ số thập phân, kiểm tra đăng ký, số cờ mỗi cụm) là dữ liệu trong sổ; thiếu dòng thì dùng giá trị mặc định.',
      en: 'Thresholds (self-score gap, decimals, registration check, flags per cluster) live in the workbook; a missing row falls back to its default.',
      source: null,
    },
  }),
  SETTING_UNKNOWN: template<{ at: string; atEn: string; key: string; known: string }>({
    severity: 'warning',
    vi: (p) =>
      `${p.at}: không biết tham số "${p.key}"; dòng này bị bỏ qua. Các tham số dùng được: ${p.known}.`,
    en: (p) => `${p.atEn}: unknown setting "${p.key}"; this row is ignored. Known settings: ${p.known}.`,
    explain: {
      vi: 'Mã tham số phải đúng một trong các mã của sổ thi đua; đổi mã làm tham số không còn tác dụng.',
      en: 'A setting key must be one the workbook knows; a changed key has no effect.',
      source: null,
    },
  }),
  // --- layout ---
  LAYOUT_TABLE_OVER_DATA: template<{
    table: string;
    sheet: string;
    range: string;
    what: string;
    whatEn: string;
  }>({
    severity: 'error',
    vi: (p) =>
      `Không thể ${p.what} bảng "${p.table}" ở vùng ${p.range} (trang "${p.sheet}"): vùng này đã có dữ liệu. Hãy chuyển dữ liệu đó sang chỗ khác rồi chạy lại "Tạo / cập nhật sổ thi đua".`,
    en: (p) =>
      `Cannot ${p.whatEn} table "${p.table}" at ${p.range} (sheet "${p.sheet}"): the range already holds data. Move that data elsewhere and run "Set up / update the workbook" again.`,
    explain: {
      vi: 'Sổ thi đua không bao giờ ghi đè lên ô đã có dữ liệu; vùng dành cho bảng phải trống.',
      en: 'The workbook never writes over cells that hold data; the range a table needs must be empty.',
      source: null,
    },
  }),
  LAYOUT_TABLE_ELSEWHERE: template<{ table: string; sheet: string; actual: string }>({
    severity: 'error',
    vi: (p) =>
      `Bảng "${p.table}" đang nằm ở trang "${p.actual}", không phải trang "${p.sheet}". Hãy chuyển bảng về trang "${p.sheet}" rồi chạy lại "Tạo / cập nhật sổ thi đua".`,
    en: (p) =>
      `Table "${p.table}" is on sheet "${p.actual}", not "${p.sheet}". Move it back to "${p.sheet}" and run "Set up / update the workbook" again.`,
    explain: {
      vi: 'Mỗi bảng có chỗ cố định trong sổ để định dạng, kiểm tra và in ấn đặt đúng chỗ.',
      en: 'Each table has a fixed sheet so that formats, checks and print setup land in the right place.',
      source: null,
    },
  }),
  LAYOUT_TYPED_IN_COMPUTED: template<{ table: string; column: string; count: number }>({
    severity: 'warning',
    vi: (p) =>
      `Cột "${p.column}" của bảng "${p.table}" là cột tính tự động nhưng có ${p.count} ô được gõ tay; công thức của cột không được ghi lại để giữ các giá trị đó. Hãy xoá các giá trị gõ tay rồi chạy lại "Tạo / cập nhật sổ thi đua".`,
    en: (p) =>
      `Column "${p.column}" of table "${p.table}" is computed but ${p.count} cell(s) hold typed values; its formula was not rewritten to keep them. Clear the typed values and run "Set up / update the workbook" again.`,
    explain: {
      vi: 'Giá trị gõ tay không bao giờ bị ghi đè; cột tính tự động chỉ được làm mới khi không còn giá trị gõ tay.',
      en: 'Typed values are never overwritten; a computed column is refreshed only when it holds no typed value.',
      source: null,
    },
  }),
  LAYOUT_SUMMARY_USER_TABLE: template<{ table: string; sheet: string }>({
    severity: 'error',
    vi: (p) =>
      `Trang "${p.sheet}" có bảng "${p.table}" không thuộc mẫu sổ; trang này cần được tạo lại nên bảng đó sẽ mất. Hãy chuyển bảng "${p.table}" sang trang khác rồi chạy lại "Tạo / cập nhật sổ thi đua".`,
    en: (p) =>
      `Sheet "${p.sheet}" holds table "${p.table}", which is not part of the workbook; the sheet must be rebuilt and the table would be lost. Move "${p.table}" to another sheet and run "Set up / update the workbook" again.`,
    explain: {
      vi: 'Trang tổng hợp chỉ chứa công thức và được tạo lại khi số cụm, đơn vị hay danh hiệu thay đổi.',
      en: 'The summary sheet holds formulas only and is rebuilt when clusters, units or titles change.',
      source: null,
    },
  }),
  // --- campaign, registrations, scores: added by their validation stages ---
  // --- campaign ---
  CAMPAIGN_DATES_ORDER: template<{ at: string; atEn: string; start: string; end: string }>({
    severity: 'error',
    vi: (p) =>
      `${p.at}: ngày bắt đầu (${p.start}) muộn hơn ngày kết thúc (${p.end}). Hãy sửa "Ngày bắt đầu" hoặc "Ngày kết thúc" để phong trào bắt đầu trước khi kết thúc.`,
    en: (p) =>
      `${p.atEn}: the start date (${p.start}) is after the end date (${p.end}). Correct "Ngày bắt đầu" or "Ngày kết thúc" so that the campaign starts before it ends.`,
    explain: {
      vi: 'Phong trào diễn ra từ ngày bắt đầu đến ngày kết thúc; các đợt, mốc và hạn đăng ký được đối chiếu với khoảng thời gian này.',
      en: 'A campaign runs from its start to its end date; phases, milestones and the registration deadline are checked against that span.',
      source: null,
    },
  }),
  CAMPAIGN_ISSUE_DATE_AFTER_END: template<{ at: string; atEn: string; issueDate: string; end: string }>({
    severity: 'warning',
    vi: (p) =>
      `${p.at}: ngày ban hành kế hoạch (${p.issueDate}) sau ngày kết thúc phong trào (${p.end}). Hãy kiểm tra lại ngày ban hành hoặc năm của phong trào.`,
    en: (p) =>
      `${p.atEn}: the plan's issue date (${p.issueDate}) is after the campaign's end (${p.end}). Check the issue date or the campaign's year.`,
    explain: {
      vi: 'Kế hoạch phát động thường ban hành trước hoặc đầu kỳ thi đua (kế hoạch ngày 02/01/2018 cho năm 2018, ngày 25/12/2020 cho năm 2021). Ban hành sau ngày bắt đầu là bình thường; sau ngày kết thúc thì gần như chắc chắn là nhập nhầm.',
      en: 'A launch plan is issued before or early in the period (02/01/2018 for 2018, 25/12/2020 for 2021). Issued after the start is normal; issued after the end is almost surely a typing mistake.',
      source: null,
    },
  }),
  REGISTRATION_DEADLINE_OUTSIDE: template<{
    at: string;
    atEn: string;
    deadline: string;
    start: string;
    end: string;
  }>({
    severity: 'warning',
    vi: (p) =>
      `${p.at}: hạn đăng ký (${p.deadline}) nằm ngoài thời gian phong trào (${p.start} – ${p.end}). Hãy kiểm tra lại hạn đăng ký, thường là ngày đầu năm thi đua.`,
    en: (p) =>
      `${p.atEn}: the registration deadline (${p.deadline}) is outside the campaign (${p.start} – ${p.end}). Check the deadline; it is usually early in the campaign year.`,
    explain: {
      vi: 'Đơn vị đăng ký thi đua đầu kỳ (ví dụ trước 30/01/2018 cho phong trào năm 2018). Hạn ngoài thời gian phong trào thường do nhập nhầm năm; chỉ là cảnh báo vì kế hoạch có thể cho đăng ký trước khi phong trào bắt đầu.',
      en: 'Units register early in the period (before 30/01/2018 for 2018). A deadline outside the campaign is usually a wrong year; only a warning, since a plan may open registration before the campaign starts.',
      source: null,
    },
  }),
  PHASE_DATES_ORDER: template<{ at: string; atEn: string; phase: string; start: string; end: string }>({
    severity: 'error',
    vi: (p) =>
      `${p.at}: đợt "${p.phase}" có ngày bắt đầu (${p.start}) muộn hơn ngày kết thúc (${p.end}). Hãy sửa "Từ ngày" hoặc "Đến ngày" của đợt.`,
    en: (p) =>
      `${p.atEn}: phase "${p.phase}" starts (${p.start}) after it ends (${p.end}). Correct the phase's "Từ ngày" or "Đến ngày".`,
    explain: {
      vi: 'Mỗi đợt thi đua (theo đợt, chuyên đề) có ngày bắt đầu và ngày kết thúc, ví dụ Đợt 2 từ 01/7/2018 đến hết năm 2018.',
      en: 'Each phase runs from a start to an end date, e.g. phase 2 from 01/07/2018 to the end of 2018.',
      source: null,
    },
  }),
  PHASE_OUTSIDE_CAMPAIGN: template<{
    at: string;
    atEn: string;
    phase: string;
    phaseStart: string;
    phaseEnd: string;
    start: string;
    end: string;
  }>({
    severity: 'error',
    vi: (p) =>
      `${p.at}: đợt "${p.phase}" (${p.phaseStart} – ${p.phaseEnd}) nằm ngoài thời gian phong trào (${p.start} – ${p.end}). Hãy sửa ngày của đợt cho nằm trong thời gian phong trào, hoặc sửa ngày của phong trào.`,
    en: (p) =>
      `${p.atEn}: phase "${p.phase}" (${p.phaseStart} – ${p.phaseEnd}) falls outside the campaign (${p.start} – ${p.end}). Move the phase's dates inside the campaign, or correct the campaign's dates.`,
    explain: {
      vi: 'Các đợt là một phần của phong trào nên phải nằm trong thời gian phong trào.',
      en: 'Phases are parts of the campaign, so they lie within its dates.',
      source: null,
    },
  }),
  MILESTONE_OUTSIDE_PHASE: template<{
    at: string;
    atEn: string;
    phase: string;
    label: string;
    date: string;
    phaseStart: string;
    phaseEnd: string;
  }>({
    severity: 'warning',
    vi: (p) =>
      `${p.at}: mốc "${p.label}" (${p.date}) nằm ngoài đợt "${p.phase}" (${p.phaseStart} – ${p.phaseEnd}). Hãy chuyển mốc sang đúng đợt hoặc sửa ngày của mốc.`,
    en: (p) =>
      `${p.atEn}: milestone "${p.label}" (${p.date}) is outside phase "${p.phase}" (${p.phaseStart} – ${p.phaseEnd}). Move it to the right phase or correct its date.`,
    explain: {
      vi: 'Mốc (30/4, 19/5, 02/9 …) là ngày kỷ niệm hoặc ngày sơ kết trong một đợt; mốc ngoài đợt không làm sai điểm hay thứ hạng nên chỉ là cảnh báo.',
      en: 'Milestones (30/4, 19/5, 02/9 …) are anniversaries or reviews within a phase; one outside its phase changes no score or rank, hence a warning.',
      source: null,
    },
  }),
  CLUSTER_DUPLICATE: template<{ at: string; atEn: string; cluster: string; firstRow: number }>({
    severity: 'error',
    vi: (p) =>
      `${p.at}: mã cụm "${p.cluster}" đã có ở dòng thứ ${p.firstRow}. Mỗi cụm chỉ khai một dòng; hãy xoá dòng trùng hoặc đổi mã cụm.`,
    en: (p) =>
      `${p.atEn}: cluster code "${p.cluster}" is already used in row ${p.firstRow}. List each cluster once; delete the duplicate row or change its code.`,
    explain: {
      vi: 'Mã cụm nối danh sách cụm với đơn vị và bảng xếp hạng; trùng mã thì không biết đơn vị thuộc cụm nào.',
      en: 'The cluster code ties clusters to units and rankings; a repeated code makes membership ambiguous.',
      source: null,
    },
  }),
  CODE_UNSAFE: template<{ at: string; atEn: string; code: string; what: string; whatEn: string }>({
    severity: 'error',
    vi: (p) =>
      `${p.at}: ${p.what} "${p.code}" có ký tự * ? ~ hoặc bắt đầu bằng < > =, mà công thức đếm (COUNTIFS) hiểu là mẫu tìm kiếm hay phép so sánh, nên xếp hạng và tổng hợp sẽ sai. Hãy đổi mã chỉ gồm chữ, số, dấu chấm, gạch ngang hoặc gạch dưới.`,
    en: (p) =>
      `${p.atEn}: ${p.whatEn} "${p.code}" contains * ? ~ or starts with < > =, which COUNTIFS reads as a pattern or a comparison, so rankings and summaries would be wrong. Use letters, digits, dots, hyphens or underscores only.`,
    explain: {
      vi: 'Xếp hạng trong cụm và bảng tổng hợp đếm theo mã bằng COUNTIFS; ký tự đại diện trong mã làm phép đếm gộp nhầm đơn vị.',
      en: 'In-cluster ranks and summaries count by code with COUNTIFS; wildcard characters in a code make it match other codes.',
      source: null,
    },
  }),
  CLUSTER_EMPTY: template<{ at: string; atEn: string; cluster: string; name: string }>({
    severity: 'warning',
    vi: (p) =>
      `${p.at}: cụm "${p.name}" (mã ${p.cluster}) chưa có đơn vị nào. Hãy ghi mã cụm "${p.cluster}" vào cột "Mã cụm" của các đơn vị thuộc cụm trong danh sách đơn vị, hoặc xoá cụm nếu không dùng.`,
    en: (p) =>
      `${p.atEn}: cluster "${p.name}" (code ${p.cluster}) has no units. Put "${p.cluster}" in the "Mã cụm" column of its units in the unit list, or delete the cluster if unused.`,
    explain: {
      vi: 'Đơn vị được xếp hạng và suy tôn trong cụm (khối) của mình; cụm không có đơn vị thì không có gì để xếp hạng.',
      en: 'Units are ranked and the leader voted within their cluster (block); an empty cluster has nothing to rank.',
      source: null,
    },
  }),
  CLUSTER_HEAD_NOT_MEMBER: template<{
    at: string;
    atEn: string;
    cluster: string;
    unit: string;
    roleVi: string;
    roleEn: string;
  }>({
    severity: 'error',
    vi: (p) =>
      `${p.at}: ${p.roleVi} "${p.unit}" không phải là đơn vị của cụm "${p.cluster}". Hãy chọn một mã đơn vị thuộc cụm, hoặc sửa "Mã cụm" của đơn vị đó trong danh sách đơn vị.`,
    en: (p) =>
      `${p.atEn}: the ${p.roleEn} "${p.unit}" is not a unit of cluster "${p.cluster}". Choose a unit code of the cluster, or correct that unit's "Mã cụm" in the unit list.`,
    explain: {
      vi: 'Cụm trưởng, cụm phó là đơn vị thành viên của cụm, luân phiên hằng năm (Cụm thi đua số 2 năm 2021: cụm trưởng Trường Cao đẳng Luật miền Bắc, cụm phó Tạp chí Dân chủ và Pháp luật).',
      en: 'The cluster head and deputy are member units, rotating yearly (Cluster 2 in 2021: head Trường Cao đẳng Luật miền Bắc, deputy Tạp chí Dân chủ và Pháp luật).',
      source: null,
    },
  }),
  CLUSTER_HEAD_IS_DEPUTY: template<{ at: string; atEn: string; cluster: string; unit: string }>({
    severity: 'warning',
    vi: (p) =>
      `${p.at}: đơn vị "${p.unit}" vừa là cụm trưởng vừa là cụm phó của cụm "${p.cluster}". Hãy chọn một đơn vị khác làm cụm phó.`,
    en: (p) =>
      `${p.atEn}: unit "${p.unit}" is both head and deputy of cluster "${p.cluster}". Choose another unit as deputy.`,
    explain: {
      vi: 'Cụm trưởng và cụm phó là hai đơn vị khác nhau; việc này không ảnh hưởng điểm hay thứ hạng nên chỉ là cảnh báo.',
      en: 'Head and deputy are two different units; this changes no score or rank, hence a warning.',
      source: null,
    },
  }),
  UNIT_DUPLICATE: template<{ at: string; atEn: string; unit: string; firstRow: number }>({
    severity: 'error',
    vi: (p) =>
      `${p.at}: mã đơn vị "${p.unit}" đã có ở dòng thứ ${p.firstRow}. Hãy xoá dòng trùng hoặc đổi mã đơn vị.`,
    en: (p) =>
      `${p.atEn}: unit code "${p.unit}" is already used in row ${p.firstRow}. Delete the duplicate row or change the code.`,
    explain: {
      vi: 'Mã đơn vị nối danh sách đơn vị với đăng ký và chấm điểm; trùng mã thì điểm và đăng ký không biết thuộc dòng nào.',
      en: 'The unit code ties units to registrations and scores; with a repeated code they cannot be told apart.',
      source: null,
    },
  }),
  UNIT_IN_TWO_CLUSTERS: template<{
    at: string;
    atEn: string;
    unit: string;
    cluster: string;
    firstCluster: string;
    firstRow: number;
  }>({
    severity: 'error',
    vi: (p) =>
      `${p.at}: đơn vị "${p.unit}" đã thuộc cụm "${p.firstCluster}" (dòng thứ ${p.firstRow}) nhưng dòng này lại ghi cụm "${p.cluster}". Mỗi đơn vị chỉ thuộc một cụm; hãy giữ một dòng và xoá dòng còn lại.`,
    en: (p) =>
      `${p.atEn}: unit "${p.unit}" is already in cluster "${p.firstCluster}" (row ${p.firstRow}) but this row puts it in "${p.cluster}". A unit belongs to one cluster; keep one row and delete the other.`,
    explain: {
      vi: 'Mỗi đơn vị thi đua trong một cụm (khối) và chỉ được xếp hạng, suy tôn trong cụm đó.',
      en: 'Each unit competes in one cluster (block) and is ranked only there.',
      source: null,
    },
  }),
  UNIT_CLUSTER_UNKNOWN: template<{ at: string; atEn: string; unit: string; cluster: string }>({
    severity: 'error',
    vi: (p) =>
      `${p.at}: đơn vị "${p.unit}" ${p.cluster === '' ? 'chưa ghi mã cụm' : `ghi mã cụm "${p.cluster}" không có trong danh sách cụm`}. Hãy chọn một mã cụm có trong danh sách cụm, hoặc thêm cụm đó.`,
    en: (p) =>
      `${p.atEn}: unit "${p.unit}" ${p.cluster === '' ? 'has no cluster code' : `names cluster "${p.cluster}", which is not in the cluster list`}. Choose a cluster code from the list, or add the cluster.`,
    explain: {
      vi: 'Đơn vị được xếp hạng trong cụm của mình; không thuộc cụm nào thì không được xếp hạng.',
      en: 'Units are ranked within their cluster; a unit in no cluster is not ranked.',
      source: null,
    },
  }),
  UNIT_HEADCOUNT_MISSING: template<{ at: string; atEn: string; unit: string; headcount: number | null }>({
    severity: 'warning',
    vi: (p) =>
      `${p.at}: đơn vị "${p.unit}" ${p.headcount === null ? 'chưa có số người' : `ghi số người ${p.headcount.toLocaleString('vi-VN')}, không hợp lệ`}. Hãy nhập số người (số dương) để tính được tỷ lệ thành viên đạt danh hiệu của đơn vị.`,
    en: (p) =>
      `${p.atEn}: unit "${p.unit}" ${p.headcount === null ? 'has no headcount' : `has headcount ${p.headcount}, which is not valid`}. Enter the number of people (positive) so that member shares can be computed.`,
    explain: {
      vi: 'Số người là cơ sở tính tỷ lệ thành viên đạt danh hiệu, ví dụ Tập thể lao động xuất sắc cần ít nhất 70% thành viên là Lao động tiên tiến.',
      en: 'The headcount is the base of member shares, e.g. an excellent collective needs at least 70% of its members to be advanced workers.',
      source: 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 27',
    },
  }),
  TITLE_DUPLICATE: template<{ at: string; atEn: string; title: string; firstRow: number }>({
    severity: 'error',
    vi: (p) =>
      `${p.at}: mã danh hiệu "${p.title}" đã có ở dòng thứ ${p.firstRow}. Hãy xoá dòng trùng hoặc đổi mã danh hiệu.`,
    en: (p) =>
      `${p.atEn}: title code "${p.title}" is already used in row ${p.firstRow}. Delete the duplicate row or change the code.`,
    explain: {
      vi: 'Mã danh hiệu nối danh mục với đăng ký và đề nghị khen thưởng; trùng mã thì không biết áp dụng điều kiện của dòng nào.',
      en: 'The title code ties the catalogue to registrations and proposals; with a repeated code the rules to apply are ambiguous.',
      source: null,
    },
  }),
  TITLE_RULE_UNKNOWN: template<{ at: string; atEn: string; title: string; ref: string }>({
    severity: 'error',
    vi: (p) =>
      `${p.at}: danh hiệu "${p.title}" nhắc tới mã danh hiệu "${p.ref}" không có trong danh mục. Hãy sửa mã cho đúng hoặc thêm danh hiệu "${p.ref}" vào danh mục.`,
    en: (p) =>
      `${p.atEn}: title "${p.title}" refers to title code "${p.ref}", which is not in the catalogue. Correct the code or add "${p.ref}" to the catalogue.`,
    explain: {
      vi: 'Điều kiện, giới hạn và "được tính là" của một danh hiệu được kiểm tra trên đăng ký của các danh hiệu mà nó nhắc tới; mã sai thì kiểm tra cho kết quả sai.',
      en: 'Prerequisites, caps and "counts as" are checked against registrations of the titles they name; a wrong code gives wrong results.',
      source: null,
    },
  }),
  CRITERION_DUPLICATE: template<{ at: string; atEn: string; criterion: string; firstRow: number }>({
    severity: 'error',
    vi: (p) =>
      `${p.at}: mã tiêu chí "${p.criterion}" đã có ở dòng thứ ${p.firstRow}. Hãy đổi mã (ví dụ "${p.criterion}.1") hoặc xoá dòng trùng.`,
    en: (p) =>
      `${p.atEn}: criterion code "${p.criterion}" is already used in row ${p.firstRow}. Change the code (e.g. "${p.criterion}.1") or delete the duplicate row.`,
    explain: {
      vi: 'Mỗi tiêu chí là một cột của bảng chấm điểm, tiêu đề cột là mã tiêu chí; trùng mã thì hai tiêu chí chung một cột.',
      en: 'Each criterion is a column of the scoring table headed by its code; a repeated code puts two criteria in one column.',
      source: null,
    },
  }),
  CRITERION_MAX_NOT_POSITIVE: template<{ at: string; atEn: string; criterion: string; max: number }>({
    severity: 'error',
    vi: (p) =>
      `${p.at}: tiêu chí "${p.criterion}" có điểm chuẩn ${p.max.toLocaleString('vi-VN')}. Điểm chuẩn phải lớn hơn 0; với tiêu chí trừ, ghi số điểm bị trừ tối đa là số dương.`,
    en: (p) =>
      `${p.atEn}: criterion "${p.criterion}" has maximum ${p.max}. The maximum must be above 0; for a deduction, enter the most that can be deducted as a positive number.`,
    explain: {
      vi: 'Điểm chuẩn là số điểm tối đa của tiêu chí (với điểm trừ: số điểm bị trừ tối đa), luôn là số dương.',
      en: 'The maximum is the most points a criterion gives (for a deduction, the most it takes away), always positive.',
      source: null,
    },
  }),
  CRITERIA_GROUP_NAME_MIXED: template<{
    at: string;
    atEn: string;
    group: string;
    name: string;
    firstName: string;
    firstRow: number;
  }>({
    severity: 'warning',
    vi: (p) =>
      `${p.at}: nhóm "${p.group}" ghi tên "${p.name}", khác tên "${p.firstName}" ở dòng thứ ${p.firstRow}. Hãy ghi cùng một tên nhóm cho mọi tiêu chí của nhóm (hoặc để trống).`,
    en: (p) =>
      `${p.atEn}: group "${p.group}" is named "${p.name}", unlike "${p.firstName}" in row ${p.firstRow}. Give every criterion of the group the same group name (or leave it blank).`,
    explain: {
      vi: 'Tên nhóm là tiêu đề của nhóm tiêu chí trên bảng chấm điểm in ra (I. Thực hiện chế độ báo cáo); một nhóm chỉ có một tiêu đề.',
      en: 'The group name heads the group in the printed scoring table (I. Thực hiện chế độ báo cáo); a group has one heading.',
      source: null,
    },
  }),
  CRITERIA_SCALE_MISMATCH: template<{ at: string; atEn: string; sum: number; scale: number }>({
    severity: 'error',
    vi: (p) =>
      `${p.at}: tổng điểm chuẩn của các tiêu chí loại "chuẩn" là ${p.sum.toLocaleString('vi-VN')}, khác thang điểm ${p.scale.toLocaleString('vi-VN')} của phong trào. Hãy sửa điểm chuẩn các tiêu chí hoặc thang điểm cho khớp; điểm thưởng và điểm trừ không tính vào tổng này.`,
    en: (p) =>
      `${p.atEn}: the maxima of the standard criteria add up to ${p.sum}, not the campaign's scale of ${p.scale}. Correct the maxima or the scale; bonus and deduction criteria are not part of this sum.`,
    explain: {
      vi: 'Bảng tiêu chí chấm điểm của ngành Tư pháp có tổng 100 (hoặc 200) điểm chia theo nhóm tiêu chí; điểm thưởng, điểm trừ tính riêng.',
      en: 'Justice-sector scoring tables total 100 (or 200) points split into groups; bonus and deduction points come on top.',
      source:
        'Thông tư 11/2023/TT-BTP; bảng tiêu chí hằng năm của Bộ Tư pháp (QĐ 484/QĐ-BTP năm 2023, QĐ 536/QĐ-BTP năm 2024)',
    },
  }),
  BAND_GATE_UNKNOWN: template<{ at: string; atEn: string; band: string; criterion: string }>({
    severity: 'error',
    vi: (p) =>
      `${p.at}: hạng "${p.band}" có điều kiện về tiêu chí "${p.criterion}" không có trong bảng tiêu chí. Hãy sửa mã tiêu chí của điều kiện.`,
    en: (p) =>
      `${p.atEn}: band "${p.band}" has a gate on criterion "${p.criterion}", which is not in the criteria. Correct the gate's criterion code.`,
    explain: {
      vi: 'Một hạng có thể kèm điều kiện đạt các chỉ tiêu bắt buộc (Hạng A: từ 180/200 điểm và đạt đủ ba chỉ tiêu); mỗi điều kiện phải dựa trên một tiêu chí có thật.',
      en: 'A band may require statutory targets met (band A: 180/200 and all three targets); each gate must name a real criterion.',
      source: null,
    },
  }),
  TIE_BREAK_UNKNOWN: template<{
    at: string;
    atEn: string;
    label: string;
    target: 'group' | 'criterion';
    code: string;
  }>({
    severity: 'error',
    vi: (p) =>
      `${p.at}: tiêu chí phụ "${p.label}" dựa trên ${p.target === 'group' ? 'nhóm' : 'tiêu chí'} "${p.code}" không có trong bảng tiêu chí. Hãy sửa mã hoặc bỏ tiêu chí phụ này.`,
    en: (p) =>
      `${p.atEn}: tie-break "${p.label}" uses ${p.target} "${p.code}", which is not in the criteria. Correct the code or remove this tie-break.`,
    explain: {
      vi: 'Khi bằng tổng điểm, thứ hạng được phân định theo chuỗi tiêu chí phụ (điểm nhóm I cao hơn, ít điểm trừ hơn …); tiêu chí phụ phải dựa trên một nhóm hoặc tiêu chí có thật.',
      en: 'Equal totals are separated by the tie-break chain (higher group I, fewer deductions …); each link must name a real group or criterion.',
      source: null,
    },
  }),
  FLAG_TITLE_UNKNOWN: template<{ at: string; atEn: string; title: string }>({
    severity: 'error',
    vi: (p) =>
      `${p.at}: danh hiệu đề nghị cho đơn vị dẫn đầu cụm là "${p.title}", không có trong danh mục danh hiệu. Hãy chọn một mã danh hiệu có trong danh mục (ví dụ Cờ thi đua của Bộ).`,
    en: (p) =>
      `${p.atEn}: the title proposed for a cluster's leading unit is "${p.title}", which is not in the title catalogue. Choose a catalogue code (e.g. the Ministry's emulation flag).`,
    explain: {
      vi: 'Đơn vị dẫn đầu cụm, khối thi đua được suy tôn và đề nghị tặng Cờ thi đua.',
      en: 'The unit leading a cluster or block is voted and proposed for the emulation flag.',
      source: 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 26',
    },
  }),
  // --- registrations ---
  REGISTRATION_UNIT_UNKNOWN: template<{ at: string; atEn: string; unit: string }>({
    severity: 'error',
    vi: (p) =>
      `${p.at}: ${p.unit === '' ? 'chưa ghi mã đơn vị' : `mã đơn vị "${p.unit}" không có trong danh sách đơn vị`}. Hãy chọn một mã đơn vị có trong danh sách đơn vị (trang "Danh mục").`,
    en: (p) =>
      `${p.atEn}: ${p.unit === '' ? 'no unit code' : `unit code "${p.unit}" is not in the unit list`}. Choose a unit code from the unit list (sheet "Danh mục").`,
    explain: {
      vi: 'Đăng ký thuộc về một đơn vị trong danh sách; mã lạ thì đăng ký không được tính cho đơn vị nào.',
      en: 'A registration belongs to a listed unit; with an unknown code it counts for no unit.',
      source: null,
    },
  }),
  REGISTRATION_TITLE_UNKNOWN: template<{ at: string; atEn: string; title: string }>({
    severity: 'error',
    vi: (p) =>
      `${p.at}: ${p.title === '' ? 'chưa ghi mã danh hiệu' : `mã danh hiệu "${p.title}" không có trong danh mục danh hiệu`}. Hãy chọn một mã có trong danh mục (trang "Danh mục"), hoặc thêm danh hiệu vào danh mục.`,
    en: (p) =>
      `${p.atEn}: ${p.title === '' ? 'no title code' : `title code "${p.title}" is not in the title catalogue`}. Choose a code from the catalogue (sheet "Danh mục"), or add the title to it.`,
    explain: {
      vi: 'Danh hiệu và hình thức khen thưởng lấy từ danh mục, nơi ghi điều kiện và giới hạn của từng danh hiệu.',
      en: "Titles and forms come from the catalogue, which holds each one's prerequisites and caps.",
      source: 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 9, 19, 20',
    },
  }),
  REGISTRATION_SUBJECT_MISMATCH: template<{
    at: string;
    atEn: string;
    title: string;
    titleSubject: string;
    subject: string;
  }>({
    severity: 'error',
    vi: (p) =>
      `${p.at}: danh hiệu ${p.title} dành cho đối tượng "${p.titleSubject}", nhưng dòng này ghi đối tượng "${p.subject}". Hãy sửa cột "Đối tượng", hoặc chọn một danh hiệu dành cho "${p.subject}".`,
    en: (p) =>
      `${p.atEn}: title ${p.title} is for "${p.titleSubject}" but this row registers a "${p.subject}". Correct the "Đối tượng" column, or choose a title for "${p.subject}".`,
    explain: {
      vi: 'Danh hiệu cá nhân (Lao động tiên tiến, Chiến sĩ thi đua …) khác danh hiệu tập thể (Tập thể lao động tiên tiến, Tập thể lao động xuất sắc, Cờ thi đua …).',
      en: 'Individual titles (advanced worker, emulation fighter …) differ from collective ones (advanced / excellent collective, emulation flag …).',
      source: 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 19, 20',
    },
  }),
  REGISTRATION_NAME_MISSING: template<{ at: string; atEn: string }>({
    severity: 'error',
    vi: (p) =>
      `${p.at}: đăng ký cá nhân nhưng chưa có họ và tên. Hãy nhập họ và tên người đăng ký, hoặc đổi "Đối tượng" thành "Tập thể" nếu là đăng ký của đơn vị.`,
    en: (p) =>
      `${p.atEn}: an individual registration without a name. Enter the person's full name, or set "Đối tượng" to "Tập thể" if the unit itself registers.`,
    explain: {
      vi: 'Danh sách đăng ký cá nhân ghi rõ họ và tên từng người; không có tên thì không xét được điều kiện và giới hạn theo người.',
      en: 'Individual registrations name each person; without a name prerequisites and caps cannot be checked per person.',
      source: null,
    },
  }),
  REGISTRATION_NAME_ON_COLLECTIVE: template<{ at: string; atEn: string; person: string }>({
    severity: 'warning',
    vi: (p) =>
      `${p.at}: đăng ký tập thể nhưng có ghi họ và tên "${p.person}". Nếu là đăng ký cá nhân, hãy đổi "Đối tượng" thành "Cá nhân"; nếu không, hãy xoá họ và tên.`,
    en: (p) =>
      `${p.atEn}: a collective registration carries the name "${p.person}". If it is an individual's, set "Đối tượng" to "Cá nhân"; otherwise clear the name.`,
    explain: {
      vi: 'Đăng ký tập thể là của cả đơn vị, không ghi tên người; một tên ở đây thường là đăng ký cá nhân chọn nhầm đối tượng.',
      en: "A collective registration is the whole unit's and names nobody; a name here is usually an individual registration with the wrong subject.",
      source: null,
    },
  }),
  REGISTRATION_DUPLICATE: template<{
    at: string;
    atEn: string;
    unit: string;
    person: string;
    title: string;
    firstRow: number;
  }>({
    severity: 'error',
    vi: (p) =>
      `${p.at}: trùng với đăng ký ở dòng thứ ${p.firstRow} (đơn vị "${p.unit}"${p.person === '' ? '' : `, ${p.person}`}, danh hiệu ${p.title}). Hãy xoá dòng trùng.`,
    en: (p) =>
      `${p.atEn}: repeats the registration of row ${p.firstRow} (unit "${p.unit}"${p.person === '' ? '' : `, ${p.person}`}, title ${p.title}). Delete the duplicate row.`,
    explain: {
      vi: 'Mỗi người, mỗi tập thể đăng ký một danh hiệu một lần; dòng trùng làm sai danh sách đăng ký trình Hội đồng.',
      en: 'Each person or collective registers for a title once; a repeated row makes the list sent to the council wrong.',
      source: null,
    },
  }),
  REGISTRATION_AFTER_DEADLINE: template<{ at: string; atEn: string; date: string; deadline: string }>({
    severity: 'warning',
    vi: (p) =>
      `${p.at}: ngày đăng ký ${p.date} sau hạn đăng ký ${p.deadline}. Hãy kiểm tra lại ngày, hoặc ghi lý do đăng ký muộn vào cột "Ghi chú" để Hội đồng xem xét.`,
    en: (p) =>
      `${p.atEn}: registered on ${p.date}, after the deadline ${p.deadline}. Check the date, or note the reason for the late registration in "Ghi chú" for the council.`,
    explain: {
      vi: 'Hạn đăng ký do kế hoạch phát động đặt ra, không phải do luật; nhận hay không nhận đăng ký muộn là việc của Hội đồng thi đua, khen thưởng, nên đây là cảnh báo, không phải lỗi.',
      en: "The deadline is set by the launch plan, not by law; whether to accept a late registration is the council's call, so this is a warning, not an error.",
      source: null,
    },
  }),
  REGISTRATION_DATE_MISSING: template<{ at: string; atEn: string }>({
    severity: 'warning',
    vi: (p) =>
      `${p.at}: chưa có ngày đăng ký. Hãy nhập ngày đăng ký (dd/mm/yyyy) để kiểm tra được hạn đăng ký.`,
    en: (p) =>
      `${p.atEn}: no registration date. Enter the date (dd/mm/yyyy) so that the deadline can be checked.`,
    explain: {
      vi: 'Ngày đăng ký dùng để đối chiếu với hạn đăng ký của kế hoạch.',
      en: "The registration date is checked against the plan's deadline.",
      source: null,
    },
  }),
  PREREQUISITE_ALSO_HOLDS: template<{
    at: string;
    atEn: string;
    person: string;
    title: string;
    needed: string;
  }>({
    severity: 'error',
    vi: (p) =>
      `${p.at}: ${p.person} đăng ký ${p.title} nhưng chưa đăng ký ${p.needed}, là điều kiện của danh hiệu này. Hãy thêm dòng đăng ký ${p.needed} cho người này (cùng đơn vị), hoặc sửa danh hiệu.`,
    en: (p) =>
      `${p.atEn}: ${p.person} registers for ${p.title} but not for ${p.needed}, which it requires. Add a registration for ${p.needed} for this person (same unit), or change the title.`,
    explain: {
      vi: 'Chiến sĩ thi đua cơ sở phải đạt danh hiệu Lao động tiên tiến; điều kiện cụ thể lấy từ cột "Điều kiện" của danh mục danh hiệu.',
      en: 'A grassroots emulation fighter must also be an advanced worker; the exact rule comes from the catalogue\'s "Điều kiện" column.',
      source: 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 23',
    },
  }),
  PREREQUISITE_MEMBER_SHARE: template<{
    at: string;
    atEn: string;
    unit: string;
    title: string;
    needed: string;
    percent: number;
    /** True for "more than" `percent` (trên), false for "at least" (ít nhất). */
    strict: boolean;
    headcount: number;
    minimum: number;
    count: number;
  }>({
    severity: 'error',
    vi: (p) =>
      `${p.at}: đơn vị "${p.unit}" đăng ký ${p.title}, cần ${p.strict ? 'trên' : 'ít nhất'} ${p.percent.toLocaleString('vi-VN')}% của ${p.headcount} người (${p.minimum} người) đăng ký ${p.needed}, hiện mới có ${p.count} người. Hãy bổ sung đăng ký cá nhân của đơn vị, kiểm tra "Số người", hoặc đăng ký danh hiệu tập thể phù hợp.`,
    en: (p) =>
      `${p.atEn}: unit "${p.unit}" registers for ${p.title}, which needs ${p.strict ? 'more than' : 'at least'} ${p.percent}% of its ${p.headcount} people (${p.minimum}) registered for ${p.needed}; there are ${p.count}. Add the unit's individual registrations, check "Số người", or register a fitting collective title.`,
    explain: {
      vi: 'Tập thể lao động xuất sắc cần ít nhất 70% thành viên là Lao động tiên tiến; Tập thể lao động tiên tiến cần trên 50% (theo quy định cũ). Tỷ lệ lấy từ cột "Điều kiện" của danh mục, tính trên số người của đơn vị.',
      en: "An excellent collective needs at least 70% of its members to be advanced workers; an advanced collective over 50% (old rule). The share comes from the catalogue and is taken of the unit's headcount.",
      source: 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 27',
    },
  }),
  PREREQUISITE_MEMBER_COUNT: template<{
    at: string;
    atEn: string;
    unit: string;
    title: string;
    needed: string;
    min: number;
    count: number;
  }>({
    severity: 'error',
    vi: (p) =>
      `${p.at}: đơn vị "${p.unit}" đăng ký ${p.title}, cần ít nhất ${p.min} cá nhân của đơn vị đăng ký ${p.needed}, hiện có ${p.count}. Hãy bổ sung đăng ký cá nhân, hoặc đăng ký danh hiệu tập thể phù hợp.`,
    en: (p) =>
      `${p.atEn}: unit "${p.unit}" registers for ${p.title}, which needs at least ${p.min} of its people registered for ${p.needed}; there are ${p.count}. Add individual registrations, or register a fitting collective title.`,
    explain: {
      vi: 'Tập thể lao động xuất sắc phải có cá nhân đạt Chiến sĩ thi đua cơ sở; số tối thiểu lấy từ cột "Điều kiện" của danh mục.',
      en: 'An excellent collective must have a member who is a grassroots emulation fighter; the minimum comes from the catalogue.',
      source: 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 27',
    },
  }),
  PREREQUISITE_UNCHECKED: template<{
    at: string;
    atEn: string;
    unit: string;
    title: string;
    needed: string;
    percent: number;
    /** True for "more than" `percent` (trên), false for "at least" (ít nhất). */
    strict: boolean;
  }>({
    severity: 'warning',
    vi: (p) =>
      `${p.at}: chưa kiểm tra được điều kiện ${p.strict ? 'trên' : 'ít nhất'} ${p.percent.toLocaleString('vi-VN')}% số người đăng ký ${p.needed} của danh hiệu ${p.title} vì đơn vị "${p.unit}" chưa có số người hợp lệ. Hãy nhập "Số người" của đơn vị trong danh sách đơn vị (trang "Danh mục").`,
    en: (p) =>
      `${p.atEn}: the condition of ${p.title} that ${p.strict ? 'more than' : 'at least'} ${p.percent}% of the unit's people register for ${p.needed} could not be checked: unit "${p.unit}" has no valid headcount. Enter its "Số người" in the unit list (sheet "Danh mục").`,
    explain: {
      vi: 'Tỷ lệ thành viên đạt danh hiệu được tính trên số người của đơn vị; thiếu số người thì không kết luận được.',
      en: "Member shares are taken of the unit's headcount; without it no conclusion can be drawn.",
      source: 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 27',
    },
  }),
  CAP_EXCEEDED: template<{
    at: string;
    atEn: string;
    unit: string;
    title: string;
    of: string;
    count: number;
    base: number;
    percent: number;
    allowed: number;
    rounding: 'floor' | 'round' | 'ceil';
  }>({
    severity: 'error',
    vi: (p) =>
      `${p.at}: đơn vị "${p.unit}" có ${p.count} người đăng ký ${p.title}, vượt giới hạn ${p.percent.toLocaleString('vi-VN')}% của ${p.base} người đạt ${p.of}, tức tối đa ${p.allowed} người (làm tròn ${{ floor: 'xuống', round: 'đến số gần nhất', ceil: 'lên' }[p.rounding]}). Hãy giảm số đăng ký ${p.title} của đơn vị xuống còn ${p.allowed}.`,
    en: (p) =>
      `${p.atEn}: registrations of unit "${p.unit}" for ${p.title}: ${p.count}, over the cap of ${p.percent}% of the unit's holders of ${p.of} (${p.base}), i.e. at most ${p.allowed} (rounded ${{ floor: 'down', round: 'to nearest', ceil: 'up' }[p.rounding]}). Bring them down to ${p.allowed}.`,
    explain: {
      vi: 'Số Chiến sĩ thi đua cơ sở không quá 15% số người đạt Lao động tiên tiến của đơn vị (Nghị định 91/2017/NĐ-CP, Điều 9, áp dụng đến hết năm 2023). Từ năm 2024 luật không đặt tỷ lệ chung; bộ, ngành, địa phương tự quy định. Tỷ lệ và cách làm tròn lấy từ cột "Giới hạn" của danh mục.',
      en: 'Grassroots emulation fighters may be at most 15% of a unit\'s advanced workers (Decree 91/2017, Art. 9, until the end of 2023). From 2024 there is no national cap; ministries and provinces set their own. Share and rounding come from the catalogue\'s "Giới hạn" column.',
      source: 'Nghị định 91/2017/NĐ-CP, Điều 9; Luật Thi đua, khen thưởng số 06/2022/QH15',
    },
  }),
  REGISTRATION_MISSING_AT_EVALUATION: template<{ at: string; atEn: string; unit: string; title: string }>({
    severity: 'error',
    vi: (p) =>
      `${p.at}: đơn vị "${p.unit}" được đề nghị ${p.title} nhưng không có đăng ký thi đua tập thể cho danh hiệu này (trang "Đăng ký"). Hãy bổ sung dòng đăng ký nếu đơn vị đã đăng ký bằng văn bản, hoặc xem lại đề nghị.`,
    en: (p) =>
      `${p.atEn}: unit "${p.unit}" is proposed for ${p.title} but has no collective registration for it (sheet "Đăng ký"). Add the registration row if the unit registered in writing, or review the proposal.`,
    explain: {
      vi: 'Theo Luật Thi đua, khen thưởng 2003 (sửa đổi, bổ sung năm 2013) và Nghị định 91/2017/NĐ-CP, đăng ký thi đua là bắt buộc: không đăng ký thì không xét tặng danh hiệu. Từ 01/01/2024, Luật Thi đua, khen thưởng số 06/2022/QH15 (Điều 7) không còn coi đăng ký là căn cứ xét tặng. Tham số kiểm tra đăng ký chọn mức: bắt buộc (lỗi), không bắt buộc (cảnh báo) hoặc tắt.',
      en: 'Under the 2003 Law on Emulation and Commendation (amended 2013) and Decree 91/2017, registration was required: no registration, no title. From 01/01/2024 Law 06/2022/QH15 (Art. 7) no longer makes registration a basis for awarding. The registration-check setting picks the level: required (error), optional (warning) or off.',
      source:
        'Luật Thi đua, khen thưởng 2003, sửa đổi, bổ sung 2013; Nghị định 91/2017/NĐ-CP; Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 7',
    },
  }),
  // --- scores ---
  SCORE_UNIT_UNKNOWN: template<{ at: string; atEn: string; unit: string }>({
    severity: 'error',
    vi: (p) =>
      `${p.at}: ${p.unit === '' ? 'dòng có điểm nhưng chưa ghi mã đơn vị' : `mã đơn vị "${p.unit}" không có trong danh sách đơn vị`}. Hãy chọn một mã đơn vị có trong danh sách đơn vị (trang "Danh mục").`,
    en: (p) =>
      `${p.atEn}: ${p.unit === '' ? 'a row with points but no unit code' : `unit code "${p.unit}" is not in the unit list`}. Choose a unit code from the unit list (sheet "Danh mục").`,
    explain: {
      vi: 'Điểm thuộc về một đơn vị trong danh sách; mã lạ thì điểm không được xếp hạng ở cụm nào.',
      en: 'Points belong to a listed unit; with an unknown code they are ranked in no cluster.',
      source: null,
    },
  }),
  SCORE_UNIT_DUPLICATE: template<{ at: string; atEn: string; unit: string; firstRow: number }>({
    severity: 'error',
    vi: (p) =>
      `${p.at}: đơn vị "${p.unit}" đã có điểm ở dòng thứ ${p.firstRow}. Mỗi đơn vị chỉ có một dòng điểm; hãy gộp điểm vào một dòng và xoá dòng này.`,
    en: (p) =>
      `${p.atEn}: unit "${p.unit}" is already scored in row ${p.firstRow}. A unit has one row of points; merge them into one row and delete this one.`,
    explain: {
      vi: 'Hai dòng điểm của cùng một đơn vị thì đơn vị được xếp hạng hai lần.',
      en: 'Two rows for one unit would rank it twice.',
      source: null,
    },
  }),
  SCORE_ROW_MISSING: template<{ at: string; atEn: string; unit: string; name: string }>({
    severity: 'warning',
    vi: (p) =>
      `${p.at}: đơn vị "${p.name}" (${p.unit}) chưa có dòng trong bảng chấm điểm nên chưa được xếp hạng. Hãy thêm một dòng với mã đơn vị "${p.unit}".`,
    en: (p) =>
      `${p.atEn}: unit "${p.name}" (${p.unit}) has no row in the scoring table, so it is not ranked. Add a row with unit code "${p.unit}".`,
    explain: {
      vi: 'Mọi đơn vị trong danh sách đều được chấm và xếp hạng trong cụm; đơn vị không có dòng điểm thì bị bỏ sót.',
      en: 'Every listed unit is scored and ranked in its cluster; a unit without a row is left out.',
      source: null,
    },
  }),
  UNIT_UNSCORED: template<{ at: string; atEn: string; unit: string }>({
    severity: 'warning',
    vi: (p) =>
      `${p.at}: đơn vị "${p.unit}" chưa được chấm (chưa có điểm tiêu chí nào) nên chưa được xếp hạng. Hãy nhập điểm khi đã chấm.`,
    en: (p) =>
      `${p.atEn}: unit "${p.unit}" is not scored yet (no criterion has points), so it is not ranked. Enter its points once scored.`,
    explain: {
      vi: 'Đơn vị chưa chấm để trống, không ghi 0, và không được xếp hạng.',
      en: 'An unscored unit stays blank, never 0, and gets no rank.',
      source: null,
    },
  }),
  SCORE_MISSING: template<{ at: string; atEn: string; unit: string; criterion: string }>({
    severity: 'warning',
    vi: (p) =>
      `${p.at}: đơn vị "${p.unit}" đã có điểm một số tiêu chí nhưng ô tiêu chí "${p.criterion}" còn trống. Hãy nhập điểm, ghi 0 nếu đơn vị không đạt điểm nào ở tiêu chí này.`,
    en: (p) =>
      `${p.atEn}: unit "${p.unit}" has points for some criteria but "${p.criterion}" is blank. Enter the points, 0 if the unit earned none here.`,
    explain: {
      vi: 'Ô trống không phải 0: đơn vị đã chấm thì mỗi tiêu chí chuẩn đều phải có điểm, kể cả 0, để tổng điểm không thiếu do bỏ sót.',
      en: 'Blank is not 0: once a unit is scored every standard criterion needs points, 0 included, so no total is short by an oversight.',
      source: null,
    },
  }),
  SCORE_ABOVE_MAX: template<{
    at: string;
    atEn: string;
    unit: string;
    criterion: string;
    value: number;
    max: number;
    deduction: boolean;
  }>({
    severity: 'error',
    vi: (p) =>
      `${p.at}: đơn vị "${p.unit}" ${p.deduction ? 'bị trừ' : 'được'} ${p.value.toLocaleString('vi-VN')} điểm ở tiêu chí "${p.criterion}", vượt ${p.deduction ? 'mức trừ tối đa' : 'điểm chuẩn'} ${p.max.toLocaleString('vi-VN')}. Hãy sửa điểm không quá ${p.max.toLocaleString('vi-VN')}.`,
    en: (p) =>
      `${p.atEn}: unit "${p.unit}" ${p.deduction ? 'loses' : 'has'} ${p.value} points on "${p.criterion}", above its maximum of ${p.max}. Enter at most ${p.max}.`,
    explain: {
      vi: 'Điểm chấm của một tiêu chí không vượt điểm chuẩn của tiêu chí đó (với điểm trừ: không vượt số điểm bị trừ tối đa).',
      en: "A criterion's points never exceed its maximum (for a deduction, the most that can be deducted).",
      source: null,
    },
  }),
  SCORE_NEGATIVE: template<{ at: string; atEn: string; unit: string; criterion: string; value: number }>({
    severity: 'error',
    vi: (p) =>
      `${p.at}: đơn vị "${p.unit}" có điểm ${p.value.toLocaleString('vi-VN')} (số âm) ở tiêu chí "${p.criterion}". Điểm chuẩn và điểm thưởng không âm, điểm bị trừ ghi ở cột tiêu chí trừ; hãy sửa thành số từ 0 trở lên.`,
    en: (p) =>
      `${p.atEn}: unit "${p.unit}" has ${p.value} points (negative) on "${p.criterion}". Standard and bonus points are never negative and deductions go in a deduction column; enter 0 or more.`,
    explain: {
      vi: 'Tổng điểm = điểm chuẩn + điểm thưởng − điểm trừ; điểm chuẩn, điểm thưởng ghi từ 0 trở lên.',
      en: 'Total = standard + bonus − deductions; standard and bonus points are 0 or more.',
      source: null,
    },
  }),
  DEDUCTION_NEGATIVE: template<{ at: string; atEn: string; unit: string; criterion: string; value: number }>({
    severity: 'error',
    vi: (p) =>
      `${p.at}: cột điểm trừ "${p.criterion}" của đơn vị "${p.unit}" ghi ${p.value.toLocaleString('vi-VN')} (số âm). Điểm trừ ghi là số dương, là số điểm bị trừ, vì tổng điểm đã tự trừ đi; hãy nhập ${(-p.value).toLocaleString('vi-VN')}.`,
    en: (p) =>
      `${p.atEn}: deduction column "${p.criterion}" of unit "${p.unit}" holds ${p.value} (negative). Type deductions as positive numbers, the points taken away, since the total subtracts them; enter ${-p.value}.`,
    explain: {
      vi: 'Tổng điểm = điểm chuẩn + điểm thưởng − điểm trừ; điểm trừ ghi số dương, ghi số âm thì thành cộng điểm.',
      en: 'Total = standard + bonus − deductions; deductions are positive, a negative one would add points.',
      source: null,
    },
  }),
  DEDUCTION_MIXED_SIGNS: template<{
    at: string;
    atEn: string;
    unit: string;
    criterion: string;
    value: number;
    positives: number;
    negatives: number;
  }>({
    severity: 'error',
    vi: (p) =>
      `${p.at}: cột điểm trừ "${p.criterion}" có ${p.positives} ô ghi số dương và ${p.negatives} ô ghi số âm; ô của đơn vị "${p.unit}" ghi ${p.value.toLocaleString('vi-VN')}. Điểm trừ ghi thống nhất là số dương (số điểm bị trừ); hãy nhập ${(-p.value).toLocaleString('vi-VN')}.`,
    en: (p) =>
      `${p.atEn}: deduction column "${p.criterion}" mixes ${p.positives} positive and ${p.negatives} negative cells; unit "${p.unit}" has ${p.value}. Type every deduction as a positive number (the points taken away); enter ${-p.value}.`,
    explain: {
      vi: 'Tổng điểm = điểm chuẩn + điểm thưởng − điểm trừ; một cột lẫn số âm và số dương thì có đơn vị bị trừ, có đơn vị lại được cộng.',
      en: 'Total = standard + bonus − deductions; a column mixing signs deducts from some units and adds to others.',
      source: null,
    },
  }),
  SELF_REVIEW_GAP: template<{
    at: string;
    atEn: string;
    unit: string;
    selfTotal: number;
    reviewedTotal: number;
    gap: number;
    threshold: number;
  }>({
    severity: 'warning',
    vi: (p) =>
      `${p.at}: đơn vị "${p.unit}" tự chấm ${p.selfTotal.toLocaleString('vi-VN')} điểm, điểm thẩm định ${p.reviewedTotal.toLocaleString('vi-VN')} điểm, chênh ${p.gap.toLocaleString('vi-VN')} điểm (ngưỡng ${p.threshold.toLocaleString('vi-VN')}). Hãy đối chiếu bảng tự chấm (trang "Tự chấm") với bảng chấm điểm và ghi rõ lý do điều chỉnh.`,
    en: (p) =>
      `${p.atEn}: unit "${p.unit}" scored itself ${p.selfTotal}, reviewed ${p.reviewedTotal}, a gap of ${p.gap} (threshold ${p.threshold}). Compare the self-score (sheet "Tự chấm") with the reviewed score and record why it changed.`,
    explain: {
      vi: 'Đơn vị tự chấm, cụm hoặc Hội đồng chấm thẩm định; chênh lệch lớn cần giải trình trước Hội đồng. Ngưỡng là tham số có thể sửa.',
      en: 'Units score themselves and the cluster or council reviews; a large gap needs explaining to the council. The threshold is a setting.',
      source: null,
    },
  }),
} as const;

/** A code of the catalogue. */
export type IssueCode = keyof typeof ISSUES;

/** The parameters a catalogue entry needs to word its message. */
export type IssueParams<K extends IssueCode> = Parameters<(typeof ISSUES)[K]['vi']>[0];

/**
 * Builds an issue from the catalogue.
 * @param code - catalogue code
 * @param params - values the message names
 * @param where - table, data row and column the issue points at
 * @param severity - overrides the catalogue's severity where a setting decides it (registration optional)
 * @returns the issue with its Vietnamese and English messages
 * @example
 * makeIssue('COLUMN_MISSING', { table: 'Scores', column: 'Mã cụm' }, { table: 'Scores', row: null, column: 'Mã cụm' })
 */
export function makeIssue<K extends IssueCode>(
  code: K,
  params: IssueParams<K>,
  where: IssueLocation,
  severity?: Severity,
): Issue {
  const entry = ISSUES[code] as IssueTemplate<IssueParams<K>>;
  return {
    code,
    severity: severity ?? entry.severity,
    table: where.table,
    row: where.row,
    column: where.column,
    message: entry.vi(params),
    messageEn: entry.en(params),
  };
}
