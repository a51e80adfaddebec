import fc from 'fast-check';
import type { Criterion } from '../../../src/domain/model';
import { criteriaTree } from '../../../src/domain/scoring';

const node = (code: string, parent?: string): Criterion => ({
  code,
  group: 'I',
  text: code,
  max: 1,
  kind: 'standard',
  ...(parent === undefined ? {} : { parent }),
});

/** Each criterion's parent in the tree, by code. */
function parents(criteria: readonly Criterion[]): Record<string, string | null> {
  const tree = criteriaTree(criteria);
  const out: Record<string, string | null> = {};
  for (const c of tree.order) out[c.code] = null;
  for (const [code, parts] of tree.parts) for (const part of parts) out[part.code] = code;
  return out;
}

describe('criteriaTree', () => {
  it('puts the members of a loop at the top and keeps a criterion that only leads into it where it is', () => {
    expect(parents([node('X', 'A'), node('A', 'B'), node('B', 'A')])).toEqual({ X: 'A', A: null, B: null });
    expect(parents([node('A', 'B'), node('B', 'A'), node('X', 'A')])).toEqual({ X: 'A', A: null, B: null });
  });

  it('puts at the top a criterion whose parent is unknown or itself', () => {
    expect(parents([node('A', 'Z'), node('B', 'B')])).toEqual({ A: null, B: null });
  });

  it('gives every criterion the same parent whatever the order of the rows', () => {
    const codes = ['A', 'B', 'C', 'D', 'E', 'F'];
    const rows = fc.array(
      fc.record({
        code: fc.constantFrom(...codes),
        parent: fc.option(fc.constantFrom(...codes), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 8 },
    );
    fc.assert(
      fc.property(
        rows.map((rs) => {
          const seen = new Set<string>();
          return rs.filter((r) => !seen.has(r.code) && seen.add(r.code)).map((r) => node(r.code, r.parent));
        }),
        (criteria) => {
          const reversed = [...criteria].reverse();
          expect(parents(reversed)).toEqual(parents(criteria));
        },
      ),
    );
  });
});
