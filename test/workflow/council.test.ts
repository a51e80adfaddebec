// The council stage of the workflow: attendance, the tally grouped by title, the issues placed on cells.
import { SHEETS } from '../../src/domain/contract';
import { readBook, councilCheck } from '../../src/workflow';
import { campaignWith, cluster, title } from '../domain/rank/rankBuilders';
import { hostWith } from '../memory/evaluationHelpers';

const campaign = campaignWith({
  clusters: [cluster('C1')],
  titles: [title('LDTT', { name: 'Lao động tiên tiến' })],
  council: Array.from({ length: 5 }, (_, i) => ({
    row: i + 1,
    name: `TV ${i + 1}`,
    role: 'Ủy viên',
    present: i < 4,
  })),
  voteRules: [{ title: 'LDTT', quorum: 66.67, base: 'present', threshold: 70, source: 'Quy chế' }],
  votes: [
    { row: 1, candidate: 'Nguyễn Văn An', title: 'LDTT', for: 3, against: 1, abstain: 0 },
    { row: 2, candidate: 'Trần Thị Bình', title: 'LDTT', for: 3, against: 2, abstain: 0 },
    { row: 3, candidate: 'Lê Văn Cường', title: 'LDTT', for: null, against: null, abstain: null },
  ],
});

describe('councilCheck', () => {
  it('tallies the votes by title and places a count above the members present on its cell', async () => {
    const data = (await hostWith(campaign)).exportWorkbookData();
    const check = councilCheck(readBook(data));
    expect(check.attendance).toEqual({ members: 5, present: 4 });
    expect(check.titles.map((t) => [t.name, t.results.map((r) => [r.candidate, r.label])])).toEqual([
      [
        'Lao động tiên tiến',
        [
          ['Nguyễn Văn An', 'Đạt'],
          ['Trần Thị Bình', 'Chờ sửa lỗi'],
        ],
      ],
    ]);
    expect(check.issues.map((i) => [i.code, i.sheet])).toEqual([
      ['VOTE_COUNT_ABOVE_PRESENT', SHEETS.council],
    ]);
    expect(check.counts.errors).toBe(1);
  });
});
