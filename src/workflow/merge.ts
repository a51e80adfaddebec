/**
 * Stage 2½, merging what units send: each unit fills its registrations and self-scores in its own copy
 * of the campaign workbook, and the cluster's officer consolidates the copies into the cluster's
 * workbook. Only the sender's rows are added or replaced; nothing else of the cluster's workbook changes.
 *
 * Who sent a copy is decided from the data, never from the file's name:
 * - the copy must be of the same campaign: the campaign id kept in `_meta` (`campaignId`), or, when
 *   either workbook has none, the same campaign name and year in `Phong trào`;
 * - the sender is the one unit whose rows the copy holds: its registrations (`Mã đơn vị` of `Đăng ký`)
 *   and its self-score row with a point typed (`Tự chấm`). A copy holding rows of several units, or of
 *   none, is refused, naming them; so is a sender the cluster's catalogue does not list, and a unit
 *   that sent two copies in one merge (which one counts would depend on the order).
 *
 * The result does not depend on the order the copies are given in, and merging a copy again changes
 * nothing: a sender's registrations are taken out and put back as one block, before the first row of a
 * unit that comes after it in the catalogue (`Danh mục › Units`); its self-score row is overwritten.
 */
import {
  CAMPAIGN_FIELDS,
  CAMPAIGN_HEADERS,
  META_HEADERS,
  META_KEYS,
  REGISTRATION_HEADERS,
  TABLES,
  UNIT_HEADERS,
} from '../domain/contract';
import { findTable, headerKey } from '../domain/read';
import type { CellValue, RawTable, WorkbookData } from '../domain/workbook';
import { isRefusal, wasRefused, type TableRowsWrite, type WorkbookHost } from '../layout/host';
import type { TablePlan } from '../layout/plan';
import { bookRefusal, readBook } from './book';
import { checkedIssues, type CheckedIssue } from './issues';
import { planOrRefusal } from './plan';

/**
 * A unit's copy. It is read when the merge comes to it, and only what the unit brings is kept: a
 * thousand copies of a Ministry workbook do not fit in memory at once.
 */
export interface UnitCopy {
  /** How the officer named the file, for the report. */
  label: string;
  /** Reads the copy's tables (at least `Meta`, `Campaign`, `Registrations`, `SelfScores`). */
  read(): Promise<WorkbookData>;
}

/** What became of one copy. */
export type CopyOutcome =
  | {
      label: string;
      accepted: true;
      unit: string;
      unitName: string;
      /** The sender's registration rows in the cluster's workbook before and after. */
      registrations: { before: number; after: number; changed: boolean };
      /** Headers of the self-score cells whose value changed. */
      selfScores: string[];
    }
  | { label: string; accepted: false; reason: string };

/** What merging did, or would do with `dryRun`. */
export interface MergeResult {
  /** Why the cluster's workbook cannot be merged into (no campaign, a structural error); empty otherwise. */
  refusal: CheckedIssue[];
  copies: CopyOutcome[];
  /** Whether anything of the cluster's workbook changes. */
  changed: boolean;
  /** Whether the changes were written (false for a dry run, a refusal, or nothing to change). */
  written: boolean;
  /** What the host could not do, worded for the officer. */
  notes: string[];
}

/** A table's rows as the merge handles them: the columns it writes and one value per column. */
interface Rows {
  headers: string[];
  rows: CellValue[][];
}

/**
 * Merges units' copies into the cluster's workbook (one read; the rows written, then the layout applied
 * again for the formulas and formats of new rows).
 * @param host - the cluster workbook's host; it must offer `writeRows`
 * @param copies - the units' copies, read
 * @param options - `dryRun`: work out and report the changes without writing them
 * @returns what became of each copy and whether the workbook changed
 * @example
 * const result = await mergeUnitCopies(host, [{ label: 'vp.xlsx', data }], { dryRun: false });
 * result.copies[0]?.accepted // true
 */
