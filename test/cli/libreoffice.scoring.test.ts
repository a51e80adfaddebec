/**
 * The scoring rules' formulas in files the command line writes, evaluated by LibreOffice as an independent
 * engine: for random campaigns with criteria trees, tiers, proportional points, exclusions, held scores,
 * bands with conditions and quotas and a flag that may need a band, the recalculated `Chấm điểm` gives
 * every unit the total, status, rank, band, flag, vote and proposal of `thidua rank --json`.
 *
 * Without soffice this test fails; THIDUA_SKIP_LIBREOFFICE=1 skips it on purpose (see libreoffice.test.ts).
 */
import fc from 'fast-check';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { RankJson } from '../../src/cli/rankCommand';
import { SCORE_HEADERS, SHEETS } from '../../src/domain/contract';
import { rankCampaign } from '../../src/domain/rank';
import { FLAG_VOTE_TEXT, HELD_TEXT } from '../../src/layout/formulas';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { loadWorkbookFile } from '../../src/xlsx/workbookFile';
import { scoringCaseArb } from '../memory/scoringArbitrary';
import { findSoffice, makeRecalculatingProfile, parseCsv, sheetAsCsv } from './libreoffice';
import { runCli } from './runCli';

const skip = process.env.THIDUA_SKIP_LIBREOFFICE === '1';
const describeLibreOffice = skip ? describe.skip : describe;

jest.setTimeout(600_000);

/** A few campaigns of the property test, the same on every run; text cells are typed after set-up, not here. */
const CASES = fc
  .sample(scoringCaseArb, { numRuns: 8, seed: 4 })
  .map((c, i) => ({ id: `case-${i + 1}`, campaign: c.campaign }));

interface Outcome {
  total: number | null;
  status: string;
  rank: number | null;
  band: string | null;
  leading: boolean;
  vote: string | null;
  proposal: string;
}

function numberOrNull(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '') return null;
  const n = Number(text);
  if (Number.isNaN(n)) throw new Error(`not a number in the CSV: ${text}`);
  return n;
}

describeLibreOffice('LibreOffice recalculation of the scoring rules', () => {
  let dir: string;
  let soffice: string | null;
  let profile: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thidua-lo-scoring-'));
    soffice = await findSoffice();
    profile = await makeRecalculatingProfile(path.join(dir, 'profile'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('covers held, excluded, banded and leading units and both kinds of vote across the cases', () => {
    const units = CASES.flatMap((c) => rankCampaign(c.campaign).flatMap((r) => r.units));
    const seen = new Set(
      units.flatMap((u) => [u.status, u.band === null ? '' : 'band', u.leading ? 'lead' : '']),
    );
    expect([...seen].filter(Boolean).sort()).toEqual([
      'band',
      'excluded',
      'held',
      'lead',
      'ranked',
      'unscored',
    ]);
  });

  it.each(CASES.map((c) => [c.id, c] as const))(
    '%s: the recalculated sheet gives what rank --json gives',
    async (id, { campaign }) => {
      if (soffice === null)
        throw new Error('LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc');
      const json = path.join(dir, `${id}.json`);
      await fs.writeFile(json, JSON.stringify(campaign));
      const file = path.join(dir, `${id}.xlsx`);
      const init = await runCli(['init', file, '--campaign', json], dir);
      expect(init.stderr).toBe('');
      expect(init.code).toBe(0);
      const rank = await runCli(['rank', file, '--json'], dir);
      expect([0, 1]).toContain(rank.code);
      const expected = new Map<string, Outcome>();
      for (const u of (JSON.parse(rank.stdout) as RankJson).clusters.flatMap((c) => c.units)) {
        expected.set(u.unit, {
          total: u.total,
          status: u.status,
          rank: u.rank,
          band: u.band,
          leading: u.leading,
          vote: u.vote,
          proposal: u.proposal,
        });
      }

      const sheets = readWorkbook(await loadWorkbookFile(file)).sheets;
      const sheetNumber = sheets.findIndex((sheet) => sheet.name === SHEETS.scores) + 1;
      const rows = parseCsv(
        await sheetAsCsv(soffice, profile, file, sheetNumber, path.join(dir, `csv-${id}`)),
      );
      const headerAt = rows.findIndex(
        (row) => row.includes(SCORE_HEADERS.unit) && row.includes(SCORE_HEADERS.rank),
      );
      const header = rows[headerAt] ?? [];
      const col = (h: string): number => header.indexOf(h);
      const computed = new Map<string, Outcome>();
      for (const row of rows.slice(headerAt + 1)) {
        const unit = row[col(SCORE_HEADERS.unit)] ?? '';
        if (unit === '') continue;
        const total = numberOrNull(row[col(SCORE_HEADERS.total)]);
        const status = row[col(SCORE_HEADERS.status)] ?? '';
        const vote = row[col(SCORE_HEADERS.vote)] ?? '';
        computed.set(unit, {
          total,
          status:
            status === HELD_TEXT
              ? 'held'
              : status.startsWith('Không xét')
                ? 'excluded'
                : total === null
                  ? 'unscored'
                  : 'ranked',
          rank: numberOrNull(row[col(SCORE_HEADERS.rank)]),
          band: (row[col(SCORE_HEADERS.band)] ?? '') || null,
          leading: row[col(SCORE_HEADERS.leading)] === 'x',
          vote: vote === '' ? null : vote === FLAG_VOTE_TEXT ? 'flag' : 'quota',
          proposal: row[col(SCORE_HEADERS.proposal)] ?? '',
        });
      }
      expect(Object.fromEntries(computed)).toEqual(Object.fromEntries(expected));
    },
  );
});
