/**
 * Sends the planned writes: normally one request; several only where one would pass the size budget
 * (Excel on the web refuses requests over 5 MB; the budget is 4 MB by the host's estimate). Each
 * request runs with calculation suspended (`suspendApiCalculationUntilNextSync`, ExcelApi 1.6), so
 * thousands of COUNTIFS are not recalculated cell by cell while rows are written; Excel recalculates
 * once the request is done.
 */
import { packRequests } from './payload';
import { WriteSession, type WriteOp } from './writeOp';

/**
 * Queues the writes and syncs once per request.
 * @param context - the request context of the running `Excel.run`
 * @param ops - the writes, in order
 * @param budget - the most bytes one request may carry by estimate
 * @returns the number of requests sent (0 when there is nothing to write)
 * @example
 * await executeWrites(context, planned.ops, REQUEST_BUDGET_BYTES) // 1 for a plan of ordinary size
 */
export async function executeWrites(
  context: Excel.RequestContext,
  ops: readonly WriteOp[],
  budget: number,
): Promise<number> {
  const session = new WriteSession(context);
  const requests = packRequests(ops, budget);
  for (const request of requests) {
    context.application.suspendApiCalculationUntilNextSync();
    for (const op of request) op.queue(session);
    // The only sync in a loop: one per size-limited request, in order (later writes use earlier proxies).
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  return requests.length;
}
