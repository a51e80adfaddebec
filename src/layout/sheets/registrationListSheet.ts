/**
 * `Danh sách đăng ký`: a unit's registration list (danh sách đăng ký thi đua) as its head signs it —
 * national heading, the unit, the title; Stt | Ông/Bà | Họ và tên | Chức vụ, đơn vị | Đăng ký danh hiệu
 * thi đua | Đăng ký hình thức khen thưởng; the place-and-date line and the head's signature. The officer
 * chooses the unit in the cell beside the paper (outside the print area) and prints; the list follows
 * at once. Each place finds the k-th registration of the unit with COUNTIF and SMALL over the
 * `Khoá đơn vị` of Registrations, which Excel 2019, LibreOffice and HyperFormula evaluate alike (no
 * FILTER, no array formula). The sheet is rebuilt, keeping the unit chosen, when a unit comes to
 * register more than the places it has; a line under the list says so until then.
 */
import {
  REGISTRATION_HEADERS,
  REGISTRATION_OPTIONAL_HEADERS,
  SHEETS,
  TABLES,
  TITLE_HEADERS,
  TITLE_KIND_LABELS,
  UNIT_HEADERS,
} from '../../domain/contract';
import type { Campaign } from '../../domain/model';
import { a1, type CellValue } from '../../domain/workbook';
import { COLORS, COUNT_FORMAT, TABLE_STYLE, TEXT_FORMAT } from '../_lib/formats';
import { findTable, keyText, sameHeader } from '../_lib/current';
import {
  blankPlaceFormat,
  filledPlaceRuling,
  documentHeading,
  placeComputedTables,
  signatureBlock,
  wrappedRowHeights,
  type DocumentFrame,
} from '../_lib/officialDocument';
import { columnSpan, printSetup, tableWidths } from '../_lib/printSetup';
import { emptySheet, type LayoutContext } from '../context';
import {
  tableColumn,
  text,
  thisRow,
  unitKeyBase,
  unitLookupFormula,
  unitRegistrationRowFormula,
} from '../formulas';
import {
  REGISTRATION_EXTRA_HEADERS,
  REGISTRATION_LIST_HEADERS as L,
  REGISTRATION_LIST_UNIT_HEADERS as U,
} from '../headers';
import { NAMES } from '../names';
import type { ColumnPlan, SheetPlan } from '../plan';
import type { TableSpec } from '../placeTable';

/** Columns printed: from `Stt` to `Đăng ký hình thức khen thưởng`. */
const PRINTED_COLUMNS = 6;
const FRAME: DocumentFrame = {
  issuerSpan: 3,
  rightCol: 3,
  headingSpan: 3,
  signSpan: 3,
  width: PRINTED_COLUMNS,
};
/** Header row of the list (zero-based): under the heading, the title, the campaign and the unit. */
const HEADER_ROW = 7;
/** Where the unit is chosen: right of the paper, outside the print area. */
const CHOOSER = { row: 3, col: PRINTED_COLUMNS + 4 };

/** The chosen unit's code, as an expression. */
const CHOSEN = `INDEX(${tableColumn(TABLES.registrationListUnit, U.unit)},1)`;

/** A column of Registrations at the row of this place, as text; blank on an empty place. */
function atRow(header: string): string {
  return `INDEX(${tableColumn(TABLES.registrations, header)},${thisRow(L.row)})&""`;
}

function computed(header: string, formula: string, width: number, numberFormat?: string): ColumnPlan {
  return {
    header,
    role: 'computed',
    formula,
    width,
    wrap: true,
    ...(numberFormat === undefined ? {} : { numberFormat }),
  };
}

