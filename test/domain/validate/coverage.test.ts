import { readFileSync } from 'fs';
import { join } from 'path';
import { ISSUES } from '../../../src/domain/issues';
import { fixtures } from './fixtures';

/** The validation stages' sections of the catalogue, as marked by their `// --- name ---` comments. */
const STAGE_SECTIONS = ['campaign', 'registrations', 'scores'];

function codesOfSections(sections: readonly string[]): string[] {
  const source = readFileSync(join(__dirname, '../../../src/domain/issues.ts'), 'utf8');
  const codes: string[] = [];
  let section: string | null = null;
  for (const line of source.split('\n')) {
    const heading = /^\s*\/\/ --- (.+?) ---\s*$/.exec(line);
    if (heading) section = heading[1] ?? null;
    const entry = /^ {2}([A-Z][A-Z0-9_]*): template/.exec(line);
    if (entry?.[1] !== undefined && section !== null && sections.includes(section)) codes.push(entry[1]);
  }
  return codes;
}

describe('validation codes', () => {
  const codes = codesOfSections(STAGE_SECTIONS);

  it('finds the codes of the campaign, registrations and scores sections in the catalogue', () => {
    expect(codes.length).toBeGreaterThan(40);
    for (const code of codes) expect(Object.keys(ISSUES)).toContain(code);
  });

  it.each(codes)('%s has a failing fixture that produces it and a clean fixture', (code) => {
    const failing = fixtures.filter((f) => f.covers === code && f.kind === 'failing');
    const clean = fixtures.filter((f) => f.covers === code && f.kind === 'clean');
    expect(failing.length).toBeGreaterThan(0);
    expect(clean.length).toBeGreaterThan(0);
    for (const f of failing) expect(f.expected?.map((e) => e.code)).toContain(code);
  });

  it.each(codes)('%s explains its rule in both languages', (code) => {
    const { explain } = ISSUES[code as keyof typeof ISSUES];
    expect(explain.vi.length).toBeGreaterThan(20);
    expect(explain.en.length).toBeGreaterThan(20);
  });

  it('cites both regimes where registration is required at evaluation', () => {
    const { source } = ISSUES.REGISTRATION_MISSING_AT_EVALUATION.explain;
    expect(source).toContain('91/2017/NĐ-CP');
    expect(source).toContain('2013');
    expect(source).toContain('06/2022/QH15, Điều 7');
  });
});
