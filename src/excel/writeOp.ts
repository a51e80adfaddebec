/**
 * A write, planned before it is queued. Phase 2 first turns the plan into an ordered list of these
 * (each knowing its estimated size), then packs them into as few requests as the size limit allows and
 * queues them; only the packing decides where a `context.sync` falls.
 */
import { jsonBytes, OPERATION_OVERHEAD_BYTES } from './payload';

/** What a write does, for the report and the tests. */
export type WriteKind =
  | 'addSheet'
  | 'tabColor'
  | 'unprotect'
  | 'cell'
  | 'numberFormat'
  | 'values'
  | 'createTable'
  | 'addColumn'
  | 'appendRows'
  | 'name'
  | 'formulas'
  | 'wrap'
  | 'borders'
  | 'columnWidth'
  | 'rowHeight'
  | 'columnHidden'
  | 'validation'
  | 'locked'
  | 'conditionalFormat'
  | 'chart'
  | 'freeze'
  | 'print'
  | 'visibility'
  | 'protect';

/**
 * The proxies shared by the writes of one run: a sheet added or a table created by one write is used
 * by the later ones through the same proxy, even when a size split puts them in different requests.
 */
export class WriteSession {
  private readonly sheets = new Map<string, Excel.Worksheet>();
  private readonly tables = new Map<string, Excel.Table>();

  /** @param context - the request context of the running `Excel.run` */
  constructor(readonly context: Excel.RequestContext) {}

  /**
   * The sheet of that name (added earlier in this run, or already in the workbook).
   * @param name - sheet name
   * @returns its proxy
   */
  sheet(name: string): Excel.Worksheet {
    let sheet = this.sheets.get(name);
    if (!sheet) {
      sheet = this.context.workbook.worksheets.getItem(name);
      this.sheets.set(name, sheet);
    }
    return sheet;
  }

  /**
   * Queues a new sheet at the end of the workbook.
   * @param name - sheet name
   * @returns its proxy
   */
  addSheet(name: string): Excel.Worksheet {
    const sheet = this.context.workbook.worksheets.add(name);
    this.sheets.set(name, sheet);
    return sheet;
  }

  /**
   * The table of that name (created earlier in this run, or already in the workbook).
   * @param name - table name
   * @returns its proxy
   */
  table(name: string): Excel.Table {
    let table = this.tables.get(name);
    if (!table) {
      table = this.context.workbook.tables.getItem(name);
      this.tables.set(name, table);
    }
    return table;
  }

  /**
   * Keeps the proxy of a table created in this run.
   * @param name - table name
   * @param table - the proxy `tables.add` returned
   */
  rememberTable(name: string, table: Excel.Table): void {
    this.tables.set(name, table);
  }
}

/** One planned write. */
export interface WriteOp {
  kind: WriteKind;
  /** The sheet it touches, or null for workbook-level writes (names). */
  sheet: string | null;
  /** Estimated bytes in the request. */
  bytes: number;
  /** Queues the Office.js calls (no sync). */
  queue(session: WriteSession): void;
}

/**
 * A planned write whose size is its payload's JSON plus the fixed allowance.
 * @param kind - what it does
 * @param sheet - the sheet it touches
 * @param payload - what it sends (arrays, rules), or null
 * @param queue - queues the Office.js calls
 * @returns the write
 * @example
 * writeOp('values', 'Đăng ký', [['Mã đơn vị']], (s) => { s.sheet('Đăng ký').getRange('A1').values = [['Mã đơn vị']]; })
 */
export function writeOp(
  kind: WriteKind,
  sheet: string | null,
  payload: unknown,
  queue: (session: WriteSession) => void,
): WriteOp {
  const bytes = OPERATION_OVERHEAD_BYTES + (payload === null ? 0 : jsonBytes(payload));
  return { kind, sheet, bytes, queue };
}
