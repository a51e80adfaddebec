import fc from 'fast-check';
import { countTitles } from '../../../src/domain/rank';
import { alignCodes } from '../../../src/domain/read/alignCodes';
import { readCode } from '../../../src/domain/read';
import { TABLES, REGISTRATION_HEADERS } from '../../../src/domain/contract';
import { buildCampaign, makeRegistration } from '../support/campaignBuilder';

/**
 * Catalogue codes with what Excel tells apart and what it does not: Vietnamese letters with
 * accents, Đ, a code that differs from another only by an accent (LĐTT / LDTT), one with a space.
 */
const CODE_POOL = ['LĐTT', 'LDTT', 'CSTĐCS', 'Tiên', 'Tiến', 'TIEN', 'Ưu', 'CTĐ-TP', 'Cờ 1', 'GK', 'Hồ.2'];

/** One code as an officer might type it: any case per letter, spaces around, composed or not. */
const typedArb = (code: string): fc.Arbitrary<string> =>
  fc
    .record({
      cases: fc.array(fc.boolean(), { minLength: code.length, maxLength: code.length }),
      before: fc.constantFrom('', '', '', ' ', '\u00a0'),
      after: fc.constantFrom('', '', '', ' ', '  ', '\u00a0'),
      nfd: fc.boolean(),
    })
    .map(({ cases, before, after, nfd }) => {
      const cased = [...code]
        .map((ch, i) => (cases[i] === true ? ch.toUpperCase() : ch.toLowerCase()))
        .join('');
      return before + (nfd ? cased.normalize('NFD') : cased) + after;
    });

/** A catalogue (codes distinct for Excel) and a column of codes typed against it. */
export interface CodeCase {
  catalogue: string[];
  typed: string[];
}

/** Random catalogues and registration columns; some typed codes are in no catalogue. */
export const codeCaseArb: fc.Arbitrary<CodeCase> = fc
  .subarray(CODE_POOL, { minLength: 1 })
  .chain((catalogue) =>
    fc.record({
      catalogue: fc.constant(catalogue),
      typed: fc.array(
        fc.constantFrom(...CODE_POOL).chain((code) => typedArb(code)),
        { minLength: 1, maxLength: 25 },
      ),
    }),
  );

/** What the checks say of one catalogue code: how many rows count for it, and how many of them they warned about. */
export interface DomainCount {
  count: number;
  warned: number;
}

/**
 * The domain's registration counts per catalogue title for a column of typed title codes: each cell
 * read as the Registrations table reads it, codes matched as reading the campaign matches them, and
 * counted by the summary of registrations per title (`countTitles`).
 */
export function domainCounts(c: CodeCase): Map<string, DomainCount> {
  const base = buildCampaign();
  const titles = c.catalogue.map((code) => ({
    ...base.titles[0]!,
    code,
    cap: null,
    prerequisites: [],
    counts: [],
  }));
  const warnedRows = new Set<number>();
  const registrations = c.typed.map((raw, i) => {
    const at = {
      sheet: 'Đăng ký',
      table: TABLES.registrations,
      row: i + 1,
      column: REGISTRATION_HEADERS.title,
    };
    const read = readCode(raw, at);
    if (read.issue?.code === 'CODE_FORM_DIFFERS') warnedRows.add(i + 1);
    return makeRegistration({ row: i + 1, unit: 'U1', title: read.value, person: `Người ${i + 1}` });
  });
  const { campaign } = alignCodes({ ...base, titles, registrations });
  const totals = countTitles(campaign).filter((r) => r.unit === null);
  const result = new Map<string, DomainCount>();
  for (const code of c.catalogue) {
    const count = totals.filter((r) => r.title === code).reduce((n, r) => n + r.count, 0);
    const warned = campaign.registrations.filter((r) => r.title === code && warnedRows.has(r.row)).length;
    result.set(code, { count, warned });
  }
  return result;
}

/** The COUNTIFS formula of the sheet for one code over a range, as a formula text. */
export function countIfsFormula(range: string, code: string): string {
  return `=COUNTIFS(${range},"${code}")`;
}
