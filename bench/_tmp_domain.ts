import { domainMeasures } from './measures/domain';
import { MINISTRY, MINISTRY_HISTORY } from './workload';
void (async () => {
  for (const size of [MINISTRY, MINISTRY_HISTORY]) {
    for (const m of await domainMeasures(size, true)) console.log(JSON.stringify(m));
  }
})();
