/** Small campaigns written out by hand, so each formula's expectation can be read against them. */
import type { Campaign } from '../../../src/domain/model';

/**
 * Two clusters, five units, a 100-point table with bonus and deduction rows, a three-link tie-break
 * chain (group I, fewer deductions, vote share) and two bands, the first with a gate.
 */
export function smallCampaign(): Campaign {
  return {
    id: 'thu-nghiem-2024',
    name: 'Phong trào thi đua thử nghiệm năm 2024',
    issuer: 'Sở Tư pháp tỉnh Thử Nghiệm',
    planNumber: '01/KH-STP',
    issueDate: '2024-01-05',
    year: 2024,
    theme: 'Đoàn kết, sáng tạo',
    kind: 'regular',
    start: '2024-01-01',
    end: '2024-12-31',
    registrationDeadline: '2024-01-31',
    phases: [
      {
        name: 'Đợt 1',
        start: '2024-01-01',
        end: '2024-06-30',
        milestones: [{ date: '2024-04-30', label: 'Giải phóng miền Nam' }],
      },
    ],
    scale: 100,
    ruleSet: 'vn-2022',
    sampleData: true,
    clusters: [
      { code: 'K1', name: 'Khối các Phòng chuyên môn', head: 'VP', deputy: null },
      { code: 'K2', name: 'Khối các Đơn vị trực thuộc', head: null, deputy: null },
    ],
    units: [
      { code: 'VP', name: 'Văn phòng Sở', cluster: 'K1', headcount: 12 },
      { code: 'TT', name: 'Thanh tra Sở', cluster: 'K1', headcount: 8 },
      { code: 'HC', name: 'Phòng Hành chính tư pháp', cluster: 'K1', headcount: 6 },
      { code: 'TG', name: 'Trung tâm Trợ giúp pháp lý nhà nước', cluster: 'K2', headcount: 20 },
      { code: 'CC1', name: 'Phòng Công chứng số 1', cluster: 'K2', headcount: 9 },
    ],
    titles: [
      {
        code: 'LDTT',
        name: 'Lao động tiên tiến',
        subject: 'individual',
        kind: 'title',
        prerequisites: [],
        cap: null,
        counts: [],
      },
      {
        code: 'CTD',
        name: 'Cờ thi đua của Ủy ban nhân dân tỉnh',
        subject: 'collective',
        kind: 'title',
        prerequisites: [],
        cap: null,
        counts: [],
      },
      {
        code: 'BK',
        name: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
        subject: 'collective',
        kind: 'form',
        prerequisites: [],
        cap: null,
        counts: [],
      },
    ],
    tiers: [],
    scoringTables: [],
    exclusions: [],
    criteria: [
      { code: 'I.1', group: 'I', text: 'Báo cáo đúng hạn', max: 30, kind: 'standard' },
      { code: 'I.2', group: 'I', text: 'Chất lượng báo cáo', max: 20, kind: 'standard' },
      { code: 'II.1', group: 'II', text: 'Hoàn thành chỉ tiêu', max: 50, kind: 'standard' },
      { code: 'TH.1', group: 'TH', text: 'Sáng kiến được công nhận', max: 5, kind: 'bonus' },
      { code: 'TR.1', group: 'TR', text: 'Báo cáo trễ hạn', max: 5, kind: 'deduction' },
      { code: 'TR.2', group: 'TR', text: 'Vi phạm kỷ luật', max: 10, kind: 'deduction' },
    ],
    registrations: [
      {
        row: 1,
        unit: 'VP',
        subject: 'individual',
        person: 'Nguyễn Văn An',
        position: 'Chánh Văn phòng',
        title: 'LDTT',
        date: '2024-01-20',
        note: '',
      },
      {
        row: 2,
        unit: 'TG',
        subject: 'collective',
        person: '',
        position: '',
        title: 'CTD',
        date: '2024-02-03',
        note: '=ghi chú giống công thức',
      },
    ],
    scores: [
      {
        row: 1,
        unit: 'VP',
        values: { 'I.1': 28, 'I.2': 18, 'II.1': 45, 'TH.1': 2, 'TR.1': 1, 'TR.2': 0 },
        inputs: { votes: 80 },
      },
      {
        row: 2,
        unit: 'TT',
        values: { 'I.1': 28, 'I.2': 18, 'II.1': 40, 'TH.1': 0, 'TR.1': 0, 'TR.2': 0 },
        inputs: {},
      },
    ],
    selfScores: [
      {
        row: 1,
        unit: 'VP',
        values: { 'I.1': 30, 'I.2': 20, 'II.1': 50, 'TH.1': 5, 'TR.1': 0, 'TR.2': 0 },
        inputs: {},
      },
    ],
    tieBreaks: [
      { kind: 'group', group: 'I', direction: 'desc', label: 'Điểm nhóm I cao hơn' },
      { kind: 'deductions', direction: 'asc', label: 'Ít điểm trừ hơn' },
      {
        kind: 'input',
        key: 'votes',
        header: 'Tỷ lệ phiếu bầu (%)',
        direction: 'desc',
        label: 'Tỷ lệ phiếu bầu cao hơn',
      },
    ],
    awardRules: {
      flagsPerCluster: 1,
      flagTitle: 'CTD',
      flagMinScore: 85,
      bands: [
        { code: 'A', name: 'Hạng A', minScore: 90, gates: [{ criterion: 'II.1', min: 45 }], proposal: 'BK' },
        { code: 'B', name: 'Hạng B', minScore: 80, gates: [], proposal: 'Giấy khen của Giám đốc Sở' },
      ],
    },
    settings: { selfReviewGap: 5, precision: 2, registrationCheck: 'optional' },
  };
}