export async function mergeUnitCopies(
  host: WorkbookHost,
  copies: readonly UnitCopy[],
  options: { dryRun: boolean },
): Promise<MergeResult> {
  const current = await host.read();
  const book = readBook(current);
  const refused = bookRefusal(book);
  if (refused !== null || book.campaign === null) {
    const issues = refused?.kind === 'unreadable' ? refused.issues : book.readIssues;
    return nothingDone(checkedIssues(issues, current), copies);
  }
  const plan = planOrRefusal(book.campaign, current);
  if (isRefusal(plan)) {
    return nothingDone(
      checkedIssues(
        plan.refused.filter((i) => i.severity === 'error'),
        current,
      ),
      copies,
    );
  }
  const tablePlan = (name: string): TablePlan | undefined =>
    plan.sheets.flatMap((sheet) => sheet.tables).find((table) => table.name === name);
  const registrationsPlan = tablePlan(TABLES.registrations);
  const selfPlan = tablePlan(TABLES.selfScores);
  const registrationsTable = findTable(current, TABLES.registrations);
  const selfTable = findTable(current, TABLES.selfScores);
  if (!registrationsPlan || !selfPlan || registrationsTable === null || selfTable === null) {
    throw new Error('A readable campaign workbook has Registrations and SelfScores tables.');
  }

  const order = new Map(book.campaign.units.map((unit, i) => [unit.code, i] as const));
  const names = new Map(book.campaign.units.map((unit) => [unit.code, unit.name] as const));
  const identity = campaignIdentity(current);
  let registrations = typedRows(registrationsTable, registrationsPlan);
  let selfScores = typedRows(selfTable, selfPlan);
  const selfInputs = inputHeaders(selfPlan).filter((h) => headerKey(h) !== headerKey(UNIT_HEADERS.code));

  const senders: Sender[] = [];
  for (const copy of copies)
    senders.push(senderOf(await copy.read(), identity, registrationsPlan, selfInputs));
  const outcomes: CopyOutcome[] = [];
  copies.forEach((copy, i) => {
    const sender = senders[i];
    if (sender === undefined) return;
    if ('reason' in sender) {
      outcomes.push({ label: copy.label, accepted: false, reason: sender.reason });
      return;
    }
    const twins = copies.filter((_, k) => {
      const other = senders[k];
      return other !== undefined && 'unit' in other && other.unit === sender.unit;
    });
    if (twins.length > 1) {
      const labels = twins.map((twin) => `"${twin.label}"`).join(', ');
      outcomes.push(
        refusal(copy, `đơn vị ${sender.unit} gửi nhiều tệp trong lần gộp này (${labels}); chỉ gộp một tệp.`),
      );
      return;
    }
    if (!order.has(sender.unit)) {
      outcomes.push(refusal(copy, `đơn vị ${sender.unit} không có trong danh mục đơn vị của sổ cụm.`));
      return;
    }
    const selfRow = selfScores.rows.findIndex((row) => codeOf(row[0]) === sender.unit);
    if (sender.selfScores !== null && selfRow < 0) {
      outcomes.push(
        refusal(
          copy,
          `sổ cụm chưa có dòng tự chấm của đơn vị ${sender.unit}: chạy "thidua setup" trên sổ cụm trước.`,
        ),
      );
      return;
    }
    const merged = mergeRegistrations(registrations, sender.unit, sender.registrations, order);
    const changedSelf =
      sender.selfScores === null ? [] : changedCells(selfScores, selfRow, sender.selfScores);
    outcomes.push({
      label: copy.label,
      accepted: true,
      unit: sender.unit,
      unitName: names.get(sender.unit) ?? '',
      registrations: {
        before: merged.before,
        after: sender.registrations.rows.length,
        changed: merged.changed,
      },
      selfScores: changedSelf,
    });
    registrations = merged.table;
    if (sender.selfScores !== null) selfScores = withSelfScores(selfScores, selfRow, sender.selfScores);
  });

  const writes: TableRowsWrite[] = [];
  if (outcomes.some((outcome) => outcome.accepted && outcome.registrations.changed)) {
    writes.push({ table: registrationsTable.name, ...registrations });
  }
  if (!sameRows(selfScores.rows, typedRows(selfTable, selfPlan).rows)) {
    writes.push({ table: selfTable.name, ...selfScores });
  }
  const result: MergeResult = {
    refusal: [],
    copies: outcomes,
    changed: writes.length > 0,
    written: false,
    notes: [],
  };
  if (options.dryRun || writes.length === 0) return result;
  if (host.writeRows === undefined) {
    throw new Error(`The ${host.kind} host cannot write rows: merging needs a workbook file.`);
  }
  await host.writeRows(writes);
  // The layout again, for the formulas, dropdowns and formats of the rows just written.
  const outcome = await host.applyPlan((data) => {
    const merged = readBook(data).campaign;
    return merged === null ? { refused: readBook(data).readIssues } : planOrRefusal(merged, data);
  });
  if (wasRefused(outcome)) {
    return {
      ...result,
      refusal: checkedIssues(
        outcome.refused.filter((i) => i.severity === 'error'),
        outcome.current,
      ),
    };
  }
  return { ...result, written: true, notes: outcome.notes };
}

function nothingDone(issues: CheckedIssue[], copies: readonly UnitCopy[]): MergeResult {
  return {
    refusal: issues,
    copies: copies.map((copy) => refusal(copy, 'chưa gộp: sổ cụm không gộp được (xem lỗi của sổ cụm).')),
    changed: false,
    written: false,
    notes: [],
  };
}

