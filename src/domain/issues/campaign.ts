import { BAND_HEADERS, SCORING_METHOD_LABELS, TABLES, TIER_HEADERS, TOTAL_SUBJECT } from '../contract';
import { template } from './catalogue';
import type { Words } from './place';
import { rowWords, tableWords } from './place';

/** A number as a Vietnamese reader writes it (decimal comma). */
function viNumber(value: number): string {
  return value.toLocaleString('vi-VN');
}

/** Parts listed beyond this many are counted, not named: a heading may have twenty. */
const PARTS_NAMED = 5;

/** The standard parts of a heading, named inside a sentence. */
function partsWords(parts: readonly string[]): Words {
  const named = parts.slice(0, PARTS_NAMED).join(', ');
  const list = parts.length > PARTS_NAMED ? `${named}, …` : named;
  return {
    vi: `${parts.length} tiêu chí con loại "chuẩn" (${list})`,
    en: `its ${parts.length} standard part(s) (${list})`,
  };
}

/** What a band row holds in a cell, as a predicate: `ghi 85` / `has 85`, or `để trống` / `has nothing`. */
function bandCellWords(value: number | string | null): Words {
  if (value === null) return { vi: 'để trống', en: 'has nothing' };
  if (typeof value === 'number') return { vi: `ghi ${viNumber(value)}`, en: `has ${value}` };
  return { vi: `ghi "${value}"`, en: `has "${value}"` };
}

/**
 * Issues of validating the campaign: its dates and phases, clusters and units, titles, criteria,
 * rank bands, tie-break chain and award rules.
 */
