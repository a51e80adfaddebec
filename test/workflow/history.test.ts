/**
 * @jest-environment node
 */
// Earlier years' workbooks brought into this year's award history: what is added, that nothing typed is
// lost, that a second import adds nothing, and that the conditions on earlier years then read it.
import * as Xlsx from '../../src/xlsx/library';
import { HISTORY_HEADERS, TABLES } from '../../src/domain/contract';
import type { Campaign } from '../../src/domain/model';
import { findTable } from '../../src/domain/read';
import { VN_2022 } from '../../src/domain/rules/vn2022';
import { validateRegistrations } from '../../src/domain/validate';
import { createWorkbookActions, importEarlierYears, readBook, setUpCampaign } from '../../src/workflow';
import { createFileHost } from '../../src/xlsx/fileHost';
import { historyCampaign } from '../domain/validate/fixtures/history';

jest.setTimeout(120_000);

async function setUpFile(campaign: Campaign): Promise<Xlsx.Workbook> {
  const workbook = new Xlsx.Workbook();
  const result = await setUpCampaign(createFileHost(workbook), campaign);
  expect(result.applied).toBe(true);
  return workbook;
}

async function earlier(year: number, label: string) {
  const workbook = await setUpFile(historyCampaign(VN_2022, year, 'CSTDCS', []));
  const host = createFileHost(workbook);
  return { label, read: () => host.read() };
}

const pastRunIssues = (campaign: Campaign | null) =>
  campaign === null
    ? ['no campaign']
    : validateRegistrations(campaign).filter((i) => i.code === 'PREREQUISITE_PAST_RUN');

describe('importing earlier years into the award history', () => {
  it('adds the earlier years, meets the condition with them, and adds nothing the second time', async () => {
    const workbook = await setUpFile(historyCampaign(VN_2022, 2024, 'CSTD_BO', []));
    const host = createFileHost(workbook);
    expect(pastRunIssues(readBook(await host.read()).campaign)).toHaveLength(1);

    // A row the officer typed before: kept, first, as typed.
    const typed = [2021, 'Cá nhân', 'U3', 'Phạm Văn Bình', null, 'CSTDCS', '7/QĐ-STP', null];
    await host.writeRows?.([
      { table: TABLES.history, headers: Object.values(HISTORY_HEADERS), rows: [typed] },
    ]);

    const books = [await earlier(2022, 'so-2022.xlsx'), await earlier(2023, 'so-2023.xlsx')];
    const first = await importEarlierYears(host, books);
    expect(first.refusal).toEqual([]);
    expect(first.written).toBe(true);
    expect(first.books.map((b) => (b.accepted ? [b.label, b.year] : b.label))).toEqual([
      ['so-2022.xlsx', 2022],
      ['so-2023.xlsx', 2023],
    ]);
    const after = readBook(await host.read()).campaign;
    expect(after?.history?.length).toBe(first.added + 1);
    expect(findTable(await host.read(), TABLES.history)?.rows[0]).toEqual(typed);
    expect(
      after?.history?.some((e) => e.person === 'Phạm Văn Bình' && e.year === 2022 && e.title === 'CSTDCS'),
    ).toBe(true);
    // A registration is not a decision: the number is left for the officer.
    expect(after?.history?.filter((e) => e.decision !== '').map((e) => e.decision)).toEqual(['7/QĐ-STP']);
    expect(pastRunIssues(after)).toEqual([]);
    // The registration check the pane shows now says why the CSTĐ bộ passes, year by year.
    const checked = await createWorkbookActions(host).checkRegistrations();
    expect(checked.met.map((m) => m.vi)).toEqual([
      'Phạm Văn Bình đạt "Chiến sĩ thi đua cơ sở" (CSTDCS) 3 năm liên tục: 2022 (lịch sử khen thưởng, dòng 13), 2023 (lịch sử khen thưởng, dòng 27), 2024 (đăng ký năm nay).',
    ]);

    const rowsBefore = findTable(await host.read(), TABLES.history)?.rows;
    const second = await importEarlierYears(host, books);
    expect(second.added).toBe(0);
    expect(second.written).toBe(false);
    expect(second.books.every((b) => b.accepted && b.added.length === 0 && b.alreadyThere > 0)).toBe(true);
    expect(findTable(await host.read(), TABLES.history)?.rows).toEqual(rowsBefore);
  });

  it('refuses a workbook of the same year, and imports the others', async () => {
    const workbook = await setUpFile(historyCampaign(VN_2022, 2024, 'CSTD_BO', []));
    const host = createFileHost(workbook);
    const result = await importEarlierYears(host, [
      await earlier(2024, 'cung-nam.xlsx'),
      await earlier(2023, 'so-2023.xlsx'),
    ]);
    expect(result.books[0]).toMatchObject({ label: 'cung-nam.xlsx', accepted: false });
    expect(result.books[0]?.accepted === false && result.books[0].reason).toContain('năm 2024');
    expect(result.books[1]).toMatchObject({ label: 'so-2023.xlsx', accepted: true, year: 2023 });
    expect(result.added).toBeGreaterThan(0);
  });
});
