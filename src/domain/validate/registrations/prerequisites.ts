import { formatDecimal } from '../../cellCodecs/text';
import { REGISTRATION_HEADERS, TABLES } from '../../contract';
import type { Issue, Prerequisite, Registration } from '../../model';
import { makeIssue } from '../../issues';
import type { HistoryIndex } from '../../history/historyIndex';
import { heldThisYear, pastRunIndex, type PastRunQuestion } from '../../history/pastRunIndex';
import { checkPastRun } from '../../history/pastRun';
import { nameComparer, type NameMatch } from '../../history/personMatch';
import type { RankedUnit } from '../../rank/rankCampaign';
import type { RegistrationContext } from './context';
import { personKey, titleLabel } from './context';
import {
  clusterLeaders,
  leaderShare,
  leadership,
  leads,
  type ClusterLeaderPrerequisite,
  type Leadership,
} from './leadership';

/**
 * Checks the prerequisites of each registered title (Title.prerequisites) against the other
 * registrations of the same campaign:
 * - `alsoHolds` (individual): met when the registered title counts as the other one, or the same
 *   person in the same unit registered a title that is or counts as it;
 * - `memberShare` (collective): at least `minPercent`% of the unit's headcount hold the title, or
 *   more than it when `strict` (TTLĐTT: exactly half fails); with no usable headcount the check
 *   cannot be made, and says so;
 * - `memberCount` (collective): at least `min` people of the unit hold the title.
 * - `clusterLeader` (collective): this campaign's ranking proposes the unit for the cluster's flag, and
 *   no more than `maxPercent`% of all the leading units register the title. A unit unscored or held by
 *   a score error is not judged (its score decides later); one tied for the lead is a warning, since the
 *   council's vote decides.
 * - `pastRun` (individual): the award history gives the title in each earlier year of the run; the
 *   missing years are named, and a history name of the same unit that is close but not the same is
 *   a warning to confirm, never counted. Without a History table the condition stays with the council.
 *
 * Rows another check rejects (unknown unit or title, wrong subject, repeated row) are left out, and
 * so are prerequisites naming a title the catalogue lacks, so a mistake is reported once. A nameless
 * individual cannot be matched to anyone and is skipped too.
 *
 * @param context - the shared registration context
 * @returns issues in row order
 * @example
 * // TTLDXS needs 70% LDTT; unit U1 of 10 people registered 5 for LDTT
 * prerequisiteIssues(registrationContext(campaign)).map((i) => i.code) //=> ['PREREQUISITE_MEMBER_SHARE']
 */
export function prerequisiteIssues(context: RegistrationContext): Issue[] {
  // Runs of earlier years wait for the one index of the history, built once every registration
  // that asks has been seen, and for only the years they ask; their issues keep their row's place.
  const slots: (Issue | PastRunQuestion)[] = [];
  const questions: PastRunQuestion[] = [];
  let leading: Leadership | undefined;
  for (const registration of context.campaign.registrations) {
    if (!context.counts(registration)) continue;
    const title = context.titles.get(registration.title);
    for (const prerequisite of title?.prerequisites ?? []) {
      // A prerequisite naming a title missing from the catalogue is reported there (TITLE_RULE_UNKNOWN).
      if (!context.titles.has(prerequisite.title)) continue;
      if (prerequisite.kind === 'clusterLeader') {
        // The ranking is computed only when a registered title asks who leads.
        leading ??= leadership(context);
        const issue = clusterLeaderIssue(registration, prerequisite, context, leading);
        if (issue !== null) slots.push(issue);
        continue;
      }
      if (prerequisite.kind === 'pastRun') {
        if (registration.subject !== 'individual' || registration.person.trim() === '') continue;
        const question = {
          registration,
          run: prerequisite,
          heldThisYear: heldThisYear(registration, prerequisite, context),
        };
        questions.push(question);
        slots.push(question);
        continue;
      }
      const issue = checkPrerequisite(registration, prerequisite, context);
      if (issue !== null) slots.push(issue);
    }
  }
  const { history, year } = context.campaign;
  // Without a History table the runs stay with the council.
  if (questions.length === 0 || history === undefined) return slots.filter(isIssue);
  const index = pastRunIndex(history, year, questions, (code, target) => context.countsAs(code, target));
  // The names of a unit's history are compared with each of its people who miss a year.
  const compare = nameComparer();
  return slots.flatMap((slot) => (isIssue(slot) ? [slot] : pastRunIssues(slot, context, index, compare)));
}