function refusal(copy: UnitCopy, reason: string): CopyOutcome {
  return { label: copy.label, accepted: false, reason };
}

/** The columns of a table an officer types in, as the plan says: the ones the merge carries. */
function inputHeaders(plan: TablePlan): string[] {
  return plan.columns.filter((column) => column.role === 'input').map((column) => column.header);
}

/**
 * A table's rows in the columns the merge writes: the plan's input columns, unit code first, then any
 * column of the officer's own (not planned, holding no formula). Computed columns are left to the layout.
 */
function typedRows(table: RawTable, plan: TablePlan): Rows {
  const planned = new Set(plan.columns.map((column) => headerKey(column.header)));
  const inputs = new Set(inputHeaders(plan).map(headerKey));
  const unitKey = headerKey(UNIT_HEADERS.code);
  const chosen = table.headers
    .map((header, j) => ({ header, j }))
    .filter(({ header, j }) => {
      const key = headerKey(header);
      if (inputs.has(key) || key === unitKey) return true;
      return !planned.has(key) && table.formulas?.every((row) => (row[j] ?? null) === null) !== false;
    })
    .sort((a, b) => Number(headerKey(b.header) === unitKey) - Number(headerKey(a.header) === unitKey));
  const rows = table.rows
    .map((row) => chosen.map(({ j }) => row[j] ?? null))
    .filter((row) => row.some((cell) => !isBlank(cell)));
  return { headers: chosen.map(({ header }) => header), rows };
}

/** The rows of a copy's table in the cluster's columns, by header; a column the copy lacks reads blank. */
function inColumns(table: RawTable | null, headers: readonly string[]): CellValue[][] {
  if (table === null) return [];
  const at = headers.map((header) => table.headers.findIndex((h) => headerKey(h) === headerKey(header)));
  return table.rows
    .map((row) => at.map((j) => (j < 0 ? null : (row[j] ?? null))))
    .filter((row) => row.some((cell) => !isBlank(cell)));
}

type Sender = { unit: string; registrations: Rows; selfScores: Rows | null } | { reason: string };

/** Who sent a copy and what it holds, or why it is refused. */
function senderOf(
  copy: WorkbookData,
  cluster: Identity | null,
  registrationsPlan: TablePlan,
  selfInputs: readonly string[],
): Sender {
  const identity = campaignIdentity(copy);
  if (cluster === null)
    return { reason: 'sổ cụm không có mã phong trào hay tên và năm phong trào để đối chiếu.' };
  if (identity === null)
    return { reason: 'tệp không có mã phong trào hay tên và năm phong trào: không phải sổ thi đua.' };
  if (identity.key !== cluster.key) {
    return { reason: `tệp thuộc phong trào khác (${identity.shown}), không phải ${cluster.shown}.` };
  }
  const registrations = findTable(copy, TABLES.registrations);
  const self = findTable(copy, TABLES.selfScores);
  if (registrations === null && self === null) {
    return { reason: 'tệp không có bảng Đăng ký (Registrations) hay Tự chấm (SelfScores).' };
  }
  const registrationHeaders = [
    REGISTRATION_HEADERS.unit,
    ...inputHeaders(registrationsPlan).filter((h) => headerKey(h) !== headerKey(REGISTRATION_HEADERS.unit)),
  ];
  const registrationRows = inColumns(registrations, registrationHeaders);
  const selfHeaders = [UNIT_HEADERS.code, ...selfInputs];
  const selfRows = inColumns(self, selfHeaders).filter((row) => row.slice(1).some((cell) => !isBlank(cell)));

  const units = new Set([...registrationRows, ...selfRows].map((row) => codeOf(row[0])));
  if (units.size === 0) return { reason: 'tệp không có dòng đăng ký hay điểm tự chấm nào của đơn vị nào.' };
  if (units.has('')) return { reason: 'tệp có dòng đăng ký hoặc tự chấm không ghi mã đơn vị.' };
  if (units.size > 1) {
    return {
      reason: `tệp có dòng của nhiều đơn vị (${[...units].sort().join(', ')}); mỗi đơn vị gửi sổ chỉ có dòng của mình.`,
    };
  }
  const unit = [...units][0] ?? '';
  // The sender's self-score row, points typed or not: the copy is what the unit says now.
  const ownSelf = inColumns(self, selfHeaders).filter((row) => codeOf(row[0]) === unit);
  return {
    unit,
    registrations: { headers: registrationHeaders, rows: registrationRows },
    selfScores: ownSelf[0] === undefined ? null : { headers: selfHeaders, rows: [ownSelf[0]] },
  };
}

/**
 * The cluster's registrations with the sender's replaced: its rows taken out and the copy's put back as
 * one block before the first row of a unit that comes after it in the catalogue (rows of a unit the
 * catalogue does not list count as after every unit).
 */
