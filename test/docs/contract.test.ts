/**
 * Keeps docs/contract.md true. Everything it states is checked against the code, and the lists it is
 * checked against come from the code too (the header constants, the layout plan, the readers, the
 * campaign shape, the commands), so a header, a setting, a name or a JSON field added in code and not
 * in the document fails here. The document's campaigns (the example, and one per scoring feature) are
 * laid out as set-up writes them: every column any of them gets must be documented, and every column
 * documented must appear in one of them.
 */
import { promises as fs, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CAMPAIGN_SHAPE, type Shape } from '../../src/cli/campaignShape';
import { COMMANDS, EXIT } from '../../src/cli/main';
import type { RankJson } from '../../src/cli/rankCommand';
import * as contract from '../../src/domain/contract';
import type { Campaign, Issue } from '../../src/domain/model';
import { PRESET_IDS } from '../../src/domain/presets';
import {
  COMPARISON_SIGNS,
  ROUNDING_LABELS,
  TIE_BREAK_DIRECTION_LABELS,
  YES_NO_LABELS,
} from '../../src/domain/cellCodecs';
import { readCampaign } from '../../src/domain/read';
import { criteriaTree, isMeasured } from '../../src/domain/scoring';
import type { CellValue, WorkbookData } from '../../src/domain/workbook';
import { buildPlan, SETTING_LABELS, tieBreakHeader, workbookNames } from '../../src/layout';
import { COUNT_FORMAT, DATE_FORMAT, pointsFormat, TEXT_FORMAT } from '../../src/layout/_lib/formats';
import { FLAG_VOTE_TEXT, HELD_TEXT } from '../../src/layout/formulas';
import * as layoutHeaders from '../../src/layout/headers';
import type { ColumnPlan, SheetPlan, TablePlan, WorkbookPlan } from '../../src/layout/plan';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { loadWorkbookFile, saveWorkbookFile } from '../../src/xlsx/workbookFile';
import { runCli } from '../cli/runCli';
import { typeInto as typeIntoFile } from '../cli/workbookEdits';
import { applyPlanToData, typeInto } from '../layout/support/applyPlanToData';
import {
  codeSpans,
  fencedBlocks,
  firstCode,
  pipeTable,
  pipeTables,
  section,
  sections,
  type Section,
} from './markdown';

const DOC = readFileSync(path.join(__dirname, '..', '..', 'docs', 'contract.md'), 'utf8');

function onlyBlock(where: Section, language: string): string {
  const blocks = fencedBlocks(where.body, language);
  if (blocks.length !== 1) throw new Error(`Expected one ${language} block under "${where.title}"`);
  return blocks[0] as string;
}

/** A campaign of the document, laid out as set-up writes it for a new workbook. */
interface LaidOut {
  /** The heading of the section the campaign's JSON sits under. */
  title: string;
  body: string;
  json: string;
  campaign: Campaign;
  plan: WorkbookPlan;
  data: WorkbookData;
}

/**
 * The campaign of a JSON text; the lists a campaign file may leave out read as empty, as
 * `thidua init --campaign` reads them (whether a list may really be left out is its test's to say).
 */
function campaignOf(json: string): Campaign {
  const value = JSON.parse(json) as Record<string, unknown>;
  for (const [key, shape] of Object.entries(CAMPAIGN_SHAPE))
    if (typeof shape === 'object' && 'arrayOf' in shape && !(key in value)) value[key] = [];
  return value as unknown as Campaign;
}

function layOut(where: Section): LaidOut {
  const json = onlyBlock(where, 'json');
  const campaign = campaignOf(json);
  const plan = buildPlan(campaign);
  return { title: where.title, body: where.body, json, campaign, plan, data: applyPlanToData(plan) };
}

/** The example campaign of the document: the campaign most checks below lay out. */
const main = layOut(section(DOC, 3, 'Example'));
const EXAMPLE_JSON = main.json;
const example = main.campaign;
const plan = main.plan;
const data = main.data;

/** The section on scoring, and the example campaign of each of its features. */
const SCORING = section(DOC, 2, 'How a unit is scored and ranked');
const features: LaidOut[] = sections(SCORING.body, 3)
  .filter((s) => fencedBlocks(s.body, 'json').length > 0)
  .map(layOut);
/** Every campaign of the document, the example first. */
const laidOut: LaidOut[] = [main, ...features];

// ---------------------------------------------------------------------------------------------------
// The document's sheet and table sections

interface DocTable {
  name: string;
  sheet: string;
  body: string;
}

const docSheets = sections(DOC, 2).filter((s) => s.title.startsWith('Sheet '));
const docTables: DocTable[] = docSheets.flatMap((sheet) =>
  sections(sheet.body, 3)
    .filter((s) => s.title.startsWith('Table '))
    .map((s) => ({ name: firstCode(s.title), sheet: firstCode(sheet.title), body: s.body })),
);

function docTable(name: string): DocTable {
  const found = docTables.find((t) => t.name === name);
  if (found === undefined) throw new Error(`docs/contract.md has no section "Table \`${name}\`"`);
  return found;
}

/** A row of a table's column table. */
interface ColumnRow {
  column: string;
  kind: string;
  format: string;
  read: string;
  setUp: string;
}

const COLUMN_TABLE_HEADER = ['Column', 'Kind', 'Format', 'Read', 'Set-up', 'Holds'];