function isIssue(slot: Issue | PastRunQuestion): slot is Issue {
  return !('run' in slot);
}

function checkPrerequisite(
  registration: Registration,
  prerequisite: Prerequisite,
  context: RegistrationContext,
): Issue | null {
  const where = { table: TABLES.registrations, row: registration.row, column: REGISTRATION_HEADERS.title };

  switch (prerequisite.kind) {
    case 'alsoHolds': {
      if (registration.subject !== 'individual' || registration.person.trim() === '') return null;
      if (context.countsAs(registration.title, prerequisite.title)) return null;
      if (context.holders(registration.unit, prerequisite.title).has(personKey(registration))) return null;
      const { title, needed } = labels(registration, prerequisite, context);
      return makeIssue(
        'PREREQUISITE_ALSO_HOLDS',
        { person: registration.person.trim(), title, needed },
        where,
      );
    }
    case 'memberShare': {
      if (registration.subject !== 'collective') return null;
      const strict = prerequisite.strict === true;
      const headcount = context.units.get(registration.unit)?.headcount ?? null;
      if (headcount === null || !Number.isFinite(headcount) || headcount <= 0) {
        const { title, needed } = labels(registration, prerequisite, context);
        const base = { unit: registration.unit, title, needed, percent: prerequisite.minPercent, strict };
        return makeIssue('PREREQUISITE_UNCHECKED', base, where);
      }
      const count = context.holders(registration.unit, prerequisite.title).size;
      const minimum = peopleNeeded(prerequisite.minPercent, headcount, strict);
      if (count >= minimum) return null;
      const { title, needed } = labels(registration, prerequisite, context);
      const base = { unit: registration.unit, title, needed, percent: prerequisite.minPercent, strict };
      return makeIssue('PREREQUISITE_MEMBER_SHARE', { ...base, headcount, minimum, count }, where);
    }
    case 'memberCount': {
      if (registration.subject !== 'collective') return null;
      const count = context.holders(registration.unit, prerequisite.title).size;
      if (count >= prerequisite.min) return null;
      const { title, needed } = labels(registration, prerequisite, context);
      return makeIssue(
        'PREREQUISITE_MEMBER_COUNT',
        { unit: registration.unit, title, needed, min: prerequisite.min, count },
        where,
      );
    }
    case 'pastRun':
    case 'clusterLeader':
      // Read from the history and from the ranking, by the checks below that need them.
      return null;
  }
}

