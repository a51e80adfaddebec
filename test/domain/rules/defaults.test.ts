import {
  defaultAwardRules,
  defaultSettings,
  defaultTieBreaks,
  VN_2013,
  VN_2022,
} from '../../../src/domain/rules';
import type { Criterion } from '../../../src/domain/model';

const criteria: Criterion[] = [
  { code: 'I.1', group: 'I', text: 'Nhiệm vụ trọng tâm', max: 60, kind: 'standard' },
  { code: 'II.1', group: 'II', text: 'Báo cáo', max: 40, kind: 'standard' },
  { code: 'TH.1', group: 'TH', text: 'Điểm thưởng', max: 5, kind: 'bonus' },
  { code: 'TR.1', group: 'TR', text: 'Điểm trừ', max: 5, kind: 'deduction' },
];

describe('defaultSettings', () => {
  it('takes the registration check from the rule set and scales the self-score gap', () => {
    expect(defaultSettings(VN_2013)).toEqual({
      selfReviewGap: 5,
      precision: 2,
      registrationCheck: 'required',
    });
    expect(defaultSettings(VN_2022, 200)).toEqual({
      selfReviewGap: 10,
      precision: 2,
      registrationCheck: 'optional',
    });
  });
});

describe('defaultTieBreaks', () => {
  it('reads group I, then fewer deductions, then the vote share column', () => {
    expect(defaultTieBreaks(criteria)).toEqual([
      { kind: 'group', group: 'I', direction: 'desc', label: 'Điểm nhóm I cao hơn' },
      { kind: 'deductions', direction: 'asc', label: 'Ít điểm trừ hơn' },
      {
        kind: 'input',
        key: 'ty_le_phieu_bau',
        header: 'Tỷ lệ phiếu bầu (%)',
        direction: 'desc',
        label: 'Tỷ lệ phiếu bầu cao hơn',
      },
    ]);
  });

  it('leaves out a link with nothing to read', () => {
    const noDeductions = criteria.filter((c) => c.kind !== 'deduction');
    expect(defaultTieBreaks(noDeductions).map((t) => t.kind)).toEqual(['group', 'input']);
    expect(defaultTieBreaks([]).map((t) => t.kind)).toEqual(['input']);
  });

  it('follows a chain given as data', () => {
    expect(defaultTieBreaks(criteria, ['noFlagLastYear', 'firstGroup'])).toEqual([
      expect.objectContaining({ kind: 'input', key: 'duoc_tang_co_nam_truoc_1_co', direction: 'asc' }),
      expect.objectContaining({ kind: 'group', group: 'I' }),
    ]);
  });

  it('does not mutate the criteria', () => {
    const copy = structuredClone(criteria);
    defaultTieBreaks(criteria);
    expect(criteria).toEqual(copy);
  });
});

describe('defaultAwardRules', () => {
  it('scales the flag threshold and bands to the table', () => {
    expect(defaultAwardRules(VN_2013)).toEqual({
      flagsPerCluster: 1,
      flagTitle: 'CTD_BO',
      flagMinScore: 90,
      bands: [
        { code: 'XS', name: 'Hoàn thành xuất sắc nhiệm vụ', minScore: 90, gates: [], proposal: 'BK_BO' },
        { code: 'T', name: 'Hoàn thành tốt nhiệm vụ', minScore: 80, gates: [], proposal: 'GK' },
      ],
    });
    expect(defaultAwardRules(VN_2022, 200).bands.map((b) => b.minScore)).toEqual([180, 160]);
  });
});
