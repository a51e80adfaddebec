/**
 * Plain-text tables for the terminal, with aligned columns.
 *
 * Widths are counted in characters of the NFC form: Vietnamese letters then take one character each
 * ("ệ" is one code point in NFC, up to three in NFD), which is how a terminal shows them.
 */

/** A column of a text table. */
export interface TextColumn {
  header: string;
  /** Numbers and ranks read best right-aligned. */
  align?: 'left' | 'right';
  /** Longer cells are cut with "…" (long unit names would push the other columns off screen). */
  maxWidth?: number;
}

/**
 * Lays out rows under headers, columns separated by two spaces, a rule under the header.
 * @param columns - the columns
 * @param rows - the cells, as text, one array per row
 * @returns the table's lines, joined by newlines, with a final newline
 * @example
 * textTable([{ header: 'Mã' }, { header: 'Điểm', align: 'right' }], [['VP', '95,5'], ['TTR', '88']])
 * // 'Mã   Điểm\n───  ────\nVP   95,5\nTTR    88\n'
 */
export function textTable(columns: readonly TextColumn[], rows: readonly (readonly string[])[]): string {
  const cells = rows.map((row) =>
    columns.map((column, j) => clip((row[j] ?? '').normalize('NFC').replace(/\s+/g, ' '), column.maxWidth)),
  );
  const headers = columns.map((column) => column.header.normalize('NFC'));
  const widths = columns.map((_, j) =>
    Math.max(width(headers[j] ?? ''), ...cells.map((row) => width(row[j] ?? ''))),
  );
  const line = (texts: readonly string[]): string =>
    texts
      .map((text, j) => {
        const pad = ' '.repeat(Math.max(0, (widths[j] ?? 0) - width(text)));
        return columns[j]?.align === 'right' ? pad + text : text + pad;
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(headers), rule, ...cells.map(line)].join('\n') + '\n';
}

function width(text: string): number {
  return [...text].length;
}

function clip(text: string, max: number | undefined): string {
  if (max === undefined || width(text) <= max) return text;
  return [...text].slice(0, Math.max(1, max - 1)).join('') + '…';
}