export const CAMPAIGN_ISSUES = {
  CAMPAIGN_DATES_ORDER: template<{ start: string; end: string }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: ngày bắt đầu (${p.start}) muộn hơn ngày kết thúc (${p.end}). Hãy sửa "Ngày bắt đầu" hoặc "Ngày kết thúc" để phong trào bắt đầu trước khi kết thúc.`,
    en: (p, at) =>
      `${at}: the start date (${p.start}) is after the end date (${p.end}). Correct "Ngày bắt đầu" or "Ngày kết thúc" so that the campaign starts before it ends.`,
    explain: {
      vi: 'Phong trào diễn ra từ ngày bắt đầu đến ngày kết thúc; các đợt, mốc và hạn đăng ký được đối chiếu với khoảng thời gian này.',
      en: 'A campaign runs from its start to its end date; phases, milestones and the registration deadline are checked against that span.',
      source: null,
    },
  }),
  CAMPAIGN_ISSUE_DATE_AFTER_END: template<{ issueDate: string; end: string }>({
    severity: 'warning',
    vi: (p, at) =>
      `${at}: ngày ban hành kế hoạch (${p.issueDate}) sau ngày kết thúc phong trào (${p.end}). Hãy kiểm tra lại ngày ban hành hoặc năm của phong trào.`,
    en: (p, at) =>
      `${at}: the plan's issue date (${p.issueDate}) is after the campaign's end (${p.end}). Check the issue date or the campaign's year.`,
    explain: {
      vi: 'Kế hoạch phát động thường ban hành trước hoặc đầu kỳ thi đua (kế hoạch ngày 02/01/2018 cho năm 2018, ngày 25/12/2020 cho năm 2021). Ban hành sau ngày bắt đầu là bình thường; sau ngày kết thúc thì gần như chắc chắn là nhập nhầm.',
      en: 'A launch plan is issued before or early in the period (02/01/2018 for 2018, 25/12/2020 for 2021). Issued after the start is normal; issued after the end is almost surely a typing mistake.',
      source: null,
    },
  }),
  CAMPAIGN_FIELD_NEEDED: template<{ field: string; why: string; whyEn: string }>({
    severity: 'warning',
    vi: (p, at) => `${at}: chưa có "${p.field}": ${p.why}. Hãy nhập "${p.field}".`,
    en: (p, at) => `${at}: "${p.field}" is not given: ${p.whyEn}. Enter it.`,
    explain: {
      vi: 'Một số quy tắc cần thông tin của phong trào: hạn đăng ký khi bắt buộc đăng ký, năm thi đua, thang điểm.',
      en: "Some rules need the campaign's own fields: a deadline where registration is required, the year, the scale.",
      source: null,
    },
  }),
  REGISTRATION_DEADLINE_OUTSIDE: template<{
    deadline: string;
    start: string;
    end: string;
  }>({
    severity: 'warning',
    vi: (p, at) =>
      `${at}: hạn đăng ký (${p.deadline}) nằm ngoài thời gian phong trào (${p.start} – ${p.end}). Hãy kiểm tra lại hạn đăng ký, thường là ngày đầu năm thi đua.`,
    en: (p, at) =>
      `${at}: the registration deadline (${p.deadline}) is outside the campaign (${p.start} – ${p.end}). Check the deadline; it is usually early in the campaign year.`,
    explain: {
      vi: 'Đơn vị đăng ký thi đua đầu kỳ (ví dụ trước 30/01/2018 cho phong trào năm 2018). Hạn ngoài thời gian phong trào thường do nhập nhầm năm; chỉ là cảnh báo vì kế hoạch có thể cho đăng ký trước khi phong trào bắt đầu.',
      en: 'Units register early in the period (before 30/01/2018 for 2018). A deadline outside the campaign is usually a wrong year; only a warning, since a plan may open registration before the campaign starts.',
      source: null,
    },
  }),
  PHASE_DATES_ORDER: template<{ phase: string; start: string; end: string }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: đợt "${p.phase}" có ngày bắt đầu (${p.start}) muộn hơn ngày kết thúc (${p.end}). Hãy sửa "Từ ngày" hoặc "Đến ngày" của đợt.`,
    en: (p, at) =>
      `${at}: phase "${p.phase}" starts (${p.start}) after it ends (${p.end}). Correct the phase's "Từ ngày" or "Đến ngày".`,
    explain: {
      vi: 'Mỗi đợt thi đua (theo đợt, chuyên đề) có ngày bắt đầu và ngày kết thúc, ví dụ Đợt 2 từ 01/7/2018 đến hết năm 2018.',
      en: 'Each phase runs from a start to an end date, e.g. phase 2 from 01/07/2018 to the end of 2018.',
      source: null,
    },
  }),
  PHASE_OUTSIDE_CAMPAIGN: template<{
    phase: string;
    phaseStart: string;
    phaseEnd: string;
    start: string;
    end: string;
  }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: đợt "${p.phase}" (${p.phaseStart} – ${p.phaseEnd}) nằm ngoài thời gian phong trào (${p.start} – ${p.end}). Hãy sửa ngày của đợt cho nằm trong thời gian phong trào, hoặc sửa ngày của phong trào.`,
    en: (p, at) =>
      `${at}: phase "${p.phase}" (${p.phaseStart} – ${p.phaseEnd}) falls outside the campaign (${p.start} – ${p.end}). Move the phase's dates inside the campaign, or correct the campaign's dates.`,
    explain: {
      vi: 'Các đợt là một phần của phong trào nên phải nằm trong thời gian phong trào.',
      en: 'Phases are parts of the campaign, so they lie within its dates.',
      source: null,
    },
  }),
  MILESTONE_OUTSIDE_PHASE: template<{
    phase: string;
    label: string;
    date: string;
    phaseStart: string;
    phaseEnd: string;
  }>({
    severity: 'warning',
    vi: (p, at) =>
      `${at}: mốc "${p.label}" (${p.date}) nằm ngoài đợt "${p.phase}" (${p.phaseStart} – ${p.phaseEnd}). Hãy chuyển mốc sang đúng đợt hoặc sửa ngày của mốc.`,
    en: (p, at) =>
      `${at}: milestone "${p.label}" (${p.date}) is outside phase "${p.phase}" (${p.phaseStart} – ${p.phaseEnd}). Move it to the right phase or correct its date.`,
    explain: {
      vi: 'Mốc (30/4, 19/5, 02/9 …) là ngày kỷ niệm hoặc ngày sơ kết trong một đợt; mốc ngoài đợt không làm sai điểm hay thứ hạng nên chỉ là cảnh báo.',
      en: 'Milestones (30/4, 19/5, 02/9 …) are anniversaries or reviews within a phase; one outside its phase changes no score or rank, hence a warning.',
      source: null,
    },
  }),
  CLUSTER_DUPLICATE: template<{ cluster: string; firstRow: number }>({
    severity: 'error',
    vi: (p, at, row) =>
      `${at}: mã cụm "${p.cluster}" đã có ở ${row(p.firstRow)}. Mỗi cụm chỉ khai một dòng; hãy xoá dòng trùng hoặc đổi mã cụm.`,
    en: (p, at, row) =>
      `${at}: cluster code "${p.cluster}" is already used in ${row(p.firstRow)}. List each cluster once; delete the duplicate row or change its code.`,
    explain: {
      vi: 'Mã cụm nối danh sách cụm với đơn vị và bảng xếp hạng; trùng mã thì không biết đơn vị thuộc cụm nào.',
      en: 'The cluster code ties clusters to units and rankings; a repeated code makes membership ambiguous.',
      source: null,
    },
  }),
  CODE_UNSAFE: template<{ code: string; what: string; whatEn: string }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: ${p.what} "${p.code}" có ký tự * ? ~ hoặc bắt đầu bằng < > =, mà công thức đếm (COUNTIFS) hiểu là mẫu tìm kiếm hay phép so sánh, nên xếp hạng và tổng hợp sẽ sai. Hãy đổi mã chỉ gồm chữ, số, dấu chấm, gạch ngang hoặc gạch dưới.`,
    en: (p, at) =>
      `${at}: ${p.whatEn} "${p.code}" contains * ? ~ or starts with < > =, which COUNTIFS reads as a pattern or a comparison, so rankings and summaries would be wrong. Use letters, digits, dots, hyphens or underscores only.`,
    explain: {
      vi: 'Xếp hạng trong cụm và bảng tổng hợp đếm theo mã bằng COUNTIFS; ký tự đại diện trong mã làm phép đếm gộp nhầm đơn vị.',
      en: 'In-cluster ranks and summaries count by code with COUNTIFS; wildcard characters in a code make it match other codes.',
      source: null,
    },
  }),
  CLUSTER_EMPTY: template<{ cluster: string; name: string }>({
    severity: 'warning',
    vi: (p, at) =>
      `${at}: cụm "${p.name}" (mã ${p.cluster}) chưa có đơn vị nào. Hãy ghi mã cụm "${p.cluster}" vào cột "Mã cụm" của các đơn vị thuộc cụm trong danh sách đơn vị, hoặc xoá cụm nếu không dùng.`,
    en: (p, at) =>
      `${at}: cluster "${p.name}" (code ${p.cluster}) has no units. Put "${p.cluster}" in the "Mã cụm" column of its units in the unit list, or delete the cluster if unused.`,
    explain: {
      vi: 'Đơn vị được xếp hạng và suy tôn trong cụm (khối) của mình; cụm không có đơn vị thì không có gì để xếp hạng.',
      en: 'Units are ranked and the leader voted within their cluster (block); an empty cluster has nothing to rank.',
      source: null,
    },
  }),
  CLUSTER_HEAD_NOT_MEMBER: template<{
    cluster: string;
    unit: string;
    roleVi: string;
    roleEn: string;
  }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: ${p.roleVi} "${p.unit}" không phải là đơn vị của cụm "${p.cluster}". Hãy chọn một mã đơn vị thuộc cụm, hoặc sửa "Mã cụm" của đơn vị đó trong danh sách đơn vị.`,
    en: (p, at) =>
      `${at}: the ${p.roleEn} "${p.unit}" is not a unit of cluster "${p.cluster}". Choose a unit code of the cluster, or correct that unit's "Mã cụm" in the unit list.`,
    explain: {
      vi: 'Cụm trưởng, cụm phó là đơn vị thành viên của cụm, luân phiên hằng năm (Cụm thi đua số 2 năm 2021: cụm trưởng Trường Cao đẳng Luật miền Bắc, cụm phó Tạp chí Dân chủ và Pháp luật).',
      en: 'The cluster head and deputy are member units, rotating yearly (Cluster 2 in 2021: head Trường Cao đẳng Luật miền Bắc, deputy Tạp chí Dân chủ và Pháp luật).',
      source: null,
    },
  }),
  CLUSTER_HEAD_IS_DEPUTY: template<{ cluster: string; unit: string }>({
    severity: 'warning',
    vi: (p, at) =>
      `${at}: đơn vị "${p.unit}" vừa là cụm trưởng vừa là cụm phó của cụm "${p.cluster}". Hãy chọn một đơn vị khác làm cụm phó.`,
    en: (p, at) =>
      `${at}: unit "${p.unit}" is both head and deputy of cluster "${p.cluster}". Choose another unit as deputy.`,
    explain: {
      vi: 'Cụm trưởng và cụm phó là hai đơn vị khác nhau; việc này không ảnh hưởng điểm hay thứ hạng nên chỉ là cảnh báo.',
      en: 'Head and deputy are two different units; this changes no score or rank, hence a warning.',
      source: null,
    },
  }),
  UNIT_DUPLICATE: template<{ unit: string; firstRow: number }>({
    severity: 'error',
    vi: (p, at, row) =>
      `${at}: mã đơn vị "${p.unit}" đã có ở ${row(p.firstRow)}. Hãy xoá dòng trùng hoặc đổi mã đơn vị.`,
    en: (p, at, row) =>
      `${at}: unit code "${p.unit}" is already used in ${row(p.firstRow)}. Delete the duplicate row or change the code.`,
    explain: {
      vi: 'Mã đơn vị nối danh sách đơn vị với đăng ký và chấm điểm; trùng mã thì điểm và đăng ký không biết thuộc dòng nào.',
      en: 'The unit code ties units to registrations and scores; with a repeated code they cannot be told apart.',
      source: null,
    },
  }),
  UNIT_IN_TWO_CLUSTERS: template<{
    unit: string;
    cluster: string;
    firstCluster: string;
    firstRow: number;
  }>({
    severity: 'error',
    vi: (p, at, row) =>
      `${at}: đơn vị "${p.unit}" đã thuộc cụm "${p.firstCluster}" (${row(p.firstRow)}) nhưng dòng này lại ghi cụm "${p.cluster}". Mỗi đơn vị chỉ thuộc một cụm; hãy giữ một dòng và xoá dòng còn lại.`,
    en: (p, at, row) =>
      `${at}: unit "${p.unit}" is already in cluster "${p.firstCluster}" (${row(p.firstRow)}) but this row puts it in "${p.cluster}". A unit belongs to one cluster; keep one row and delete the other.`,
    explain: {
      vi: 'Mỗi đơn vị thi đua trong một cụm (khối) và chỉ được xếp hạng, suy tôn trong cụm đó.',
      en: 'Each unit competes in one cluster (block) and is ranked only there.',
      source: null,
    },
  }),
  UNIT_CLUSTER_UNKNOWN: template<{ unit: string; cluster: string }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: đơn vị "${p.unit}" ${p.cluster === '' ? 'chưa ghi mã cụm' : `ghi mã cụm "${p.cluster}" không có trong danh sách cụm`}. Hãy chọn một mã cụm có trong danh sách cụm, hoặc thêm cụm đó.`,
    en: (p, at) =>
      `${at}: unit "${p.unit}" ${p.cluster === '' ? 'has no cluster code' : `names cluster "${p.cluster}", which is not in the cluster list`}. Choose a cluster code from the list, or add the cluster.`,
    explain: {
      vi: 'Đơn vị được xếp hạng trong cụm của mình; không thuộc cụm nào thì không được xếp hạng.',
      en: 'Units are ranked within their cluster; a unit in no cluster is not ranked.',
      source: null,
    },
  }),
  UNIT_HEADCOUNT_MISSING: template<{ unit: string; headcount: number | null }>({
    severity: 'warning',
    vi: (p, at) =>
      `${at}: đơn vị "${p.unit}" ${p.headcount === null ? 'chưa có số người' : `ghi số người ${p.headcount.toLocaleString('vi-VN')}, không hợp lệ`}. Hãy nhập số người (số dương) để tính được tỷ lệ thành viên đạt danh hiệu của đơn vị.`,
    en: (p, at) =>
      `${at}: unit "${p.unit}" ${p.headcount === null ? 'has no headcount' : `has headcount ${p.headcount}, which is not valid`}. Enter the number of people (positive) so that member shares can be computed.`,
    explain: {
      vi: 'Số người là cơ sở tính tỷ lệ thành viên đạt danh hiệu, ví dụ Tập thể lao động xuất sắc cần ít nhất 70% thành viên là Lao động tiên tiến.',
      en: 'The headcount is the base of member shares, e.g. an excellent collective needs at least 70% of its members to be advanced workers.',
      source: 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 27',
    },
  }),
  TITLE_DUPLICATE: template<{ title: string; firstRow: number }>({
    severity: 'error',
    vi: (p, at, row) =>
      `${at}: mã danh hiệu "${p.title}" đã có ở ${row(p.firstRow)}. Hãy xoá dòng trùng hoặc đổi mã danh hiệu.`,
    en: (p, at, row) =>
      `${at}: title code "${p.title}" is already used in ${row(p.firstRow)}. Delete the duplicate row or change the code.`,
    explain: {
      vi: 'Mã danh hiệu nối danh mục với đăng ký và đề nghị khen thưởng; trùng mã thì không biết áp dụng điều kiện của dòng nào.',
      en: 'The title code ties the catalogue to registrations and proposals; with a repeated code the rules to apply are ambiguous.',
      source: null,
    },
  }),
  TITLE_RULE_UNKNOWN: template<{ title: string; ref: string }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: danh hiệu "${p.title}" nhắc tới mã danh hiệu "${p.ref}" không có trong danh mục. Hãy sửa mã cho đúng hoặc thêm danh hiệu "${p.ref}" vào danh mục.`,
    en: (p, at) =>
      `${at}: title "${p.title}" refers to title code "${p.ref}", which is not in the catalogue. Correct the code or add "${p.ref}" to the catalogue.`,
    explain: {
      vi: 'Điều kiện, giới hạn và "được tính là" của một danh hiệu được kiểm tra trên đăng ký của các danh hiệu mà nó nhắc tới; mã sai thì kiểm tra cho kết quả sai.',
      en: 'Prerequisites, caps and "counts as" are checked against registrations of the titles they name; a wrong code gives wrong results.',
      source: null,
    },
  }),
  CRITERION_DUPLICATE: template<{ criterion: string; firstRow: number }>({
    severity: 'error',
    vi: (p, at, row) =>
      `${at}: mã tiêu chí "${p.criterion}" đã có ở ${row(p.firstRow)}. Hãy đổi mã (ví dụ "${p.criterion}.1") hoặc xoá dòng trùng.`,
    en: (p, at, row) =>
      `${at}: criterion code "${p.criterion}" is already used in ${row(p.firstRow)}. Change the code (e.g. "${p.criterion}.1") or delete the duplicate row.`,
    explain: {
      vi: 'Mỗi tiêu chí là một cột của bảng chấm điểm, tiêu đề cột là mã tiêu chí; trùng mã thì hai tiêu chí chung một cột.',
      en: 'Each criterion is a column of the scoring table headed by its code; a repeated code puts two criteria in one column.',
      source: null,
    },
  }),
  CRITERION_MAX_NOT_POSITIVE: template<{ criterion: string; max: number }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: tiêu chí "${p.criterion}" có điểm chuẩn ${p.max.toLocaleString('vi-VN')}. Điểm chuẩn phải lớn hơn 0; với tiêu chí trừ, ghi số điểm bị trừ tối đa là số dương.`,
    en: (p, at) =>
      `${at}: criterion "${p.criterion}" has maximum ${p.max}. The maximum must be above 0; for a deduction, enter the most that can be deducted as a positive number.`,
    explain: {
      vi: 'Điểm chuẩn là số điểm tối đa của tiêu chí (với điểm trừ: số điểm bị trừ tối đa), luôn là số dương.',
      en: 'The maximum is the most points a criterion gives (for a deduction, the most it takes away), always positive.',
      source: null,
    },
  }),
  CRITERIA_GROUP_NAME_MIXED: template<{
    group: string;
    name: string;
    firstName: string;
    firstRow: number;
  }>({
    severity: 'warning',
    vi: (p, at, row) =>
      `${at}: nhóm "${p.group}" ghi tên "${p.name}", khác tên "${p.firstName}" ở ${row(p.firstRow)}. Hãy ghi cùng một tên nhóm cho mọi tiêu chí của nhóm (hoặc để trống).`,
    en: (p, at, row) =>
      `${at}: group "${p.group}" is named "${p.name}", unlike "${p.firstName}" in ${row(p.firstRow)}. Give every criterion of the group the same group name (or leave it blank).`,
    explain: {
      vi: 'Tên nhóm là tiêu đề của nhóm tiêu chí trên bảng chấm điểm in ra (I. Thực hiện chế độ báo cáo); một nhóm chỉ có một tiêu đề.',
      en: 'The group name heads the group in the printed scoring table (I. Thực hiện chế độ báo cáo); a group has one heading.',
      source: null,
    },
  }),
  CRITERION_PARENT_UNKNOWN: template<{ criterion: string; parent: string }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: tiêu chí "${p.criterion}" ${p.parent === p.criterion ? 'ghi mã cha là chính nó' : `ghi mã cha "${p.parent}", không có trong bảng tiêu chí`}, nên được tính như tiêu chí ở cấp cao nhất và điểm của nó không cộng vào tiêu chí nào. Hãy ghi mã của tiêu chí lớn chứa nó (ví dụ "I" cho "I.1"), hoặc để trống nếu nó ở cấp cao nhất.`,
    en: (p, at) =>
      `${at}: criterion "${p.criterion}" ${p.parent === p.criterion ? 'names itself as its parent' : `names parent "${p.parent}", which is not in the criteria`}, so it counts as a top criterion and its points add to no heading. Enter the code of the criterion it is part of (e.g. "I" for "I.1"), or leave it blank at the top.`,
    explain: {
      vi: 'Bảng tiêu chí có nhiều cấp (phần A ⊃ nhóm I ⊃ tiêu chí 1 ⊃ 1.1): cột "Mã cha" ghi mã của tiêu chí lớn chứa tiêu chí này, và điểm của tiêu chí lớn là tổng điểm các tiêu chí con.',
      en: 'A scoring table has levels (part A ⊃ group I ⊃ item 1 ⊃ 1.1): "Mã cha" names the criterion this one is part of, and a heading\'s points are the sum of its parts.',
      source: null,
    },
  }),
  CRITERION_PARENT_LOOP: template<{ criterion: string; loop: readonly string[] }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: cột "Mã cha" của tiêu chí "${p.criterion}" dẫn thành vòng ${p.loop.join(' → ')} (mỗi mũi tên chỉ tới mã cha), nên không tiêu chí nào trong vòng ở cấp cao nhất; cho đến khi sửa, ${p.loop.length - 1} tiêu chí này đều được tính như ở cấp cao nhất. Hãy sửa "Mã cha" của một tiêu chí trong vòng cho đúng tiêu chí lớn chứa nó, hoặc để trống.`,
    en: (p, at) =>
      `${at}: the "Mã cha" of criterion "${p.criterion}" leads round the loop ${p.loop.join(' → ')} (each arrow points to a parent), so none of them is at the top; until it is fixed, these ${p.loop.length - 1} criteria all count as top criteria. Correct the "Mã cha" of one of them to the criterion it is part of, or leave it blank.`,
    explain: {
      vi: 'Mỗi tiêu chí thuộc về tối đa một tiêu chí lớn hơn, và đi theo "Mã cha" phải lên tới một tiêu chí ở cấp cao nhất; một vòng (A thuộc B, B thuộc A) thì không có tiêu chí nào chứa cả vòng.',
      en: 'Each criterion is part of at most one larger one, and following "Mã cha" must reach a top criterion; a loop (A part of B, B part of A) has no top.',
      source: null,
    },
  }),
  CRITERION_PARTS_SUM_MISMATCH: template<{
    criterion: string;
    max: number;
    sum: number;
    parts: readonly string[];
  }>({
    severity: 'warning',
    vi: (p, at) =>
      `${at}: tiêu chí "${p.criterion}" có điểm chuẩn ${viNumber(p.max)}, nhưng điểm chuẩn ${partsWords(p.parts).vi} cộng lại là ${viNumber(p.sum)}, ${p.sum < p.max ? `nên không đơn vị nào đạt đủ ${viNumber(p.max)} điểm` : `nên điểm của tiêu chí bị giới hạn ở ${viNumber(p.max)} dù các tiêu chí con đạt ${viNumber(p.sum)}`}. Hãy sửa điểm chuẩn của tiêu chí này hoặc của các tiêu chí con cho khớp; nếu tiêu chí được phép vượt điểm chuẩn, ghi "có" ở cột "Được vượt điểm chuẩn".`,
    en: (p, at) =>
      `${at}: criterion "${p.criterion}" has a maximum of ${p.max}, but ${partsWords(p.parts).en} add up to ${p.sum}, ${p.sum < p.max ? `so no unit can reach ${p.max}` : `so its points are capped at ${p.max} even when its parts reach ${p.sum}`}. Correct the maximum of this criterion or of its parts so they agree; if it may pass its maximum, put "có" in "Được vượt điểm chuẩn".`,
    explain: {
      vi: 'Điểm của tiêu chí lớn là tổng điểm các tiêu chí con, tối đa bằng điểm chuẩn của nó; trong bảng tiêu chí ban hành, điểm chuẩn các tiêu chí con chuẩn cộng lại đúng bằng điểm chuẩn của tiêu chí lớn (phần A 150 điểm ⊃ nhóm I 15 điểm ⊃ tiêu chí 1 11 điểm …). Điểm thưởng, điểm trừ là mức trần nên không kiểm tra.',
      en: "A heading's points are the sum of its parts, at most its own maximum; in published tables the standard parts' maxima add up to the heading's (part A 150 ⊃ group I 15 ⊃ item 1 11 …). Bonus and deduction headings are caps and are not checked.",
      source: 'Bảng tiêu chí hằng năm của Bộ Tư pháp (QĐ 484/QĐ-BTP năm 2023, QĐ 536/QĐ-BTP năm 2024)',
    },
  }),
  CRITERION_HEADING_MEASURED: template<{ criterion: string; method: 'tiers' | 'proportional' }>({
    severity: 'warning',
    vi: (p, at) =>
      `${at}: tiêu chí "${p.criterion}" có tiêu chí con nên điểm của nó là tổng điểm các tiêu chí con; cách chấm "${SCORING_METHOD_LABELS[p.method]}" ghi ở đây không được dùng. Hãy để cách chấm "${SCORING_METHOD_LABELS.typed}" (hoặc để trống) và ghi cách chấm "${SCORING_METHOD_LABELS[p.method]}" ở tiêu chí con được chấm theo số liệu.`,
    en: (p, at) =>
      `${at}: criterion "${p.criterion}" has parts, so its points are the sum of its parts; the method "${SCORING_METHOD_LABELS[p.method]}" given here is not used. Set the method to "${SCORING_METHOD_LABELS.typed}" (or leave it blank) and give "${SCORING_METHOD_LABELS[p.method]}" to the part scored from a measure.`,
    explain: {
      vi: 'Chỉ tiêu chí không có tiêu chí con mới được chấm: nhập điểm, theo mức, hoặc theo tỷ lệ hoàn thành; tiêu chí lớn là tổng của các tiêu chí con.',
      en: 'Only a criterion without parts is scored (typed, by tiers or proportionally); a heading is the sum of its parts.',
      source: null,
    },
  }),
  CRITERIA_SCALE_MISMATCH: template<{ sum: number; scale: number; table: string | null }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: tổng điểm chuẩn của các tiêu chí loại "chuẩn" ở cấp cao nhất${p.table === null ? '' : ` của bảng điểm "${p.table}" (kể cả tiêu chí dùng chung cho mọi bảng)`} là ${viNumber(p.sum)}, khác thang điểm ${viNumber(p.scale)} của ${p.table === null ? 'phong trào' : 'bảng'}. Hãy sửa điểm chuẩn các tiêu chí hoặc thang điểm cho khớp; tiêu chí con đã tính trong tiêu chí lớn chứa nó, điểm thưởng và điểm trừ không tính vào tổng này.`,
    en: (p, at) =>
      `${at}: the maxima of the top standard criteria${p.table === null ? '' : ` of scoring table "${p.table}" (criteria shared by every table included)`} add up to ${p.sum}, not the ${p.table === null ? "campaign's" : "table's"} scale of ${p.scale}. Correct the maxima or the scale; parts count within their heading, and bonus and deduction criteria are not part of this sum.`,
    explain: {
      vi: 'Bảng tiêu chí chấm điểm của ngành Tư pháp có tổng 100 (hoặc 200) điểm chia theo nhóm tiêu chí; điểm thưởng, điểm trừ tính riêng. Khi các cụm chấm theo những bảng điểm khác nhau, mỗi bảng có thang điểm riêng.',
      en: 'Justice-sector scoring tables total 100 (or 200) points split into groups; bonus and deduction points come on top. When clusters are scored on different tables, each table has its own scale.',
      source:
        'Thông tư 11/2023/TT-BTP; bảng tiêu chí hằng năm của Bộ Tư pháp (QĐ 484/QĐ-BTP năm 2023, QĐ 536/QĐ-BTP năm 2024)',
    },
  }),
  TIERS_MISSING: template<{ criterion: string }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: tiêu chí "${p.criterion}" chấm theo mức nhưng ${tableWords(TABLES.tiers).vi} chưa có mức nào của tiêu chí này, nên mọi đơn vị đều được 0 điểm ở đây. Hãy thêm các mức của tiêu chí (cột "${TIER_HEADERS.criterion}" ghi "${p.criterion}", cùng "${TIER_HEADERS.from}", "${TIER_HEADERS.points}", "${TIER_HEADERS.label}"), hoặc đổi cách chấm.`,
    en: (p, at) =>
      `${at}: criterion "${p.criterion}" is scored by tiers but the ${tableWords(TABLES.tiers).en} has no step for it, so every unit gets 0 here. Add its steps ("${TIER_HEADERS.criterion}" = "${p.criterion}", with "${TIER_HEADERS.from}", "${TIER_HEADERS.points}", "${TIER_HEADERS.label}"), or change its method.`,
    explain: {
      vi: 'Tiêu chí chấm theo mức: đơn vị nhập số liệu (tỷ lệ hoàn thành, số ngày chậm) và điểm là điểm của mức mà số liệu đạt tới ("100%: 2 điểm; từ 95% đến dưới 100%: 1,75 điểm; …").',
      en: 'A tiered criterion: the unit types a measure (a share done, days late) and earns the points of the step it reaches ("100%: 2; 95% to under 100%: 1.75; …").',
      source: null,
    },
  }),
  TIER_CRITERION_UNKNOWN: template<{ criterion: string }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: ${p.criterion === '' ? 'mức này chưa ghi mã tiêu chí' : `mức này ghi mã tiêu chí "${p.criterion}", không có trong bảng tiêu chí`}, nên không được dùng để tính điểm. Hãy ghi đúng mã tiêu chí của mức, hoặc xoá dòng.`,
    en: (p, at) =>
      `${at}: ${p.criterion === '' ? 'this step names no criterion' : `this step names criterion "${p.criterion}", which is not in the criteria`}, so it scores nothing. Enter the right criterion code, or delete the row.`,
    explain: {
      vi: 'Mỗi dòng của bảng mức là một mức của một tiêu chí chấm theo mức, nối với tiêu chí qua mã tiêu chí.',
      en: 'Each row of the tiers table is a step of a tiered criterion, tied to it by the criterion code.',
      source: null,
    },
  }),
  TIER_UNUSED: template<{ criterion: string; steps: number; heading: boolean }>({
    severity: 'warning',
    vi: (p, at) =>
      `${at}: tiêu chí "${p.criterion}" có ${p.steps} mức trong bảng mức nhưng ${p.heading ? 'có tiêu chí con (điểm là tổng điểm các tiêu chí con)' : `được chấm ${SCORING_METHOD_LABELS.proportional} (điểm = điểm chuẩn × tỷ lệ hoàn thành)`}, nên các mức này không được dùng. ${p.heading ? 'Hãy chuyển các mức sang tiêu chí con chấm theo mức, hoặc xoá chúng.' : `Hãy đổi cách chấm của tiêu chí thành "${SCORING_METHOD_LABELS.tiers}", hoặc xoá các mức.`}`,
    en: (p, at) =>
      `${at}: criterion "${p.criterion}" has ${p.steps} step(s) in the tiers table but ${p.heading ? 'has parts (its points are their sum)' : 'is scored proportionally (maximum × share done)'}, so the steps are not used. ${p.heading ? 'Move them to the part scored by tiers, or delete them.' : `Change its method to "${SCORING_METHOD_LABELS.tiers}", or delete the steps.`}`,
    explain: {
      vi: 'Các mức chỉ dùng cho tiêu chí chấm theo mức, hoặc làm thang gợi ý khi nhập điểm trực tiếp; tiêu chí lớn và tiêu chí chấm theo tỷ lệ không dùng mức.',
      en: 'Steps serve a tiered criterion, or guide typed points; a heading and a proportional criterion do not use them.',
      source: null,
    },
  }),
  TIER_DUPLICATE_BOUND: template<{ criterion: string; from: number; firstRow: number }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: tiêu chí "${p.criterion}" đã có mức bắt đầu từ ${viNumber(p.from)} ở ${rowWords(p.firstRow).vi}. Hai mức cùng ngưỡng "${TIER_HEADERS.from}" thì bảng tính cộng dồn điểm của cả hai; hãy sửa ngưỡng cho đúng hoặc xoá dòng trùng.`,
    en: (p, at) =>
      `${at}: criterion "${p.criterion}" already has a step from ${p.from} in ${rowWords(p.firstRow).en}. With two steps on one "${TIER_HEADERS.from}" the sheet adds both steps' points; correct the bound or delete the duplicate row.`,
    explain: {
      vi: 'Mỗi mức bắt đầu từ một ngưỡng riêng và kéo dài tới ngưỡng của mức kế tiếp; số liệu rơi vào đúng một mức.',
      en: "Each step starts at its own bound and runs to the next step's; a measure falls in exactly one step.",
      source: null,
    },
  }),
  TIER_POINTS_ABOVE_MAX: template<{
    criterion: string;
    from: number;
    points: number;
    max: number;
  }>({
    severity: 'warning',
    vi: (p, at) =>
      `${at}: mức từ ${viNumber(p.from)} của tiêu chí "${p.criterion}" cho ${viNumber(p.points)} điểm, vượt điểm chuẩn ${viNumber(p.max)} của tiêu chí. Hãy sửa điểm của mức không quá ${viNumber(p.max)}, hoặc ghi "có" ở cột "Được vượt điểm chuẩn" của tiêu chí nếu được phép vượt.`,
    en: (p, at) =>
      `${at}: the step from ${p.from} of criterion "${p.criterion}" gives ${p.points} points, above the criterion's maximum of ${p.max}. Lower the step's points to at most ${p.max}, or put "có" in the criterion's "Được vượt điểm chuẩn" if it may pass it.`,
    explain: {
      vi: 'Điểm của mỗi mức nằm trong điểm chuẩn của tiêu chí, trừ khi tiêu chí được phép vượt điểm chuẩn (vượt chỉ tiêu).',
      en: "A step's points stay within the criterion's maximum unless the criterion may pass it (over-achievement).",
      source: null,
    },
  }),
  SCORING_TABLE_DUPLICATE: template<{ table: string; firstRow: number }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: mã bảng điểm "${p.table}" đã có ở ${rowWords(p.firstRow).vi}. Hãy xoá dòng trùng hoặc đổi mã bảng.`,
    en: (p, at) =>
      `${at}: scoring table code "${p.table}" is already used in ${rowWords(p.firstRow).en}. Delete the duplicate row or change the code.`,
    explain: {
      vi: 'Mã bảng điểm nối cụm và tiêu chí với bảng điểm của chúng; trùng mã thì không biết dùng thang điểm nào.',
      en: 'The table code ties clusters and criteria to their scoring table; with a repeated code the scale is ambiguous.',
      source: null,
    },
  }),
  SCORING_TABLE_UNKNOWN: template<{ table: string; owner: 'cluster' | 'criterion'; code: string }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: ${p.owner === 'cluster' ? 'cụm' : 'tiêu chí'} "${p.code}" ghi bảng điểm "${p.table}", không có trong ${tableWords(TABLES.scoringTables).vi}. Hãy chọn một mã bảng có trong danh sách, hoặc để trống ${p.owner === 'cluster' ? 'nếu các đơn vị của cụm chấm theo bảng chính của phong trào' : 'nếu tiêu chí dùng chung cho mọi bảng'}.`,
    en: (p, at) =>
      `${at}: ${p.owner} "${p.code}" names scoring table "${p.table}", which is not in the ${tableWords(TABLES.scoringTables).en}. Choose a listed table code, or leave it blank ${p.owner === 'cluster' ? "if the cluster's units are scored on the campaign's main table" : 'if the criterion is shared by every table'}.`,
    explain: {
      vi: 'Khi các cụm chấm theo những bảng điểm khác nhau (Sở Tư pháp, cơ quan thi hành án dân sự), mỗi cụm và mỗi tiêu chí ghi mã bảng của mình; đơn vị chỉ được chấm các tiêu chí của bảng của cụm mình và các tiêu chí dùng chung.',
      en: "When clusters are scored on different tables (Sở Tư pháp, civil judgment enforcement), each cluster and criterion names its table; a unit is scored on its cluster's table and the shared criteria only.",
      source: null,
    },
  }),
  EXCLUSION_CRITERION_UNKNOWN: template<{ criterion: string }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: quy tắc không xét ghi tiêu chí "${p.criterion}", không có trong bảng tiêu chí, nên quy tắc không áp dụng cho đơn vị nào. Hãy sửa mã tiêu chí cho đúng, hoặc ghi "${TOTAL_SUBJECT}" nếu quy tắc so sánh tổng điểm (điểm sàn).`,
    en: (p, at) =>
      `${at}: the exclusion rule names criterion "${p.criterion}", which is not in the criteria, so it leaves out no unit. Correct the criterion code, or write "${TOTAL_SUBJECT}" for a rule on the total (a floor score).`,
    explain: {
      vi: 'Quy tắc không xét so sánh tổng điểm (điểm sàn) hoặc số liệu, điểm của một tiêu chí với một ngưỡng ("từ 21% việc tồn đọng trở lên: không xét").',
      en: 'An exclusion compares the total (a floor score) or a criterion\'s measure or points with a line ("21% or more cases left over: not considered").',
      source: null,
    },
  }),
  BAND_GATE_UNKNOWN: template<{ band: string; criterion: string }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: hạng "${p.band}" có điều kiện về tiêu chí "${p.criterion}" không có trong bảng tiêu chí. Hãy sửa mã tiêu chí của điều kiện.`,
    en: (p, at) =>
      `${at}: band "${p.band}" has a gate on criterion "${p.criterion}", which is not in the criteria. Correct the gate's criterion code.`,
    explain: {
      vi: 'Một hạng có thể kèm điều kiện đạt các chỉ tiêu bắt buộc (Hạng A: từ 180/200 điểm và đạt đủ ba chỉ tiêu); mỗi điều kiện phải dựa trên một tiêu chí có thật.',
      en: 'A band may require statutory targets met (band A: 180/200 and all three targets); each gate must name a real criterion.',
      source: null,
    },
  }),
  BAND_NEED_ABOVE_GATES: template<{ band: string; need: number; gates: number }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: hạng "${p.band}" yêu cầu đạt ${viNumber(p.need)} điều kiện nhưng dòng này chỉ có ${p.gates} điều kiện, nên cho đến khi sửa, mọi điều kiện của dòng đều phải đạt. Hãy ghi "${BAND_HEADERS.need}" không quá ${p.gates}, hoặc thêm điều kiện ở cột "${BAND_HEADERS.gates}".`,
    en: (p, at) =>
      `${at}: band "${p.band}" needs ${p.need} conditions met but this row has only ${p.gates}, so until it is fixed every condition of the row must be met. Set "${BAND_HEADERS.need}" to at most ${p.gates}, or add conditions in "${BAND_HEADERS.gates}".`,
    explain: {
      vi: 'Một hạng có thể chỉ đòi đạt đủ một số điều kiện, các điều kiện còn lại được thiếu trong mức cho phép (Hạng B: đạt hai trong ba chỉ tiêu, chỉ tiêu còn lại không thấp hơn quá 15%).',
      en: 'A band may need only some conditions met in full, the others short within a tolerance (band B: two of three targets met, the third not more than 15% short).',
      source: 'QĐ 1682/QĐ-BTP',
    },
  }),
  BAND_TOLERANCE_RANGE: template<{ band: string; tolerance: number }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: hạng "${p.band}" ghi được thiếu tối đa ${viNumber(p.tolerance)}%, ngoài khoảng từ 0 đến dưới 100%: ${p.tolerance < 0 ? 'tỷ lệ âm thì chỉ tiêu chưa đạt không bao giờ được chấp nhận' : 'từ 100% trở lên thì chỉ tiêu không đạt chút nào cũng được chấp nhận'}. Hãy ghi một tỷ lệ từ 0 đến dưới 100 (ví dụ 15: chỉ tiêu chưa đạt được thiếu không quá 15%).`,
    en: (p, at) =>
      `${at}: band "${p.band}" allows a shortfall of ${p.tolerance}%, outside 0 to under 100%: ${p.tolerance < 0 ? 'a negative share never accepts a target not met' : 'at 100% or more a target not met at all is accepted'}. Enter a share from 0 to under 100 (15: a target not met may be at most 15% short).`,
    explain: {
      vi: 'Được thiếu tối đa là phần trăm của chỉ tiêu mà một điều kiện chưa đạt đủ được phép thiếu (Hạng B: không thấp hơn quá 15%).',
      en: 'The tolerance is the share of its target a condition not met in full may fall short by (band B: not more than 15% short).',
      source: 'QĐ 1682/QĐ-BTP',
    },
  }),
  BAND_ROWS_DIFFER: template<{
    band: string;
    column: string;
    value: number | string | null;
    first: number | string | null;
    firstRow: number;
  }>({
    severity: 'warning',
    vi: (p, at) =>
      `${at}: hạng "${p.band}" có nhiều dòng (những cách khác nhau để đạt hạng); ở cột "${p.column}", dòng này ${bandCellWords(p.value).vi}, còn ${rowWords(p.firstRow).vi} (dòng đầu của hạng) ${bandCellWords(p.first).vi}. Chỉ giá trị của dòng đầu được dùng cho cả hạng; hãy ghi giống dòng đầu, hoặc đổi mã hạng nếu đây là một hạng khác.`,
    en: (p, at) =>
      `${at}: band "${p.band}" has several rows (other ways to reach it); in "${p.column}" this row ${bandCellWords(p.value).en}, while ${rowWords(p.firstRow).en} (the band's first) ${bandCellWords(p.first).en}. Only the first row's value counts for the band; make this row the same, or give it another band code if it is another band.`,
    explain: {
      vi: 'Các dòng cùng mã hạng là những bộ điều kiện thay thế nhau; điểm từ, số lượng tối đa và khen thưởng đề nghị của hạng lấy ở dòng đầu tiên.',
      en: "Rows sharing a band code are alternative sets of conditions; the band's minimum total, quota and proposal are its first row's.",
      source: null,
    },
  }),
  TIE_BREAK_UNKNOWN: template<{
    label: string;
    target: 'group' | 'criterion';
    code: string;
  }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: tiêu chí phụ "${p.label}" dựa trên ${p.target === 'group' ? 'nhóm' : 'tiêu chí'} "${p.code}" không có trong bảng tiêu chí. Hãy sửa mã hoặc bỏ tiêu chí phụ này.`,
    en: (p, at) =>
      `${at}: tie-break "${p.label}" uses ${p.target} "${p.code}", which is not in the criteria. Correct the code or remove this tie-break.`,
    explain: {
      vi: 'Khi bằng tổng điểm, thứ hạng được phân định theo chuỗi tiêu chí phụ (điểm nhóm I cao hơn, ít điểm trừ hơn …); tiêu chí phụ phải dựa trên một nhóm hoặc tiêu chí có thật.',
      en: 'Equal totals are separated by the tie-break chain (higher group I, fewer deductions …); each link must name a real group or criterion.',
      source: null,
    },
  }),
  FLAG_TITLE_UNKNOWN: template<{ title: string }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: danh hiệu đề nghị cho đơn vị dẫn đầu cụm là "${p.title}", không có trong danh mục danh hiệu. Hãy chọn một mã danh hiệu có trong danh mục (ví dụ Cờ thi đua của Bộ).`,
    en: (p, at) =>
      `${at}: the title proposed for a cluster's leading unit is "${p.title}", which is not in the title catalogue. Choose a catalogue code (e.g. the Ministry's emulation flag).`,
    explain: {
      vi: 'Đơn vị dẫn đầu cụm, khối thi đua được suy tôn và đề nghị tặng Cờ thi đua.',
      en: 'The unit leading a cluster or block is voted and proposed for the emulation flag.',
      source: 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 26',
    },
  }),
  FLAG_BAND_UNKNOWN: template<{ band: string; codes: readonly string[] }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: hạng phải đạt để đề nghị cờ là "${p.band}", không có trong ${tableWords(TABLES.bands).vi}, nên không đơn vị nào được đề nghị cờ. Hãy chọn một mã hạng có trong bảng${p.codes.length > 0 ? ` (${p.codes.join(', ')})` : ''}, hoặc để trống nếu không đòi hạng.`,
    en: (p, at) =>
      `${at}: the band required for the flag is "${p.band}", which is not in the ${tableWords(TABLES.bands).en}, so no unit is proposed for the flag. Choose a listed band code${p.codes.length > 0 ? ` (${p.codes.join(', ')})` : ''}, or leave it blank to require none.`,
    explain: {
      vi: 'Có phong trào chỉ suy tôn cờ cho đơn vị dẫn đầu cụm đạt Hạng A (hoặc một hạng tốt hơn); mã hạng phải có trong bảng hạng.',
      en: 'Some campaigns give the flag only to a leading unit in band A (or a better one); the band code must be in the bands table.',
      source: null,
    },
  }),
} as const;
