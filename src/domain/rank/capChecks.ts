import type { Campaign, Rounding, Title } from '../model';
import { titleReach } from '../titleReach';
import { catalogueUnits } from './_lib/catalogue';
import { foldPersonName } from './_lib/personName';
import { roundLikeExcel } from './roundLikeExcel';

/** One unit against one capped title (e.g. CSTĐCS ≤ 15% of the unit's LĐTT). */
export interface CapCheck {
  unit: string;
  unitName: string;
  cluster: string;
  /** The capped title. */
  title: string;
  titleName: string;
  /** The title the cap is a share of (`cap.of`). */
  of: string;
  percent: number;
  rounding: Rounding;
  /** Individuals of the unit registered for the capped title. */
  count: number;
  /** Individuals of the unit registered for `of`, or for a title that counts as it. */
  base: number;
  /** `percent`% of `base`, rounded by the cap's rule. */
  allowed: number;
  /** `count` ≤ `allowed`. */
  ok: boolean;
}

/**
 * Checks every per-unit cap of the title catalogue, for every unit of the catalogue.
 *
 * Counts are of individuals, not rows: a person is known by the trimmed, case-folded name within the
 * unit, so someone registered for both CSTĐCS and LĐTT is one person in the LĐTT base. A title counts
 * as `of` when it is `of` or lists it in `counts`, directly or through another title (a CSTĐ bộ that
 * counts as CSTĐCS, which counts as LĐTT, counts as LĐTT). Only individual registrations count.
 *
 * @param campaign - the campaign: units, titles with their caps, registrations
 * @returns one check per unit (catalogue order) per capped title (catalogue order)
 *
 * @example
 * ```ts
 * const lđtt: Title = { code: 'LĐTT', name: 'Lao động tiên tiến', subject: 'individual', kind: 'title', prerequisites: [], cap: null, counts: [] };
 * const cstđcs: Title = { ...lđtt, code: 'CSTĐCS', name: 'Chiến sĩ thi đua cơ sở', cap: { of: 'LĐTT', percent: 15, rounding: 'floor' }, counts: ['LĐTT'] };
 * const person = (row: number, person: string, title: string): Registration =>
 *   ({ row, unit: 'U1', subject: 'individual', person, position: '', title, date: null, note: '' });
 * const capped: Campaign = {
 *   ...campaign,
 *   units: [{ code: 'U1', name: 'Văn phòng Sở', cluster: 'C1', headcount: 7 }],
 *   titles: [lđtt, cstđcs],
 *   registrations: [
 *     ...['A', 'B', 'C', 'D', 'E', 'F'].map((name, i) => person(i + 1, name, 'LĐTT')),
 *     person(7, 'G', 'CSTĐCS'),
 *     person(8, 'H', 'CSTĐCS'),
 *   ],
 * };
 * checkCaps(capped).map((c) => [c.count, c.base, c.allowed, c.ok]); //=> [[2, 8, 1, false]]
 * ```
 */
export function checkCaps(campaign: Campaign): CapCheck[] {
  const capped = campaign.titles.filter(
    (t): t is Title & { cap: NonNullable<Title['cap']> } => t.cap !== null,
  );
  if (capped.length === 0) return [];
  // Each name is folded once and each title's reach looked up once: at the Ministry's scale there
  // are 20,000 rows, read again for every capped title.
  const byUnit = new Map<string, Individual[]>();
  for (const registration of campaign.registrations) {
    if (registration.subject !== 'individual') continue;
    const individual = {
      row: registration.row,
      title: registration.title.trim(),
      person: foldPersonName(registration.person),
    };
    const rows = byUnit.get(registration.unit);
    if (rows === undefined) byUnit.set(registration.unit, [individual]);
    else rows.push(individual);
  }
  // A duplicated title code reaches what any of its rows counts as.
  const reach = titleReach((code) => campaign.titles.filter((t) => t.code === code).flatMap((t) => t.counts));

  return catalogueUnits(campaign).flatMap((unit) => {
    const registrations = byUnit.get(unit.code) ?? [];
    return capped.map((title): CapCheck => {
      const { of, percent, rounding } = title.cap;
      const count = distinctPeople(registrations.filter((r) => r.title === title.code));
      const base = distinctPeople(registrations.filter((r) => reach(r.title).has(of)));
      const allowed = allowedCount(percent, base, rounding);
      return {
        unit: unit.code,
        unitName: unit.name,
        cluster: unit.cluster,
        title: title.code,
        titleName: title.name,
        of,
        percent,
        rounding,
        count,
        base,
        allowed,
        ok: count <= allowed,
      };
    });
  });
}

/** An individual registration as the caps count it: its row, trimmed title code and folded name. */
interface Individual {
  row: number;
  title: string;
  person: string;
}

/**
 * How many holders a cap allows: `percent`% of `base`, rounded by the cap's rule (15% of 7 = 1.05:
 * floor 1, round 1, ceil 2).
 *
 * @param percent - the cap, in percent
 * @param base - number of holders of the title the cap is a share of
 * @param rounding - `floor`, `round` (half away from zero) or `ceil`
 * @returns the allowed count
 *
 * @example
 * ```ts
 * allowedCount(15, 7, 'ceil'); //=> 2
 * allowedCount(8.8, 375, 'ceil'); //=> 33
 * ```
 */
export function allowedCount(percent: number, base: number, rounding: Rounding): number {
  // 8.8% of 375 is 33.00000000000001 in binary; at Excel's 15 digits it is 33, so ceil gives 33, not 34.
  const share = Number(((percent * base) / 100).toPrecision(15));
  if (rounding === 'floor') return Math.floor(share);
  if (rounding === 'ceil') return Math.ceil(share);
  return roundLikeExcel(share, 0);
}

/** People among registrations; a row without a name is a person of its own (validation flags it). */
function distinctPeople(registrations: readonly Individual[]): number {
  return new Set(registrations.map((r) => r.person || `#${r.row}`)).size;
}
