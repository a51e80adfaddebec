/**
 * Golden formula strings, Script Lab style: every builder's output for a small campaign is compared with
 * `fixtures/formulas.golden.json`. A case without an expectation fails and prints the formula it built,
 * to be read and pasted into the fixture once it is right.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Campaign, Criterion, RankBand } from '../../src/domain/model';
import { criteriaTree } from '../../src/domain/scoring';
import { buildPlan } from '../../src/layout/buildPlan';
import {
  bandCandidateFormula,
  bandFormula,
  bandProposalNameFormula,
  catalogueIndexFormula,
  clusterNameFormula,
  clusterSummaryFormulas,
  attendanceFormula,
  awardKeyFormula,
  awardRowFormula,
  awardTitleFormula,
  catalogueNameFormula,
  criterionHeadingFormula,
  proposalKeyFormula,
  registrationUnitKeyFormula,
  rowTextFormula,
  rowValueFormula,
  unitRegistrationRowFormula,
  voteOutcomeFormula,
  voteShareOfFormula,
  criterionMaxFormula,
  flagCandidateFormula,
  hasProposalFormula,
  leadingFormula,
  flagVoteFormula,
  voteExplanationFormula,
  voteResultFormula,
  voteShareFormula,
  reviewCountedFormula,
  reviewCombinedFormula,
  reviewMemberShareFormula,
  councilPointsFormula,
  groupsTextFormula,
  reviewSpreadFormula,
  reviewFlagFormula,
  ordinalFormula,
  ordinalKeyFormula,
  proposalFormula,
  proposalOrdinalFormula,
  proportionalFormula,
  proposalRowFormula,
  rankedTotalFormula,
  rankFormula,
  rankingRowFormula,
  reviewedTotalFormula,
  scoresAtRowFormula,
  selfGapFormula,
  statusFormula,
  subtotalFormula,
  thisRow,
  tierIncrementFormula,
  tierOrderFormula,
  tierPointsFormula,
  tieBreakKeyFormula,
  tiedFormula,
  titleCountFormula,
  titleNameFormula,
  totalFormula,
  unitLookupFormula,
  voteFormula,
  type ScoringColumns,
} from '../../src/layout/formulas';
import { workbookNames } from '../../src/layout/names';
import { smallCampaign } from './support/campaigns';

const GOLDEN: Record<string, string> = JSON.parse(
  readFileSync(join(__dirname, 'fixtures', 'formulas.golden.json'), 'utf8'),
) as Record<string, string>;

const campaign: Campaign = smallCampaign();
const criteria = campaign.criteria;
const planned = [
  'Mã đơn vị',
  'Tên đơn vị',
  'Mã cụm',
  ...criteria.map((c) => c.code),
  'Tỷ lệ phiếu bầu (%)',
  'Tổng điểm',
];
const table = { headers: planned, criteria };
const keys = ['Phụ 1: Nhóm I', 'Phụ 2: Điểm trừ (đổi dấu)', 'Phụ 3: Tỷ lệ phiếu bầu (%)'];
const scoring: ScoringColumns = {
  headers: planned,
  criteria,
  tree: criteriaTree(criteria),
  maxOf: (c) => `${String.fromCharCode(68 + criteria.indexOf(c))}$2`,
};
const targetBands: RankBand[] = [
  { code: 'A', name: 'Hạng A', minScore: 90, gates: [{ criterion: 'I.1', min: 10 }], proposal: 'BK' },
  {
    code: 'B',
    name: 'Hạng B',
    minScore: 80,
    gates: [
      { criterion: 'I.1', min: 10 },
      { criterion: 'I.2', min: 10 },
      { criterion: 'II.1', min: 20 },
    ],
    need: 2,
    tolerance: 15,
    proposal: 'GK',
    quota: 3,
  },
  { code: 'B', name: 'Hạng B', minScore: 80, gates: [{ criterion: 'I.1', min: 12 }], proposal: 'GK' },
];
const treeCriteria: Criterion[] = [
  { code: 'I', group: 'I', text: 'Xây dựng pháp luật', max: 15, kind: 'standard' },
  {
    code: '1.1',
    group: 'I',
    text: 'Lập đề nghị',
    max: 2,
    kind: 'standard',
    parent: 'I',
    method: 'tiers',
    measureUnit: '%',
  },
  {
    code: '1.2',
    group: 'I',
    text: 'Thẩm định',
    max: 3,
    kind: 'standard',
    parent: 'I',
    method: 'proportional',
    measureUnit: '%',
  },
  { code: 'II', group: 'II', text: 'Tồn đọng', max: 20, kind: 'standard', mayExceed: true },
  { code: '2.1', group: 'II', text: 'Hoàn thành', max: 20, kind: 'standard', parent: 'II' },
  { code: '2.2', group: 'II', text: 'Trễ hạn', max: 5, kind: 'deduction', parent: 'II' },
];
const treeScoring: ScoringColumns = {
  headers: ['Mã đơn vị', 'I', '1.1 (%)', '1.1', '1.2 (%)', '1.2', 'II', '2.1', '2.2'],
  criteria: treeCriteria,
  tree: criteriaTree(treeCriteria),
  maxOf: (c) => ({ I: 'B$2', '1.2': 'F$2' })[c.code] ?? String(c.max),
};
/** The Scores table reading each criterion's points from its `Điểm tính` column (the council's score). */
const councilScoring: ScoringColumns = {
  ...scoring,
  headers: [...planned, ...criteria.map((c) => `Điểm tính ${c.code}`)],
  pointsHeader: (code) => `Điểm tính ${code}`,
};
const onlyDeductions: Criterion[] = [
  { code: 'TR.1', group: 'TR', text: 'Trễ hạn', max: 5, kind: 'deduction' },
];

