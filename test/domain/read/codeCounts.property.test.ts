/**
 * The checks and the sheet never disagree silently about which rows a code counts: for random
 * catalogues and registration columns typed in any case, with spaces and non-breaking spaces around
 * and in either Unicode form, the domain's registrations per title equal the sheet's COUNTIFS
 * evaluated by HyperFormula (set up as Excel compares text), except the rows the checks warn the
 * sheet does not find (`CODE_FORM_DIFFERS`). The same cases in LibreOffice: test/cli/libreoffice.codes.test.ts.
 */
import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { countIfsText } from '../../../src/domain/cellCodecs';
import { ENGINE_CONFIG } from '../../../src/memory/formulaEngine';
import { codeCaseArb, countIfsFormula, domainCounts, type CodeCase } from './_codeCases';

/** COUNTIFS of each catalogue code over the typed column, evaluated by HyperFormula. */
function hyperFormulaCounts(c: CodeCase): Map<string, number> {
  const rows = c.typed.map((raw, i) => [
    raw,
    i < c.catalogue.length ? countIfsFormula(`A1:A${c.typed.length}`, c.catalogue[i]!) : null,
  ]);
  for (let i = c.typed.length; i < c.catalogue.length; i += 1)
    rows.push([null, countIfsFormula(`A1:A${c.typed.length}`, c.catalogue[i]!)]);
  const hf = HyperFormula.buildFromArray(rows, ENGINE_CONFIG);
  const counts = new Map(
    c.catalogue.map((code, i) => [code, hf.getCellValue({ sheet: 0, row: i, col: 1 }) as number]),
  );
  hf.destroy();
  return counts;
}

describe('codes counted as the sheet counts them', () => {
  it('gives each catalogue code the count of COUNTIFS, less the rows it warns the sheet misses', () => {
    fc.assert(
      fc.property(codeCaseArb, (c) => {
        const sheet = hyperFormulaCounts(c);
        for (const code of c.catalogue) expect(countIfsText(c.typed, code)).toBe(sheet.get(code));
        for (const [code, { count, warned }] of domainCounts(c)) {
          expect({ code, count: count - warned }).toEqual({ code, count: sheet.get(code) });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('counts a code typed in another case as Excel does, and keeps accents apart', () => {
    const c: CodeCase = { catalogue: ['LĐTT', 'LDTT'], typed: ['lđtt', 'LĐTT', 'ldtt', 'LĐTT ', 'Lđtt'] };
    expect(hyperFormulaCounts(c)).toEqual(
      new Map([
        ['LĐTT', 3],
        ['LDTT', 1],
      ]),
    );
    expect(domainCounts(c)).toEqual(
      new Map([
        ['LĐTT', { count: 4, warned: 1 }],
        ['LDTT', { count: 1, warned: 0 }],
      ]),
    );
  });

  it('finds HyperFormula, set up so, telling a decomposed code from a composed one as LibreOffice does', () => {
    const c: CodeCase = { catalogue: ['Tiên'], typed: ['Tiên', 'Tiên'.normalize('NFD'), 'tiên'] };
    expect(hyperFormulaCounts(c).get('Tiên')).toBe(2);
    expect(domainCounts(c).get('Tiên')).toEqual({ count: 3, warned: 1 });
  });
});