function columnRows(name: string): ColumnRow[] {
  const table = pipeTable(docTable(name).body, 'Column');
  expect(table.header).toEqual(COLUMN_TABLE_HEADER);
  return table.rows.map(([column = '', kind = '', format = '', read = '', setUp = '']) => ({
    column: firstCode(column),
    kind,
    format,
    read,
    setUp,
  }));
}

/** What the document says reading does when the table is missing. */
function missingTableSaid(name: string): string | undefined {
  return /Missing table:\s+\*\*(required|expected|optional|not read)\*\*/.exec(docTable(name).body)?.[1];
}

// ---------------------------------------------------------------------------------------------------
// The layout plan, as the document words it

function tablePlans(p: WorkbookPlan): { sheet: SheetPlan; table: TablePlan }[] {
  return p.sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })));
}

function tablePlan(p: WorkbookPlan, name: string): { sheet: SheetPlan; table: TablePlan } {
  const found = tablePlans(p).find((t) => t.table.name === name);
  if (found === undefined) throw new Error(`No table ${name} in the plan`);
  return found;
}

/**
 * The placeholders of the criterion columns, one per kind of column, in the order the document lists
 * them (in the workbook they interleave in the tree's order).
 */
const CRITERION_COLUMNS = ['<heading code>', '<criterion code>', '<code> (<unit>)', '<measured code>'];

/** Headers that depend on the campaign, and the placeholder the document writes for them. */
function placeholder(header: string, campaign: Campaign): string | null {
  const tree = criteriaTree(campaign.criteria);
  const criterion = tree.byCode.get(header);
  if (criterion !== undefined) {
    if (tree.parts.has(header)) return '<heading code>';
    return isMeasured(criterion) ? '<measured code>' : '<criterion code>';
  }
  const measured = tree.leaves.filter(isMeasured);
  if (measured.some((c) => contract.measureHeader(c.code, c.measureUnit) === header))
    return '<code> (<unit>)';
  if (campaign.tieBreaks.some((t) => t.kind === 'input' && t.header === header)) return '<tie-break input>';
  if (campaign.tieBreaks.some((t, i) => tieBreakHeader(t, i) === header)) return 'Phụ <n>: <rule>';
  const bands = campaign.awardRules.bands;
  if (bands.some((b) => layoutHeaders.bandCandidateHeader(b.code) === header)) return 'Xét hạng <band code>';
  if (tree.leaves.some((c) => layoutHeaders.councilPointsHeader(c.code) === header))
    return 'Điểm tính <code>';
  if (tree.roots.some((c) => layoutHeaders.groupPointsHeader(c.group) === header)) return 'Điểm nhóm <group>';
  return null;
}

function kindOf(column: ColumnPlan): string {
  if (column.role === 'input') return 'input';
  return column.formula === undefined ? 'fixed' : 'computed';
}

function formatOf(column: ColumnPlan, precision: number): string {
  switch (column.numberFormat) {
    case undefined:
      return 'general';
    case TEXT_FORMAT:
      return 'text';
    case DATE_FORMAT:
      return 'date';
    case pointsFormat(precision):
      return 'points';
    case COUNT_FORMAT:
      return 'whole number';
    default:
      return `an undocumented format ${column.numberFormat}`;
  }
}

interface PlannedRow {
  column: string;
  members: ColumnPlan[];
}

/**
 * The planned columns of a table as the document lists them: runs of one placeholder made one row, and
 * the criterion columns one row per kind, where the first of them sits.
 */
function plannedRows(laid: LaidOut, name: string): PlannedRow[] {
  const rows: PlannedRow[] = [];
  const byKind = new Map<string, ColumnPlan[]>();
  const CRITERIA = '\u0000criteria';
  for (const column of tablePlan(laid.plan, name).table.columns) {
    const token = placeholder(column.header, laid.campaign);
    if (token !== null && CRITERION_COLUMNS.includes(token)) {
      if (byKind.size === 0) rows.push({ column: CRITERIA, members: [] });
      byKind.set(token, [...(byKind.get(token) ?? []), column]);
      continue;
    }
    const last = rows[rows.length - 1];
    if (token !== null && last?.column === token) last.members.push(column);
    else rows.push({ column: token ?? column.header, members: [column] });
  }
  return rows.flatMap((row) =>
    row.column !== CRITERIA
      ? [row]
      : CRITERION_COLUMNS.flatMap((kind) => {
          const members = byKind.get(kind);
          return members === undefined ? [] : [{ column: kind, members }];
        }),
  );
}

