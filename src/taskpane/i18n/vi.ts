/**
 * Vietnamese strings of the task pane: the catalogue every other language copies key for key
 * ({@link Strings}). Messages say what happened and what to do next.
 */
export const vi = {
  locale: 'vi-VN',
  app: {
    title: 'Thi đua',
    tagline: 'Sổ thi đua, khen thưởng: phong trào, đăng ký, chấm điểm, tổng hợp.',
    inOffice: (host: string, platform: string | null) =>
      `Đang chạy trong ${host}${platform === null ? '' : ` (${platform})`}.`,
    outsideOffice: 'Đang chạy ngoài Office, trong trình duyệt.',
    noWorkbook:
      'Chưa kết nối với sổ Excel nào nên các nút đọc và ghi sổ đang tắt. Hãy mở tiện ích trong Excel (Trang đầu › Thi đua).',
    languageSwitch: 'English',
    languageSwitchHint: 'Hiển thị bằng tiếng Anh',
    stepsLabel: 'Các bước',
  },
  steps: {
    campaign: 'Phong trào',
    registrations: 'Đăng ký',
    scores: 'Chấm điểm',
    summary: 'Tổng hợp',
  },
  run: {
    busy: 'Đang thực hiện…',
    failed: (what: string) => `Không ${what} được`,
    whatToDo:
      'Hãy kiểm tra sổ đang mở (không đang sửa dở một ô, trang tính không bị khoá bằng mật khẩu) rồi thử lại. Nếu vẫn lỗi, hãy lưu sổ, đóng và mở lại Excel.',
    unknownError: 'Lỗi không rõ nguyên nhân.',
    dismiss: 'Đóng thông báo',
    reading: 'Đang đọc sổ…',
    checking: (units: number, registrations: number, scoreRows: number) =>
      `Đang kiểm tra ${units} đơn vị, ${registrations} đăng ký, ${scoreRows} dòng điểm…`,
    writing: (units: number, registrations: number, scoreRows: number) =>
      `Đang ghi sổ: ${units} đơn vị, ${registrations} đăng ký, ${scoreRows} dòng điểm…`,
    what: {
      setUp: 'tạo / cập nhật sổ thi đua',
      load: 'đọc phong trào từ sổ',
      checkRegistrations: 'kiểm tra đăng ký',
      checkScores: 'kiểm tra điểm',
      refreshSummary: 'cập nhật trang Tổng hợp',
      goTo: 'chuyển tới ô cần sửa',
    },
  },
  live: {
    updating: 'Sổ vừa thay đổi: đang cập nhật kết quả…',
    changed: (time: string) => `Sổ đã thay đổi sau lần kiểm tra lúc ${time}: kết quả dưới đây có thể đã cũ.`,
    mayHaveChanged: (time: string) =>
      `Kết quả lúc ${time}. Sổ có thể đã thay đổi sau đó (bản Excel này không báo khi sổ thay đổi).`,
    followFailed: (message: string) => `Chưa cập nhật được kết quả theo sổ: ${message}`,
    followed: (time: string) => `Kết quả lúc ${time}, tự cập nhật khi sổ thay đổi.`,
    checkAgain: 'Kiểm tra lại',
  },
  next: {
    title: 'Bước tiếp theo',
    fixFirst: (place: string) => `Tới lỗi đầu tiên: ${place}`,
    toRegistrations: 'Sang bước 2: kiểm tra đăng ký',
    toScores: 'Sang bước 3: kiểm tra điểm',
    toSummary: 'Sang bước 4: cập nhật trang Tổng hợp',
    openSummary: 'Mở trang Tổng hợp',
    setUpNow: 'Tạo / cập nhật sổ theo phong trào này',
  },
  campaign: {
    intro: 'Chọn một phong trào mẫu hoặc bắt đầu từ phong trào trống, sửa thông tin rồi tạo sổ thi đua.',
    startFrom: 'Bắt đầu từ',
    startPlaceholder: 'Chọn phong trào mẫu hoặc phong trào trống',
    clearChoice: 'Bỏ chọn',
    blank: 'Phong trào trống',
    presetOption: (name: string, year: number) => `${name} (${year})`,
    sampleTag: 'dữ liệu mẫu',
    sampleNote:
      'Phong trào này có dữ liệu mẫu (đơn vị, đăng ký, điểm) để thử, không phải kết quả thật. Hãy thay bằng dữ liệu của đơn vị trước khi dùng.',
    loadFromWorkbook: 'Đọc phong trào từ sổ đang mở',
    loaded: (name: string) => `Đã đọc phong trào "${name}" từ sổ.`,
    loadedWithIssues: (count: number) =>
      `Có ${count} điểm cần xem lại khi đọc sổ (xem ở bước "Đăng ký" và "Chấm điểm").`,
    nothingToLoad:
      'Sổ đang mở chưa có phong trào đọc được. Hãy chọn một phong trào mẫu hoặc phong trào trống rồi bấm "Tạo / cập nhật sổ thi đua".',
    general: 'Thông tin chung',
    name: 'Tên phong trào',
    issuer: 'Cơ quan phát động',
    planNumber: 'Số kế hoạch',
    issueDate: 'Ngày ban hành',
    year: 'Năm',
    yearInvalid: 'Năm phải là một số từ 2000 đến 2100.',
    kind: 'Loại phong trào',
    kinds: { regular: 'Thường xuyên', thematic: 'Chuyên đề' },
    start: 'Ngày bắt đầu',
    end: 'Ngày kết thúc',
    deadline: 'Hạn đăng ký',
    scale: 'Thang điểm',
    scaleInvalid: 'Thang điểm phải là một số dương (thường là 100 hoặc 200).',
    dateHint: 'Nhập theo dạng dd/mm/yyyy.',
    dateInvalid: 'Chưa phải một ngày: nhập theo dạng dd/mm/yyyy, ví dụ 30/01/2018.',
    dateNoSuchDay: (month: number, year: number, days: number) =>
      `Ngày này không có: tháng ${month}/${year} chỉ có ${days} ngày.`,
    dateNoSuchMonth: (month: number) => `Không có tháng ${month}: nhập ngày trước, tháng sau (dd/mm/yyyy).`,
    dateYearOutOfRange: 'Năm cần đủ bốn chữ số, ví dụ 2018.',
    required: 'Cần nhập thông tin này.',
    ruleSet: 'Bộ quy tắc',
    ruleSetByYear: (name: string) => `Theo năm của phong trào (${name})`,
    ruleSetOption: (name: string, from: string, to: string | null) =>
      `${name}, hiệu lực từ ${from}${to === null ? '' : ` đến ${to}`}`,
    ruleSetInForce: (from: string, to: string | null) =>
      `Hiệu lực từ ${from}${to === null ? '' : ` đến ${to}`}.`,
    clusters: 'Cụm, khối thi đua',
    clusterCode: 'Mã cụm',
    clusterName: 'Tên cụm',
    addCluster: 'Thêm cụm',
    removeCluster: (code: string) => `Xoá cụm ${code}`,
    units: 'Đơn vị',
    unitCount: (count: number) => `Đang có ${count} đơn vị.`,
    unitList: 'Danh sách đơn vị',
    unitListHint:
      'Mỗi dòng một đơn vị: Mã đơn vị, Tên đơn vị, Mã cụm, Số người, cách nhau bằng phím Tab (dán thẳng bốn cột từ Excel).',
    applyUnits: 'Áp dụng danh sách đơn vị',
    unitsApplied: (count: number) => `Đã nhận ${count} đơn vị.`,
    unitListRefused: 'Danh sách chưa được áp dụng. Hãy sửa các dòng sau:',
    unitLine: {
      columns: (line: number, count: number) =>
        `Dòng ${line}: cần 4 cột (Mã đơn vị, Tên đơn vị, Mã cụm, Số người), đang có ${count}.`,
      code: (line: number) => `Dòng ${line}: thiếu mã đơn vị.`,
      name: (line: number) => `Dòng ${line}: thiếu tên đơn vị.`,
      cluster: (line: number, cluster: string) =>
        cluster === ''
          ? `Dòng ${line}: thiếu mã cụm.`
          : `Dòng ${line}: mã cụm "${cluster}" chưa có trong danh sách cụm; hãy thêm cụm trước hoặc sửa mã.`,
      headcount: (line: number, text: string) =>
        `Dòng ${line}: số người "${text}" phải là số nguyên (ví dụ 12), hoặc để trống.`,
      duplicate: (line: number, code: string, firstLine: number) =>
        `Dòng ${line}: mã đơn vị "${code}" đã có ở dòng ${firstLine}.`,
    },
    criteria: 'Tiêu chí chấm điểm',
    criterionGroup: 'Nhóm',
    criterionCode: 'Mã tiêu chí',
    criterionText: 'Nội dung',
    criterionMax: 'Điểm chuẩn',
    criterionKind: 'Loại',
    criterionKinds: { standard: 'chuẩn', bonus: 'thưởng', deduction: 'trừ' },
    criterionMaxInvalid: 'Điểm chuẩn phải là một số từ 0 trở lên (ví dụ 5 hoặc 2,5).',
    addCriterion: 'Thêm tiêu chí',
    removeCriterion: (code: string) => `Xoá tiêu chí ${code}`,
    criteriaTotal: (total: string, scale: string) => `Tổng điểm chuẩn: ${total} / thang ${scale}.`,
    criterionNumber: (index: number) => `Tiêu chí ${index}`,
    linesWithErrors: (count: number) => `${count} dòng lỗi`,
    fieldsWithErrors: (count: number) => `${count} ô lỗi`,
    setUp: 'Tạo / cập nhật sổ thi đua',
    fixFirst: 'Hãy sửa các ô được đánh dấu trước khi tạo sổ.',
    setUpDone: 'Đã tạo / cập nhật sổ thi đua',
    setUpRefused: 'Chưa tạo / cập nhật sổ: sổ đang mở có chỗ chưa khớp',
    nothingWritten:
      'Chưa có gì được ghi vào sổ. Hãy sửa các điểm dưới đây (hoặc dùng một sổ mới) rồi thử lại.',
    added: 'Đã thêm',
    kept: 'Giữ nguyên (dữ liệu đã nhập không bị ghi đè)',
    refreshed: 'Cập nhật công thức, định dạng',
    nothingAdded: 'Không có gì mới cần thêm.',
    notes: 'Ghi chú',
    planIssues: 'Chưa khớp với sổ đang mở',
  },
  check: {
    results: 'Kết quả kiểm tra',
    counts: (errors: number, warnings: number) => `${errors} lỗi, ${warnings} cảnh báo`,
    noIssues: 'Không có lỗi hay cảnh báo nào.',
    noCampaign:
      'Sổ đang mở chưa có phong trào đọc được. Hãy sửa các lỗi dưới đây, hoặc tạo sổ ở bước "Phong trào".',
    errors: 'Lỗi',
    warnings: 'Cảnh báo',
    unitGroup: (code: string, name: string | null) =>
      name === null ? `Đơn vị ${code}` : `${name} (${code})`,
    generalGroup: 'Chung, không thuộc riêng đơn vị nào',
    onSheet: (sheet: string) => `Trang "${sheet}"`,
    noPlace: 'Không gắn với ô nào trong sổ.',
    showMore: (shown: number, total: number) => `Hiện thêm (đang hiện ${shown}/${total})`,
    why: 'Vì sao',
    source: (text: string) => `Căn cứ: ${text}`,
    rules: (name: string) => `Quy tắc áp dụng: ${name}`,
    unverified: 'chưa kiểm chứng',
    chosen: 'do Hội đồng lựa chọn',
    notCheckable: 'Sổ không tự kiểm tra được quy tắc này; Hội đồng xem xét.',
  },
  registrations: {
    intro: 'Kiểm tra thông tin phong trào và danh sách đăng ký thi đua của các đơn vị trong sổ đang mở.',
    check: 'Kiểm tra đăng ký',
    nothingToCheck:
      'Không có gì để kiểm tra: bảng đăng ký (trang "Đăng ký") chưa có dòng nào. Hãy dán danh sách đăng ký của các đơn vị rồi kiểm tra lại.',
  },
  scores: {
    intro: 'Kiểm tra điểm chấm, xem xếp hạng trong từng cụm như trang "Chấm điểm" tính.',
    check: 'Kiểm tra điểm',
    nothingToCheck:
      'Không có gì để kiểm tra: chưa có đơn vị nào được chấm điểm. Hãy nhập điểm vào trang "Chấm điểm" (và "Tự chấm") rồi kiểm tra lại.',
    ranking: 'Xếp hạng trong từng cụm',
    rank: 'Hạng',
    unit: 'Đơn vị',
    total: 'Tổng điểm',
    proposal: 'Đề nghị',
    unscored: 'chưa chấm',
    tied: 'đồng hạng',
    leader: 'Dẫn đầu',
    noLeader: 'Chưa có đơn vị nào được chấm.',
    rankingOf: (cluster: string) => `Xếp hạng ${cluster}`,
    ties: 'Bằng điểm, cần Hội đồng bỏ phiếu',
    tie: (cluster: string, rank: number) => `${cluster}, hạng ${rank}`,
    tieForLead: 'tranh vị trí dẫn đầu',
    noTies: 'Không có trường hợp bằng điểm nào cần bỏ phiếu.',
    gaps: 'Chênh lệch tự chấm – thẩm định lớn nhất',
    gap: (self: string, reviewed: string, gap: string) =>
      `tự chấm ${self}, thẩm định ${reviewed}, chênh ${gap} điểm`,
    overThreshold: (threshold: string) => `vượt ngưỡng ${threshold} điểm`,
    noGaps: 'Không có chênh lệch giữa điểm tự chấm và điểm thẩm định.',
    votes: 'Kết quả Hội đồng bỏ phiếu',
    attendance: (present: number, members: number) => `Có mặt ${present}/${members} thành viên.`,
    voteOf: (candidate: string, result: string) => `${candidate}: ${result}`,
  },
  summary: {
    stale: 'Sổ đã thay đổi sau lần cập nhật này.',
    refreshAgain: 'Cập nhật lại trang Tổng hợp',
    intro: 'Cập nhật trang "Tổng hợp" (thêm dòng cho cụm, đơn vị mới) và so sánh nhanh các cụm.',
    refresh: 'Cập nhật trang Tổng hợp',
    refreshed: 'Đã cập nhật trang Tổng hợp.',
    comparison: 'So sánh các cụm',
    leader: 'Dẫn đầu',
    mean: 'Trung bình',
    max: 'Cao nhất',
    spread: 'Chênh lệch cao – thấp',
    margin: 'Cách biệt với đơn vị thứ hai',
    scored: (scored: number, units: number) => `Đã chấm ${scored}/${units} đơn vị`,
    none: '—',
    chart: 'Biểu đồ điểm trung bình và cao nhất của các cụm',
    chartRow: (cluster: string, mean: string, max: string) =>
      `${cluster}: trung bình ${mean}, cao nhất ${max}`,
    proposals: (count: number) => `${count} đề nghị khen thưởng trên trang "Tổng hợp".`,
    nothingScored: 'Chưa có cụm nào có điểm để so sánh.',
  },
};

/** The task pane's strings: every language has the same keys as the Vietnamese catalogue. */
export type Strings = typeof vi;
