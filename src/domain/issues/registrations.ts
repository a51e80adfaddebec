import { SHEETS, TABLES } from '../contract';
import { unitUnknown } from './_lib/unitUnknown';
import { template } from './catalogue';
import { sheetWords, tableWords } from './place';

/**
 * Issues of validating the registrations: unit, title and subject of each row, repeats, the
 * deadline, the prerequisites and caps of the titles, and registration at evaluation.
 */
export const REGISTRATION_ISSUES = {
  REGISTRATION_UNIT_UNKNOWN: unitUnknown(
    { vi: 'chưa ghi mã đơn vị', en: 'no unit code' },
    {
      vi: 'Đăng ký thuộc về một đơn vị trong danh sách; mã lạ thì đăng ký không được tính cho đơn vị nào.',
      en: 'A registration belongs to a listed unit; with an unknown code it counts for no unit.',
    },
  ),
  REGISTRATION_TITLE_UNKNOWN: template<{ title: string }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: ${p.title === '' ? 'chưa ghi mã danh hiệu' : `mã danh hiệu "${p.title}" không có trong danh mục danh hiệu`}. Hãy chọn một mã có trong ${tableWords(TABLES.titles).vi}, hoặc thêm danh hiệu vào danh mục.`,
    en: (p, at) =>
      `${at}: ${p.title === '' ? 'no title code' : `title code "${p.title}" is not in the title catalogue`}. Choose a code from the ${tableWords(TABLES.titles).en}, or add the title to it.`,
    explain: {
      vi: 'Danh hiệu và hình thức khen thưởng lấy từ danh mục, nơi ghi điều kiện và giới hạn của từng danh hiệu.',
      en: "Titles and forms come from the catalogue, which holds each one's prerequisites and caps.",
      source: 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 9, 19, 20',
    },
  }),
  REGISTRATION_SUBJECT_MISMATCH: template<{
    title: string;
    titleSubject: string;
    subject: string;
  }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: danh hiệu ${p.title} dành cho đối tượng "${p.titleSubject}", nhưng dòng này ghi đối tượng "${p.subject}". Hãy sửa cột "Đối tượng", hoặc chọn một danh hiệu dành cho "${p.subject}".`,
    en: (p, at) =>
      `${at}: title ${p.title} is for "${p.titleSubject}" but this row registers a "${p.subject}". Correct the "Đối tượng" column, or choose a title for "${p.subject}".`,
    explain: {
      vi: 'Danh hiệu cá nhân (Lao động tiên tiến, Chiến sĩ thi đua …) khác danh hiệu tập thể (Tập thể lao động tiên tiến, Tập thể lao động xuất sắc, Cờ thi đua …).',
      en: 'Individual titles (advanced worker, emulation fighter …) differ from collective ones (advanced / excellent collective, emulation flag …).',
      source: 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 19, 20',
    },
  }),
  REGISTRATION_NAME_MISSING: template<Record<string, never>>({
    severity: 'error',
    vi: (_p, at) =>
      `${at}: đăng ký cá nhân nhưng chưa có họ và tên. Hãy nhập họ và tên người đăng ký, hoặc đổi "Đối tượng" thành "Tập thể" nếu là đăng ký của đơn vị.`,
    en: (_p, at) =>
      `${at}: an individual registration without a name. Enter the person's full name, or set "Đối tượng" to "Tập thể" if the unit itself registers.`,
    explain: {
      vi: 'Danh sách đăng ký cá nhân ghi rõ họ và tên từng người; không có tên thì không xét được điều kiện và giới hạn theo người.',
      en: 'Individual registrations name each person; without a name prerequisites and caps cannot be checked per person.',
      source: null,
    },
  }),
  REGISTRATION_NAME_ON_COLLECTIVE: template<{ person: string }>({
    severity: 'warning',
    vi: (p, at) =>
      `${at}: đăng ký tập thể nhưng có ghi họ và tên "${p.person}". Nếu là đăng ký cá nhân, hãy đổi "Đối tượng" thành "Cá nhân"; nếu không, hãy xoá họ và tên.`,
    en: (p, at) =>
      `${at}: a collective registration carries the name "${p.person}". If it is an individual's, set "Đối tượng" to "Cá nhân"; otherwise clear the name.`,
    explain: {
      vi: 'Đăng ký tập thể là của cả đơn vị, không ghi tên người; một tên ở đây thường là đăng ký cá nhân chọn nhầm đối tượng.',
      en: "A collective registration is the whole unit's and names nobody; a name here is usually an individual registration with the wrong subject.",
      source: null,
    },
  }),
  REGISTRATION_DUPLICATE: template<{
    unit: string;
    person: string;
    title: string;
    firstRow: number;
  }>({
    severity: 'error',
    vi: (p, at, row) =>
      `${at}: trùng với đăng ký ở ${row(p.firstRow)} (đơn vị "${p.unit}"${p.person === '' ? '' : `, ${p.person}`}, danh hiệu ${p.title}). Hãy xoá dòng trùng.`,
    en: (p, at, row) =>
      `${at}: repeats the registration of ${row(p.firstRow)} (unit "${p.unit}"${p.person === '' ? '' : `, ${p.person}`}, title ${p.title}). Delete the duplicate row.`,
    explain: {
      vi: 'Mỗi người, mỗi tập thể đăng ký một danh hiệu một lần; dòng trùng làm sai danh sách đăng ký trình Hội đồng.',
      en: 'Each person or collective registers for a title once; a repeated row makes the list sent to the council wrong.',
      source: null,
    },
  }),
  REGISTRATION_AFTER_DEADLINE: template<{ date: string; deadline: string }>({
    severity: 'warning',
    vi: (p, at) =>
      `${at}: ngày đăng ký ${p.date} sau hạn đăng ký ${p.deadline}. Hãy kiểm tra lại ngày, hoặc ghi lý do đăng ký muộn vào cột "Ghi chú" để Hội đồng xem xét.`,
    en: (p, at) =>
      `${at}: registered on ${p.date}, after the deadline ${p.deadline}. Check the date, or note the reason for the late registration in "Ghi chú" for the council.`,
    explain: {
      vi: 'Hạn đăng ký do kế hoạch phát động đặt ra, không phải do luật; nhận hay không nhận đăng ký muộn là việc của Hội đồng thi đua, khen thưởng, nên đây là cảnh báo, không phải lỗi.',
      en: "The deadline is set by the launch plan, not by law; whether to accept a late registration is the council's call, so this is a warning, not an error.",
      source: null,
    },
  }),
  REGISTRATION_DATE_MISSING: template<Record<string, never>>({
    severity: 'warning',
    vi: (_p, at) =>
      `${at}: chưa có ngày đăng ký. Hãy nhập ngày đăng ký (dd/mm/yyyy) để kiểm tra được hạn đăng ký.`,
    en: (_p, at) =>
      `${at}: no registration date. Enter the date (dd/mm/yyyy) so that the deadline can be checked.`,
    explain: {
      vi: 'Ngày đăng ký dùng để đối chiếu với hạn đăng ký của kế hoạch.',
      en: "The registration date is checked against the plan's deadline.",
      source: null,
    },
  }),
  PREREQUISITE_ALSO_HOLDS: template<{
    person: string;
    title: string;
    needed: string;
  }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: ${p.person} đăng ký ${p.title} nhưng chưa đăng ký ${p.needed}, là điều kiện của danh hiệu này. Hãy thêm dòng đăng ký ${p.needed} cho người này (cùng đơn vị), hoặc sửa danh hiệu.`,
    en: (p, at) =>
      `${at}: ${p.person} registers for ${p.title} but not for ${p.needed}, which it requires. Add a registration for ${p.needed} for this person (same unit), or change the title.`,
    explain: {
      vi: 'Chiến sĩ thi đua cơ sở phải đạt danh hiệu Lao động tiên tiến; điều kiện cụ thể lấy từ cột "Điều kiện" của danh mục danh hiệu.',
      en: 'A grassroots emulation fighter must also be an advanced worker; the exact rule comes from the catalogue\'s "Điều kiện" column.',
      source: 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 23',
    },
  }),
  PREREQUISITE_PAST_RUN: template<{
    person: string;
    unit: string;
    title: string;
    needed: string;
    times: number;
    run: string;
    missing: string;
  }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: ${p.person} (đơn vị ${p.unit}) đăng ký ${p.title}, cần ${p.times} lần liên tục đạt ${p.needed} (các năm ${p.run}), nhưng lịch sử khen thưởng không có năm ${p.missing}. Hãy nhập các quyết định còn thiếu vào sheet "Lịch sử khen thưởng" (hoặc nhập sổ thi đua các năm đó), hoặc sửa danh hiệu đăng ký.`,
    en: (p, at) =>
      `${at}: ${p.person} (unit ${p.unit}) registers for ${p.title}, which needs ${p.needed} ${p.times} times in a row (years ${p.run}), but the award history lacks ${p.missing}. Enter the missing decisions on the "Lịch sử khen thưởng" sheet (or import those years' workbooks), or change the title.`,
    explain: {
      vi: 'Chiến sĩ thi đua bộ, ban, ngành, tỉnh chọn trong số người 3 lần liên tục đạt Chiến sĩ thi đua cơ sở; Chiến sĩ thi đua toàn quốc trong số người 2 lần liên tục đạt Chiến sĩ thi đua bộ, ban, ngành, tỉnh. Số lần lấy từ cột "Điều kiện" của danh mục danh hiệu.',
      en: 'A ministry/provincial emulation fighter is chosen among people with 3 grassroots titles in a row; a national one among people with 2 ministry/provincial titles in a row. The numbers come from the catalogue\'s "Điều kiện" column.',
      source:
        'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 21, 22; Luật Thi đua, khen thưởng 2003, Điều 22',
    },
  }),
  HISTORY_NAME_NEAR: template<{
    person: string;
    unit: string;
    other: string;
    years: string;
    title: string;
  }>({
    severity: 'warning',
    vi: (p, at) =>
      `${at}: "${p.person}" (đơn vị ${p.unit}) gần giống "${p.other}" trong lịch sử khen thưởng (${p.title} năm ${p.years}) nhưng không trùng khớp, nên chưa được tính là cùng một người. Nếu là một người, hãy sửa họ và tên ở một trong hai nơi cho giống hệt nhau.`,
    en: (p, at) =>
      `${at}: "${p.person}" (unit ${p.unit}) is close to "${p.other}" in the award history (${p.title} in ${p.years}) but not the same, so they are not counted as one person. If they are, make the two names identical.`,
    explain: {
      vi: 'Tên được so sánh sau khi chuẩn hoá Unicode (NFC), bỏ khác biệt chữ hoa và khoảng trắng; tên chỉ khác dấu hoặc khác một chữ cái là cảnh báo để cán bộ xác nhận, không bao giờ tự gộp.',
      en: 'Names compare after Unicode NFC, case and spacing are set aside; names differing only in diacritics or one letter are a warning to confirm, never merged.',
      source: null,
    },
  }),
  PREREQUISITE_MEMBER_SHARE: template<{
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
    vi: (p, at) =>
      `${at}: đơn vị "${p.unit}" đăng ký ${p.title}, cần ${p.strict ? 'trên' : 'ít nhất'} ${p.percent.toLocaleString('vi-VN')}% của ${p.headcount} người (${p.minimum} người) đăng ký ${p.needed}, hiện mới có ${p.count} người. Hãy bổ sung đăng ký cá nhân của đơn vị, kiểm tra "Số người", hoặc đăng ký danh hiệu tập thể phù hợp.`,
    en: (p, at) =>
      `${at}: unit "${p.unit}" registers for ${p.title}, which needs ${p.strict ? 'more than' : 'at least'} ${p.percent}% of its ${p.headcount} people (${p.minimum}) registered for ${p.needed}; there are ${p.count}. Add the unit's individual registrations, check "Số người", or register a fitting collective title.`,
    explain: {
      vi: 'Tập thể lao động xuất sắc cần ít nhất 70% thành viên là Lao động tiên tiến; Tập thể lao động tiên tiến cần trên 50% (theo quy định cũ). Tỷ lệ lấy từ cột "Điều kiện" của danh mục, tính trên số người của đơn vị.',
      en: "An excellent collective needs at least 70% of its members to be advanced workers; an advanced collective over 50% (old rule). The share comes from the catalogue and is taken of the unit's headcount.",
      source: 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 27',
    },
  }),
  PREREQUISITE_MEMBER_COUNT: template<{
    unit: string;
    title: string;
    needed: string;
    min: number;
    count: number;
  }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: đơn vị "${p.unit}" đăng ký ${p.title}, cần ít nhất ${p.min} cá nhân của đơn vị đăng ký ${p.needed}, hiện có ${p.count}. Hãy bổ sung đăng ký cá nhân, hoặc đăng ký danh hiệu tập thể phù hợp.`,
    en: (p, at) =>
      `${at}: unit "${p.unit}" registers for ${p.title}, which needs at least ${p.min} of its people registered for ${p.needed}; there are ${p.count}. Add individual registrations, or register a fitting collective title.`,
    explain: {
      vi: 'Tập thể lao động xuất sắc phải có cá nhân đạt Chiến sĩ thi đua cơ sở; số tối thiểu lấy từ cột "Điều kiện" của danh mục.',
      en: 'An excellent collective must have a member who is a grassroots emulation fighter; the minimum comes from the catalogue.',
      source: 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 27',
    },
  }),
  PREREQUISITE_CLUSTER_LEADER: template<{
    unit: string;
    title: string;
    needed: string;
    cluster: string;
    rank: number;
    total: string;
    leaders: { vi: string; en: string };
  }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: đơn vị "${p.unit}" đăng ký ${p.title}, chỉ xét trong các tập thể dẫn đầu cụm, khối (được đề nghị ${p.needed}); trong ${p.cluster}, đơn vị xếp thứ ${p.rank} với ${p.total} điểm, dẫn đầu là ${p.leaders.vi}. Hãy bỏ đăng ký này, hoặc xem lại điểm của cụm.`,
    en: (p, at) =>
      `${at}: unit "${p.unit}" registers for ${p.title}, which goes only to collectives leading a cluster (proposed for ${p.needed}); in ${p.cluster} the unit ranks ${p.rank} with ${p.total} points, and the leader is ${p.leaders.en}. Remove the registration, or review the cluster's scores.`,
    explain: {
      vi: 'Cờ thi đua của Chính phủ được chọn trong số các tập thể dẫn đầu các cụm, khối thi đua; tập thể dẫn đầu là đơn vị được bảng xếp hạng của phong trào này đề nghị tặng Cờ thi đua của cụm.',
      en: "The Government's emulation flag is chosen among the collectives leading the emulation clusters: the units this campaign's ranking proposes for their cluster's flag.",
      source:
        'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 25 khoản 1; trước 2024: Nghị định 91/2017/NĐ-CP, Điều 11 khoản 1',
    },
  }),
  PREREQUISITE_CLUSTER_LEADER_VOTE: template<{
    unit: string;
    title: string;
    needed: string;
    cluster: string;
  }>({
    severity: 'warning',
    vi: (p, at) =>
      `${at}: đơn vị "${p.unit}" đăng ký ${p.title}, chỉ xét trong các tập thể dẫn đầu cụm, khối; trong ${p.cluster}, đơn vị đang bằng điểm với đơn vị khác ở vị trí dẫn đầu (${p.needed}), Hội đồng bỏ phiếu chọn. Đăng ký chỉ giữ được nếu đơn vị được chọn.`,
    en: (p, at) =>
      `${at}: unit "${p.unit}" registers for ${p.title}, which goes only to collectives leading a cluster; in ${p.cluster} the unit is tied with another for the lead (${p.needed}), which the council decides by vote. The registration stands only if the unit is chosen.`,
    explain: {
      vi: 'Khi hai đơn vị bằng điểm ở vị trí dẫn đầu, Hội đồng bỏ phiếu; chỉ đơn vị được chọn mới được xét Cờ thi đua của Chính phủ.',
      en: "When units tie for the lead the council votes; only the unit chosen may be put forward for the Government's flag.",
      source: 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 25 khoản 1',
    },
  }),
  PREREQUISITE_LEADER_SHARE: template<{
    unit: string;
    title: string;
    count: number;
    leaders: number;
    percent: number;
    allowed: number;
  }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: đơn vị "${p.unit}" đăng ký ${p.title} cùng ${p.count - 1} đơn vị dẫn đầu khác (${p.count} đơn vị), nhưng chỉ được đề nghị không quá ${p.percent}% của ${p.leaders} tập thể dẫn đầu cụm, khối, tức ${p.allowed} đơn vị. Hội đồng chọn ${p.allowed} đơn vị tiêu biểu nhất và bỏ đăng ký của các đơn vị còn lại.`,
    en: (p, at) =>
      `${at}: unit "${p.unit}" registers for ${p.title} with ${p.count - 1} other leading unit(s) (${p.count} in all), but at most ${p.percent}% of the ${p.leaders} cluster leaders may be proposed, that is ${p.allowed}. The council chooses the ${p.allowed} most outstanding and the other registrations are removed.`,
    explain: {
      vi: 'Trước 2024, số tập thể đề nghị tặng Cờ thi đua của Chính phủ không quá 20% số tập thể dẫn đầu (làm tròn xuống). Tỷ lệ lấy từ cột "Điều kiện" của danh mục danh hiệu, cán bộ có thể sửa.',
      en: 'Before 2024, no more than 20% of the leading collectives could be proposed for the Government\'s flag (rounded down). The share comes from the catalogue\'s "Điều kiện" column, which the officer may change.',
      source: 'Nghị định 91/2017/NĐ-CP, Điều 11 khoản 1; Công văn 5007/BNV-TĐKT ngày 05/9/2023',
    },
  }),
  PREREQUISITE_UNCHECKED: template<{
    unit: string;
    title: string;
    needed: string;
    percent: number;
    /** True for "more than" `percent` (trên), false for "at least" (ít nhất). */
    strict: boolean;
  }>({
    severity: 'warning',
    vi: (p, at) =>
      `${at}: chưa kiểm tra được điều kiện ${p.strict ? 'trên' : 'ít nhất'} ${p.percent.toLocaleString('vi-VN')}% số người đăng ký ${p.needed} của danh hiệu ${p.title} vì đơn vị "${p.unit}" chưa có số người hợp lệ. Hãy nhập "Số người" của đơn vị trong ${tableWords(TABLES.units).vi}.`,
    en: (p, at) =>
      `${at}: the condition of ${p.title} that ${p.strict ? 'more than' : 'at least'} ${p.percent}% of the unit's people register for ${p.needed} could not be checked: unit "${p.unit}" has no valid headcount. Enter its "Số người" in the ${tableWords(TABLES.units).en}.`,
    explain: {
      vi: 'Tỷ lệ thành viên đạt danh hiệu được tính trên số người của đơn vị; thiếu số người thì không kết luận được.',
      en: "Member shares are taken of the unit's headcount; without it no conclusion can be drawn.",
      source: 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 27',
    },
  }),
  CAP_EXCEEDED: template<{
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
    vi: (p, at) =>
      `${at}: đơn vị "${p.unit}" có ${p.count} người đăng ký ${p.title}, vượt giới hạn ${p.percent.toLocaleString('vi-VN')}% của ${p.base} người đạt ${p.of}, tức tối đa ${p.allowed} người (làm tròn ${{ floor: 'xuống', round: 'đến số gần nhất', ceil: 'lên' }[p.rounding]}). Hãy giảm số đăng ký ${p.title} của đơn vị xuống còn ${p.allowed}.`,
    en: (p, at) =>
      `${at}: registrations of unit "${p.unit}" for ${p.title}: ${p.count}, over the cap of ${p.percent}% of the unit's holders of ${p.of} (${p.base}), i.e. at most ${p.allowed} (rounded ${{ floor: 'down', round: 'to nearest', ceil: 'up' }[p.rounding]}). Bring them down to ${p.allowed}.`,
    explain: {
      vi: 'Số Chiến sĩ thi đua cơ sở không quá 15% số người đạt Lao động tiên tiến của đơn vị (Nghị định 91/2017/NĐ-CP, Điều 9, áp dụng đến hết năm 2023). Từ năm 2024 luật không đặt tỷ lệ chung; bộ, ngành, địa phương tự quy định. Tỷ lệ và cách làm tròn lấy từ cột "Giới hạn" của danh mục.',
      en: 'Grassroots emulation fighters may be at most 15% of a unit\'s advanced workers (Decree 91/2017, Art. 9, until the end of 2023). From 2024 there is no national cap; ministries and provinces set their own. Share and rounding come from the catalogue\'s "Giới hạn" column.',
      source: 'Nghị định 91/2017/NĐ-CP, Điều 9; Luật Thi đua, khen thưởng số 06/2022/QH15',
    },
  }),
  REGISTRATION_MISSING_AT_EVALUATION: template<{ unit: string; title: string }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: đơn vị "${p.unit}" được đề nghị ${p.title} nhưng không có đăng ký thi đua tập thể cho danh hiệu này (${sheetWords(SHEETS.registrations).vi}). Hãy bổ sung dòng đăng ký nếu đơn vị đã đăng ký bằng văn bản, hoặc xem lại đề nghị.`,
    en: (p, at) =>
      `${at}: unit "${p.unit}" is proposed for ${p.title} but has no collective registration for it (${sheetWords(SHEETS.registrations).en}). Add the registration row if the unit registered in writing, or review the proposal.`,
    explain: {
      vi: 'Theo Luật Thi đua, khen thưởng 2003 (sửa đổi, bổ sung năm 2013) và Nghị định 91/2017/NĐ-CP, đăng ký thi đua là bắt buộc: không đăng ký thì không xét tặng danh hiệu. Từ 01/01/2024, Luật Thi đua, khen thưởng số 06/2022/QH15 (Điều 7) không còn coi đăng ký là căn cứ xét tặng. Tham số kiểm tra đăng ký chọn mức: bắt buộc (lỗi), không bắt buộc (cảnh báo) hoặc tắt.',
      en: 'Under the 2003 Law on Emulation and Commendation (amended 2013) and Decree 91/2017, registration was required: no registration, no title. From 01/01/2024 Law 06/2022/QH15 (Art. 7) no longer makes registration a basis for awarding. The registration-check setting picks the level: required (error), optional (warning) or off.',
      source:
        'Luật Thi đua, khen thưởng 2003, sửa đổi, bổ sung 2013; Nghị định 91/2017/NĐ-CP; Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 7',
    },
  }),
} as const;