/** The first campaign of the document whose layout has the documented column, and its planned row. */
function laidOutWith(name: string, column: string): { laid: LaidOut; row: PlannedRow } | null {
  for (const laid of laidOut) {
    const row = plannedRows(laid, name).find((r) => r.column === column);
    if (row !== undefined) return { laid, row };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Workbook data edits: what an older or damaged workbook would hold

function clone(d: WorkbookData): WorkbookData {
  return structuredClone(d);
}

function withoutColumn(d: WorkbookData, table: string, header: string): WorkbookData {
  const copy = clone(d);
  const raw = copy.tables[table];
  if (raw === undefined) throw new Error(`No table ${table}`);
  const at = raw.headers.indexOf(header);
  if (at < 0) throw new Error(`No column ${header} in ${table}`);
  const drop = <T>(row: T[]): T[] => row.filter((_, i) => i !== at);
  copy.tables[table] = {
    ...raw,
    headers: drop(raw.headers),
    rows: raw.rows.map(drop),
    ...(raw.formulas === undefined ? {} : { formulas: raw.formulas.map(drop) }),
  };
  return copy;
}

function withoutTable(d: WorkbookData, table: string): WorkbookData {
  const copy = clone(d);
  delete copy.tables[table];
  return copy;
}

function withoutRow(d: WorkbookData, table: string, index: number): WorkbookData {
  const copy = clone(d);
  const raw = copy.tables[table];
  if (raw === undefined) throw new Error(`No table ${table}`);
  raw.rows.splice(index, 1);
  raw.formulas?.splice(index, 1);
  return copy;
}

/** The workbook with cells of one data row (1-based) typed. */
function typed(d: WorkbookData, table: string, row: number, cells: Record<string, CellValue>): WorkbookData {
  const copy = clone(d);
  for (const [header, value] of Object.entries(cells)) typeInto(copy, table, row - 1, header, value);
  return copy;
}

const isColumnMissing = (table: string, header: string) => (issue: Issue) =>
  issue.code === 'COLUMN_MISSING' &&
  issue.severity === 'error' &&
  issue.table === table &&
  issue.column === header;

/** What the document's Read column must say: `required` exactly when reading needs the column. */
function readWithout(laid: LaidOut, table: string, header: string): 'required' | 'optional or —' {
  const { issues } = readCampaign(withoutColumn(laid.data, table, header));
  return issues.some(isColumnMissing(table, header)) ? 'required' : 'optional or —';
}

/** What set-up does with the workbook when the column is missing. */
function setUpWithout(laid: LaidOut, table: string, header: string): string {
  const again = buildPlan(laid.campaign, withoutColumn(laid.data, table, header));
  const { sheet, table: planned } = tablePlan(again, table);
  if (sheet.replace === true) return 'rebuilds';
  if (planned.addColumns.includes(header)) return 'adds';
  if (again.issues.some(isColumnMissing(table, header))) return 'stops';
  return `nothing (issues: ${again.issues.map((i) => i.code).join(', ')})`;
}

/**
 * What reading does when the whole table is missing: an issue of the example's, or, when it says nothing,
 * whether any campaign of the document reads differently without it.
 */
function readingWithoutTable(table: string): string {
  const missing = readCampaign(withoutTable(data, table)).issues.find(
    (i) => i.code === 'TABLE_MISSING' && i.table === table,
  );
  if (missing?.severity === 'error') return 'required';
  if (missing?.severity === 'warning') return 'expected';
  const read = laidOut.some(
    (laid) =>
      JSON.stringify(readCampaign(withoutTable(laid.data, table)).campaign) !==
      JSON.stringify(readCampaign(laid.data).campaign),
  );
  return read ? 'optional' : 'not read';
}

// ---------------------------------------------------------------------------------------------------

describe('docs/contract.md, the workbook', () => {
  it('reads the example campaign back from its own workbook without an issue', () => {
    expect(plan.issues).toEqual([]);
    expect(readCampaign(data).issues).toEqual([]);
  });

  it("reads each feature's example back from its own workbook without an error", () => {
    expect(features.map((f) => f.title)).not.toEqual([]);
    for (const laid of features) {
      const errors = [...laid.plan.issues, ...readCampaign(laid.data).issues].filter(
        (i) => i.severity === 'error',
      );
      expect({ example: laid.title, errors }).toEqual({ example: laid.title, errors: [] });
    }
  });

  it('has a section per sheet and, under it, a section per table of the sheet', () => {
    expect(docSheets.map((s) => firstCode(s.title))).toEqual(Object.values(contract.SHEETS));
    expect(docTables.map((t) => t.name).sort()).toEqual(Object.values(contract.TABLES).sort());
    for (const t of docTables) {
      expect({ table: t.name, sheet: t.sheet }).toEqual({
        table: t.name,
        sheet: contract.TABLE_SHEETS[t.name],
      });
      expect({ table: t.name, sheet: t.sheet }).toEqual({
        table: t.name,
        sheet: tablePlan(plan, t.name).sheet.name,
      });
    }
    expect(
      tablePlans(plan)
        .map((t) => t.table.name)
        .sort(),
    ).toEqual(Object.values(contract.TABLES).sort());
  });

  /** Every header constant of the code, and the table whose section must list its headers. */
  const HEADER_TABLES: Record<string, string> = {
    CAMPAIGN_HEADERS: contract.TABLES.campaign,
    PHASE_HEADERS: contract.TABLES.phases,
    SETTINGS_HEADERS: contract.TABLES.settings,
    CLUSTER_HEADERS: contract.TABLES.clusters,
    UNIT_HEADERS: contract.TABLES.units,
    TITLE_HEADERS: contract.TABLES.titles,
    CRITERION_HEADERS: contract.TABLES.criteria,
    BAND_HEADERS: contract.TABLES.bands,
    TIE_BREAK_HEADERS: contract.TABLES.tieBreaks,
    TIER_HEADERS: contract.TABLES.tiers,
    TIER_EXTRA_HEADERS: contract.TABLES.tiers,
    SCORING_TABLE_HEADERS: contract.TABLES.scoringTables,
    EXCLUSION_HEADERS: contract.TABLES.exclusions,
    REGISTRATION_HEADERS: contract.TABLES.registrations,
    HISTORY_HEADERS: contract.TABLES.history,
    SCORE_HEADERS: contract.TABLES.scores,
    SCORE_HELPER_HEADERS: contract.TABLES.scores,
    REGISTRATION_EXTRA_HEADERS: contract.TABLES.registrations,
    SELF_SCORE_HEADERS: contract.TABLES.selfScores,
    BAND_EXTRA_HEADERS: contract.TABLES.bands,
    CLUSTER_SUMMARY_HEADERS: contract.TABLES.clusterSummary,
    RANKING_HEADERS: contract.TABLES.ranking,
    PROPOSAL_HEADERS: contract.TABLES.proposals,
    TITLE_SUMMARY_HEADERS: contract.TABLES.titleSummary,
    AWARD_LIST_HEADERS: contract.TABLES.awardList,
    MINUTES_MEMBER_HEADERS: contract.TABLES.minutesMembers,
    MINUTES_VOTE_HEADERS: contract.TABLES.minutesVotes,
    REGISTRATION_LIST_UNIT_HEADERS: contract.TABLES.registrationListUnit,
    REGISTRATION_LIST_HEADERS: contract.TABLES.registrationList,
    REGISTRATION_OPTIONAL_HEADERS: contract.TABLES.registrations,
    COUNCIL_HEADERS: contract.TABLES.council,
    VOTE_RULE_HEADERS: contract.TABLES.voteRules,
    VOTE_HEADERS: contract.TABLES.votes,
    REVIEW_HEADERS: contract.TABLES.reviews,
    RECUSAL_HEADERS: contract.TABLES.recusals,
    META_HEADERS: contract.TABLES.meta,
  };
  const headerConstants = [...Object.entries(contract), ...Object.entries(layoutHeaders)].filter(([name]) =>
    name.endsWith('_HEADERS'),
  ) as [string, Record<string, string>][];

  it('knows the table of every header constant of the code', () => {
    expect(headerConstants.map(([name]) => name).sort()).toEqual(Object.keys(HEADER_TABLES).sort());
  });

  it.each(headerConstants)('lists every header of %s in the section of its table', (name, headers) => {
    const table = HEADER_TABLES[name] ?? '';
    const listed = columnRows(table).map((r) => r.column);
    for (const header of Object.values(headers))
      expect({ table, header, listed: listed.includes(header) }).toEqual({ table, header, listed: true });
  });

  it.each(Object.values(contract.TABLES))(
    'lists the columns of %s in order, with the kind and format set-up writes, each in some campaign of the document',
    (name) => {
      const documented = columnRows(name).map(({ column, kind, format }) => ({ column, kind, format }));
      const seen = new Set<string>();
      for (const laid of laidOut) {
        const precision = laid.campaign.settings.precision;
        const planned = plannedRows(laid, name).map(({ column, members }) => ({
          column,
          kind: [...new Set(members.map(kindOf))].join(' / '),
          format: [...new Set(members.map((m) => formatOf(m, precision)))].join(' / '),
        }));
        // The campaign's columns are documented rows, in the document's order (some rows are another campaign's).
        let at = 0;
        const matched = planned.map((row) => {
          while (at < documented.length && documented[at]?.column !== row.column) at++;
          return documented[at++] ?? { column: row.column, kind: 'not documented in this order', format: '' };
        });
        expect({ example: laid.title, columns: matched }).toEqual({ example: laid.title, columns: planned });
        for (const row of planned) seen.add(row.column);
      }
      expect(documented.map((r) => r.column).filter((column) => !seen.has(column))).toEqual([]);
    },
  );

  it.each([contract.TABLES.scores, contract.TABLES.selfScores])(
    "places the criterion columns of %s after the unit columns, in the tree's order, a measure before its points",
    (name) => {
      for (const laid of laidOut) {
        const tree = criteriaTree(laid.campaign.criteria);
        const expected = tree.order.flatMap((c) =>
          !tree.parts.has(c.code) && isMeasured(c)
            ? [contract.measureHeader(c.code, c.measureUnit), c.code]
            : [c.code],
        );
        const headers = tablePlan(laid.plan, name).table.columns.map((c) => c.header);
        expect({ example: laid.title, criteria: headers.slice(3, 3 + expected.length) }).toEqual({
          example: laid.title,
          criteria: expected,
        });
      }
    },
  );

  it.each(Object.values(contract.TABLES))(
    'says which columns of %s reading requires and what set-up does when one is missing',
    (name) => {
      for (const row of columnRows(name)) {
        expect(['required', 'optional', '—']).toContain(row.read);
        // Coverage is the test above's: a documented column no campaign has is reported there.
        const found = laidOutWith(name, row.column);
        if (found === null) continue;
        const { laid, row: planned } = found;
        for (const { header } of planned.members) {
          const read = readWithout(laid, name, header);
          expect({ header, read: row.read === 'required' ? 'required' : 'optional or —' }).toEqual({
            header,
            read,
          });
          expect({ header, setUp: row.setUp }).toEqual({ header, setUp: setUpWithout(laid, name, header) });
        }
      }
    },
  );

  it("words the sheet's own texts of a held unit and of a tie for the flag as the formulas write them", () => {
    const scores = docTable(contract.TABLES.scores).body;
    expect(scores).toContain(`\`${HELD_TEXT}\``);
    expect(scores).toContain(`\`${FLAG_VOTE_TEXT}\``);
  });

  it.each(Object.values(contract.TABLES))('says what reading does when %s is missing', (name) => {
    expect(missingTableSaid(name)).toBe(readingWithoutTable(name));
  });

  it('lists the fields of the Campaign table in order, with their JSON field and whether reading requires them', () => {
    const fields = pipeTable(docTable(contract.TABLES.campaign).body, 'Field').rows;
    const keys = Object.keys(contract.CAMPAIGN_FIELDS) as (keyof typeof contract.CAMPAIGN_FIELDS)[];
    expect(fields.map((row) => firstCode(row[0] ?? ''))).toEqual(
      keys.map((k) => contract.CAMPAIGN_FIELDS[k]),
    );
    expect(fields.map((row) => firstCode(row[3] ?? ''))).toEqual(keys);
    const labels = (data.tables[contract.TABLES.campaign]?.rows ?? []).map((row) => row[0]);
    keys.forEach((key, i) => {
      const label = contract.CAMPAIGN_FIELDS[key];
      // Without a required field there is no campaign; without another one it reads blank.
      const { campaign } = readCampaign(withoutRow(data, contract.TABLES.campaign, labels.indexOf(label)));
      const required = campaign === null;
      expect({ label, read: fields[i]?.[2] }).toEqual({ label, read: required ? 'required' : 'optional' });
    });
  });

  it('lists every setting key in order with the label set-up writes', () => {
    const rows = pipeTable(docTable(contract.TABLES.settings).body, 'Key').rows;
    expect(rows.map((row) => firstCode(row[0] ?? ''))).toEqual([...contract.SETTING_KEYS]);
    for (const row of rows) {
      const key = firstCode(row[0] ?? '') as (typeof contract.SETTING_KEYS)[number];
      expect(row[1]).toBe(SETTING_LABELS[key]);
    }
  });

  it('lists every key of the Meta table', () => {
    const rows = pipeTable(docTable(contract.TABLES.meta).body, 'Key').rows;
    expect(rows.map((row) => firstCode(row[0] ?? ''))).toEqual(Object.values(contract.META_KEYS));
  });

  it('lists every defined name in the order set-up writes them', () => {
    const rows = pipeTable(section(DOC, 2, 'Defined names').body, 'Name').rows;
    expect(rows.map((row) => firstCode(row[0] ?? ''))).toEqual(workbookNames().map((n) => n.name));
  });

  it('names every label an officer may type', () => {
    const codecs = codeSpans(section(DOC, 2, 'Cell codecs').body);
    const labels = [
      contract.SUBJECT_LABELS,
      contract.TITLE_KIND_LABELS,
      contract.CRITERION_KIND_LABELS,
      contract.CAMPAIGN_KIND_LABELS,
      contract.REGISTRATION_CHECK_LABELS,
      TIE_BREAK_DIRECTION_LABELS,
      YES_NO_LABELS,
      contract.SCORING_METHOD_LABELS,
      COMPARISON_SIGNS,
      { total: contract.TOTAL_SUBJECT },
    ].flatMap((set) => Object.values(set));
    for (const label of labels)
      expect({ label, named: codecs.includes(label) }).toEqual({ label, named: true });
    const caps = section(DOC, 3, /^Caps: /).body;
    for (const rounding of Object.values(ROUNDING_LABELS)) expect(caps).toContain(`làm tròn ${rounding}`);
  });

  /**
   * Where each codec's examples are typed (row 1 of the table unless said) and what of the campaign they
   * become.
   */
  const CODEC_CELLS: Record<string, { row?: number; extract: (c: Campaign) => unknown; blank?: string[] }> = {
    'Scores[I.1]': { extract: (c) => c.scores[0]?.values['I.1'] },
    'Registrations[Ngày đăng ký]': { extract: (c) => c.registrations[0]?.date },
    'Phases[Mốc]': { extract: (c) => c.phases[0]?.milestones },
    'Titles[Điều kiện]': { extract: (c) => c.titles[0]?.prerequisites },
    'Titles[Giới hạn]': { extract: (c) => c.titles[0]?.cap },
    'Titles[Được tính là]': { extract: (c) => c.titles[0]?.counts },
    'Bands[Điều kiện]': { extract: (c) => c.awardRules.bands[0]?.gates },
    'TieBreaks[Tiêu chí phụ]': {
      extract: (c) => c.tieBreaks[0],
      blank: [contract.TIE_BREAK_HEADERS.direction, contract.TIE_BREAK_HEADERS.label],
    },
    // The row of I.2, scored from a measure: the Scores table has both of its columns, whatever the method.
    'Criteria[Cách chấm]': {
      row: example.criteria.findIndex((c) => c.code === 'I.2') + 1,
      extract: (c) => c.criteria.find((k) => k.code === 'I.2')?.method ?? 'typed',
    },
    'Exclusions[So sánh]': { extract: (c) => c.exclusions[0]?.comparison },
    'Exclusions[Áp dụng cho]': { extract: (c) => c.exclusions[0]?.criterion },
  };
  const codecSections = sections(section(DOC, 2, 'Cell codecs').body, 3).map((s) => ({
    cell: firstCode(s.title),
    examples: pipeTable(s.body, 'Form').rows.map(([form = '', text = '', reads = '']) => ({
      form,
      text: firstCode(text),
      reads,
    })),
  }));

  it('has a reading for every codec section', () => {
    expect(codecSections.map((s) => s.cell).sort()).toEqual(Object.keys(CODEC_CELLS).sort());
  });

  it.each(codecSections)('reads every example of $cell as the document says', ({ cell, examples }) => {
    const [, table = '', header = ''] = /^(\w+)\[(.+)\]$/.exec(cell) ?? [];
    const reading = CODEC_CELLS[cell];
    if (reading === undefined) throw new Error(`No reading for ${cell}`);
    expect(examples.length).toBeGreaterThan(0);
    const row = reading.row ?? 1;
    expect(row).toBeGreaterThan(0);
    for (const { form, text, reads } of examples) {
      const blanks = Object.fromEntries((reading.blank ?? []).map((h) => [h, null]));
      const { campaign, issues } = readCampaign(typed(data, table, row, { [header]: text, ...blanks }));
      const refused = issues.some(
        (i) => i.severity === 'error' && i.table === table && i.row === row && i.column === header,
      );
      if (reads === 'refused') {
        expect({ form, text, refused }).toEqual({ form, text, refused: true });
      } else {
        expect({ form, text, refused }).toEqual({ form, text, refused: false });
        expect({ form, text, value: campaign === null ? null : reading.extract(campaign) }).toEqual({
          form,
          text,
          value: JSON.parse(firstCode(reads)) as unknown,
        });
      }
    }
  });

  it('opens a workbook of an older contract: without its optional tables and columns it still reads', () => {
    let older = data;
    for (const name of Object.values(contract.TABLES)) {
      if (missingTableSaid(name) !== 'required') {
        older = withoutTable(older, name);
        continue;
      }
      for (const row of columnRows(name)) {
        // A criterion's columns follow the catalogue, not the contract: an older workbook has one per code.
        if (row.read === 'required' || CRITERION_COLUMNS.includes(row.column)) continue;
        const headers =
          older.tables[name]?.headers.filter((h) => (placeholder(h, example) ?? h) === row.column) ?? [];
        for (const header of headers) older = withoutColumn(older, name, header);
      }
    }
    const { campaign, issues } = readCampaign(older);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(campaign?.units.map((u) => u.code)).toEqual(example.units.map((u) => u.code));
  });

  it('sets a workbook of an older contract up to the current one: its missing tables, the columns marked `adds`, the new setting', () => {
    let older = data;
    const tables: string[] = [];
    const columns: { table: string; header: string }[] = [];
    for (const name of Object.values(contract.TABLES)) {
      if (missingTableSaid(name) !== 'required') {
        older = withoutTable(older, name);
        tables.push(name);
        continue;
      }
      for (const row of columnRows(name)) {
        if (row.setUp !== 'adds' || CRITERION_COLUMNS.includes(row.column)) continue;
        const headers =
          older.tables[name]?.headers.filter((h) => (placeholder(h, example) ?? h) === row.column) ?? [];
        for (const header of headers) {
          older = withoutColumn(older, name, header);
          columns.push({ table: name, header });
        }
      }
    }
    // A sheet none of whose tables it had was not there either.
    const kept = Object.values(older.tables).map((t) => t.sheet);
    older = { ...older, sheets: older.sheets.filter((sheet) => kept.includes(sheet.name)) };
    const settingsTable = older.tables[contract.TABLES.settings];
    const keyAt = settingsTable?.headers.indexOf(contract.SETTINGS_HEADERS.key) ?? -1;
    older = withoutRow(
      older,
      contract.TABLES.settings,
      (settingsTable?.rows ?? []).findIndex((row) => row[keyAt] === 'flagBand'),
    );
    expect(tables).toContain(contract.TABLES.tiers);
    expect(columns).toContainEqual({
      table: contract.TABLES.criteria,
      header: contract.CRITERION_HEADERS.parent,
    });

    const again = buildPlan(example, older);
    expect(again.issues.filter((i) => i.severity === 'error')).toEqual([]);
    for (const name of tables)
      expect({ name, created: !tablePlan(again, name).table.existing }).toEqual({ name, created: true });
    for (const { table, header } of columns) {
      const { sheet, table: planned } = tablePlan(again, table);
      const added = sheet.replace === true || planned.addColumns.includes(header);
      expect({ table, header, added }).toEqual({ table, header, added: true });
    }
    const settingsPlan = tablePlan(again, contract.TABLES.settings).table;
    const key = settingsPlan.headers.indexOf(contract.SETTINGS_HEADERS.key);
    expect(settingsPlan.appendRows.map((row) => row[key])).toEqual(['flagBand']);
  });
});

// ---------------------------------------------------------------------------------------------------

/** The key paths of a JSON value (`issues[].code`), arrays read through their elements. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) {
    const all = value.map((item) => keyPaths(item, `${prefix}[]`));
    return [...new Set(all.flat())];
  }
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const at = prefix === '' ? key : `${prefix}.${key}`;
    return [at, ...keyPaths(item, at)];
  });
}

/** The type the Fields table gives a shape. */
function typeText(shape: Shape): string {
  if (typeof shape === 'string') return shape === 'isoDate' ? 'date' : shape;
  if ('nullable' in shape) return `${typeText(shape.nullable)} or null`;
  if ('optional' in shape) return `${typeText(shape.optional)}, optional`;
  if ('oneOf' in shape) return `one of ${shape.oneOf.join(', ')}`;
  if ('arrayOf' in shape) return 'list';
  if ('recordOf' in shape) return `object of ${typeText(shape.recordOf)}`;
  return 'object';
}

/** A shape without its `nullable` and `optional` wrappers. */
function bareShape(shape: Shape): Shape {
  if (typeof shape === 'object' && 'nullable' in shape) return bareShape(shape.nullable);
  if (typeof shape === 'object' && 'optional' in shape) return bareShape(shape.optional);
  return shape;
}

/** The rows the Fields table needs for a shape: its path and type, then every path inside it. */
function shapeRows(shape: Shape, at: string): [string, string][] {
  const own: [string, string][] = at === '' ? [] : [[at, typeText(shape)]];
  return [...own, ...innerRows(bareShape(shape), at)];
}

/** The paths inside a shape: an object's fields, a list's elements, each kind's fields (once each). */
function innerRows(shape: Shape, at: string): [string, string][] {
  const join = (key: string): string => (at === '' ? key : `${at}.${key}`);
  if (typeof shape === 'string') return [];
  if ('arrayOf' in shape) return innerRows(bareShape(shape.arrayOf), `${at}[]`);
  if ('object' in shape)
    return Object.entries(shape.object).flatMap(([key, field]) => shapeRows(field, join(key)));
  if (!('byKind' in shape)) return [];
  const rows: [string, string][] = [[join('kind'), `one of ${Object.keys(shape.byKind).join(', ')}`]];
  const seen = new Set<string>();
  for (const [key, field] of Object.values(shape.byKind).flatMap((fields) => Object.entries(fields))) {
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push(...shapeRows(field, join(key)));
  }
  return rows;
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-contract-doc-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function initBook(file: string, args: string[]): Promise<string> {
  const run = await runCli(['init', file, ...args], dir);
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: EXIT.ok, stderr: '' });
  return path.join(dir, file);
}

describe('docs/contract.md, the command line', () => {
  const commandSection = (name: string): Section => section(DOC, 3, `\`thidua ${name}\``);

  it('gives the usage of every command and a section naming each of its options', () => {
    for (const command of COMMANDS) {
      expect(DOC).toContain(command.usage);
      const body = commandSection(command.name).body;
      const { flags, options } = command.args;
      for (const [name, aliases] of Object.entries({ ...flags, ...options })) {
        expect({ command: command.name, option: name, named: body.includes(`--${name}`) }).toEqual({
          command: command.name,
          option: name,
          named: true,
        });
        for (const alias of aliases) expect(body).toContain(`-${alias}`);
      }
    }
    for (const id of PRESET_IDS) expect(commandSection('init').body).toContain(`\`${id}\``);
  });

  it('lists the exit codes', () => {
    const rows = pipeTable(section(DOC, 3, 'Exit codes').body, 'Code').rows;
    expect(rows.map((row) => Number(row[0]))).toEqual(Object.values(EXIT));
  });

  it('lists every field of the campaign JSON, in order, with its type', () => {
    const rows = pipeTable(section(DOC, 3, 'Fields').body, 'Field').rows.map(
      ([field = '', type = '']) => [firstCode(field), type.replace(/`/g, '')] as const,
    );
    let at = 0;
    for (const [field, type] of shapeRows({ object: CAMPAIGN_SHAPE }, '')) {
      while (at < rows.length && rows[at]?.[0] !== field) at++;
      const row = rows[at];
      expect({ field, listed: row !== undefined }).toEqual({ field, listed: true });
      expect({ field, type: row?.[1].startsWith(type) }).toEqual({ field, type: true });
    }
  });

  it('shows every field of the campaign JSON in a campaign of the document', () => {
    const shown = new Set(laidOut.flatMap((laid) => keyPaths(JSON.parse(laid.json))));
    const fields = shapeRows({ object: CAMPAIGN_SHAPE }, '').map(([field]) => field);
    expect(fields.filter((field) => !shown.has(field))).toEqual([]);
  });

  it('sets up the example campaign with `thidua init --campaign`, and `thidua check` passes it', async () => {
    await fs.writeFile(path.join(dir, 'campaign.json'), EXAMPLE_JSON);
    await initBook('example.xlsx', ['--campaign', 'campaign.json']);
    const check = await runCli(['check', 'example.xlsx', '--json'], dir);
    expect(check.stderr).toBe('');
    expect(check.code).toBe(EXIT.ok);
    expect((JSON.parse(check.stdout) as { ok: boolean }).ok).toBe(true);
  });

  it('prints for the example campaign the ranking the document shows', async () => {
    await fs.writeFile(path.join(dir, 'ranked.json'), EXAMPLE_JSON);
    await initBook('ranked.xlsx', ['--campaign', 'ranked.json']);
    const rank = await runCli(['rank', 'ranked.xlsx', '--json'], dir);
    expect(rank.code).toBe(EXIT.ok);
    expect(JSON.parse(rank.stdout)).toEqual(JSON.parse(onlyBlock(commandSection('rank'), 'json')));
  });

  it('documents the keys `check --json` prints on a preset workbook', async () => {
    const file = await initBook('check.xlsx', ['--scenario', 'hue-2021']);
    const workbook = await loadWorkbookFile(file);
    // The first criterion column sits after the unit's code, name and cluster.
    const criterion = readWorkbook(workbook).tables[contract.TABLES.scores]?.headers[3] ?? '';
    typeIntoFile(workbook, contract.TABLES.scores, 1, criterion, 'mười');
    await saveWorkbookFile(workbook, file);
    const check = await runCli(['check', 'check.xlsx', '--json'], dir);
    expect(check.code).toBe(EXIT.errorsFound);
    const printed = JSON.parse(check.stdout) as unknown;
    const documented = JSON.parse(onlyBlock(commandSection('check'), 'json')) as unknown;
    expect(keyPaths(printed)).toEqual(keyPaths(documented));
    const table = pipeTable(commandSection('check').body, 'Key').rows.map((row) => firstCode(row[0] ?? ''));
    expect(table).toEqual(keyPaths(printed));
  });

  it('documents the keys `rank --json` prints on a preset workbook', async () => {
    await initBook('rank.xlsx', ['--scenario', 'hcm-2018']);
    const rank = await runCli(['rank', 'rank.xlsx', '--json'], dir);
    expect(rank.code).toBe(EXIT.ok);
    const printed = JSON.parse(rank.stdout) as unknown;
    const documented = JSON.parse(onlyBlock(commandSection('rank'), 'json')) as unknown;
    expect(keyPaths(printed)).toEqual(keyPaths(documented));
    const table = pipeTable(commandSection('rank').body, 'Key').rows.map((row) => firstCode(row[0] ?? ''));
    expect(table).toEqual(keyPaths(printed));
  });
});

// ---------------------------------------------------------------------------------------------------

/** What a feature's section says of its example: how `thidua rank` exits, and some keys of each unit. */
function statedResults(laid: LaidOut): { exit: number; units: [string, Record<string, unknown>][] } {
  const exit = /`thidua rank` exits (\d)/.exec(laid.body)?.[1];
  if (exit === undefined) throw new Error(`"${laid.title}" does not say how \`thidua rank\` exits`);
  const table = pipeTable(laid.body, 'Unit');
  const keys = table.header.slice(1).map(firstCode);
  const units = table.rows.map(([unit = '', ...cells]): [string, Record<string, unknown>] => [
    firstCode(unit),
    Object.fromEntries(keys.map((key, i) => [key, JSON.parse(firstCode(cells[i] ?? '')) as unknown])),
  ]);
  return { exit: Number(exit), units };
}

/** The votes a feature's section states `rank --json` prints (a table headed `Candidate`), if any. */
function statedVotes(laid: LaidOut): Record<string, unknown>[] | null {
  const tables = pipeTables(laid.body).filter((t) => t.header[0] === 'Candidate');
  const table = tables[0];
  if (table === undefined) return null;
  const keys = table.header.slice(1).map(firstCode);
  return table.rows.map(([candidate = '', ...cells]) => ({
    candidate: firstCode(candidate),
    ...Object.fromEntries(keys.map((key, i) => [key, JSON.parse(firstCode(cells[i] ?? '')) as unknown])),
  }));
}

describe('docs/contract.md, the council’s votes in `rank --json`', () => {
  const voting = features.filter((laid) => statedVotes(laid) !== null);

  it('has an example that states the votes', () => {
    expect(voting.length).toBeGreaterThan(0);
  });

  it.each(voting.map((laid, i) => [laid.title, laid, i] as const))(
    '%s: `thidua rank --json` prints the votes the section states, with the keys the command section lists',
    async (_title, laid, i) => {
      await fs.writeFile(path.join(dir, `votes-${i}.json`), laid.json);
      await initBook(`votes-${i}.xlsx`, ['--campaign', `votes-${i}.json`]);
      const rank = await runCli(['rank', `votes-${i}.xlsx`, '--json'], dir);
      const printed = (JSON.parse(rank.stdout) as RankJson).votes as unknown as Record<string, unknown>[];
      const stated = statedVotes(laid) ?? [];
      const keys = Object.keys(stated[0] ?? {});
      expect(printed.map((v) => Object.fromEntries(keys.map((key) => [key, v[key]])))).toEqual(stated);
      const documented = pipeTable(section(DOC, 3, '`thidua rank`').body, 'Vote key').rows.map((row) =>
        firstCode(row[0] ?? ''),
      );
      expect(documented).toEqual(keyPaths({ votes: printed }).filter((key) => key.startsWith('votes[]')));
    },
  );
});

describe('docs/contract.md, the examples of how a unit is scored and ranked', () => {
  it.each(features.map((laid, i) => [laid.title, laid, i] as const))(
    '%s: `thidua init --campaign` accepts the example, and `thidua rank` and `thidua summary` give what the section says',
    async (_title, laid, i) => {
      await fs.writeFile(path.join(dir, `feature-${i}.json`), laid.json);
      await initBook(`feature-${i}.xlsx`, ['--campaign', `feature-${i}.json`]);
      const stated = statedResults(laid);
      const rank = await runCli(['rank', `feature-${i}.xlsx`, '--json'], dir);
      expect({ example: laid.title, code: rank.code }).toEqual({ example: laid.title, code: stated.exit });
      const printed = (JSON.parse(rank.stdout) as RankJson).clusters.flatMap((c) => c.units);
      // Every unit, in the order rank lists them.
      expect(printed.map((u) => u.unit)).toEqual(stated.units.map(([unit]) => unit));
      for (const [unit, said] of stated.units) {
        const found = (printed.find((u) => u.unit === unit) ?? {}) as Record<string, unknown>;
        const shown = Object.fromEntries(Object.keys(said).map((key) => [key, found[key]]));
        expect({ unit, ...shown }).toEqual({ unit, ...said });
      }
      const summary = await runCli(['summary', `feature-${i}.xlsx`], dir);
      expect({ example: laid.title, code: summary.code }).toEqual({ example: laid.title, code: stated.exit });
    },
  );
});
