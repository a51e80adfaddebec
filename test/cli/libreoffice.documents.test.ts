/**
 * The documents' formulas in a file the command line writes, evaluated by LibreOffice as an independent
 * engine: the award list (Đề nghị khen thưởng), the minutes of the council's meeting (Biên bản họp Hội
 * đồng) and a unit's registration list (Danh sách đăng ký), recalculated, give what the domain's
 * awardList, minutes and registrationList give.
 *
 * Without soffice this test fails; THIDUA_SKIP_LIBREOFFICE=1 skips it on purpose (see libreoffice.test.ts).
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SHEETS } from '../../src/domain/contract';
import { awardList, minutes, registrationList } from '../../src/domain/documents';
import type { Campaign, CouncilMember, VoteRow } from '../../src/domain/model';
import { presetById } from '../../src/domain/presets';
import { resolveRuleSet, voteRulesFor } from '../../src/domain/rules';
import {
  AWARD_LIST_HEADERS as A,
  MINUTES_MEMBER_HEADERS as M,
  MINUTES_VOTE_HEADERS as V,
  REGISTRATION_LIST_HEADERS as L,
} from '../../src/layout/headers';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { loadWorkbookFile } from '../../src/xlsx/workbookFile';
import { findSoffice, makeRecalculatingProfile, parseCsv, sheetAsCsv } from './libreoffice';
import { runCli } from './runCli';

const skip = process.env.THIDUA_SKIP_LIBREOFFICE === '1';
const describeLibreOffice = skip ? describe.skip : describe;

jest.setTimeout(600_000);

function council(): CouncilMember[] {
  const names = ['Trần Văn Chủ', 'Lê Thị Phó', 'Phạm Văn Ba', 'Ngô Thị Bốn', 'Đỗ Thị Thư'];
  const roles = ['Chủ tịch', 'Phó Chủ tịch', 'Ủy viên', 'Ủy viên', 'Thư ký'];
  return names.map((name, i) => ({ row: i + 1, name, role: roles[i] ?? '', present: i !== 3 }));
}

function campaignOf(): Campaign {
  const base = presetById('hcm-2018');
  if (base === undefined) throw new Error('no preset hcm-2018');
  const proposed = awardList(base);
  const [first, second] = proposed;
  if (first === undefined || second === undefined) throw new Error('too few proposals');
  const rules = voteRulesFor(resolveRuleSet(base));
  const extra = [first.title, second.title]
    .filter((t) => !rules.some((r) => r.title === t))
    .map((title) => ({
      title,
      quorum: 66.67,
      base: 'present' as const,
      threshold: 70,
      source: 'Hội đồng chọn',
    }));
  const votes: VoteRow[] = [
    { row: 1, candidate: first.unit, title: first.title, for: 4, against: 0, abstain: 0 },
    { row: 2, candidate: second.unit, title: second.title, for: 1, against: 3, abstain: 0 },
    { row: 3, candidate: 'Nguyễn Văn An', title: 'LDTT', for: 3, against: 1, abstain: 0 },
  ];
  return {
    ...base,
    place: 'Thành phố Hồ Chí Minh',
    meetingDate: '2018-12-05',
    meetingTime: '14 giờ 00',
    meetingPlace: 'Hội trường Sở Tư pháp',
    ballotKind: 'Bỏ phiếu kín',
    council: council(),
    voteRules: [...rules, ...extra],
    votes,
    registrations: base.registrations.map((r, i) =>
      r.person === '' ? r : { ...r, salutation: i % 2 === 0 ? 'Ông' : 'Bà' },
    ),
  };
}

/** The rows under the header row that holds `first`, as records, up to the first row without `key`. */
function tableRows(rows: string[][], first: string, key: string): Record<string, string>[] {
  const at = rows.findIndex((row) => row[0] === first && row.includes(key));
  const header = rows[at] ?? [];
  const out: Record<string, string>[] = [];
  for (const row of rows.slice(at + 1)) {
    if (!/^\d+$/.test(row[0] ?? '')) break;
    out.push(Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
  }
  return out;
}

const numberOrNull = (text: string | undefined): number | null =>
  text === undefined || text === '' ? null : Number(text);

describeLibreOffice('LibreOffice recalculation of the documents', () => {
  let dir: string;
  let soffice: string | null;
  let profile: string;
  let csv: (sheet: string) => Promise<string[][]>;
  const campaign = campaignOf();

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-lo-documents-'));
    soffice = await findSoffice();
    profile = await makeRecalculatingProfile(path.join(dir, 'profile'));
    const json = path.join(dir, 'campaign.json');
    await fs.writeFile(json, JSON.stringify(campaign));
    const file = path.join(dir, 'documents.xlsx');
    const init = await runCli(['init', file, '--campaign', json], dir);
    if (init.code !== 0) throw new Error(init.stderr);
    const sheets = readWorkbook(await loadWorkbookFile(file)).sheets;
    csv = async (name: string) => {
      const n = sheets.findIndex((sheet) => sheet.name === name) + 1;
      return parseCsv(await sheetAsCsv(soffice ?? '', profile, file, n, path.join(dir, `csv-${n}`)));
    };
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('finds soffice', () => {
    if (soffice === null)
      throw new Error('LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc');
  });

  it('lists the proposals by award with the council vote, as awardList does', async () => {
    const rows = tableRows(await csv(SHEETS.awardList), A.number, A.award).filter((r) => r[A.name] !== '');
    const expected = awardList(campaign);
    expect(expected.slice(0, 2).map((r) => r.vote)).toEqual(['Đạt', 'Không đạt']);
    expect(
      rows.map((r) => ({
        award: r[A.award],
        unit: r[A.unit],
        name: r[A.name],
        total: Number(r[A.total]),
        rank: Number(r[A.rank]),
        vote: r[A.vote],
        share: numberOrNull(r[A.share]),
      })),
    ).toEqual(expected.map(({ title: _title, ...row }) => row));
  });

  it('writes the minutes as minutes does: the numbered lines, the members, each vote', async () => {
    const sheet = await csv(SHEETS.minutes);
    const expected = minutes(campaign);
    const texts = sheet.flat();
    for (const line of expected.lines) expect(texts).toContain(line);
    expect(texts).toContain('Thành phố Hồ Chí Minh, ngày 5 tháng 12 năm 2018');
    const members = tableRows(sheet, M.number, M.attendance).map((r) => ({
      name: r[M.name],
      role: r[M.role],
      attendance: r[M.attendance],
    }));
    expect(members).toEqual(expected.members);
    const votes = tableRows(sheet, V.number, V.award).map((r) => ({
      candidate: r[V.name],
      award: r[V.award],
      for: numberOrNull(r[V.for]),
      share: numberOrNull(r[V.share]),
      result: r[V.result],
    }));
    expect(votes).toEqual(expected.votes);
  });

  it("lists the chosen unit's registrations as registrationList does", async () => {
    const sheet = await csv(SHEETS.registrationList);
    const unit = campaign.units.find((u) => campaign.registrations.some((r) => r.unit === u.code));
    if (unit === undefined) throw new Error('nobody registered');
    const expected = registrationList(campaign, unit.code);
    expect(expected.length).toBeGreaterThan(1);
    const rows = tableRows(sheet, L.number, L.salutation)
      .filter((r) => r[L.name] !== '')
      .map((r) => ({
        salutation: r[L.salutation],
        name: r[L.name],
        position: r[L.position],
        title: r[L.title],
        form: r[L.form],
      }));
    expect(rows).toEqual(expected);
  });
});