function pastRunIssues(
  question: PastRunQuestion,
  context: RegistrationContext,
  index: HistoryIndex,
  compareNames: (a: string, b: string) => NameMatch,
): Issue[] {
  const { registration, run: prerequisite } = question;
  const result = checkPastRun(
    context.campaign.year,
    prerequisite,
    question.heldThisYear,
    index.ofPerson(registration.unit, registration.person),
    (code, target) => context.countsAs(code, target),
  );
  if (result.missing.length === 0) return [];
  const where = { table: TABLES.registrations, row: registration.row, column: REGISTRATION_HEADERS.person };
  const { title, needed } = labels(registration, prerequisite, context);
  const person = registration.person.trim();
  const issues = [
    makeIssue(
      'PREREQUISITE_PAST_RUN',
      {
        person,
        unit: registration.unit,
        title,
        needed,
        times: prerequisite.times,
        run: result.run.join(', '),
        missing: result.missing.join(', '),
      },
      { ...where, column: REGISTRATION_HEADERS.title },
    ),
  ];
  // A near name that would fill a missing year is the likeliest slip: say so, and count nothing.
  for (const [other, entries] of index.namesOf(registration.unit)) {
    if (compareNames(person, other) !== 'near') continue;
    const filling = entries.filter(
      (e) => result.missing.includes(e.year) && context.countsAs(e.title, prerequisite.title),
    );
    if (filling.length === 0) continue;
    issues.push(
      makeIssue(
        'HISTORY_NAME_NEAR',
        {
          person,
          unit: registration.unit,
          other,
          years: [...new Set(filling.map((e) => e.year))].sort((a, b) => a - b).join(', '),
          title: needed,
        },
        where,
      ),
    );
  }
  return issues;
}

/** How the messages name the registered title and the one it needs; most rows need no message. */
function labels(
  registration: Registration,
  prerequisite: Prerequisite,
  context: RegistrationContext,
): { title: string; needed: string } {
  return {
    title: titleLabel(context.titles, registration.title),
    needed: titleLabel(context.titles, prerequisite.title),
  };
}

/**
 * The fewest whole people meeting a share. "At least 70% of 10 people" is 7: round up. "More than
 * 50% of 10 people" is 6: the next whole person above the exact share, so half of an even unit fails
 * while 3 of 5 passes.
 */
function peopleNeeded(percent: number, headcount: number, strict: boolean): number {
  // 70% of 10 is 7.000000000000001 in binary; at 15 digits it is 7, as a person reads it.
  const exact = Number(((percent * headcount) / 100).toPrecision(15));
  return strict ? Math.floor(exact) + 1 : Math.ceil(exact);
}

function clusterLeaderIssue(
  registration: Registration,
  prerequisite: ClusterLeaderPrerequisite,
  context: RegistrationContext,
  leading: Leadership,
): Issue | null {
  if (registration.subject !== 'collective') return null;
  const unit = leading.units.get(registration.unit);
  // Not scored yet, or held by a score error: its place is not known, and the score issue says why.
  if (unit === undefined || unit.status !== 'ranked' || unit.rank === null) return null;
  const where = { table: TABLES.registrations, row: registration.row, column: REGISTRATION_HEADERS.title };
  const { title, needed } = labels(registration, prerequisite, context);
  const cluster = leading.clusters.get(unit.cluster) ?? unit.cluster;
  if (unit.vote === 'flag') {
    return makeIssue(
      'PREREQUISITE_CLUSTER_LEADER_VOTE',
      { unit: registration.unit, title, needed, cluster },
      where,
    );
  }
  if (!leads(unit, prerequisite.title, context)) {
    const leaders = clusterLeaders(leading, unit.cluster, prerequisite.title, context);
    return makeIssue(
      'PREREQUISITE_CLUSTER_LEADER',
      {
        unit: registration.unit,
        title,
        needed,
        cluster,
        rank: unit.rank,
        total: points(unit),
        leaders:
          leaders.length === 0
            ? { vi: 'chưa có đơn vị nào đủ điều kiện', en: 'no unit yet qualifies' }
            : {
                vi: leaders.map((u) => `"${u.name}" (${u.unit}) với ${points(u)} điểm`).join(', '),
                en: leaders.map((u) => `"${u.name}" (${u.unit}) with ${points(u)} points`).join(', '),
              },
      },
      where,
    );
  }
  const share = leaderShare(leading, registration.title, prerequisite, context);
  if (share === null || share.count <= share.allowed) return null;
  return makeIssue('PREREQUISITE_LEADER_SHARE', { unit: registration.unit, title, ...share }, where);
}

function points(unit: RankedUnit): string {
  return unit.total === null ? '' : formatDecimal(unit.total);
}
