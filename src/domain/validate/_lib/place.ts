import { CAMPAIGN_FIELDS, CAMPAIGN_HEADERS, TABLES } from '../../contract';
import type { Place } from '../../issues';

/**
 * The place of one field of the field / value `Campaign` table. Its rows follow CAMPAIGN_FIELDS,
 * the display order the contract gives them.
 * @param field - the model field
 * @returns the place, naming the field by its label
 * @example
 * campaignFieldPlace('start') //=> { table: 'Campaign', row: 8, column: 'Giá trị', field: 'Ngày bắt đầu' }
 */
export function campaignFieldPlace(field: keyof typeof CAMPAIGN_FIELDS): Place {
  return {
    table: TABLES.campaign,
    row: Object.keys(CAMPAIGN_FIELDS).indexOf(field) + 1,
    column: CAMPAIGN_HEADERS.value,
    field: CAMPAIGN_FIELDS[field],
  };
}
