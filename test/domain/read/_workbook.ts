import {
  BAND_HEADERS,
  CAMPAIGN_FIELDS,
  CAMPAIGN_HEADERS,
  CLUSTER_HEADERS,
  CRITERION_HEADERS,
  PHASE_HEADERS,
  REGISTRATION_HEADERS,
  SCORE_HEADERS,
  SETTINGS_HEADERS,
  SHEETS,
  TABLES,
  TIE_BREAK_HEADERS,
  TITLE_HEADERS,
  UNIT_HEADERS,
} from '../../../src/domain/contract';
import { isoToSerial } from '../../../src/domain/dates';
import type { CellValue, RawTable, WorkbookData } from '../../../src/domain/workbook';

/** The serial of an ISO date, as a host reads a date cell. */
export function serial(iso: string): number {
  const n = isoToSerial(iso);
  if (n === null) throw new Error(`not a date: ${iso}`);
  return n;
}

/** The Criteria headers of workbooks made before the optional `Tên nhóm` column. */
const CRITERION_HEADERS_BEFORE_GROUP_NAME: readonly string[] = [
  CRITERION_HEADERS.code,
  CRITERION_HEADERS.group,
  CRITERION_HEADERS.text,
  CRITERION_HEADERS.max,
  CRITERION_HEADERS.kind,
];

function table(
  name: string,
  sheet: string,
  origin: [number, number],
  headers: string[],
  rows: CellValue[][],
): RawTable {
  return { name, sheet, origin: { row: origin[0], col: origin[1] }, headers, rows };
}

/**
 * A small, clean workbook after the shape of the hcm-2018 seed: two blocks, five units, six titles,
 * five criteria, two bands, three tie-break links, registrations with a blank row, reviewed scores
 * with an unscored unit, and self-scores. Units sits at B3 with a column the officer added.
 */
