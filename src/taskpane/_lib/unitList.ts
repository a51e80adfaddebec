import type { Unit } from '../../domain/model';

/** Why a line of a pasted unit list was refused; the pane words it in the officer's language. */
export type UnitLineError =
  | { kind: 'columns'; line: number; count: number }
  | { kind: 'code'; line: number }
  | { kind: 'name'; line: number }
  | { kind: 'cluster'; line: number; cluster: string }
  | { kind: 'headcount'; line: number; text: string }
  | { kind: 'duplicate'; line: number; code: string; firstLine: number };

/** A parsed unit list: the units when every line reads, else the errors line by line. */
export type UnitListParse = { ok: true; units: Unit[] } | { ok: false; errors: UnitLineError[] };

const HEADER = /^\s*m[aã]\s+đơn\s+vị/iu;

// A list copied from Excel is tab-separated; one typed by hand in Word often uses semicolons.
function cellsOf(line: string): string[] {
  return (line.includes('\t') ? line.split('\t') : line.split(';')).map((cell) => cell.trim());
}

/**
 * Reads a unit list pasted as "Mã đơn vị ⇥ Tên đơn vị ⇥ Mã cụm ⇥ Số người", one unit per line (a
 * header line and blank lines are skipped; `;` separates cells when a line has no tab). The number of
 * people may be left blank.
 *
 * @param text - the pasted text
 * @param clusters - codes of the campaign's clusters: a unit must belong to one of them
 * @returns the units, or every line's error (1-based line numbers of the text)
 * @example
 * parseUnitList('VP\tVăn phòng Sở\tK1\t12', ['K1'])
 * // { ok: true, units: [{ code: 'VP', name: 'Văn phòng Sở', cluster: 'K1', headcount: 12 }] }
 */
export function parseUnitList(text: string, clusters: readonly string[]): UnitListParse {
  const units: Unit[] = [];
  const errors: UnitLineError[] = [];
  const firstLineOf = new Map<string, number>();
  const known = new Set(clusters);

  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || (index === 0 && HEADER.test(raw))) return;
    const cells = cellsOf(raw);
    // Excel copies a trailing tab when the last column is blank; drop empty cells past the fourth.
    while (cells.length > 4 && cells[cells.length - 1] === '') cells.pop();
    if (cells.length < 3 || cells.length > 4) {
      errors.push({ kind: 'columns', line, count: cells.length });
      return;
    }
    const [code = '', name = '', cluster = '', people = ''] = cells;
    const before = errors.length;
    if (code === '') errors.push({ kind: 'code', line });
    if (name === '') errors.push({ kind: 'name', line });
    if (!known.has(cluster)) errors.push({ kind: 'cluster', line, cluster });
    let headcount: number | null = null;
    if (people !== '') {
      headcount = /^\d+$/.test(people) ? Number(people) : null;
      if (headcount === null) errors.push({ kind: 'headcount', line, text: people });
    }
    const firstLine = firstLineOf.get(code);
    if (code !== '' && firstLine !== undefined) errors.push({ kind: 'duplicate', line, code, firstLine });
    if (code !== '' && firstLine === undefined) firstLineOf.set(code, line);
    if (errors.length === before) units.push({ code, name, cluster, headcount });
  });

  return errors.length === 0 ? { ok: true, units } : { ok: false, errors };
}

/**
 * Writes units as the tab-separated lines {@link parseUnitList} reads, so the list can be edited in place.
 * @param units - the units
 * @returns one line per unit
 * @example
 * formatUnitList([{ code: 'VP', name: 'Văn phòng Sở', cluster: 'K1', headcount: null }]) // 'VP\tVăn phòng Sở\tK1\t'
 */
export function formatUnitList(units: readonly Unit[]): string {
  return units.map((u) => [u.code, u.name, u.cluster, u.headcount ?? ''].join('\t')).join('\n');
}

/**
 * Renames a cluster code in a pasted unit list, leaving every other cell, blank line and header as typed.
 * @param text - the unit list
 * @param from - the old cluster code
 * @param to - the new cluster code
 * @returns the list with the third cell of each line moved from `from` to `to`
 * @example
 * renameClusterInList('VP\tVăn phòng Sở\tC1\t12', 'C1', 'K1') // 'VP\tVăn phòng Sở\tK1\t12'
 */
export function renameClusterInList(text: string, from: string, to: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => {
      const separator = line.includes('\t') ? '\t' : ';';
      const cells = line.split(separator);
      if (cells.length < 3 || cells[2]?.trim() !== from) return line;
      cells[2] = to;
      return cells.join(separator);
    })
    .join('\n');
}
