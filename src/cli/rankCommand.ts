/**
 * `thidua rank <book.xlsx> [--json]`: the ranking of every cluster, computed by the domain from the
 * scores typed in the workbook (never from the workbook's cached formula results, which a file written
 * without Excel does not have and which may be stale).
 */
import type { Issue } from '../domain/model';
import type { ClusterRanking } from '../domain/rank';
import { candidateVotes, heldUnits, rankBook, type CandidateVote } from '../workflow';
import type { Command } from './command';
import { EXIT } from './cliError';
import { formatNumber } from './formatNumber';
import { openCampaignBook } from './openCampaignBook';
import { resolvePath } from './resolvePath';
import { textTable } from './textTable';

/** A unit as `rank --json` prints it. */
export interface RankUnitJson {
  unit: string;
  name: string;
  /** Rounded total, null when the unit is not scored. */
  total: number | null;
  /** Rank within the cluster, null when the unit is not scored. */
  rank: number | null;
  tied: boolean;
  leading: boolean;
  /** Proposed award; empty for none. */
  proposal: string;
  /** `ranked`; `unscored`; `held` (a score error: no rank until fixed); `excluded` (a rule: Không xét). */
  status: string;
  /** Why, in words with the numbers: the held or excluded unit's reason, else the proposal's. */
  reason: string;
  /** The band the unit gets, or null. */
  band: string | null;
  /** Why the council must vote: `flag` (tied for the flag), `quota` (tied on a band's last place), or null. */
  vote: string | null;
}

/** A council's vote on one candidate and title, as `rank --json` prints it: the workflow's, without its row and outcome code. */
export type RankVoteJson = Omit<CandidateVote, 'row' | 'outcome'>;

/** What `rank --json` prints. */
export interface RankJson {
  clusters: { cluster: string; name: string; units: RankUnitJson[] }[];
  /** The council's votes, in the order of the Votes table; rows without a count left out. */
  votes: RankVoteJson[];
}

/**
 * The JSON form of the rankings.
 * @param rankings - rankings from `rankCampaign`
 * @param votes - the council's votes (`candidateVotes`)
 * @returns the `rank --json` document
 */
export function rankJson(
  rankings: readonly ClusterRanking[],
  votes: readonly CandidateVote[] = [],
): RankJson {
  return {
    clusters: rankings.map((cluster) => ({
      cluster: cluster.cluster,
      name: cluster.name,
      units: cluster.units.map((u) => ({
        unit: u.unit,
        name: u.name,
        total: u.total,
        rank: u.rank,
        tied: u.tied,
        leading: u.leading,
        proposal: u.proposal,
        status: u.status,
        reason: u.statusReason || u.reason,
        band: u.band,
        vote: u.vote,
      })),
    })),
    votes: votes.map((v) => ({
      candidate: v.candidate,
      title: v.title,
      titleName: v.titleName,
      result: v.result,
      for: v.for,
      against: v.against,
      abstain: v.abstain,
      members: v.members,
      present: v.present,
      share: v.share,
      reason: v.reason,
    })),
  };
}

