/** The seed campaigns of SCENARIOS.md as complete campaigns, and a blank campaign to start from. */
export { PRESETS, PRESET_IDS, PRESET_BUILDERS, presetById } from './presets';
export { blankCampaign } from './blankCampaign';
export { buildHcm2018 } from './hcm2018';
export { buildTienGiang2018 } from './tienGiang2018';
export { buildHue2021 } from './hue2021';
export { buildMienNuiPhiaBac2017 } from './mienNuiPhiaBac2017';
export { buildCum2BoTuPhap2021 } from './cum2BoTuPhap2021';
