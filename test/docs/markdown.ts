/**
 * Just enough Markdown reading for the document tests: sections by heading, pipe tables, code spans and
 * fenced blocks, as docs/contract.md writes them (and as Prettier leaves them).
 */

/** A heading and the text under it, up to the next heading of the same or a higher level. */
export interface Section {
  title: string;
  body: string;
}

/** A pipe table: its header cells and its rows, each cell as written (trimmed). */
export interface PipeTable {
  header: string[];
  rows: string[][];
}

/**
 * The sections of a text at one heading level; a deeper heading stays inside its section.
 * @param text - Markdown
 * @param level - 2 for `##`, 3 for `###`
 * @returns the sections, in order
 */
export function sections(text: string, level: number): Section[] {
  const found: Section[] = [];
  let current: { title: string; lines: string[] } | null = null;
  let fenced = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const heading = fenced ? null : /^(#+) (.*)$/.exec(line);
    if (heading !== null && (heading[1] ?? '').length <= level) {
      if (current !== null) found.push({ title: current.title, body: current.lines.join('\n') });
      current = (heading[1] ?? '').length === level ? { title: heading[2] ?? '', lines: [] } : null;
      continue;
    }
    current?.lines.push(line);
  }
  if (current !== null) found.push({ title: current.title, body: current.lines.join('\n') });
  return found;
}

/**
 * The one section whose title matches.
 * @param text - Markdown
 * @param level - heading level
 * @param title - the exact title, or a pattern
 * @returns the section; throws when there is none or more than one
 */
export function section(text: string, level: number, title: string | RegExp): Section {
  const matching = sections(text, level).filter((s) =>
    typeof title === 'string' ? s.title === title : title.test(s.title),
  );
  if (matching.length !== 1) {
    throw new Error(`Expected one section "${String(title)}" at level ${level}, found ${matching.length}`);
  }
  return matching[0] as Section;
}

/** Splits a table line on its unescaped pipes (`\|` stays in the cell, as `|`). */
function cells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

/**
 * The pipe tables of a text, in order.
 * @param text - Markdown
 * @returns each table's header and rows
 */
export function pipeTables(text: string): PipeTable[] {
  const tables: PipeTable[] = [];
  let block: string[] = [];
  const flush = (): void => {
    const [head, separator, ...rows] = block;
    if (head !== undefined && separator !== undefined && /^\|[\s:|-]+\|$/.test(separator.trim())) {
      tables.push({ header: cells(head), rows: rows.map(cells) });
    }
    block = [];
  };
  for (const line of text.split('\n')) {
    if (line.trim().startsWith('|')) block.push(line);
    else flush();
  }
  flush();
  return tables;
}

/**
 * The one pipe table whose first header cell is `first`.
 * @param text - Markdown
 * @param first - the first header cell
 * @returns the table; throws when there is none or more than one
 */
export function pipeTable(text: string, first: string): PipeTable {
  const matching = pipeTables(text).filter((t) => t.header[0] === first);
  if (matching.length !== 1)
    throw new Error(`Expected one table headed "${first}", found ${matching.length}`);
  return matching[0] as PipeTable;
}

/**
 * The contents of the code spans of a text.
 * @param text - a Markdown line or cell
 * @returns each span's content, in order
 */
export function codeSpans(text: string): string[] {
  return [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
}

/**
 * The first code span of a cell.
 * @param cell - a table cell
 * @returns its first code span; throws when it has none
 */
export function firstCode(cell: string): string {
  const code = codeSpans(cell)[0];
  if (code === undefined) throw new Error(`No code span in "${cell}"`);
  return code;
}

/**
 * The fenced blocks of a language.
 * @param text - Markdown
 * @param language - the info string (`json`)
 * @returns the blocks' contents, in order
 */
export function fencedBlocks(text: string, language: string): string[] {
  const blocks: string[] = [];
  let lines: string[] | null = null;
  for (const line of text.split('\n')) {
    if (lines === null) {
      if (line.trim() === '```' + language) lines = [];
    } else if (line.trim() === '```') {
      blocks.push(lines.join('\n'));
      lines = null;
    } else {
      lines.push(line);
    }
  }
  return blocks;
}