function mergeRegistrations(
  cluster: Rows,
  unit: string,
  copy: Rows,
  order: ReadonlyMap<string, number>,
): { table: Rows; changed: boolean; before: number } {
  const rank = (code: string): number => order.get(code) ?? Number.POSITIVE_INFINITY;
  const own = rank(unit);
  const mine: number[] = [];
  const others: CellValue[][] = [];
  cluster.rows.forEach((row, i) => {
    if (codeOf(row[0]) === unit) mine.push(i);
    else others.push(row);
  });
  let at = others.findIndex((row) => rank(codeOf(row[0])) > own);
  if (at < 0) at = others.length;
  const columns = cluster.headers.map((header) =>
    copy.headers.findIndex((h) => headerKey(h) === headerKey(header)),
  );
  const carried = copy.rows.map((row) => columns.map((j) => (j < 0 ? null : (row[j] ?? null))));
  // Unchanged when the sender's rows already stand, the same, as one block where they would go.
  const changed =
    mine.length !== carried.length ||
    mine.some((index, k) => index !== at + k) ||
    !sameRows(
      mine.map((index) => cluster.rows[index] ?? []),
      carried,
    );
  const rows = changed ? [...others.slice(0, at), ...carried, ...others.slice(at)] : cluster.rows;
  return { table: { headers: cluster.headers, rows }, changed, before: mine.length };
}

/** The self-score table with the sender's row overwritten in the columns the copy gives. */
function withSelfScores(cluster: Rows, rowIndex: number, copy: Rows): Rows {
  const source = copy.rows[0] ?? [];
  const rows = cluster.rows.map((row, i) => {
    if (i !== rowIndex) return row;
    return cluster.headers.map((header, k) => {
      const j = copy.headers.findIndex((h) => headerKey(h) === headerKey(header));
      return j <= 0 ? (row[k] ?? null) : (source[j] ?? null);
    });
  });
  return { headers: cluster.headers, rows };
}

function changedCells(cluster: Rows, rowIndex: number, copy: Rows): string[] {
  const before = cluster.rows[rowIndex] ?? [];
  const after = withSelfScores(cluster, rowIndex, copy).rows[rowIndex] ?? [];
  return cluster.headers.filter((_, k) => !sameCell(before[k] ?? null, after[k] ?? null));
}

function sameRows(a: readonly CellValue[][], b: readonly CellValue[][]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (row, i) =>
        row.length === (b[i]?.length ?? -1) && row.every((cell, j) => sameCell(cell, b[i]?.[j] ?? null)),
    )
  );
}

function sameCell(a: CellValue, b: CellValue): boolean {
  return a === b || (isBlank(a) && isBlank(b));
}

function isBlank(cell: CellValue | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

function codeOf(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return '';
  const text = String(cell).trim();
  // Most codes are ASCII; only the others need composing (a code typed with combining marks).
  return /^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFC');
}

/** What a workbook says of the campaign it belongs to. */
interface Identity {
  /** Compared between the two workbooks. */
  key: string;
  /** As the officer reads it in a message. */
  shown: string;
}

/**
 * The campaign a workbook belongs to: its id in `_meta`, else its name and year in `Phong trào`.
 * @param data - the workbook as read
 * @returns the identity, or null when the workbook says nothing of it
 */
function campaignIdentity(data: WorkbookData): Identity | null {
  const id = lookUp(findTable(data, TABLES.meta), META_HEADERS.key, META_HEADERS.value, META_KEYS.campaignId);
  if (id !== '') return { key: `id:${id}`, shown: `mã phong trào "${id}"` };
  const campaign = findTable(data, TABLES.campaign);
  const name = lookUp(campaign, CAMPAIGN_HEADERS.field, CAMPAIGN_HEADERS.value, CAMPAIGN_FIELDS.name);
  const year = lookUp(campaign, CAMPAIGN_HEADERS.field, CAMPAIGN_HEADERS.value, CAMPAIGN_FIELDS.year);
  if (name === '') return null;
  return { key: `name:${name}|${year}`, shown: `"${name}"${year === '' ? '' : ` năm ${year}`}` };
}

/** The value next to a key in a key / value table, as text; empty when absent. */
function lookUp(table: RawTable | null, keyHeader: string, valueHeader: string, key: string): string {
  if (table === null) return '';
  const k = table.headers.findIndex((h) => headerKey(h) === headerKey(keyHeader));
  const v = table.headers.findIndex((h) => headerKey(h) === headerKey(valueHeader));
  if (k < 0 || v < 0) return '';
  const row = table.rows.find((r) => codeOf(r[k]) === key);
  return codeOf(row?.[v]);
}
