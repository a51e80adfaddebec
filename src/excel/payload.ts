/**
 * The size of a write request. Excel on the web refuses a request over 5 MB
 * (`RequestPayloadSizeLimitExceeded`); the host keeps each request under 4 MB by its own estimate —
 * the JSON of the arrays it queues plus a fixed allowance per operation — so the estimate can miss by
 * a fifth and still pass. Desktop Excel has no such limit, but the same split keeps one code path.
 */

/** Bytes one write request may carry by the host's estimate. */
export const REQUEST_BUDGET_BYTES = 4_000_000;

/** Allowance for the object path, method name and address of one queued operation. */
export const OPERATION_OVERHEAD_BYTES = 256;

const encoder = new TextEncoder();

/**
 * Bytes of a value once serialised into a request (UTF-8 JSON: Vietnamese letters take two or three bytes).
 * @param value - what is sent (a 2-D array of values, formulas or formats, or an option object)
 * @returns the byte length of its JSON
 * @example
 * jsonBytes([['Mã đơn vị']]) // 20
 */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? '').length;
}

/**
 * The most bytes one array write may carry: an eighth of the request budget, so that small writes
 * and row chunks share requests (with chunks as large as the budget, a small write queued before a
 * big table would take a request of its own) and a request is left at most an eighth short of full.
 * @param budget - bytes of one request
 * @returns bytes of one chunk
 * @example
 * chunkLimit(REQUEST_BUDGET_BYTES) // 500000
 */
export function chunkLimit(budget: number): number {
  return Math.max(1, Math.floor(budget / 8));
}

/** A run of consecutive rows of a 2-D array, with its estimated size. */
export interface RowChunk<T> {
  /** Index of the chunk's first row in the whole array. */
  start: number;
  rows: T[][];
  bytes: number;
}

/**
 * Splits rows into consecutive chunks whose JSON stays under a limit (a single row over the limit gets
 * a chunk of its own). One chunk when everything fits.
 * @param rows - the 2-D array to send
 * @param limit - maximum bytes of a chunk
 * @returns the chunks, in order, covering every row once
 * @example
 * chunkRowsByBytes([[1], [2], [3]], 10).map((c) => c.rows.length) // [2, 1]
 */
export function chunkRowsByBytes<T>(rows: T[][], limit: number): RowChunk<T>[] {
  const chunks: RowChunk<T>[] = [];
  let current: RowChunk<T> = { start: 0, rows: [], bytes: 2 };
  rows.forEach((row, index) => {
    // Each row adds its JSON and a separating comma.
    const size = jsonBytes(row) + 1;
    if (current.rows.length > 0 && current.bytes + size > limit) {
      chunks.push(current);
      current = { start: index, rows: [], bytes: 2 };
    }
    current.rows.push(row);
    current.bytes += size;
  });
  if (current.rows.length > 0 || chunks.length === 0) chunks.push(current);
  return chunks;
}

/**
 * Groups operations, in order, into requests whose estimated bytes stay under a budget. An operation
 * larger than the budget on its own (which the chunking above prevents) still gets a request.
 * @param operations - queued writes with their estimated size
 * @param budget - maximum bytes of a request
 * @returns the requests, in order
 * @example
 * packRequests([{ bytes: 3 }, { bytes: 3 }, { bytes: 3 }], 7).length // 2
 */
export function packRequests<T extends { bytes: number }>(operations: readonly T[], budget: number): T[][] {
  const requests: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const operation of operations) {
    if (current.length > 0 && size + operation.bytes > budget) {
      requests.push(current);
      current = [];
      size = 0;
    }
    current.push(operation);
    size += operation.bytes;
  }
  if (current.length > 0) requests.push(current);
  return requests;
}
