import { formatDateVi } from '../dates';
import type { Campaign, HistoryEntry } from '../model';
import { registrationContext, titleLabel } from '../validate/registrations/context';
import { pastRunIndex, pastRunQuestions } from './pastRunIndex';
import { checkPastRun } from './pastRun';

/** A condition on earlier years that a registration meets, in words with its years and decisions. */
export interface PastRunExplanation {
  /** 1-based data row of the registration. */
  row: number;
  unit: string;
  person: string;
  title: string;
  vi: string;
  en: string;
}

/**
 * Explains every condition on earlier years that the registrations meet: which years the history
 * gives, by which decision, and the campaign year when this year's registration completes the run.
 * Registrations that fail are not here: validation reports them, with the missing years.
 *
 * @param campaign - the campaign, with its award history
 * @returns one explanation per met condition, in registration order; none without a History table
 * @example
 * explainPastRuns(campaign)[0]?.vi
 * // 'Nguyễn Văn An đạt "Chiến sĩ thi đua cơ sở" (CSTDCS) 3 năm liên tục: 2022 (QĐ 12/QĐ-STP ngày 10/12/2022), 2023 (QĐ 30/QĐ-STP), 2024 (đăng ký năm nay).'
 */
export function explainPastRuns(campaign: Campaign): PastRunExplanation[] {
  if (campaign.history === undefined) return [];
  const context = registrationContext(campaign);
  const questions = pastRunQuestions(context);
  const countsAs = (a: string, b: string): boolean => context.countsAs(a, b);
  const index = pastRunIndex(campaign.history, campaign.year, questions, countsAs);
  const out: PastRunExplanation[] = [];
  for (const { registration, run: p, heldThisYear } of questions) {
    const person = registration.person.trim();
    const result = checkPastRun(
      campaign.year,
      p,
      heldThisYear,
      index.ofPerson(registration.unit, person),
      countsAs,
    );
    if (result.missing.length > 0) continue;
    const needed = titleLabel(context.titles, p.title);
    const years = result.run.map((y) => ({ y, entry: result.held.find((e) => e.year === y) }));
    const vi = years.map(
      ({ y, entry }) => `${y} (${entry === undefined ? 'đăng ký năm nay' : decisionVi(entry)})`,
    );
    const en = years.map(
      ({ y, entry }) => `${y} (${entry === undefined ? "this year's registration" : decisionEn(entry)})`,
    );
    const how =
      p.every === 1
        ? { vi: `${p.times} năm liên tục`, en: `${p.times} years in a row` }
        : { vi: `${p.times} lần liên tục`, en: `${p.times} times in a row` };
    out.push({
      row: registration.row,
      unit: registration.unit,
      person,
      title: registration.title,
      vi: `${person} đạt ${needed} ${how.vi}: ${vi.join(', ')}.`,
      en: `${person} holds ${needed} ${how.en}: ${en.join(', ')}.`,
    });
  }
  return out;
}

function decisionVi(entry: HistoryEntry): string {
  const date = entry.decisionDate === null ? '' : ` ngày ${formatDateVi(entry.decisionDate)}`;
  return entry.decision === '' ? `lịch sử khen thưởng, dòng ${entry.row}` : `QĐ ${entry.decision}${date}`;
}

function decisionEn(entry: HistoryEntry): string {
  const date = entry.decisionDate === null ? '' : ` of ${formatDateVi(entry.decisionDate)}`;
  return entry.decision === '' ? `award history, row ${entry.row}` : `decision ${entry.decision}${date}`;
}
