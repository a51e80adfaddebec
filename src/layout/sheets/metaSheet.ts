/**
 * `_meta` (very hidden): what the add-in needs to know about the workbook itself — the layout's schema
 * version, the rule set it was planned with, whether it is locked, and the campaign's id. Rows are
 * appended when missing and never overwritten: the lock command owns `lockState`.
 */
import { META_HEADERS, META_KEYS, SHEETS, TABLES } from '../../domain/contract';
import { resolveRuleSet } from '../../domain/rules';
import { TABLE_STYLE, TEXT_FORMAT } from '../_lib/formats';
import { emptySheet, place, type LayoutContext } from '../context';
import type { SheetPlan } from '../plan';

/** Version of the workbook layout this code plans; stored in `_meta` when a workbook is created. */
export const SCHEMA_VERSION = 1;

/**
 * Plans the `_meta` sheet.
 * @param ctx - the plan being built
 * @returns the sheet's plan
 * @example
 * metaSheet(ctx).visibility // 'veryHidden'
 */
export function metaSheet(ctx: LayoutContext): SheetPlan {
  const sheet = emptySheet(ctx, SHEETS.meta);
  const table = place(ctx, {
    name: TABLES.meta,
    sheet: SHEETS.meta,
    origin: { row: 0, col: 0 },
    columns: [
      { header: META_HEADERS.key, role: 'input', numberFormat: TEXT_FORMAT, width: 16 },
      { header: META_HEADERS.value, role: 'input', width: 30 },
    ],
    rows: [
      [META_KEYS.schemaVersion, SCHEMA_VERSION],
      [META_KEYS.ruleSet, resolveRuleSet(ctx.campaign).id],
      [META_KEYS.lockState, 'open'],
      [META_KEYS.campaignId, ctx.campaign.id.trim() === '' ? null : ctx.campaign.id],
    ],
    key: META_HEADERS.key,
    required: Object.values(META_HEADERS),
    style: TABLE_STYLE.input,
    showFilter: false,
  });
  sheet.tables.push(table);
  sheet.visibility = 'veryHidden';
  sheet.print = null;
  return sheet;
}
