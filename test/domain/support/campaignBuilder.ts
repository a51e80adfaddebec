/**
 * A small, valid campaign for tests: two clusters of three units, the usual titles, a 100-point
 * criteria table with a bonus and a deduction, registrations that meet every prerequisite and cap,
 * and complete scores. Every call builds fresh objects, so a test may change what it gets.
 *
 * All of it is sample data (dữ liệu mẫu), not real results.
 */
import type { Campaign, Criterion, Registration, ScoreRow, Title, Unit } from '../../../src/domain/model';

/** Title codes of the built campaign. */
export const TITLE = {
  /** Lao động tiên tiến (individual). */
  ldtt: 'LDTT',
  /** Chiến sĩ thi đua cơ sở (individual): needs LDTT, at most 15% of LDTT rounded down, counts as LDTT. */
  cstdcs: 'CSTDCS',
  /** Tập thể lao động tiên tiến (collective): more than 50% of people LDTT (exactly half fails). */
  ttldtt: 'TTLDTT',
  /** Tập thể lao động xuất sắc (collective): at least 70% LDTT and one CSTDCS, counts as TTLDTT. */
  ttldxs: 'TTLDXS',
  /** Cờ thi đua của Bộ (collective): the flag of a cluster's leading unit, counts as TTLDXS. */
  ctdBo: 'CTD_BO',
  /** Bằng khen (a form of commendation, collective). */
  bk: 'BK',
} as const;

/**
 * A registration with sensible defaults (an individual LDTT of U1, registered on time).
 * @param overrides - fields to set
 * @returns the registration
 * @example
 * makeRegistration({ row: 20, person: 'Ngô Văn Khánh' })
 */
export function makeRegistration(overrides: Partial<Registration> = {}): Registration {
  return {
    row: 1,
    unit: 'U1',
    subject: 'individual',
    person: '',
    position: '',
    title: TITLE.ldtt,
    date: '2021-01-15',
    note: '',
    ...overrides,
  };
}

/**
 * A score row with every criterion of the built campaign filled (a total of 85 before bonus and
 * deductions), unless `values` says otherwise.
 * @param overrides - fields to set; `values` is merged over the defaults
 * @returns the row
 * @example
 * makeScoreRow({ row: 7, unit: 'U7', values: { TR: 2 } })
 */
export function makeScoreRow(overrides: Partial<ScoreRow> = {}): ScoreRow {
  const { values, ...rest } = overrides;
  return {
    row: 1,
    unit: 'U1',
    inputs: {},
    ...rest,
    values: { 'I.1': 18, 'II.1': 25, 'II.2': 17, 'III.1': 25, T: 0, TR: 0, ...values },
  };
}

function title(code: string, name: string, subject: Title['subject'], extra: Partial<Title> = {}): Title {
  return { code, name, subject, kind: 'title', prerequisites: [], cap: null, counts: [], ...extra };
}

function titles(): Title[] {
  return [
    title(TITLE.ldtt, 'Lao động tiên tiến', 'individual'),
    title(TITLE.cstdcs, 'Chiến sĩ thi đua cơ sở', 'individual', {
      prerequisites: [{ kind: 'alsoHolds', title: TITLE.ldtt }],
      cap: { of: TITLE.ldtt, percent: 15, rounding: 'floor' },
      counts: [TITLE.ldtt],
    }),
    title(TITLE.ttldtt, 'Tập thể lao động tiên tiến', 'collective', {
      prerequisites: [{ kind: 'memberShare', title: TITLE.ldtt, minPercent: 50, strict: true }],
    }),
    title(TITLE.ttldxs, 'Tập thể lao động xuất sắc', 'collective', {
      prerequisites: [
        { kind: 'memberShare', title: TITLE.ldtt, minPercent: 70 },
        { kind: 'memberCount', title: TITLE.cstdcs, min: 1 },
      ],
      counts: [TITLE.ttldtt],
    }),
    title(TITLE.ctdBo, 'Cờ thi đua của Bộ', 'collective', { counts: [TITLE.ttldxs] }),
    title(TITLE.bk, 'Bằng khen', 'collective', { kind: 'form' }),
  ];
}

function units(): Unit[] {
  return [
    { code: 'U1', name: 'Văn phòng Sở', cluster: 'C1', headcount: 7 },
    { code: 'U2', name: 'Thanh tra Sở', cluster: 'C1', headcount: 2 },
    { code: 'U3', name: 'Phòng Hành chính tư pháp', cluster: 'C1', headcount: 5 },
    { code: 'U4', name: 'Trung tâm Trợ giúp pháp lý nhà nước', cluster: 'C2', headcount: 8 },
    { code: 'U5', name: 'Phòng Công chứng số 1', cluster: 'C2', headcount: 6 },
    { code: 'U6', name: 'Trung tâm Dịch vụ đấu giá tài sản', cluster: 'C2', headcount: 4 },
  ];
}

function criteria(): Criterion[] {
  return [
    { code: 'I.1', group: 'I', text: 'Thực hiện chế độ báo cáo', max: 20, kind: 'standard' },
    { code: 'II.1', group: 'II', text: 'Xây dựng và kiểm tra văn bản', max: 30, kind: 'standard' },
    { code: 'II.2', group: 'II', text: 'Phổ biến, giáo dục pháp luật', max: 20, kind: 'standard' },
    { code: 'III.1', group: 'III', text: 'Ứng dụng công nghệ thông tin', max: 30, kind: 'standard' },
    { code: 'T', group: 'T', text: 'Điểm thưởng', max: 5, kind: 'bonus' },
    { code: 'TR', group: 'TR', text: 'Điểm trừ', max: 10, kind: 'deduction' },
  ];
}