export function cleanWorkbook(): WorkbookData {
  const tables: RawTable[] = [
    table(
      TABLES.campaign,
      SHEETS.campaign,
      [0, 0],
      [CAMPAIGN_HEADERS.field, CAMPAIGN_HEADERS.value],
      [
        [CAMPAIGN_FIELDS.id, 'hcm-2018'],
        [CAMPAIGN_FIELDS.name, 'Kế hoạch tổ chức và phát động phong trào thi đua yêu nước năm 2018'],
        [CAMPAIGN_FIELDS.issuer, 'Sở Tư pháp TP. Hồ Chí Minh'],
        [CAMPAIGN_FIELDS.planNumber, '25/KH-STP-VP'],
        [CAMPAIGN_FIELDS.issueDate, serial('2018-01-02')],
        [CAMPAIGN_FIELDS.year, 2018],
        [CAMPAIGN_FIELDS.theme, 'Thi đua hoàn thành xuất sắc nhiệm vụ chính trị năm 2018'],
        [CAMPAIGN_FIELDS.kind, 'Thường xuyên'],
        [CAMPAIGN_FIELDS.start, serial('2018-01-01')],
        [CAMPAIGN_FIELDS.end, serial('2018-12-31')],
        [CAMPAIGN_FIELDS.registrationDeadline, serial('2018-01-30')],
        [CAMPAIGN_FIELDS.scale, 100],
        [CAMPAIGN_FIELDS.ruleSet, 'vn-2013'],
        [CAMPAIGN_FIELDS.sampleData, 'Có'],
      ],
    ),
    table(TABLES.phases, SHEETS.campaign, [18, 0], Object.values(PHASE_HEADERS), [
      [
        'Đợt 1',
        serial('2018-01-01'),
        serial('2018-06-30'),
        '03/02: Kỷ niệm thành lập Đảng; 30/4: Ngày Giải phóng miền Nam',
      ],
      ['Đợt 2', serial('2018-07-01'), serial('2018-12-31'), '02/09: Quốc khánh'],
    ]),
    table(TABLES.settings, SHEETS.campaign, [23, 0], Object.values(SETTINGS_HEADERS), [
      ['selfReviewGap', 'Chênh lệch tự chấm tối đa', 5, ''],
      ['precision', 'Số chữ số thập phân', 2, ''],
      ['registrationCheck', 'Kiểm tra đăng ký', 'Bắt buộc', 'Nghị định 91/2017/NĐ-CP'],
      ['flagsPerCluster', 'Số cờ mỗi cụm', 1, ''],
      ['flagTitle', 'Danh hiệu cho đơn vị dẫn đầu', 'CTĐ-TP', ''],
      ['flagMinScore', 'Điểm tối thiểu để đề nghị cờ', 90, ''],
    ]),
    table(TABLES.clusters, SHEETS.catalogue, [0, 0], Object.values(CLUSTER_HEADERS), [
      ['K1', 'Khối các Phòng Chuyên môn Sở', 'VP', 'TTr'],
      ['K2', 'Khối các Đơn vị trực thuộc', 'TGPL', null],
    ]),
    table(
      TABLES.units,
      SHEETS.catalogue,
      [2, 1],
      [...Object.values(UNIT_HEADERS), 'Ghi chú nội bộ'],
      [
        ['VP', 'Văn phòng Sở', 'K1', 18, 'gọi trước 9 giờ'],
        ['TTr', 'Thanh tra Sở', 'K1', 12, null],
        ['PBGDPL', 'Phòng Phổ biến giáo dục pháp luật', 'K1', 9, null],
        ['TGPL', 'Trung tâm Trợ giúp pháp lý nhà nước', 'K2', 25, null],
        ['CC1', 'Phòng Công chứng số 1', 'K2', 30, null],
      ],
    ),
    table(TABLES.titles, SHEETS.catalogue, [10, 0], Object.values(TITLE_HEADERS), [
      ['LĐTT', 'Lao động tiên tiến', 'Cá nhân', 'Danh hiệu', '', '', ''],
      [
        'CSTĐCS',
        'Chiến sĩ thi đua cơ sở',
        'Cá nhân',
        'Danh hiệu',
        'Đạt LĐTT',
        '≤ 15% số LĐTT, làm tròn xuống',
        'LĐTT',
      ],
      [
        'TTLĐXS',
        'Tập thể lao động xuất sắc',
        'Tập thể',
        'Danh hiệu',
        'Tỷ lệ LĐTT ≥ 70%; Số CSTĐCS ≥ 1',
        null,
        'TTLĐTT',
      ],
      ['TTLĐTT', 'Tập thể lao động tiên tiến', 'Tập thể', 'Danh hiệu', 'Tỷ lệ LĐTT ≥ 50%', null, null],
      ['CTĐ-TP', 'Cờ thi đua của Thành phố', 'Tập thể', 'Danh hiệu', null, null, null],
      ['GK', 'Giấy khen của Giám đốc Sở', 'Tập thể', 'Hình thức khen thưởng', null, null, null],
    ]),
    // Laid out as before the optional `Tên nhóm` column, which must read the same.
    table(
      TABLES.criteria,
      SHEETS.catalogue,
      [20, 0],
      [...CRITERION_HEADERS_BEFORE_GROUP_NAME],
      [
        ['I.1', 'I', 'Báo cáo đúng hạn', 30, 'chuẩn'],
        ['I.2', 'I', 'Chất lượng báo cáo', 20, 'chuẩn'],
        ['II.1', 'II', 'Cải cách hành chính', 50, 'chuẩn'],
        ['T.1', 'T', 'Sáng kiến được công nhận', 5, 'thưởng'],
        ['D.1', 'D', 'Vi phạm kỷ luật', 5, 'trừ'],
      ],
    ),
    table(TABLES.bands, SHEETS.catalogue, [28, 0], Object.values(BAND_HEADERS), [
      ['A', 'Hạng A', 90, 'I.1 ≥ 25', 'CTĐ-TP'],
      ['B', 'Hạng B', 80, null, 'GK'],
    ]),
    table(TABLES.tieBreaks, SHEETS.catalogue, [33, 0], Object.values(TIE_BREAK_HEADERS), [
      [2, 'Điểm trừ', 'Thấp hơn xếp trên', 'Ít điểm trừ hơn'],
      [1, 'Nhóm I', 'Cao hơn xếp trên', 'Điểm nhóm I cao hơn'],
      [3, 'Cột: Tỷ lệ phiếu bầu (%)', 'Cao hơn xếp trên', 'Nhiều phiếu bầu hơn'],
    ]),
    table(TABLES.registrations, SHEETS.registrations, [0, 0], Object.values(REGISTRATION_HEADERS), [
      ['VP', 'Cá nhân', 'Nguyễn Văn An', 'Chánh Văn phòng', 'LĐTT', serial('2018-01-15'), null],
      ['VP', 'Cá nhân', 'Nguyễn Văn An', 'Chánh Văn phòng', 'CSTĐCS', serial('2018-01-15'), null],
      [null, '  ', null, null, null, null, null],
      ['VP', 'Tập thể', null, null, 'TTLĐXS', serial('2018-01-16'), 'Đăng ký cả năm'],
      ['TTr', 'Cá nhân', 'Trần Thị Bình', 'Thanh tra viên', 'LĐTT', serial('2018-01-20'), null],
    ]),
    table(
      TABLES.scores,
      SHEETS.scores,
      [2, 0],
      [
        SCORE_HEADERS.unit,
        SCORE_HEADERS.name,
        SCORE_HEADERS.cluster,
        'I.1',
        'I.2',
        'II.1',
        'T.1',
        'D.1',
        'Tỷ lệ phiếu bầu (%)',
        SCORE_HEADERS.total,
        SCORE_HEADERS.rank,
        SCORE_HEADERS.tied,
        SCORE_HEADERS.leading,
        SCORE_HEADERS.proposal,
      ],
      [
        ['VP', 'Văn phòng Sở', 'K1', 28, 18, 45, 2, null, 80, 93, 1, '', 'Dẫn đầu', 'CTĐ-TP'],
        ['TTr', 'Thanh tra Sở', 'K1', null, null, null, null, null, null, '', '', '', '', ''],
        ['CC1', 'Phòng Công chứng số 1', 'K2', 25, 15, 40, null, 1, 60, 79, 1, '', '', ''],
      ],
    ),
    table(
      TABLES.selfScores,
      SHEETS.selfScores,
      [2, 0],
      [SCORE_HEADERS.unit, SCORE_HEADERS.name, 'I.1', 'I.2', 'II.1', 'T.1', 'D.1', SCORE_HEADERS.total],
      [['VP', 'Văn phòng Sở', 29, 19, 46, 2, null, 96]],
    ),
  ];
  const sheetNames = [...new Set(tables.map((t) => t.sheet))];
  return {
    sheets: sheetNames.map((name) => ({ name, visibility: 'visible', used: null })),
    tables: Object.fromEntries(tables.map((t) => [t.name, t])),
  };
}
