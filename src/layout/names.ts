/**
 * The workbook's defined names. Formulas read thresholds through them (`[@[Xếp hạng]]<=SoCoMoiCum`)
 * so that a council member reads what is compared, and so that editing the Settings table changes the
 * results at once. Dropdowns and conditional formats need them too: neither accepts a structured
 * reference, but both accept a name that stands for one (and grows with its table).
 */
import {
  CAMPAIGN_FIELDS,
  CAMPAIGN_HEADERS,
  CLUSTER_HEADERS,
  SCORING_TABLE_HEADERS,
  SETTINGS_HEADERS,
  TABLES,
  TITLE_HEADERS,
  UNIT_HEADERS,
} from '../domain/contract';
import type { SETTING_KEYS } from '../domain/contract';
import { tableColumn, text } from './formulas/refs';
import type { NamePlan } from './plan';

/** Names of the workbook (ASCII, Vietnamese words without marks). */
export const NAMES = {
  /** Dropdown of unit codes: `=Units[Mã đơn vị]`. */
  unitCodes: 'DS_MaDonVi',
  /** Dropdown of cluster codes: `=Clusters[Mã cụm]`. */
  clusterCodes: 'DS_MaCum',
  /** Dropdown of scoring table codes: `=ScoringTables[Mã bảng]`. */
  scoringTableCodes: 'DS_MaBangDiem',
  /** Dropdown of title codes: `=Titles[Mã danh hiệu]`. */
  titleCodes: 'DS_MaDanhHieu',
  /** Campaign name, from the Campaign table. */
  campaignName: 'TenPhongTrao',
  /** Issuing body, from the Campaign table. */
  issuer: 'CoQuanPhatDong',
  /** Place of the place-and-date line, from the Campaign table. */
  place: 'DiaDanh',
  /** Title of the signer of the documents, from the Campaign table. */
  signerTitle: 'ChucVuNguoiKy',
  /** Name of the signer of the documents, from the Campaign table. */
  signerName: 'NguoiKy',
  /** Day of the council's meeting (a date serial, or blank), from the Campaign table. */
  meetingDate: 'NgayHopHoiDong',
  /** Hour of the council's meeting, from the Campaign table. */
  meetingTime: 'GioHopHoiDong',
  /** Place of the council's meeting, from the Campaign table. */
  meetingPlace: 'DiaDiemHopHoiDong',
  /** How the council votes, from the Campaign table. */
  ballotKind: 'HinhThucBieuQuyet',
  /** Registration deadline (a date serial, or blank), from the Campaign table. */
  registrationDeadline: 'HanDangKy',
  /** Flags per cluster (setting `flagsPerCluster`). */
  flagsPerCluster: 'SoCoMoiCum',
  /** Minimum total for the flag, blank for none (setting `flagMinScore`). */
  flagMinScore: 'DiemSanCo',
  /** Band a unit must be in to lead, blank for none (setting `flagBand`). */
  flagBand: 'HangCo',
  /** Title code proposed for a leading unit (setting `flagTitle`). */
  flagTitle: 'DanhHieuCo',
  /** The flag title as the council reads it: its catalogue name, else the code as typed. */
  flagTitleName: 'TenDanhHieuCo',
  /** Self-score / reviewed gap that needs an explanation (setting `selfReviewGap`). */
  selfReviewGap: 'ChenhLechTuCham',
  /** How council members' scores are combined, blank for the mean (setting `reviewMethod`). */
  reviewMethod: 'CachKetHopDiem',
  /** Spread from the other members that flags a score, blank for none (setting `reviewSpread`). */
  reviewSpread: 'MucLechDiem',
} as const;

/** A defined name of the workbook. */
export type WorkbookName = (typeof NAMES)[keyof typeof NAMES];

function campaignField(label: string): string {
  return `=INDEX(${tableColumn(TABLES.campaign, CAMPAIGN_HEADERS.value)},MATCH(${text(label)},${tableColumn(TABLES.campaign, CAMPAIGN_HEADERS.field)},0))`;
}

function setting(key: (typeof SETTING_KEYS)[number]): string {
  return `=INDEX(${tableColumn(TABLES.settings, SETTINGS_HEADERS.value)},MATCH(${text(key)},${tableColumn(TABLES.settings, SETTINGS_HEADERS.key)},0))`;
}

/**
 * Every defined name the plan writes, with the formula it refers to.
 * @returns the names, dropdown lists first
 * @example
 * workbookNames().find((n) => n.name === 'SoCoMoiCum')?.formula
 * // '=INDEX(Settings[Giá trị],MATCH("flagsPerCluster",Settings[Mã tham số],0))'
 */
