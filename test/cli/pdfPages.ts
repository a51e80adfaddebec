/**
 * Reading a printed PDF back, page by page: the page size and every word with its box (poppler's
 * `pdftotext -bbox`, in points), and the pages as pictures (`pdftoppm -png`).
 */
import { execFile } from 'child_process';
import { promises as fs } from 'fs';

/** A word on a page and its box, in points from the top-left corner. */
export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** A page: its size in points and its words. */
export interface PdfPage {
  width: number;
  height: number;
  words: PdfWord[];
  /** The page's words in reading order, joined by spaces (NFC). */
  text: string;
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { maxBuffer: 256 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(new Error(`${command} failed: ${error.message}`)) : resolve(stdout),
    );
  });
}

const decode = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .normalize('NFC');

/** The pages of a PDF with their words' boxes. */
export async function pdfWordPages(pdf: string): Promise<PdfPage[]> {
  const html = await run('pdftotext', ['-bbox', pdf, '-']);
  const pages: PdfPage[] = [];
  const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
  const wordRe = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const page of html.matchAll(pageRe)) {
    const words = [...(page[3] ?? '').matchAll(wordRe)].map((m) => ({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: decode(m[5] ?? ''),
    }));
    pages.push({
      width: Number(page[1]),
      height: Number(page[2]),
      words,
      text: words.map((w) => w.text).join(' '),
    });
  }
  return pages;
}

/** Writes the pages of a PDF as PNG pictures `<prefix>-<n>.png` (60 dots per inch). */
export async function pdfToPngs(pdf: string, prefix: string): Promise<void> {
  await run('pdftoppm', ['-png', '-r', '60', pdf, prefix]);
}

/** The median of some numbers (0 for none). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Removes the files of a folder whose names start with a prefix. */
export async function removeFiles(folder: string, prefix: string): Promise<void> {
  await fs.mkdir(folder, { recursive: true });
  for (const name of await fs.readdir(folder)) {
    if (name.startsWith(prefix)) await fs.rm(`${folder}/${name}`, { force: true });
  }
}
