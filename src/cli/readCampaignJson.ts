/**
 * Reading a campaign from a JSON file for `thidua init --campaign <file.json>`.
 */
import { promises as fs } from 'fs';
import type { Campaign } from '../domain/model';
import { CliError } from './cliError';
import { CAMPAIGN_SHAPE, shapeProblem } from './campaignShape';
import { fileProblem } from './fileProblem';

/** Lists a hand-written campaign may leave out: nothing typed yet. */
const OPTIONAL_LISTS = [
  'phases',
  'registrations',
  'scores',
  'selfScores',
  'tiers',
  'scoringTables',
  'exclusions',
] as const;

/**
 * Reads and checks a campaign file. The lists of phases, registrations, scores, self-scores, tiers,
 * scoring tables and exclusions may be left out (read as empty); everything else of {@link Campaign} must
 * be there with its type.
 *
 * @param file - path of the JSON file
 * @param shown - the path as the officer wrote it, for messages
 * @returns the campaign
 * @throws {@link CliError} (exit 2) naming the file and the first problem
 * @example
 * const campaign = await readCampaignJson('/data/phong-trao.json', 'phong-trao.json');
 */
export async function readCampaignJson(file: string, shown: string): Promise<Campaign> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    throw fileProblem(error, shown, 'read');
  }
  let value: unknown;
  try {
    // A byte order mark, as Notepad writes it, is not JSON.
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliError(`Tệp "${shown}" không phải JSON hợp lệ (${detail}).`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CliError(
      `Tệp "${shown}" không đúng dạng một phong trào: nội dung phải là một đối tượng {...}.`,
    );
  }
  const record = value as Record<string, unknown>;
  for (const list of OPTIONAL_LISTS) if (!(list in record)) record[list] = [];
  const problem = shapeProblem(value, { object: CAMPAIGN_SHAPE }, '');
  if (problem !== null) throw new CliError(`Tệp "${shown}" không đúng dạng một phong trào: ${problem}.`);
  return value as Campaign;
}
