/**
 * The command line's workbooks on paper: every seed scenario is set up with `thidua init`, printed with
 * `thidua print` (LibreOffice, recalculated) and the PDF read back page by page with poppler:
 * every page is A4 and holds its text within the page width; the body text is at least 8 pt; no helper
 * column of the scoring sheets is printed; the scoring sheet heads the criteria by their names; the
 * summary and each document the council signs (Đề nghị khen thưởng, Biên bản họp Hội đồng, Danh sách
 * đăng ký) carry the national heading, the title and the signature block, each printed page by page
 * with the same checks and without its helper columns. The pages are kept as PNG under
 * test-results/print/ for a person to look at.
 *
 * Text size: pdftotext gives each word's box, whose height is the font's line height times the printed
 * size. The ratio is measured on a workbook printed at 100 % in the workbook's own 11 pt font, so the
 * check holds whatever font LibreOffice substitutes.
 *
 * LibreOffice and poppler are test dependencies (scripts/system-tools.js). Without soffice this test
 * fails; THIDUA_SKIP_LIBREOFFICE=1 skips it on purpose.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SHEETS } from '../../src/domain/contract';
import { awardList } from '../../src/domain/documents';
import { PRESET_IDS } from '../../src/domain/presets';
import { findSoffice, workbookToPdf } from '../../src/cli/libreOffice';
import {
  AWARD_LIST_HEADERS,
  MINUTES_VOTE_HEADERS,
  REGISTRATION_LIST_HEADERS,
  SCORE_HELPER_HEADERS,
} from '../../src/layout/headers';
import { presetById } from '../../src/domain/presets';
import { Workbook } from '../../src/xlsx/library';
import { saveWorkbookFile } from '../../src/xlsx/workbookFile';
import { median, pdfToPngs, pdfWordPages, removeFiles, type PdfPage } from './pdfPages';
import { runCli } from './runCli';

const skip = process.env.THIDUA_SKIP_LIBREOFFICE === '1';
const describeLibreOffice = skip ? describe.skip : describe;

jest.setTimeout(600_000);

const A4 = { short: 595.3, long: 841.9 };
const MIN_POINTS = 8;
const PNG_DIR = path.join(__dirname, '..', '..', 'test-results', 'print');

/** Helper columns whose headers say nothing else anywhere in a workbook. */
const HELPERS_ANYWHERE = [
  SCORE_HELPER_HEADERS.catalogueIndex,
  SCORE_HELPER_HEADERS.hasProposal,
  SCORE_HELPER_HEADERS.proposalOrdinal,
  SCORE_HELPER_HEADERS.rankedTotal,
  SCORE_HELPER_HEADERS.flagCandidate,
];

/** Each document sheet: its title, who signs it, and the helper columns that must stay off the paper. */
const DOCUMENTS: { sheet: string; title: string; signers: (id: string) => string[]; helpers: string[] }[] = [
  {
    sheet: SHEETS.awardList,
    title: 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG',
    signers: (id) => [(presetById(id)?.signerTitle ?? 'Thủ trưởng đơn vị').toUpperCase()],
    helpers: [AWARD_LIST_HEADERS.key, AWARD_LIST_HEADERS.row, AWARD_LIST_HEADERS.title],
  },
  {
    sheet: SHEETS.minutes,
    title: 'BIÊN BẢN HỌP HỘI ĐỒNG THI ĐUA, KHEN THƯỞNG',
    signers: () => ['CHỦ TỊCH HỘI ĐỒNG', 'THƯ KÝ'],
    helpers: [MINUTES_VOTE_HEADERS.candidate, MINUTES_VOTE_HEADERS.title],
  },
  {
    sheet: SHEETS.registrationList,
    title: 'DANH SÁCH ĐĂNG KÝ THI ĐUA',
    signers: () => ['THỦ TRƯỞNG ĐƠN VỊ'],
    helpers: [REGISTRATION_LIST_HEADERS.row, REGISTRATION_LIST_HEADERS.code, 'Chọn mã đơn vị'],
  },
];

