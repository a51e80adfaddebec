import type { Unit } from '../../model';
import type { Random } from './prng';
import { UNIT_KINDS, type UnitKind } from './unitKinds';

/** A unit as a preset declares it: code, name, cluster and kind; headcount is sample data. */
export interface UnitSpec {
  code: string;
  name: string;
  cluster: string;
  kind: UnitKind;
}

/** A unit of the campaign with the kind its sample people are drawn from. */
export interface SampleUnit extends Unit {
  kind: UnitKind;
  headcount: number;
}

/**
 * Gives each declared unit a sample headcount from its kind's range.
 * @param random - the preset's seeded generator
 * @param specs - the units as the preset declares them
 * @returns the units with headcounts, in declaration order
 * @example
 * sampleUnits(seededRandom('x'), [{ code: 'VP', name: 'Văn phòng Sở', cluster: 'K1', kind: 'office' }])[0]?.headcount
 * // a number in [12, 20]
 */
export function sampleUnits(random: Random, specs: readonly UnitSpec[]): SampleUnit[] {
  return specs.map((spec) => {
    const [min, max] = UNIT_KINDS[spec.kind].headcount;
    return { ...spec, headcount: random.int(min, max) };
  });
}

/**
 * The campaign's view of sample units: the model's fields only.
 * @param units - sample units
 * @returns plain units
 * @example
 * asUnits([{ code: 'VP', name: 'Văn phòng Sở', cluster: 'K1', kind: 'office', headcount: 14 }])
 * // [{ code: 'VP', name: 'Văn phòng Sở', cluster: 'K1', headcount: 14 }]
 */
export function asUnits(units: readonly SampleUnit[]): Unit[] {
  return units.map(({ code, name, cluster, headcount }) => ({ code, name, cluster, headcount }));
}
