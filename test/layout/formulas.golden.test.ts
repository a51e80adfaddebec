/**
 * Golden formula strings, Script Lab style: every builder's output for a small campaign is compared with
 * `fixtures/formulas.golden.json`. A case without an expectation fails and prints the formula it built,
 * to be read and pasted into the fixture once it is right.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Campaign, Criterion } from '../../src/domain/model';
import { buildPlan } from '../../src/layout/buildPlan';
import {
  bandProposalNameFormula,
  catalogueIndexFormula,
  clusterNameFormula,
  clusterSummaryFormulas,
  criterionMaxFormula,
  hasProposalFormula,
  leadingFormula,
  ordinalFormula,
  ordinalKeyFormula,
  proposalFormula,
  proposalOrdinalFormula,
  proposalRowFormula,
  rankFormula,
  rankingRowFormula,
  reviewedTotalFormula,
  scoresAtRowFormula,
  selfGapFormula,
  thisRow,
  tieBreakKeyFormula,
  tiedFormula,
  titleCountFormula,
  titleNameFormula,
  totalFormula,
  unitLookupFormula,
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
  'proposal: two bands, the first gated': () => proposalFormula(campaign.awardRules.bands, planned),
  'proposal: a gate on a criterion without a column': () =>
    proposalFormula(
      [{ code: 'A', name: 'Hạng A', minScore: 90, gates: [{ criterion: 'X.9', min: 5 }], proposal: 'BK' }],
      planned,
    ),
  'proposal: no band': () => proposalFormula([], planned),
  'proposal: a band code with a quote': () =>
    proposalFormula([{ code: 'Hạng "A"', name: '', minScore: 90, gates: [], proposal: '' }], planned),
  'has proposal': () => hasProposalFormula(),
  'proposal ordinal': () => proposalOrdinalFormula(),
  'unit name': () => unitLookupFormula('Mã đơn vị', 'Tên đơn vị'),
  'unit cluster': () => unitLookupFormula('Mã đơn vị', 'Mã cụm'),
  'criterion maximum': () => criterionMaxFormula('I.1'),
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
