// Step 2's award history of earlier years: real .xlsx files made by the command line's own writer, read
// in the pane by its reader, imported by the workflow into a workbook held by the memory host.
import { fireEvent, screen, within } from '@testing-library/react';
import type { Campaign } from '../../src/domain/model';
import { VN_2022 } from '../../src/domain/rules/vn2022';
import { createMemoryHost } from '../../src/memory';
import { createWorkbookActions, readBook, setUpCampaign } from '../../src/workflow';
import { createFileHost } from '../../src/xlsx/fileHost';
import { newWorkbook, workbookBytes } from '../../src/xlsx/workbookBytes';
import { historyCampaign } from '../domain/validate/fixtures/history';
import './support/consoleGuard';
import { openStep, renderPane } from './support/renderPane';

jest.setTimeout(180_000);

/** An earlier year's campaign workbook as the file the officer picks. */
async function campaignFile(campaign: Campaign, name: string): Promise<File> {
  const workbook = newWorkbook(campaign.name);
  const setUp = await setUpCampaign(createFileHost(workbook), campaign);
  expect(setUp.applied).toBe(true);
  return new File([new Uint8Array(await workbookBytes(workbook))], name);
}

async function thisYear() {
  const host = createMemoryHost();
  const setUp = await setUpCampaign(host, historyCampaign(VN_2022, 2024, 'CSTD_BO', []));
  expect(setUp.applied).toBe(true);
  return host;
}

async function openHistory(): Promise<void> {
  openStep(/Đăng ký/);
  fireEvent.click(await screen.findByText('Lịch sử khen thưởng các năm trước', { selector: 'summary' }));
}

function pick(files: File[]): void {
  fireEvent.change(screen.getByLabelText('Sổ thi đua các năm trước (.xlsx)'), { target: { files } });
}

async function importPicked(): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole('button', { name: 'Nhập vào lịch sử khen thưởng' }));
  return screen.findByRole('status', { name: 'Lịch sử khen thưởng các năm trước' }, { timeout: 60_000 });
}

describe('step 2, award history of earlier years', () => {
  it('imports earlier workbooks once: per file the year and rows added, the second time nothing', async () => {
    const host = await thisYear();
    const files = [
      await campaignFile(historyCampaign(VN_2022, 2022, 'CSTDCS', []), 'so-2022.xlsx'),
      await campaignFile(historyCampaign(VN_2022, 2023, 'CSTDCS', []), 'so-2023.xlsx'),
    ];
    await renderPane(createWorkbookActions(host));
    await openHistory();
    pick(files);
    expect(screen.getByText('Đã chọn 2 tệp:')).toBeTruthy();

    const first = await importPicked();
    expect(within(first).getByText(/^Đã thêm \d+ dòng vào trang "Lịch sử khen thưởng"/)).toBeTruthy();
    expect(
      within(first).getByText(/^"so-2022\.xlsx" \(năm 2022\): thêm [1-9]\d* dòng, 0 dòng đã có/),
    ).toBeTruthy();
    expect(
      within(first).getByText(/^"so-2023\.xlsx" \(năm 2023\): thêm [1-9]\d* dòng, 0 dòng đã có/),
    ).toBeTruthy();
    const history = readBook(await host.read()).campaign?.history ?? [];
    expect(history.filter((e) => e.person === 'Phạm Văn Bình').map((e) => e.year)).toEqual(
      expect.arrayContaining([2022, 2023]),
    );

    const second = await importPicked();
    expect(within(second).getByText('Sổ không đổi: không có dòng lịch sử mới.')).toBeTruthy();
    expect(
      within(second).getByText(/^"so-2022\.xlsx" \(năm 2022\): thêm 0 dòng, [1-9]\d* dòng đã có/),
    ).toBeTruthy();
    expect(readBook(await host.read()).campaign?.history).toEqual(history);
  });

  it('names the files it refuses and why, and imports the others', async () => {
    const host = await thisYear();
    const notCampaign = newWorkbook();
    notCampaign.addWorksheet('Bảng lương').getCell('A1').value = 'Họ và tên';
    const files = [
      new File([new Uint8Array(await workbookBytes(notCampaign))], 'bang-luong.xlsx'),
      new File(['không phải sổ'], 'ghi-chu.xlsx'),
      await campaignFile(historyCampaign(VN_2022, 2025, 'CSTDCS', []), 'so-2025.xlsx'),
      await campaignFile(historyCampaign(VN_2022, 2023, 'CSTDCS', []), 'so-2023.xlsx'),
    ];
    await renderPane(createWorkbookActions(host));
    await openHistory();
    pick(files);
    const outcome = await importPicked();
    expect(
      within(outcome).getByText(/^Không nhập "bang-luong\.xlsx": tệp không phải sổ thi đua/),
    ).toBeTruthy();
    expect(
      within(outcome).getByText(/^Không nhập "ghi-chu\.xlsx": tệp không phải sổ Excel \.xlsx hoặc đã hỏng/),
    ).toBeTruthy();
    expect(
      within(outcome).getByText(
        'Không nhập "so-2025.xlsx": tệp là phong trào năm 2025, không phải năm trước năm 2024.',
      ),
    ).toBeTruthy();
    expect(within(outcome).getByText(/^"so-2023\.xlsx" \(năm 2023\): thêm [1-9]\d* dòng/)).toBeTruthy();
    const years = (readBook(await host.read()).campaign?.history ?? []).map((e) => e.year);
    expect(new Set(years)).toEqual(new Set([2023]));
  });

  it('imports nothing without a workbook connected', async () => {
    await renderPane();
    await openHistory();
    expect(
      screen.getByRole<HTMLButtonElement>('button', { name: 'Nhập vào lịch sử khen thưởng' }).disabled,
    ).toBe(true);
  });
});