export function workbookNames(): NamePlan[] {
  return [
    {
      name: NAMES.unitCodes,
      formula: `=${tableColumn(TABLES.units, UNIT_HEADERS.code)}`,
      comment: 'Danh sách mã đơn vị (danh sách chọn ở các bảng đăng ký, chấm điểm).',
    },
    {
      name: NAMES.clusterCodes,
      formula: `=${tableColumn(TABLES.clusters, CLUSTER_HEADERS.code)}`,
      comment: 'Danh sách mã cụm thi đua (danh sách chọn ở bảng đơn vị).',
    },
    {
      name: NAMES.titleCodes,
      formula: `=${tableColumn(TABLES.titles, TITLE_HEADERS.code)}`,
      comment: 'Danh sách mã danh hiệu (danh sách chọn ở bảng đăng ký).',
    },
    {
      name: NAMES.scoringTableCodes,
      formula: `=${tableColumn(TABLES.scoringTables, SCORING_TABLE_HEADERS.code)}`,
      comment: 'Danh sách mã bảng điểm (danh sách chọn ở bảng cụm).',
    },
    {
      name: NAMES.campaignName,
      formula: campaignField(CAMPAIGN_FIELDS.name),
      comment: 'Tên phong trào, lấy từ bảng thông tin phong trào.',
    },
    {
      name: NAMES.issuer,
      formula: campaignField(CAMPAIGN_FIELDS.issuer),
      comment: 'Cơ quan phát động, lấy từ bảng thông tin phong trào.',
    },
    {
      name: NAMES.place,
      formula: campaignField(CAMPAIGN_FIELDS.place),
      comment: 'Địa danh ở dòng "…, ngày … tháng … năm …" trên văn bản, lấy từ bảng thông tin phong trào.',
    },
    {
      name: NAMES.signerTitle,
      formula: campaignField(CAMPAIGN_FIELDS.signerTitle),
      comment: 'Chức vụ người ký văn bản, lấy từ bảng thông tin phong trào.',
    },
    {
      name: NAMES.signerName,
      formula: campaignField(CAMPAIGN_FIELDS.signerName),
      comment: 'Họ và tên người ký văn bản, lấy từ bảng thông tin phong trào.',
    },
    {
      name: NAMES.meetingDate,
      formula: campaignField(CAMPAIGN_FIELDS.meetingDate),
      comment:
        'Ngày họp Hội đồng thi đua, khen thưởng (ngày của biên bản), lấy từ bảng thông tin phong trào.',
    },
    {
      name: NAMES.meetingTime,
      formula: campaignField(CAMPAIGN_FIELDS.meetingTime),
      comment: 'Giờ họp Hội đồng, lấy từ bảng thông tin phong trào.',
    },
    {
      name: NAMES.meetingPlace,
      formula: campaignField(CAMPAIGN_FIELDS.meetingPlace),
      comment: 'Địa điểm họp Hội đồng, lấy từ bảng thông tin phong trào.',
    },
    {
      name: NAMES.ballotKind,
      formula: campaignField(CAMPAIGN_FIELDS.ballotKind),
      comment:
        'Hình thức biểu quyết của Hội đồng (bỏ phiếu kín, biểu quyết công khai), lấy từ bảng thông tin phong trào.',
    },
    {
      name: NAMES.registrationDeadline,
      formula: campaignField(CAMPAIGN_FIELDS.registrationDeadline),
      comment: 'Hạn đăng ký thi đua; đăng ký sau ngày này được tô màu.',
    },
    {
      name: NAMES.flagsPerCluster,
      formula: setting('flagsPerCluster'),
      comment: 'Số đơn vị dẫn đầu mỗi cụm được đề nghị Cờ thi đua (sửa ở bảng tham số).',
    },
    {
      name: NAMES.flagMinScore,
      formula: setting('flagMinScore'),
      comment: 'Điểm tối thiểu để được đề nghị Cờ thi đua; để trống là không áp dụng.',
    },
    {
      name: NAMES.flagBand,
      formula: setting('flagBand'),
      comment: 'Mã hạng phải đạt để được đề nghị Cờ thi đua; để trống là không áp dụng.',
    },
    {
      name: NAMES.flagTitle,
      formula: setting('flagTitle'),
      comment: 'Mã danh hiệu đề nghị cho đơn vị dẫn đầu cụm.',
    },
    {
      name: NAMES.flagTitleName,
      formula: `=IFERROR(INDEX(${tableColumn(TABLES.titles, TITLE_HEADERS.name)},MATCH(${NAMES.flagTitle},${tableColumn(TABLES.titles, TITLE_HEADERS.code)},0)),${NAMES.flagTitle}&"")`,
      comment: 'Tên danh hiệu đề nghị cho đơn vị dẫn đầu cụm (tên trong danh mục, hoặc đúng chữ đã nhập).',
    },
    {
      name: NAMES.selfReviewGap,
      formula: setting('selfReviewGap'),
      comment: 'Mức chênh lệch giữa điểm tự chấm và điểm chấm cần giải trình.',
    },
    {
      name: NAMES.reviewMethod,
      formula: setting('reviewMethod'),
      comment: 'Cách kết hợp điểm của các thành viên Hội đồng; để trống là trung bình.',
    },
    {
      name: NAMES.reviewSpread,
      formula: setting('reviewSpread'),
      comment:
        'Điểm của một thành viên lệch so với những người khác quá mức này thì được đánh dấu; để trống là không đánh dấu.',
    },
  ];
}
