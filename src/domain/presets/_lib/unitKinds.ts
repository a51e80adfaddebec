/**
 * Kinds of units the presets hold, with what sample data needs of each: a plausible headcount
 * range and the positions its people hold.
 *
 * Sample people are never given the head's position (Giám đốc, Hiệu trưởng, Tổng Biên tập…): where
 * the unit is real, a made-up name would stand in for a real person.
 */
export type UnitKind =
  | 'office'
  | 'inspection'
  | 'department'
  | 'legalAid'
  | 'notary'
  | 'auction'
  | 'soTuPhap'
  | 'thads'
  | 'school'
  | 'academy'
  | 'press'
  | 'institute'
  | 'publisher';

/** What sample data needs of a unit kind. */
export interface UnitKindProfile {
  /** Headcount range, both included; at least 9 so a TTLĐXS can hold one CSTĐCS under a 15% cap. */
  headcount: readonly [number, number];
  deputy: string;
  staff: readonly string[];
}

/** Sample-data profile of each unit kind. */
export const UNIT_KINDS: Readonly<Record<UnitKind, UnitKindProfile>> = {
  office: {
    headcount: [12, 20],
    deputy: 'Phó Chánh Văn phòng',
    staff: ['Chuyên viên', 'Kế toán', 'Văn thư', 'Chuyên viên chính'],
  },
  inspection: {
    headcount: [9, 11],
    deputy: 'Phó Chánh Thanh tra',
    staff: ['Thanh tra viên', 'Thanh tra viên chính'],
  },
  department: { headcount: [9, 13], deputy: 'Phó Trưởng phòng', staff: ['Chuyên viên', 'Chuyên viên chính'] },
  legalAid: {
    headcount: [14, 22],
    deputy: 'Phó Giám đốc',
    staff: ['Trợ giúp viên pháp lý', 'Chuyên viên', 'Kế toán'],
  },
  notary: {
    headcount: [10, 20],
    deputy: 'Phó Trưởng phòng',
    staff: ['Công chứng viên', 'Thư ký nghiệp vụ', 'Chuyên viên'],
  },
  auction: { headcount: [9, 14], deputy: 'Phó Giám đốc', staff: ['Đấu giá viên', 'Chuyên viên', 'Kế toán'] },
  soTuPhap: {
    headcount: [20, 30],
    deputy: 'Phó Giám đốc Sở',
    staff: ['Trưởng phòng', 'Phó Trưởng phòng', 'Chuyên viên', 'Chuyên viên chính'],
  },
  thads: {
    headcount: [26, 38],
    deputy: 'Phó Cục trưởng',
    staff: ['Chấp hành viên', 'Thẩm tra viên', 'Thư ký thi hành án', 'Chuyên viên'],
  },
  school: {
    headcount: [40, 64],
    deputy: 'Phó Hiệu trưởng',
    staff: ['Trưởng khoa', 'Giảng viên', 'Giảng viên chính', 'Chuyên viên'],
  },
  academy: {
    headcount: [40, 56],
    deputy: 'Phó Giám đốc Học viện',
    staff: ['Trưởng khoa', 'Giảng viên', 'Giảng viên chính', 'Chuyên viên'],
  },
  press: {
    headcount: [28, 44],
    deputy: 'Phó Tổng Biên tập',
    staff: ['Trưởng ban', 'Biên tập viên', 'Phóng viên', 'Kỹ thuật viên'],
  },
  institute: {
    headcount: [20, 30],
    deputy: 'Phó Viện trưởng',
    staff: ['Nghiên cứu viên', 'Nghiên cứu viên chính', 'Chuyên viên'],
  },
  publisher: {
    headcount: [18, 28],
    deputy: 'Phó Giám đốc',
    staff: ['Biên tập viên', 'Chuyên viên', 'Kế toán'],
  },
};