function listSpec(places: number): TableSpec {
  const row = thisRow(L.row);
  const empty = (formula: string): string => `=IF(${row}="","",${formula})`;
  const person = atRow(REGISTRATION_HEADERS.person);
  const unitName = atRow(REGISTRATION_EXTRA_HEADERS.unitName);
  const position = atRow(REGISTRATION_HEADERS.position);
  const kind = thisRow(L.kind);
  const titleName = `IFERROR(INDEX(${tableColumn(TABLES.titles, TITLE_HEADERS.name)},MATCH(${thisRow(L.code)},${tableColumn(TABLES.titles, TITLE_HEADERS.code)},0))&"",${thisRow(L.code)})`;
  const form = text(TITLE_KIND_LABELS.form);
  const columns: ColumnPlan[] = [
    { header: L.number, role: 'computed', numberFormat: COUNT_FORMAT, width: 5, wrap: true },
    computed(L.salutation, empty(atRow(REGISTRATION_OPTIONAL_HEADERS.salutation)), 7),
    computed(L.name, empty(`IF(${person}="","Tập thể "&${unitName},${person})`), 22),
    computed(
      L.position,
      empty(`IF(${person}="","",IF(${position}="",${unitName},${position}&", "&${unitName}))`),
      28,
    ),
    computed(L.title, empty(`IF(${kind}=${form},"",${titleName})`), 24),
    computed(L.form, empty(`IF(${kind}=${form},${titleName},"")`), 27),
    computed(L.row, unitRegistrationRowFormula(CHOSEN, L.number), 9, COUNT_FORMAT),
    computed(L.code, empty(atRow(REGISTRATION_HEADERS.title)), 12, TEXT_FORMAT),
    computed(
      L.kind,
      empty(
        `IFERROR(INDEX(${tableColumn(TABLES.titles, TITLE_HEADERS.kind)},MATCH(${thisRow(L.code)},${tableColumn(TABLES.titles, TITLE_HEADERS.code)},0))&"","")`,
      ),
      14,
    ),
  ];
  const rows = Array.from({ length: places }, (_, k): CellValue[] =>
    columns.map((c) => (c.header === L.number ? k + 1 : null)),
  );
  return {
    name: TABLES.registrationList,
    sheet: SHEETS.registrationList,
    origin: { row: HEADER_ROW, col: 0 },
    columns,
    rows,
    key: null,
    required: [],
    style: TABLE_STYLE.summary,
    showFilter: false,
  };
}

/** The unit the workbook shows, kept through a rebuild; in a new one, the first that registered. */
function chosenUnit(ctx: LayoutContext): string | null {
  const raw = findTable(ctx.current, TABLES.registrationListUnit);
  const at = raw?.headers.findIndex((h) => sameHeader(h, U.unit)) ?? -1;
  const typed = at < 0 ? '' : keyText(raw?.rows[0]?.[at]);
  if (typed !== '') return typed;
  // A new sheet opens on the first unit of the catalogue that has registered, so it shows a list.
  const { units, registrations } = ctx.campaign;
  const registered = units.find((u) => registrations.some((r) => r.unit === u.code));
  return (registered ?? units[0])?.code ?? null;
}

function chooserSpec(unit: string | null): TableSpec {
  return {
    name: TABLES.registrationListUnit,
    sheet: SHEETS.registrationList,
    origin: CHOOSER,
    columns: [
      {
        header: U.unit,
        role: 'input',
        numberFormat: TEXT_FORMAT,
        width: 12,
        validation: {
          kind: 'listName',
          name: NAMES.unitCodes,
          prompt: 'Chọn mã đơn vị cần in danh sách đăng ký.',
        },
      },
      {
        header: U.name,
        role: 'computed',
        formula: unitLookupFormula(U.unit, UNIT_HEADERS.name),
        width: 30,
        wrap: true,
      },
    ],
    rows: [[unit, null]],
    key: null,
    required: [U.unit],
    style: TABLE_STYLE.input,
    showFilter: false,
  };
}

/** The most registrations a unit of the catalogue has: the places the list needs. */
function places(campaign: Campaign): number {
  const counts = new Map<string, number>();
  const known = new Set(campaign.units.map((u) => u.code.toLowerCase()));
  for (const r of campaign.registrations) {
    const unit = r.unit.toLowerCase();
    if (known.has(unit)) counts.set(unit, (counts.get(unit) ?? 0) + 1);
  }
  return Math.max(1, ...counts.values());
}

