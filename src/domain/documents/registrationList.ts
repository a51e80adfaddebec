import type { Campaign } from '../model';

/** One row of a unit's registration list (danh sách đăng ký thi đua). */
export interface RegistrationListRow {
  /** `Ông`, `Bà`, or blank. */
  salutation: string;
  /** The person's full name; for a collective, `Tập thể <unit name>`. */
  name: string;
  /** The person's position and unit (`Trưởng phòng, Văn phòng Sở`); blank for a collective. */
  position: string;
  /** The title registered when it is an emulation title (danh hiệu thi đua), by its name. */
  title: string;
  /** The title registered when it is a form of award (hình thức khen thưởng), by its name. */
  form: string;
}

/** Case-insensitive, as MATCH compares. */
const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * The registration list of one unit, as its head signs it: the unit's registrations in table order,
 * a title registered in the column of its kind (Titles' `Loại`: danh hiệu thi đua or hình thức khen
 * thưởng; a code the catalogue lacks is shown as typed under the titles). Empty for a unit the
 * catalogue lacks.
 * @param campaign - units, titles and registrations
 * @param unit - the unit's code
 * @returns the rows
 * @example
 * registrationList(campaign, 'VP')[0] // { salutation: 'Ông', name: 'Nguyễn Văn An', position: 'Chánh Văn phòng, Văn phòng Sở', title: 'Chiến sĩ thi đua cơ sở', form: '' }
 */
export function registrationList(campaign: Campaign, unit: string): RegistrationListRow[] {
  const known = campaign.units.find((u) => same(u.code, unit));
  if (known === undefined) return [];
  const nameOf = (code: string): string => campaign.units.find((u) => same(u.code, code))?.name ?? '';
  return campaign.registrations
    .filter((r) => same(r.unit, unit))
    .map((r): RegistrationListRow => {
      const title = campaign.titles.find((t) => same(t.code, r.title));
      const shown = title?.name ?? r.title;
      const unitName = nameOf(r.unit);
      const collective = r.person === '';
      return {
        salutation: r.salutation ?? '',
        name: collective ? `Tập thể ${unitName}` : r.person,
        position: collective ? '' : r.position === '' ? unitName : `${r.position}, ${unitName}`,
        title: title?.kind === 'form' ? '' : shown,
        form: title?.kind === 'form' ? shown : '',
      };
    });
}
