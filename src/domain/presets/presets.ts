import type { Campaign } from '../model';
import { buildCum2BoTuPhap2021 } from './cum2BoTuPhap2021';
import { buildHcm2018 } from './hcm2018';
import { buildHue2021 } from './hue2021';
import { buildMienNuiPhiaBac2017 } from './mienNuiPhiaBac2017';
import { buildThads2015 } from './thads2015';
import { buildTienGiang2018 } from './tienGiang2018';

/** Builders of the seed scenarios, in the order of SCENARIOS.md, then the ranking of THADS offices by QĐ 1682. */
export const PRESET_BUILDERS: readonly (() => Campaign)[] = [
  buildHcm2018,
  buildTienGiang2018,
  buildHue2021,
  buildMienNuiPhiaBac2017,
  buildCum2BoTuPhap2021,
  buildThads2015,
];

/** The presets, built once; read them, or take a copy with {@link presetById} to change one. */
export const PRESETS: readonly Campaign[] = PRESET_BUILDERS.map((build) => build());

/** Ids of the presets, as `thidua init --scenario <id>` takes them. */
export const PRESET_IDS: readonly string[] = PRESETS.map((preset) => preset.id);

/**
 * A preset by id, as a deep copy the caller may change without touching the shared one.
 * @param id - preset id, e.g. `hcm-2018`
 * @returns a copy of the preset, or undefined for an unknown id
 * @example
 * presetById('hue-2021')?.issuer // 'Sở Tư pháp tỉnh Thừa Thiên Huế'
 * presetById('hcm-2019') // undefined
 */
export function presetById(id: string): Campaign | undefined {
  const preset = PRESETS.find((p) => p.id === id.trim());
  // A campaign is plain JSON data (strings, numbers, booleans, null, arrays, objects): a JSON round
  // trip copies it whole.
  return preset === undefined ? undefined : (JSON.parse(JSON.stringify(preset)) as Campaign);
}
