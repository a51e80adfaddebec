// A unit's registration list (Danh sách đăng ký), evaluated by the memory host, lists what the
// domain's registrationList lists for the unit chosen on the sheet: in table order, a title in the
// column of its kind; choosing another unit changes the list at once; a registration typed after set-up
// joins its unit's list, and one more than the places is announced under the list.
import { SHEETS, TABLES } from '../../src/domain/contract';
import { registrationList, type RegistrationListRow } from '../../src/domain/documents';
import type { Campaign } from '../../src/domain/model';
import { PRESET_IDS, presetById } from '../../src/domain/presets';
import { a1 } from '../../src/domain/workbook';
import { buildPlan } from '../../src/layout/buildPlan';
import { REGISTRATION_LIST_HEADERS as L } from '../../src/layout/headers';
import type { MemoryHost } from '../../src/memory/memoryHost';
import { hostWith, records } from './evaluationHelpers';

function preset(id: string): Campaign {
  const campaign = presetById(id);
  if (campaign === undefined) throw new Error(`no preset ${id}`);
  return campaign;
}

function sheetList(host: MemoryHost): RegistrationListRow[] {
  return records(host.exportWorkbookData(), TABLES.registrationList)
    .filter((r) => (r[L.name] ?? '') !== '')
    .map((r) => ({
      salutation: String(r[L.salutation] ?? ''),
      name: String(r[L.name]),
      position: String(r[L.position] ?? ''),
      title: String(r[L.title] ?? ''),
      form: String(r[L.form] ?? ''),
    }));
}

function chooserCell(campaign: Campaign): string {
  const chooser = buildPlan(campaign)
    .sheets.flatMap((s) => s.tables)
    .find((t) => t.name === TABLES.registrationListUnit);
  if (chooser === undefined) throw new Error('no chooser');
  return a1({ row: chooser.origin.row + 1, col: chooser.origin.col });
}

/** The units that registered, the one with most registrations first. */
function registeringUnits(campaign: Campaign): string[] {
  const counts = new Map<string, number>();
  for (const r of campaign.registrations) counts.set(r.unit, (counts.get(r.unit) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([unit]) => unit);
}

describe('the registration list of a unit', () => {
  it.each([...PRESET_IDS])('%s: lists each registering unit as registrationList does', async (id) => {
    const campaign = preset(id);
    const host = await hostWith(campaign);
    const units = registeringUnits(campaign);
    expect(units.length).toBeGreaterThan(0);
    const first = campaign.units[0]?.code ?? '';
    expect(sheetList(host)).toEqual(registrationList(campaign, first));
    for (const unit of units.slice(0, 3)) {
      host.setCellValue(SHEETS.registrationList, chooserCell(campaign), unit);
      const expected = registrationList(campaign, unit);
      expect(expected.length).toBeGreaterThan(0);
      expect({ unit, list: sheetList(host) }).toEqual({ unit, list: expected });
    }
    expect(host.formulaProblems()).toEqual([]);
  });

  it('rules the header and the places the chosen unit fills, down to its last entry, and nothing below', async () => {
    const campaign = preset('hue-2021');
    const plan = buildPlan(campaign);
    const sheet = plan.sheets.find((s) => s.name === SHEETS.registrationList);
    const list = sheet?.tables.find((t) => t.name === TABLES.registrationList);
    const ruling = sheet?.conditionalFormats.find((cf) => cf.ruled === true);
    if (list === undefined || ruling === undefined) throw new Error('the list and its ruling are planned');
    // The rule reads the name column, from the header row down every place of the list.
    const nameColumn = a1({ row: list.origin.row, col: list.origin.col + list.headers.indexOf(L.name) });
    expect(ruling.formula).toBe(`=$${nameColumn}<>""`);
    const [top, bottom] = ruling.range.split(':').map((cell) => Number(cell.replace(/^[A-Z]+/, '')));
    expect([top, bottom]).toEqual([list.origin.row + 1, list.origin.row + 1 + list.rowCount]);

    const host = await hostWith(campaign);
    const units = registeringUnits(campaign);
    // The unit with most entries fills every place; a smaller one leaves places empty, and unruled.
    for (const unit of [units[0], units[units.length - 1]]) {
      host.setCellValue(SHEETS.registrationList, chooserCell(campaign), unit ?? '');
      const names = records(host.exportWorkbookData(), TABLES.registrationList).map((r) => r[L.name] ?? '');
      const ruled = names.map((name) => name !== '');
      const entries = registrationList(campaign, unit ?? '').length;
      expect(ruled).toEqual(names.map((_, k) => k < entries));
      if (unit !== units[0]) expect(entries).toBeLessThan(names.length);
    }
  });

  it('puts a form of award in its own column, addresses a person by Ông/Bà, and names a collective', async () => {
    const base = preset('hcm-2018');
    const unit = base.units[1];
    const form = base.titles.find((t) => t.kind === 'form');
    const title = base.titles.find((t) => t.kind === 'title' && t.subject === 'individual');
    if (unit === undefined || form === undefined || title === undefined)
      throw new Error('preset lacks titles');
    const campaign: Campaign = {
      ...base,
      registrations: [
        {
          row: 1,
          unit: unit.code,
          subject: 'individual',
          person: 'Nguyễn Thị Hoa',
          position: 'Trưởng phòng',
          title: title.code,
          date: null,
          note: '',
          salutation: 'Bà',
        },
        {
          row: 2,
          unit: 'KHÁC',
          subject: 'individual',
          person: 'Người khác',
          position: '',
          title: title.code,
          date: null,
          note: '',
        },
        {
          row: 3,
          unit: unit.code,
          subject: 'collective',
          person: '',
          position: '',
          title: form.code,
          date: null,
          note: '',
        },
      ],
    };
    const host = await hostWith(campaign);
    host.setCellValue(SHEETS.registrationList, chooserCell(campaign), unit.code);
    expect(sheetList(host)).toEqual([
      {
        salutation: 'Bà',
        name: 'Nguyễn Thị Hoa',
        position: `Trưởng phòng, ${unit.name}`,
        title: title.name,
        form: '',
      },
      { salutation: '', name: `Tập thể ${unit.name}`, position: '', title: '', form: form.name },
    ]);
    expect(sheetList(host)).toEqual(registrationList(campaign, unit.code));
  });

  it('takes a registration typed after set-up, and says when the list has no place left for it', async () => {
    const base = preset('hcm-2018');
    const unit = base.units[0];
    const title = base.titles[0];
    if (unit === undefined || title === undefined) throw new Error('empty preset');
    const campaign: Campaign = {
      ...base,
      registrations: [
        {
          row: 1,
          unit: unit.code,
          subject: 'individual',
          person: 'Một',
          position: '',
          title: title.code,
          date: null,
          note: '',
        },
      ],
    };
    const host = await hostWith(campaign);
    host.appendTableRows(TABLES.registrations, [
      [unit.code, 'Cá nhân', 'Hai', null, title.code, null, null, null, null, null, null],
    ]);
    const names = sheetList(host).map((r) => r.name);
    // One place: the second registration waits for the next set-up, and the sheet says so.
    expect(names).toEqual(['Một']);
    const texts = host.getSheetValues(SHEETS.registrationList).flat().map(String);
    expect(texts.some((t) => t.startsWith('Đơn vị có 2 đăng ký, danh sách mới có 1 dòng'))).toBe(true);
  });
});
