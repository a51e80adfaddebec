import { addDays, daysBetween } from '../../dates';
import type { IsoDate, Registration } from '../../model';
import { TITLE_CODES } from '../../rules/titleCodes';
import { vietnameseNames, type NameRegion } from './names';
import type { Random } from './prng';
import type { SampleUnit } from './sampleUnits';
import { UNIT_KINDS } from './unitKinds';

/** What sample registrations follow: when units registered, where their people come from, the cap. */
export interface RegistrationPlan {
  /** First and last day a unit's list is dated; the last must not pass the campaign's deadline. */
  window: { from: IsoDate; to: IsoDate };
  region: NameRegion;
  /** Collective titles every unit registers for itself. */
  collective: readonly string[];
  /** CSTĐCS cap in percent of a unit's LĐTT, or null when the rule set has none. */
  capPercent: number | null;
  /** Notes on a unit's collective registrations, by unit code. */
  notes?: Readonly<Record<string, string>>;
  /** Units that also register one person for CSTĐ bộ, ban, ngành, tỉnh. */
  cstdBo?: readonly string[];
}

/**
 * Sample registrations (đăng ký thi đua) that meet the catalogue's prerequisites and caps: each unit
 * registers its collective titles and its people, dated on one day inside the window (a unit sends
 * one list signed by its head).
 *
 * People per unit: LĐTT alone for at least 70% of the headcount (and at least 7, so the 15% cap allows
 * one CSTĐCS), then 1 to the cap's worth of CSTĐCS. Shares are kept on LĐTT registrations alone, so
 * they hold whether a reader counts a CSTĐCS as an LĐTT or not.
 *
 * @param random - the preset's seeded generator
 * @param units - sample units with headcount and kind
 * @param plan - window, region, collective titles, cap, notes
 * @returns registration rows numbered from 1, unit by unit
 * @example
 * const rows = sampleRegistrations(random, units, {
 *   window: { from: '2018-01-08', to: '2018-01-29' },
 *   region: 'south',
 *   collective: ['TTLDXS', 'CTD_BO'],
 *   capPercent: 15,
 * });
 * rows[0] // { row: 1, unit: 'VP', subject: 'collective', title: 'TTLDXS', … }
 */
export function sampleRegistrations(
  random: Random,
  units: readonly SampleUnit[],
  plan: RegistrationPlan,
): Registration[] {
  const nextName = vietnameseNames(random, plan.region);
  const span = daysBetween(plan.window.from, plan.window.to);
  const rows: Omit<Registration, 'row'>[] = [];

  for (const unit of units) {
    const date = addDays(plan.window.from, random.int(0, span));
    const note = plan.notes?.[unit.code] ?? '';
    for (const title of plan.collective) {
      rows.push({ unit: unit.code, subject: 'collective', person: '', position: '', title, date, note });
    }

    const cstdBo = plan.cstdBo?.includes(unit.code) === true ? 1 : 0;
    const headcount = unit.headcount;
    const ldttMin = Math.max(7, Math.ceil(0.7 * headcount));
    const ldtt = clamp(
      Math.round(headcount * random.stepped(0.74, 0.92, 0.01)),
      ldttMin,
      headcount - 1 - cstdBo,
    );
    const capRoom =
      plan.capPercent === null
        ? Math.max(1, Math.floor(0.2 * ldtt))
        : Math.floor((plan.capPercent / 100) * ldtt);
    const cstdcs = Math.min(random.int(1, Math.max(1, capRoom - cstdBo)), headcount - ldtt - cstdBo);
    if (cstdcs < 1 || cstdcs + cstdBo > Math.max(1, capRoom) || ldtt < ldttMin) {
      throw new Error(`sampleRegistrations: unit ${unit.code} is too small for its sample registrations`);
    }

    const titles = random.shuffle([
      ...Array<string>(ldtt).fill(TITLE_CODES.LDTT),
      ...Array<string>(cstdcs).fill(TITLE_CODES.CSTDCS),
      ...Array<string>(cstdBo).fill(TITLE_CODES.CSTD_BO),
    ]);
    const profile = UNIT_KINDS[unit.kind];
    const deputies = random.int(1, 2);
    titles.forEach((title, i) => {
      const position = i < deputies ? profile.deputy : random.pick(profile.staff);
      rows.push({
        unit: unit.code,
        subject: 'individual',
        person: nextName(),
        position,
        title,
        date,
        note: '',
      });
    });
  }
  return rows.map((row, i) => ({ row: i + 1, ...row }));
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