/** The `rank` command. */
export const rankCommand: Command = {
  name: 'rank',
  summary: 'Xếp hạng các đơn vị trong từng cụm, đơn vị dẫn đầu và đề nghị khen thưởng.',
  usage: 'thidua rank <book.xlsx> [--json]',
  help: [
    'Tính tổng điểm, xếp hạng trong cụm (kể cả tiêu chí phụ khi bằng điểm), đơn vị dẫn đầu và đề nghị',
    'khen thưởng từ điểm đã nhập trong sổ. Đơn vị chưa chấm không có hạng.',
    '',
    'Tuỳ chọn:',
    '  --json      in dạng JSON: {"clusters": [{"cluster", "name", "units": [{"unit", "name", "total",',
    '              "rank", "tied", "leading", "proposal", "status", "reason", "band", "vote"}]}],',
    '              "votes": [{"candidate", "title", "titleName", "result", "for", "against", "abstain",',
    '              "members", "present", "share", "reason"}]};',
    '              "total" là null khi chưa chấm, "rank" là null khi chưa chấm, chờ sửa lỗi hoặc không xét',
    '',
    'Mã thoát: 0 xong; 1 khi có đơn vị chờ sửa lỗi điểm (chưa có hạng, chưa đề nghị); 2 không đọc được tệp.',
    '  -h, --help  xem hướng dẫn này',
  ].join('\n'),
  args: { command: 'rank', positionals: ['book.xlsx'], flags: { json: [] }, options: {} },
  async run(args, io) {
    const shown = args.positionals[0] ?? '';
    const book = await openCampaignBook(resolvePath(io.cwd, shown), shown);
    const { rankings } = rankBook(book);
    warnAboutData(shown, book.readIssues, io.stderr);
    if (args.flags.has('json')) {
      io.stdout.write(`${JSON.stringify(rankJson(rankings, candidateVotes(book)), null, 2)}\n`);
    } else {
      io.stdout.write(rankingText(rankings));
    }
    return heldResults(shown, rankings, io.stderr);
  },
};

/**
 * The rankings as text: one table per cluster.
 * @param rankings - rankings from `rankCampaign`
 * @returns the text
 */
export function rankingText(rankings: readonly ClusterRanking[]): string {
  return rankings
    .map((cluster) => {
      const scored = cluster.units.filter((u) => u.total !== null).length;
      const head = `${cluster.name} (${cluster.cluster}): ${cluster.units.length} đơn vị, ${scored} đã chấm điểm\n`;
      const rows = cluster.units.map((u) => [
        u.rank === null ? '–' : `${u.rank}${u.tied ? '=' : ''}`,
        u.unit,
        u.name,
        u.total === null ? 'chưa chấm' : formatNumber(u.total),
        [
          u.statusReason,
          u.band === null ? '' : `Hạng ${u.band}`,
          u.leading ? 'Dẫn đầu' : '',
          u.tied ? 'Đồng hạng' : '',
          u.vote === null ? '' : 'Cần bỏ phiếu',
        ]
          .filter(Boolean)
          .join(', '),
        u.proposal,
      ]);
      return (
        head +
        textTable(
          [
            { header: 'Hạng', align: 'right' },
            { header: 'Mã' },
            { header: 'Tên đơn vị', maxWidth: 48 },
            { header: 'Tổng điểm', align: 'right' },
            { header: 'Ghi chú' },
            { header: 'Đề nghị' },
          ],
          rows,
        )
      );
    })
    .join('\n');
}

/**
 * Says which units' results are held by a score error, and the exit code: results shown on wrong input
 * are not results, so a ranking with held units is not done (exit 1).
 * @param shown - the workbook as the officer named it
 * @param rankings - the rankings
 * @param stderr - where to say it
 * @returns {@link EXIT.errorsFound} while a unit is held, else {@link EXIT.ok}
 */
export function heldResults(
  shown: string,
  rankings: readonly ClusterRanking[],
  stderr: { write(text: string): unknown },
): number {
  const held = heldUnits(rankings);
  if (held.length === 0) return EXIT.ok;
  stderr.write(
    `Sổ "${shown}": ${held.length} đơn vị chờ sửa lỗi điểm, chưa xếp hạng, chưa đề nghị (${held
      .slice(0, 3)
      .map((u) => u.name)
      .join('; ')}${held.length > 3 ? '; …' : ''}). Chạy "thidua check" để xem các ô cần sửa.\n`,
  );
  return EXIT.errorsFound;
}

function warnAboutData(
  shown: string,
  issues: readonly Issue[],
  stderr: { write(text: string): unknown },
): void {
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  if (errors > 0) {
    stderr.write(
      `Lưu ý: sổ "${shown}" có ${errors} ô không đọc được; các ô đó được coi là trống. Chạy "thidua check" để xem.\n`,
    );
  }
}