function registrations(): Registration[] {
  const u1People = [
    'Nguyễn Văn An',
    'Trần Thị Bình',
    'Lê Văn Cường',
    'Phạm Thị Dung',
    'Hoàng Văn Em',
    'Vũ Thị Phương',
  ];
  const rows: Omit<Registration, 'row'>[] = [
    makeRegistration({ subject: 'collective', title: TITLE.ttldxs, date: '2021-01-10' }),
    makeRegistration({ subject: 'collective', title: TITLE.ctdBo, date: '2021-01-10' }),
    ...u1People.map((person) => makeRegistration({ person, position: 'Chuyên viên' })),
    makeRegistration({ person: 'Đặng Văn Giang', position: 'Chánh Văn phòng', title: TITLE.cstdcs }),
    makeRegistration({ unit: 'U2', subject: 'collective', title: TITLE.ttldtt, date: '2021-01-20' }),
    makeRegistration({ unit: 'U2', person: 'Bùi Thị Hoa', position: 'Thanh tra viên', date: '2021-01-20' }),
    makeRegistration({ unit: 'U2', person: 'Đỗ Văn Hùng', position: 'Chánh Thanh tra', date: '2021-01-20' }),
  ];
  return rows.map((r, i) => ({ ...r, row: i + 1 }));
}

function scores(): ScoreRow[] {
  const values: Record<string, number>[] = [
    { 'I.1': 19, 'II.1': 28, 'II.2': 18, 'III.1': 27, T: 2, TR: 0 },
    { 'I.1': 17, 'II.1': 25, 'II.2': 16, 'III.1': 24, T: 0, TR: 1 },
    { 'I.1': 15, 'II.1': 22, 'II.2': 15, 'III.1': 20, T: 0, TR: 2 },
    { 'I.1': 18, 'II.1': 27, 'II.2': 17, 'III.1': 26, T: 1, TR: 0 },
    { 'I.1': 16, 'II.1': 24, 'II.2': 15, 'III.1': 23, T: 0, TR: 0 },
    { 'I.1': 14, 'II.1': 20, 'II.2': 14, 'III.1': 21, T: 0, TR: 3 },
  ];
  return values.map((v, i) => makeScoreRow({ row: i + 1, unit: `U${i + 1}`, values: v }));
}

function selfScores(): ScoreRow[] {
  // Each unit rates itself a little higher than the review, within the 5-point gap of the settings.
  return scores().map((row) => ({
    ...row,
    values: { ...row.values, 'III.1': (row.values['III.1'] ?? 0) + 2 },
  }));
}

/**
 * Builds the test campaign, with `overrides` replacing whole fields.
 * @param overrides - top-level fields to replace
 * @returns a fresh campaign that every validation stage accepts when no override breaks it
 * @example
 * buildCampaign({ scale: 200 }) // criteria of 100 points against a 200-point scale
 */
export function buildCampaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    id: 'test-2021',
    name: 'Phong trào thi đua ngành Tư pháp năm 2021 (dữ liệu mẫu)',
    issuer: 'Sở Tư pháp (dữ liệu mẫu)',
    planNumber: 'Số: 01/KH-STP',
    issueDate: '2020-12-25',
    year: 2021,
    theme: 'Đoàn kết, hành động, sáng tạo, thi đua thực hiện thắng lợi nhiệm vụ chính trị được giao',
    kind: 'regular',
    start: '2021-01-01',
    end: '2021-12-31',
    registrationDeadline: '2021-01-31',
    phases: [
      {
        name: 'Đợt 1',
        start: '2021-01-01',
        end: '2021-06-30',
        milestones: [{ date: '2021-04-30', label: 'Ngày Giải phóng miền Nam' }],
      },
      {
        name: 'Đợt 2',
        start: '2021-07-01',
        end: '2021-12-31',
        milestones: [{ date: '2021-09-02', label: 'Quốc khánh' }],
      },
    ],
    scale: 100,
    ruleSet: null,
    sampleData: true,
    clusters: [
      { code: 'C1', name: 'Khối các Phòng chuyên môn Sở', head: 'U1', deputy: 'U2' },
      { code: 'C2', name: 'Khối các Đơn vị trực thuộc', head: 'U4', deputy: 'U5' },
    ],
    units: units(),
    titles: titles(),
    criteria: criteria(),
    tiers: [],
    scoringTables: [],
    exclusions: [],
    registrations: registrations(),
    scores: scores(),
    selfScores: selfScores(),
    tieBreaks: [
      { kind: 'group', group: 'I', direction: 'desc', label: 'Điểm nhóm I cao hơn' },
      { kind: 'deductions', direction: 'asc', label: 'Ít điểm trừ hơn' },
      {
        kind: 'criterion',
        criterion: 'III.1',
        direction: 'desc',
        label: 'Điểm ứng dụng công nghệ thông tin cao hơn',
      },
    ],
    awardRules: {
      flagsPerCluster: 1,
      flagTitle: TITLE.ctdBo,
      flagMinScore: 80,
      bands: [
        {
          code: 'A',
          name: 'Hạng A',
          minScore: 90,
          gates: [{ criterion: 'I.1', min: 15 }],
          proposal: TITLE.bk,
        },
        { code: 'B', name: 'Hạng B', minScore: 70, gates: [], proposal: 'Giấy khen' },
      ],
    },
    settings: { selfReviewGap: 5, precision: 2, registrationCheck: 'required' },
    ...overrides,
  };
}
