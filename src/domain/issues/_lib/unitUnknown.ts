import { TABLES } from '../../contract';
import type { IssueTemplate } from '../catalogue';
import { template } from '../catalogue';
import type { Words } from '../place';
import { tableWords } from '../place';

/**
 * The entry of a row whose unit code is blank or not in the unit list, for a stage whose rows
 * belong to units (registrations, scores). Only what a blank code means and why the rule holds
 * differ between stages.
 * @param blank - what a row with no unit code is, e.g. `chưa ghi mã đơn vị` / `no unit code`
 * @param explain - the rule, in both languages
 * @returns the catalogue entry
 * @example
 * unitUnknown({ vi: 'chưa ghi mã đơn vị', en: 'no unit code' }, { vi: '…', en: '…' })
 */
export function unitUnknown(blank: Words, explain: Words): IssueTemplate<{ unit: string }> {
  const units = tableWords(TABLES.units);
  return template<{ unit: string }>({
    severity: 'error',
    vi: (p, at) =>
      `${at}: ${p.unit === '' ? blank.vi : `mã đơn vị "${p.unit}" không có trong danh sách đơn vị`}. Hãy chọn một mã đơn vị có trong ${units.vi}.`,
    en: (p, at) =>
      `${at}: ${p.unit === '' ? blank.en : `unit code "${p.unit}" is not in the unit list`}. Choose a unit code from the ${units.en}.`,
    explain: { ...explain, source: null },
  });
}