/** A file name from a sheet name: no marks, lower case, words joined by dashes. */
function slug(sheet: string): string {
  return sheet
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
}

function isA4(page: PdfPage): boolean {
  const [short, long] = [Math.min(page.width, page.height), Math.max(page.width, page.height)];
  return Math.abs(short - A4.short) < 1 && Math.abs(long - A4.long) < 1;
}

/** Words whose box runs past the page's edges (cut off on paper). */
function outside(page: PdfPage): string[] {
  return page.words.filter((w) => w.xMin < 0 || w.xMax > page.width).map((w) => w.text);
}

describeLibreOffice('printing the set-up workbooks with LibreOffice', () => {
  let dir: string;
  let soffice: string | null;
  /** Height of a word's box per point of printed text size. */
  let heightPerPoint = 0;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-print-'));
    soffice = await findSoffice(process.env.PATH);
    if (soffice === null) return;
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Mẫu');
    sheet.getCell('A1').value = 'Mẫu chữ cỡ mười một điểm';
    sheet.getCell('A1').font = { name: 'Calibri', family: 2, size: 11 };
    sheet.pageSetup = { ...sheet.pageSetup, paperSize: 9, fitToPage: false, scale: 100 };
    const sample = path.join(dir, 'sample.xlsx');
    await saveWorkbookFile(workbook, sample);
    const pdf = path.join(dir, 'sample.pdf');
    await fs.writeFile(pdf, await workbookToPdf(soffice, sample));
    const words = (await pdfWordPages(pdf)).flatMap((p) => p.words);
    heightPerPoint = median(words.map((w) => w.yMax - w.yMin)) / 11;
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('finds soffice on PATH and measures printed text', () => {
    if (soffice === null) {
      throw new Error(
        'LibreOffice (soffice) is not installed: install it with "apt-get install -y libreoffice-calc", ' +
          'or set THIDUA_SKIP_LIBREOFFICE=1 to skip this test on purpose.',
      );
    }
    expect(heightPerPoint).toBeGreaterThan(0.9);
    expect(heightPerPoint).toBeLessThan(2);
  });

  async function printed(id: string, sheet: string | null): Promise<PdfPage[]> {
    const book = path.join(dir, `${id}.xlsx`);
    await fs.access(book).catch(async () => {
      const init = await runCli(['init', book, '--scenario', id], dir);
      expect(init.code).toBe(0);
    });
    const label = sheet === null ? 'so' : slug(sheet);
    const pdf = path.join(dir, `${id}-${label}.pdf`);
    const run = await runCli(['print', book, '-o', pdf, ...(sheet === null ? [] : ['--sheet', sheet])], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const folder = path.join(PNG_DIR, id);
    await removeFiles(folder, label);
    await pdfToPngs(pdf, path.join(folder, label));
    return pdfWordPages(pdf);
  }

  /** Every page A4, its text within the page's width at 8 pt or more, none of the helpers on it. */
  function expectReadable(label: string, pages: readonly PdfPage[], helpers: readonly string[]): void {
    pages.forEach((page, i) => {
      const where = `${label}, page ${i + 1}`;
      expect({ where, a4: isA4(page) }).toEqual({ where, a4: true });
      expect({ where, cut: outside(page) }).toEqual({ where, cut: [] });
      if (page.words.length === 0) return;
      const smallest = Math.min(...page.words.map((w) => (w.yMax - w.yMin) / heightPerPoint));
      expect({ where, readable: smallest >= MIN_POINTS - 0.1, smallest }).toMatchObject({
        where,
        readable: true,
      });
      for (const helper of helpers)
        expect({ where, helper: page.text.includes(helper) }).toEqual({ where, helper: false });
    });
  }

  it.each([...PRESET_IDS])(
    '%s: every page is A4, holds its text within the page width at 8 pt or more, and shows no helper column',
    async (id) => {
      const pages = await printed(id, null);
      expect(pages.length).toBeGreaterThan(5);
      expectReadable(id, pages, HELPERS_ANYWHERE);
    },
  );

  it.each([...PRESET_IDS])(
    '%s: the scoring sheet prints the unit and its results on every page, no helper column',
    async (id) => {
      const pages = await printed(id, SHEETS.scores);
      expect(pages.length).toBeGreaterThan(0);
      const text = pages.map((p) => p.text).join(' ');
      expect(text).toContain('Tổng điểm');
      expect(text).toContain('Xếp hạng');
      // The criteria are headed by their names: every word of the first heading's name is printed (the
      // headings wrap side by side, so their words interleave in reading order).
      const first = presetById(id)?.criteria[0];
      const heading = first?.groupName ?? first?.text ?? '';
      const words = new Set(pages.flatMap((p) => p.words.map((w) => w.text)));
      expect(heading).not.toBe('');
      expect(heading.split(/\s+/).filter((w) => !words.has(w))).toEqual([]);
      pages.forEach((page, i) => {
        const where = `${id}, page ${i + 1}`;
        // The unit columns and the header row repeat on every page the columns are split across.
        expect({ where, unit: page.text.includes('Mã đơn vị') }).toEqual({ where, unit: true });
        const helpers = Object.values(SCORE_HELPER_HEADERS).filter((h) => page.text.includes(h));
        expect({ where, helpers }).toEqual({ where, helpers: [] });
      });
    },
  );

  it.each([...PRESET_IDS])(
    '%s: the summary opens with the national heading and closes with the signature block',
    async (id) => {
      const pages = await printed(id, SHEETS.summary);
      const first = pages[0]?.text ?? '';
      const last = pages[pages.length - 1]?.text ?? '';
      expect(first).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(first).toContain('Độc lập – Tự do – Hạnh phúc');
      expect(first).toContain('BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA');
      expect(last).toContain('THỦ TRƯỞNG ĐƠN VỊ');
      expect(last).toContain('(Ký tên, đóng dấu)');
      expect(last).toContain('NGƯỜI LẬP BIỂU');
    },
  );

  it('prints the whole title of Hội đồng within the first table it heads', async () => {
    const id = PRESET_IDS[0] ?? '';
    const pages = await printed(id, SHEETS.council);
    expectReadable(`${id} ${SHEETS.council}`, pages, []);
    expect(pages[0]?.text).toContain('HỘI ĐỒNG THI ĐUA, KHEN THƯỞNG — BÌNH XÉT');
  });

  it.each([...PRESET_IDS])(
    '%s: the award list prints its points with a decimal comma, as a Vietnamese reader writes them',
    async (id) => {
      const campaign = presetById(id);
      if (campaign === undefined) throw new Error(`no preset ${id}`);
      const rows = awardList(campaign);
      expect(rows.length).toBeGreaterThan(0);
      const pages = await printed(id, SHEETS.awardList);
      const words = new Set(pages.flatMap((p) => p.words.map((w) => w.text)));
      const precision = campaign.settings.precision;
      for (const row of rows) {
        const shown = row.total.toFixed(precision).replace('.', ',');
        expect({ unit: row.unit, shown, printed: words.has(shown) }).toEqual({
          unit: row.unit,
          shown,
          printed: true,
        });
      }
    },
  );

  describe.each(DOCUMENTS.map((d) => [d.sheet, d] as const))('%s', (_sheet, doc) => {
    it.each([...PRESET_IDS])(
      '%s: prints page by page on A4, readable, under the national heading, over the signature block, no helper column',
      async (id) => {
        const pages = await printed(id, doc.sheet);
        expect(pages.length).toBeGreaterThan(0);
        expectReadable(`${id} ${doc.sheet}`, pages, doc.helpers);
        const first = pages[0]?.text ?? '';
        const last = pages[pages.length - 1]?.text ?? '';
        expect(first).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
        expect(first).toContain('Độc lập – Tự do – Hạnh phúc');
        expect(first).toContain(doc.title);
        expect(last).toContain('ngày');
        expect(last).toContain('(Ký tên, đóng dấu)');
        for (const signer of doc.signers(id)) expect(last).toContain(signer);
      },
    );
  });
});
