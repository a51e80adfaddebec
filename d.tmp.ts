import { generateCampaign, MINISTRY_TREE } from './bench/workload';
import { rankCampaign, summarise } from './src/domain/rank';
import { validateAll } from './src/domain/validate';
const base = generateCampaign(MINISTRY_TREE);
for (let i = 0; i < 12; i++) { const c = structuredClone(base); validateAll(c); summarise(c, rankCampaign(c)); }
