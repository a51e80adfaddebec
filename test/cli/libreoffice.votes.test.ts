/**
 * The vote tally's formulas in files the command line writes, evaluated by LibreOffice as an independent
 * engine: for the vote rules of both rule sets, counts that pass, fail, lack the quorum or cannot be, and a
 * tie for the flag the vote parts, the recalculated `Hội đồng` and `Chấm điểm` give what the domain gives;
 * and the council members' scores combine by each method as the domain combines them.
 *
 * Without soffice this test fails; THIDUA_SKIP_LIBREOFFICE=1 skips it on purpose (see libreoffice.test.ts).
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { RankJson } from '../../src/cli/rankCommand';
import { REVIEW_HEADERS, SCORE_HEADERS, SHEETS, VOTE_HEADERS } from '../../src/domain/contract';
import { combineReviews, outcomeLabel, tallyVotes } from '../../src/domain/council';
import type { Campaign, CouncilMember, ReviewMethod, VoteRow } from '../../src/domain/model';
import { VN_2013, VN_2022, voteRulesFor } from '../../src/domain/rules';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { loadWorkbookFile } from '../../src/xlsx/workbookFile';
import { campaignWith, cluster, criterion, score, title, unit } from '../domain/rank/rankBuilders';
import { findSoffice, makeRecalculatingProfile, parseCsv, sheetAsCsv } from './libreoffice';
import { runCli } from './runCli';

const skip = process.env.THIDUA_SKIP_LIBREOFFICE === '1';
const describeLibreOffice = skip ? describe.skip : describe;

jest.setTimeout(600_000);

function council(members: number, present: number): CouncilMember[] {
  return Array.from({ length: members }, (_, i) => ({
    row: i + 1,
    name: `Thành viên ${i + 1}`,
    role: i === 0 ? 'Chủ tịch' : 'Ủy viên',
    present: i < present,
  }));
}

/** For each rule: a row at its threshold or above, one just below, and rows that cannot be decided. */
function votesFor(campaign: Campaign, present: number): VoteRow[] {
  const rows: VoteRow[] = [];
  const add = (candidate: string, titleCode: string, counts: [number, number, number]) =>
    rows.push({
      row: rows.length + 1,
      candidate,
      title: titleCode,
      for: counts[0],
      against: counts[1],
      abstain: counts[2],
    });
  for (const rule of campaign.voteRules ?? []) {
    add(`Ứng viên ${rule.title} 1`, rule.title, [present, 0, 0]);
    add(`Ứng viên ${rule.title} 2`, rule.title, [present - 3, 2, 1]);
  }
  add('Ứng viên thừa phiếu', 'LDTT', [present, 1, 0]);
  add('Ứng viên không có quy tắc', 'GK', [present, 0, 0]);
  add('Ứng viên chưa bỏ phiếu', 'LDTT', [0, 0, 0]);
  return rows;
}

const flagTie = (voted: boolean): Campaign =>
  campaignWith({
    clusters: [cluster('C1', 'Cụm 1')],
    units: ['U1', 'U2', 'U3'].map((code) => unit(code, 'C1')),
    titles: [title('CTD', { subject: 'collective' }), title('LDTT'), title('CSTD_BO')],
    criteria: [criterion('P', 'I')],
    scores: [score('U1', { P: 90 }), score('U2', { P: 90 }), score('U3', { P: 80 })],
    awardRules: { flagsPerCluster: 1, flagTitle: 'CTD', flagMinScore: null, bands: [] },
    council: council(9, 8),
    voteRules: [{ title: 'CTD', quorum: 66.67, base: 'present', threshold: 70, source: 'Quy chế' }],
    votes: voted
      ? [
          { row: 1, candidate: 'U1', title: 'CTD', for: 3, against: 5, abstain: 0 },
          { row: 2, candidate: 'U2', title: 'CTD', for: 7, against: 1, abstain: 0 },
        ]
      : [],
  });

function withRules(id: string, present: number): Campaign {
  const base = flagTie(false);
  const ruleSet = id === VN_2013.id ? VN_2013 : VN_2022;
  const rules = { ...base, council: council(9, present), voteRules: voteRulesFor(ruleSet) };
  return { ...rules, votes: votesFor(rules, present) };
}

/** Members' scores of two units on one criterion: ties, a recused member, a score above the maximum. */
const reviewed = (method: ReviewMethod): Campaign => ({
  ...flagTie(false),
  settings: {
    selfReviewGap: 5,
    precision: 2,
    registrationCheck: 'off',
    reviewMethod: method,
    reviewSpread: 3,
  },
  reviews: [
    [1, 'U1', 8],
    [2, 'U1', 9.5],
    [3, 'U1', 8],
    [4, 'U1', 2],
    [5, 'U1', 7.25],
    [1, 'U2', 10],
    [2, 'U2', 6],
    [6, 'U2', 4],
    [1, 'U3', 9],
    [2, 'U3', 120],
  ].map(([member, u, points], i) => ({
    row: i + 1,
    member: `Thành viên ${String(member)}`,
    unit: String(u),
    criterion: 'P',
    score: Number(points),
  })),
  recusals: [{ row: 1, member: 'Thành viên 6', unit: 'U2', reason: 'Xung đột lợi ích' }],
});

