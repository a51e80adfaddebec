import type { Campaign } from '../model';
import { defaultAwardRules } from '../rules/defaultAwardRules';
import { defaultSettings } from '../rules/defaultSettings';
import { defaultTieBreaks } from '../rules/defaultTieBreaks';
import { ruleSetForYear } from '../rules/ruleSetForYear';
import { titlesFor } from '../rules/titlesFor';
import { standardCriteria100 } from './_lib/standardCriteria';

/**
 * A campaign to start from blank ("bắt đầu từ trang trắng"): the rule set in force in the year, its
 * title catalogue and defaults, a 100-point table in the Ministry's shape, one empty cluster, and no
 * units, registrations or scores. Not sample data: everything the officer adds is real.
 *
 * @param year - campaign year
 * @returns the blank campaign
 * @example
 * blankCampaign(2025).ruleSet // 'vn-2022'
 * blankCampaign(2025).units // []
 */
export function blankCampaign(year: number): Campaign {
  const ruleSet = ruleSetForYear(year);
  const criteria = standardCriteria100();
  return {
    id: `phong-trao-${year}`,
    name: `Phong trào thi đua năm ${year}`,
    issuer: '',
    planNumber: '',
    issueDate: null,
    year,
    theme: '',
    kind: 'regular',
    start: `${year}-01-01`,
    end: `${year}-12-31`,
    registrationDeadline: null,
    phases: [],
    scale: 100,
    ruleSet: ruleSet.id,
    sampleData: false,
    clusters: [{ code: 'C1', name: 'Cụm thi đua số 1', head: null, deputy: null }],
    units: [],
    titles: titlesFor(ruleSet),
    criteria,
    tiers: [],
    scoringTables: [],
    exclusions: [],
    registrations: [],
    history: [],
    scores: [],
    selfScores: [],
    tieBreaks: defaultTieBreaks(criteria, ruleSet.rules.tieBreakChain.value),
    awardRules: defaultAwardRules(ruleSet, 100),
    settings: defaultSettings(ruleSet, 100),
  };
}
