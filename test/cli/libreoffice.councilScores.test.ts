/**
 * The council members' combined scores in the ranking, in files the command line writes, recalculated by
 * LibreOffice as an independent engine: for each way of combining, with a recused member, a unit held by
 * a members' row that cannot be and a blank typed point the council's score stands for, every unit's
 * points as they count (`Điểm tính`), total, status and rank are the domain's, and `Giải thích` is what
 * HyperFormula computes, naming how many members' scores count.
 *
 * Without soffice this test fails; THIDUA_SKIP_LIBREOFFICE=1 skips it on purpose (see libreoffice.test.ts).
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SCORE_HEADERS, SHEETS, TABLES } from '../../src/domain/contract';
import type { Campaign, ReviewMethod } from '../../src/domain/model';
import { rankCampaign } from '../../src/domain/rank';
import { criterionPoints, scoringContext } from '../../src/domain/scoring';
import { councilPointsHeader } from '../../src/layout/headers';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { loadWorkbookFile } from '../../src/xlsx/workbookFile';
import { campaignWith, cluster, criterion, score, unit } from '../domain/rank/rankBuilders';
import { hostWith, records } from '../memory/evaluationHelpers';
import { findSoffice, makeRecalculatingProfile, parseCsv, sheetAsCsv } from './libreoffice';
import { runCli } from './runCli';

const skip = process.env.THIDUA_SKIP_LIBREOFFICE === '1';
const describeLibreOffice = skip ? describe.skip : describe;

jest.setTimeout(600_000);

const MEMBERS = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung'];

/** Two clusters, a heading with two parts, a criterion at the top and a bonus; members score four units. */
function councilCampaign(method: ReviewMethod): Campaign {
  const review = (member: number, u: string, c: string, points: number | null) => ({
    member: MEMBERS[member] ?? `Thành viên ${member + 1}`,
    unit: u,
    criterion: c,
    score: points,
  });
  const rows = [
    review(0, 'U1', 'I.1', 18),
    review(1, 'U1', 'I.1', 19.5),
    review(2, 'U1', 'I.1', 12),
    review(3, 'U1', 'I.1', 20),
    review(0, 'U1', 'II', 33.25),
    review(1, 'U1', 'II', 30),
    // Recused for U2: never counted.
    review(3, 'U2', 'I.1', 2),
    review(0, 'U2', 'I.1', 15),
    review(1, 'U2', 'I.1', 16),
    // U3 left I.2 blank: the council's score stands for it.
    review(0, 'U3', 'I.2', 7),
    review(2, 'U3', 'I.2', 8),
    review(1, 'U3', 'II', null),
    // U4: someone not on the council — held until fixed.
    review(4, 'U4', 'II', 30),
    review(0, 'U5', 'T', 3),
  ];
  return campaignWith({
    clusters: [cluster('C1', 'Cụm 1'), cluster('C2', 'Cụm 2')],
    units: [unit('U1', 'C1'), unit('U2', 'C1'), unit('U3', 'C1'), unit('U4', 'C2'), unit('U5', 'C2')],
    criteria: [
      { ...criterion('I', 'I'), max: 30, groupName: 'Công tác chuyên môn' },
      { ...criterion('I.1', 'I'), max: 20, parent: 'I' },
      { ...criterion('I.2', 'I'), max: 10, parent: 'I' },
      { ...criterion('II', 'II'), max: 40 },
      { ...criterion('T', 'T', 'bonus'), max: 5 },
    ],
    scores: [
      score('U1', { 'I.1': 17, 'I.2': 9, II: 31, T: 1 }),
      score('U2', { 'I.1': 18, 'I.2': 8, II: 30, T: 0 }),
      score('U3', { 'I.1': 16, 'I.2': null, II: 35, T: 2 }),
      score('U4', { 'I.1': 15, 'I.2': 5, II: 20, T: 0 }),
      score('U5', { 'I.1': 19, 'I.2': 9, II: 36, T: 0 }),
    ],
    council: MEMBERS.map((name, i) => ({ row: i + 1, name, role: 'Ủy viên', present: true })),
    reviews: rows.map((r, i) => ({ ...r, row: i + 1 })),
    recusals: [{ row: 1, member: MEMBERS[3] ?? '', unit: 'U2', reason: 'Người thân công tác tại đơn vị' }],
    settings: { selfReviewGap: 5, precision: 2, registrationCheck: 'off', reviewMethod: method },
  });
}

