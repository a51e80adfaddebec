import { template } from './catalogue';

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
  CRITERIA_SCALE_MISMATCH: template<{ sum: number; scale: number }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: tổng điểm chuẩn của các tiêu chí loại "chuẩn" là ${p.sum.toLocaleString('vi-VN')}, khác thang điểm ${p.scale.toLocaleString('vi-VN')} của phong trào. Hãy sửa điểm chuẩn các tiêu chí hoặc thang điểm cho khớp; điểm thưởng và điểm trừ không tính vào tổng này.`,
    en: (p, at) =>
      `${at}: the maxima of the standard criteria add up to ${p.sum}, not the campaign's scale of ${p.scale}. Correct the maxima or the scale; bonus and deduction criteria are not part of this sum.`,
    explain: {
      vi: 'Bảng tiêu chí chấm điểm của ngành Tư pháp có tổng 100 (hoặc 200) điểm chia theo nhóm tiêu chí; điểm thưởng, điểm trừ tính riêng.',
      en: 'Justice-sector scoring tables total 100 (or 200) points split into groups; bonus and deduction points come on top.',
      source:
        'Thông tư 11/2023/TT-BTP; bảng tiêu chí hằng năm của Bộ Tư pháp (QĐ 484/QĐ-BTP năm 2023, QĐ 536/QĐ-BTP năm 2024)',
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
} as const;