/** Case name → the formula it builds. */
const CASES: Record<string, () => string> = {
  'total: standard, bonus and deduction ranges': () => totalFormula(table, 2),
  'total: no decimals': () => totalFormula(table, 0),
  'total: no criterion column': () => totalFormula({ headers: ['Mã đơn vị'], criteria: [] }, 2),
  'total: deductions only': () =>
    totalFormula({ headers: ['Mã đơn vị', 'TR.1'], criteria: onlyDeductions }, 2),
  'total: a column of the officer between two criteria splits the range': () =>
    totalFormula(
      { headers: ['Mã đơn vị', 'I.1', 'Ghi chú', 'I.2', 'II.1', 'TH.1', 'TR.1', 'TR.2'], criteria },
      2,
    ),
  'total: a criterion added later at the right end': () =>
    totalFormula(
      { headers: ['Mã đơn vị', 'I.1', 'I.2', 'TH.1', 'TR.1', 'TR.2', 'Tổng điểm', 'II.1'], criteria },
      2,
    ),
  'tie-break: group subtotal, higher wins': () => tieBreakKeyFormula(table, campaign.tieBreaks[0]!, 2),
  'tie-break: deductions, fewer wins (negated)': () => tieBreakKeyFormula(table, campaign.tieBreaks[1]!, 2),
  'tie-break: input column': () => tieBreakKeyFormula(table, campaign.tieBreaks[2]!, 2),
  'tie-break: one criterion': () =>
    tieBreakKeyFormula(table, { kind: 'criterion', criterion: 'II.1', direction: 'desc', label: '' }, 2),
  'tie-break: bonus': () => tieBreakKeyFormula(table, { kind: 'bonus', direction: 'desc', label: '' }, 2),
  'tie-break: a group without criteria counts 0': () =>
    tieBreakKeyFormula(table, { kind: 'group', group: 'IX', direction: 'desc', label: '' }, 2),
  'rank: no tie-break': () => rankFormula([]),
  'rank: three tie-break keys': () => rankFormula(keys),
  'tied: three tie-break keys': () => tiedFormula(keys),
  'catalogue index': () => catalogueIndexFormula(),
  'ordinal: three tie-break keys': () => ordinalFormula(keys),
  'ordinal key': () => ordinalKeyFormula(),
  leading: () => leadingFormula(),
  'flag vote': () => flagVoteFormula(),
  'vote share': () => voteShareFormula(),
  'vote result': () => voteResultFormula(),
  'vote explanation': () => voteExplanationFormula(),
  'review counted': () => reviewCountedFormula(),
  'review combined': () => reviewCombinedFormula(2),
  'review spread': () => reviewSpreadFormula(),
  'review flag': () => reviewFlagFormula(),
  'review member share': () => reviewMemberShareFormula(),
  'explanation: the points of each group of a tree, a heading and a deduction': () =>
    groupsTextFormula(
      { ...treeScoring, headers: [...treeScoring.headers, 'Điểm nhóm I', 'Điểm nhóm II'] },
      2,
    ),
  'council points: the combined score, else the typed points': () => councilPointsFormula('I.1', 2),
  'total: from the points columns that count the council': () => totalFormula(councilScoring, 2),
  'status: the council’s scores stand for blank points and hold the unit on a row that cannot be': () =>
    statusFormula(councilScoring, [], null, () => ''),
  'tie-break: group subtotal from the points columns': () =>
    tieBreakKeyFormula(councilScoring, campaign.tieBreaks[0]!, 2),
  'flag candidate': () => flagCandidateFormula(),
  proposal: () => proposalFormula(),
  'band: two bands': () => bandFormula(campaign.awardRules.bands),
  'band: no band': () => bandFormula([]),
  'band candidate: the first band, gated': () =>
    bandCandidateFormula(scoring, campaign.awardRules.bands, 'A'),
  'band candidate: the second band, after the first': () =>
    bandCandidateFormula(scoring, campaign.awardRules.bands, 'B'),
  'band candidate: a gate on a criterion without a column': () =>
    bandCandidateFormula(
      scoring,
      [{ code: 'A', name: 'Hạng A', minScore: 90, gates: [{ criterion: 'X.9', min: 5 }], proposal: 'BK' }],
      'A',
    ),
  'band candidate: a band code with a quote': () =>
    bandCandidateFormula(
      scoring,
      [{ code: 'Hạng "A"', name: '', minScore: 90, gates: [], proposal: '' }],
      'Hạng "A"',
    ),
  'band candidate: two of three targets, the third 15% short at most, or another row': () =>
    bandCandidateFormula(scoring, targetBands, 'B'),
  'vote: two bands': () => voteFormula(targetBands),
  'status: one table, no exclusion': () => statusFormula(scoring, [], null, () => ''),
  'status: a floor score and a line on a criterion': () =>
    statusFormula(
      scoring,
      [
        { criterion: null, comparison: '<', value: 50, reason: 'Dưới điểm sàn' },
        { criterion: 'II.1', comparison: '>=', value: 21, reason: 'Tồn đọng từ 21% trở lên' },
      ],
      null,
      () => '',
    ),
  'status: two scoring tables': () =>
    statusFormula(scoring, [], { codes: ['SO', 'THA'], unitTable: thisRow('Bảng điểm') }, (c) =>
      c.group === 'II' ? 'THA' : 'SO',
    ),
  'ranked total': () => rankedTotalFormula(),
  'heading: capped sum of its parts': () => subtotalFormula(treeScoring, treeCriteria[0]!),
  'heading: a deduction part taken away, uncapped': () => subtotalFormula(treeScoring, treeCriteria[3]!),
  'tiered points': () => tierPointsFormula(treeCriteria[1]!),
  'proportional points': () => proportionalFormula(treeScoring, treeCriteria[2]!),
  'tier step order': () => tierOrderFormula(),
  'tier step increment': () => tierIncrementFormula(),
  'has proposal': () => hasProposalFormula(),
  'proposal ordinal': () => proposalOrdinalFormula(),
  'unit name': () => unitLookupFormula('Mã đơn vị', 'Tên đơn vị'),
  'unit cluster': () => unitLookupFormula('Mã đơn vị', 'Mã cụm'),
  'criterion maximum': () => criterionMaxFormula('I.1'),
  'criterion heading: a group over its items': () => criterionHeadingFormula('I', 'I.1', 'Tên nhóm'),
  'award list: proposal key': () => proposalKeyFormula(),
  'award list: k-th key': () => awardKeyFormula('STT'),
  'award list: Scores row of a key': () => awardRowFormula('Khoá đề nghị'),
  'award list: title voted on': () => awardTitleFormula('Dòng chấm điểm'),
  'award list: vote outcome': () => voteOutcomeFormula('Dòng chấm điểm', 'Mã đơn vị', 'Mã danh hiệu'),
  'award list: vote share': () => voteShareOfFormula('Dòng chấm điểm', 'Mã đơn vị', 'Mã danh hiệu'),
  'minutes: a text of the k-th row': () => rowTextFormula('Council', 'Họ và tên', 'STT'),
  'minutes: a value of the k-th row': () => rowValueFormula('Votes', 'Đồng ý', 'STT', 'Đơn vị / cá nhân'),
  'minutes: a code by its catalogue name': () =>
    catalogueNameFormula('Đơn vị / cá nhân', 'Units', 'Mã đơn vị', 'Tên đơn vị'),
  'minutes: attendance': () => attendanceFormula('Họ và tên', 'STT'),
  'registration list: unit key': () => registrationUnitKeyFormula(),
  'registration list: row of the k-th registration': () =>
    unitRegistrationRowFormula('INDEX(RegistrationListUnit[Mã đơn vị],1)', 'Stt'),
  'band proposal name': () => bandProposalNameFormula(),
  'self-score: reviewed total': () => reviewedTotalFormula(),
  'self-score: gap': () => selfGapFormula(2),
  'ranking: Scores row of a place': () => rankingRowFormula('Mã cụm', 'Thứ tự'),
  'proposals: Scores row of a number': () => proposalRowFormula('STT'),
  'listing: a number at the row': () => scoresAtRowFormula('Dòng chấm điểm', 'Tổng điểm', 'number'),
  'listing: a text at the row': () => scoresAtRowFormula('Dòng chấm điểm', 'Tên đơn vị', 'text'),
  'cluster name': () => clusterNameFormula('Mã cụm'),
  'title name': () => titleNameFormula('Mã danh hiệu'),
  'title count': () => titleCountFormula('Mã cụm', 'Mã danh hiệu'),
  'structured reference: brackets, hash and quote escaped': () => thisRow("Điểm [tối đa] #1 'a'"),
};

for (const [header, formula] of Object.entries(clusterSummaryFormulas(2))) {
  CASES[`cluster summary: ${header}`] = () => formula;
}
for (const name of workbookNames()) CASES[`name: ${name.name}`] = () => name.formula;

const plan = buildPlan(campaign);
for (const sheet of plan.sheets) {
  for (const cf of sheet.conditionalFormats) {
    CASES[`conditional format: ${sheet.name} ${cf.range}: ${cf.meaning}`] = () => cf.formula;
  }
}

describe('formula builders (golden strings)', () => {
  it.each(Object.keys(CASES))('%s', (name) => {
    const actual = CASES[name]?.() ?? '';
    const expected = GOLDEN[name];
    if (expected === undefined) {
      throw new Error(
        `No expectation for "${name}"; after review add to fixtures/formulas.golden.json:\n${JSON.stringify({ [name]: actual })}`,
      );
    }
    expect(actual).toBe(expected);
  });

  it('keeps no expectation without a case', () => {
    expect(Object.keys(GOLDEN).filter((name) => !(name in CASES))).toEqual([]);
  });
});