const METHODS: ReviewMethod[] = ['mean', 'median', 'trimmed'];

describeLibreOffice('LibreOffice recalculation of the council’s scores in the ranking', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-lo-council-'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it.each(METHODS)('%s: points, totals, status, ranks and explanations are the domain’s', async (method) => {
    const soffice = await findSoffice();
    if (soffice === null)
      throw new Error('LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc');
    const profile = await makeRecalculatingProfile(path.join(dir, `profile-${method}`));
    const campaign = councilCampaign(method);
    const json = path.join(dir, `${method}.json`);
    await fs.writeFile(json, JSON.stringify(campaign));
    const file = path.join(dir, `${method}.xlsx`);
    const init = await runCli(['init', file, '--campaign', json], dir);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);

    const sheets = readWorkbook(await loadWorkbookFile(file)).sheets;
    const sheetNumber = sheets.findIndex((sheet) => sheet.name === SHEETS.scores) + 1;
    const rows = parseCsv(
      await sheetAsCsv(soffice, profile, file, sheetNumber, path.join(dir, `csv-${method}`)),
    );
    const headerAt = rows.findIndex(
      (row) => row.includes(SCORE_HEADERS.unit) && row.includes(SCORE_HEADERS.explanation),
    );
    const header = rows[headerAt] ?? [];
    const cell = (row: string[], h: string): string => row[header.indexOf(h)] ?? '';
    const numberOrNull = (text: string): number | null => (text === '' ? null : Number(text));
    const context = scoringContext(campaign);
    const sheet: Record<string, unknown> = {};
    for (const row of rows.slice(headerAt + 1)) {
      const code = cell(row, SCORE_HEADERS.unit);
      if (code === '') continue;
      sheet[code] = {
        points: context.tree.leaves.map((leaf) => numberOrNull(cell(row, councilPointsHeader(leaf.code)))),
        total: numberOrNull(cell(row, SCORE_HEADERS.total)),
        held: cell(row, SCORE_HEADERS.status) === 'Chờ sửa lỗi',
        rank: numberOrNull(cell(row, SCORE_HEADERS.rank)),
        explanation: cell(row, SCORE_HEADERS.explanation),
      };
    }

    const hyperFormula = new Map(
      records((await hostWith(campaign)).exportWorkbookData(), TABLES.scores).map((r) => [
        String(r[SCORE_HEADERS.unit]),
        String(r[SCORE_HEADERS.explanation] ?? ''),
      ]),
    );
    const domain: Record<string, unknown> = {};
    for (const u of rankCampaign(campaign).flatMap((c) => c.units)) {
      const row = campaign.scores.find((s) => s.unit === u.unit);
      if (row === undefined) continue;
      const points = criterionPoints(context, row);
      domain[u.unit] = {
        points: context.tree.leaves.map((leaf) => points.get(leaf.code) ?? null),
        total: u.total,
        held: u.status === 'held',
        rank: u.rank,
        explanation: hyperFormula.get(u.unit),
      };
    }
    expect(sheet).toEqual(domain);
    // The council's score counted: U1 from four members, U2 from two (the recused member left out).
    expect(String((sheet.U1 as { explanation: string }).explanation)).toContain(
      'điểm kết hợp của 4 thành viên Hội đồng',
    );
    expect(String((sheet.U2 as { explanation: string }).explanation)).toContain(
      'điểm kết hợp của 2 thành viên Hội đồng',
    );
    expect((sheet.U4 as { held: boolean }).held).toBe(true);
    expect((sheet.U3 as { held: boolean }).held).toBe(false);
  });
});