const CASES: [string, Campaign][] = [
  ['members’ scores by the mean', reviewed('mean')],
  ['members’ scores by the median', reviewed('median')],
  ['members’ scores by the trimmed mean', reviewed('trimmed')],
  ['vn-2013, eight of nine present', withRules(VN_2013.id, 8)],
  ['vn-2022, five of nine present', withRules(VN_2022.id, 5)],
  ['a tie for the flag before the vote', flagTie(false)],
  ['a tie for the flag parted by the vote', flagTie(true)],
];

describeLibreOffice('LibreOffice recalculation of the vote tally', () => {
  let dir: string;
  let soffice: string | null;
  let profile: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-lo-votes-'));
    soffice = await findSoffice();
    profile = await makeRecalculatingProfile(path.join(dir, 'profile'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('covers every result of the tally across the cases', () => {
    const seen = new Set(CASES.flatMap(([, c]) => tallyVotes(c).map((r) => r.outcome)));
    expect([...seen].sort()).toEqual(['fail', 'held', 'noQuorum', 'noRule', 'pass']);
  });

  it.each(CASES.map(([name, c], i) => [name, i, c] as const))(
    '%s: the recalculated sheets give what the domain gives',
    async (_name, i, campaign) => {
      if (soffice === null)
        throw new Error('LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc');
      const json = path.join(dir, `votes-${i}.json`);
      await fs.writeFile(json, JSON.stringify(campaign));
      const file = path.join(dir, `votes-${i}.xlsx`);
      const init = await runCli(['init', file, '--campaign', json], dir);
      expect(init.stderr).toBe('');
      expect(init.code).toBe(0);
      const sheets = readWorkbook(await loadWorkbookFile(file)).sheets;
      const csv = async (name: string) =>
        parseCsv(
          await sheetAsCsv(
            soffice ?? '',
            profile,
            file,
            sheets.findIndex((sheet) => sheet.name === name) + 1,
            path.join(dir, `csv-${i}-${sheets.findIndex((sheet) => sheet.name === name)}`),
          ),
        );

      const council = await csv(SHEETS.council);
      const headerAt = council.findIndex((row) => row.includes(VOTE_HEADERS.candidate));
      const header = council[headerAt] ?? [];
      const from = header.indexOf(VOTE_HEADERS.candidate);
      const col = (h: string): number => header.indexOf(h, from);
      const sheetTally = council
        .slice(headerAt + 1)
        .filter((row) => (row[from] ?? '') !== '')
        .map((row) => {
          const share = row[col(VOTE_HEADERS.share)] ?? '';
          return { result: row[col(VOTE_HEADERS.result)] ?? '', share: share === '' ? null : Number(share) };
        });
      const domain = tallyVotes(campaign).map((r) => ({
        result: outcomeLabel(r.outcome),
        share: r.outcome === 'pass' || r.outcome === 'fail' || r.outcome === 'noQuorum' ? r.share : null,
      }));
      expect(sheetTally).toEqual(domain);

      const reviewAt = council.findIndex((row) => row.includes(REVIEW_HEADERS.combined));
      const reviewHeader = council[reviewAt] ?? [];
      const combinedAt = reviewHeader.indexOf(REVIEW_HEADERS.combined);
      const spreadAt = reviewHeader.indexOf(REVIEW_HEADERS.spread);
      const sheetReviews = council
        .slice(reviewAt + 1)
        .map((row) => [row[combinedAt] ?? '', row[spreadAt] ?? ''])
        .filter(([combinedCell]) => combinedCell !== '')
        .map(([combinedCell, spread]) => [
          combinedCell === 'Chờ sửa lỗi' ? 'held' : Number(combinedCell),
          spread === '' ? null : Number(spread),
        ]);
      const judged = combineReviews(campaign);
      const groups = new Map(judged.combined.map((g) => [g.unit, g]));
      const domainReviews = judged.rows.map((r, k) => {
        const group = groups.get(campaign.reviews?.[k]?.unit ?? '');
        return [group?.held === true ? 'held' : (group?.combined ?? null), r.spread];
      });
      expect(sheetReviews).toEqual(domainReviews);

      const rank = await runCli(['rank', file, '--json'], dir);
      const expected = Object.fromEntries(
        (JSON.parse(rank.stdout) as RankJson).clusters
          .flatMap((c) => c.units)
          .map((u) => [u.unit, { leading: u.leading, vote: u.vote !== null }]),
      );
      const scores = await csv(SHEETS.scores);
      const at = scores.findIndex(
        (row) => row.includes(SCORE_HEADERS.unit) && row.includes(SCORE_HEADERS.rank),
      );
      const h = scores[at] ?? [];
      const computed = Object.fromEntries(
        scores
          .slice(at + 1)
          .filter((row) => (row[h.indexOf(SCORE_HEADERS.unit)] ?? '') !== '')
          .map((row) => [
            row[h.indexOf(SCORE_HEADERS.unit)] ?? '',
            {
              leading: row[h.indexOf(SCORE_HEADERS.leading)] === 'x',
              vote: (row[h.indexOf(SCORE_HEADERS.vote)] ?? '') !== '',
            },
          ]),
      );
      expect(computed).toEqual(expected);
    },
  );
});
