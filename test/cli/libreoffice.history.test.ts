/**
 * The award history from earlier years' workbooks that LibreOffice saved: an officer keeps last year's
 * campaign file in LibreOffice Calc (which rewrites tables, numbers and text its own way), and this
 * year's workbook too. Importing those files adds the same rows as importing the files as set up, and
 * the condition on earlier years is then met. LibreOffice is a test dependency, as for the other
 * LibreOffice tests (THIDUA_SKIP_LIBREOFFICE=1 skips it on purpose).
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Campaign } from '../../src/domain/model';
import { VN_2022 } from '../../src/domain/rules/vn2022';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { loadWorkbookFile } from '../../src/xlsx/workbookFile';
import { historyCampaign } from '../domain/validate/fixtures/history';
import { findSoffice, makeRecalculatingProfile, resaveAsXlsx } from './libreoffice';
import { runCli } from './runCli';

const skip = process.env.THIDUA_SKIP_LIBREOFFICE === '1';
const describeLibreOffice = skip ? describe.skip : describe;

jest.setTimeout(600_000);

describeLibreOffice('importing the award history from workbooks LibreOffice saved', () => {
  let dir: string;
  let soffice: string | null;
  let profile: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-lo-history-'));
    soffice = await findSoffice();
    profile = await makeRecalculatingProfile(path.join(dir, 'profile'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  async function initBook(folder: string, name: string, campaign: Campaign): Promise<void> {
    await fs.mkdir(folder, { recursive: true });
    await fs.writeFile(path.join(folder, `${name}.json`), JSON.stringify(campaign));
    const init = await runCli(['init', name, '--campaign', `${name}.json`], folder);
    if (init.code !== 0) throw new Error(init.stdout + init.stderr);
  }

  const historyRows = async (file: string) =>
    readWorkbook(await loadWorkbookFile(file)).tables.History?.rows ?? [];

  it('adds from LibreOffice files what it adds from the files as set up, and the CSTĐ bộ then passes', async () => {
    if (soffice === null)
      throw new Error('LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc');
    const own = path.join(dir, 'own');
    const calc = path.join(dir, 'calc');
    await initBook(own, '2024.xlsx', historyCampaign(VN_2022, 2024, 'CSTD_BO', []));
    await initBook(own, '2022.xlsx', historyCampaign(VN_2022, 2022, 'CSTDCS', []));
    await initBook(own, '2023.xlsx', historyCampaign(VN_2022, 2023, 'CSTDCS', []));
    for (const name of ['2024.xlsx', '2022.xlsx', '2023.xlsx']) {
      await resaveAsXlsx(soffice, profile, path.join(own, name), calc);
    }

    const before = await runCli(['check', '2024.xlsx', '--json'], calc);
    expect(before.stdout).toContain('PREREQUISITE_PAST_RUN');

    const fromCalc = await runCli(['history', 'import', '2024.xlsx', '2022.xlsx', '2023.xlsx'], calc);
    expect(fromCalc.stderr).toBe('');
    expect(fromCalc.code).toBe(0);
    expect(fromCalc.stdout).toContain('"2022.xlsx" (năm 2022): thêm');
    const fromOwn = await runCli(['history', 'import', '2024.xlsx', '2022.xlsx', '2023.xlsx'], own);
    expect(fromOwn.code).toBe(0);

    const added = await historyRows(path.join(calc, '2024.xlsx'));
    expect(added.length).toBeGreaterThan(0);
    expect(added).toEqual(await historyRows(path.join(own, '2024.xlsx')));

    // The files as set up give nothing the LibreOffice files did not.
    const again = await runCli(
      ['history', 'import', '2024.xlsx', path.join(own, '2022.xlsx'), path.join(own, '2023.xlsx')],
      calc,
    );
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^Sổ "2024.xlsx" không đổi: không có dòng lịch sử mới./);

    const after = await runCli(['check', '2024.xlsx'], calc);
    expect(after.stdout).not.toContain('lịch sử khen thưởng không có năm');
    expect(after.stdout).toContain(
      'Phạm Văn Bình đạt "Chiến sĩ thi đua cơ sở" (CSTDCS) 3 năm liên tục: 2022',
    );
  });
});