/**
 * Plans the `Danh sách đăng ký` sheet.
 * @param ctx - the plan being built
 * @returns the sheet's plan (`replace` when a unit has come to register more than the list's places)
 * @example
 * registrationListSheet(ctx).tables.map((t) => t.name) // ['RegistrationListUnit', 'RegistrationList']
 */
export function registrationListSheet(ctx: LayoutContext): SheetPlan {
  const { campaign } = ctx;
  const sheet = emptySheet(ctx, SHEETS.registrationList);
  const count = places(campaign);
  const placed = placeComputedTables(ctx, sheet, [chooserSpec(chosenUnit(ctx)), listSpec(count)]);
  const list = placed.get(TABLES.registrationList);
  const chooser = placed.get(TABLES.registrationListUnit);
  if (list === undefined || chooser === undefined) return sheet;
  const unitName = `IFERROR(INDEX(${tableColumn(TABLES.registrationListUnit, U.name)},1)&"","")`;
  const listEnd = list.origin.row + 1 + list.rowCount;
  const registered = `COUNTIFS(${tableColumn(TABLES.registrations, REGISTRATION_EXTRA_HEADERS.unitKey)},">="&${unitKeyBase(CHOSEN)},${tableColumn(TABLES.registrations, REGISTRATION_EXTRA_HEADERS.unitKey)},"<"&(${unitKeyBase(CHOSEN)}+100000))`;
  sheet.cells.push(
    ...documentHeading(
      FRAME,
      'DANH SÁCH ĐĂNG KÝ THI ĐUA',
      [`=${NAMES.campaignName}&""`, `="Đơn vị: "&IF(${unitName}="","…",${unitName})`],
      `=UPPER(IF(${unitName}="",${NAMES.issuer}&"",${unitName}))`,
    ),
    {
      address: a1({ row: list.origin.row + 1 + list.rowCount, col: 0 }),
      value: null,
      formula: `=IFERROR(IF(${registered}>${list.rowCount},"Đơn vị có "&${registered}&" đăng ký, danh sách mới có ${list.rowCount} dòng: chạy lại Tạo / cập nhật sổ thi đua.",""),"")`,
      style: { italic: true, color: COLORS.errorFont },
      mergeAcross: PRINTED_COLUMNS,
    },
    ...signatureBlock(FRAME, listEnd + 1, {
      title: '"Thủ trưởng đơn vị"',
      name: '""',
      note: '(Ký tên, đóng dấu)',
    }),
    {
      address: a1({ row: CHOOSER.row - 1, col: CHOOSER.col }),
      value: 'Chọn mã đơn vị để in danh sách đăng ký của đơn vị (ô này không được in):',
      style: { bold: true },
    },
  );
  const blank = blankPlaceFormat(SHEETS.registrationList, list, L.number, L.name);
  if (blank !== null) sheet.conditionalFormats.push(blank);
  const ruling = filledPlaceRuling(SHEETS.registrationList, list, PRINTED_COLUMNS, L.name);
  if (ruling !== null) sheet.conditionalFormats.push(ruling);
  sheet.rowHeights = {
    0: 30,
    ...wrappedRowHeights(list, 2, [
      [L.name, campaign.units.map((u) => `Tập thể ${u.name}`)],
      [
        L.position,
        campaign.registrations.map(
          (r) => `${r.position}, ${campaign.units.find((u) => u.code === r.unit)?.name ?? ''}`,
        ),
      ],
      [L.title, campaign.titles.map((t) => t.name)],
    ]),
  };
  sheet.print = printSetup({
    blocks: [tableWidths(list).slice(0, PRINTED_COLUMNS)],
    area: columnSpan(list, PRINTED_COLUMNS - 1),
    repeatRows: `$${list.origin.row + 1}:$${list.origin.row + 1}`,
    portrait: true,
  });
  sheet.tabColor = COLORS.tabSummary;
  sheet.protect = true;
  return sheet;
}
