import { buildPlan } from './src/layout/buildPlan';
import { presetById } from './src/domain/presets';
import { printedWidth, tableWidths } from './src/layout/_lib/printSetup';
const c = (presetById as any)('hcm-2018');
const plan = buildPlan(c.campaign ?? c.build?.() ?? c);
for (const s of plan.sheets) { console.log(s.name, JSON.stringify(s.print), Object.keys(s.columnWidths).length);
  for (const t of s.tables) console.log('  ', t.name, t.origin, tableWidths(t).join(','), printedWidth(tableWidths(t)).toFixed(0)); }
