/**
 * The parts of an .xlsx archive, for tests that look at (or hand-edit) the XML a writer produced.
 */
import { unzipSync, zipSync } from 'fflate';

/** One file inside the archive. */
export interface ZipEntry {
  name: string;
  data: Buffer;
}

/** Every entry of an archive, in its order. */
export function readZip(archive: Uint8Array): ZipEntry[] {
  return Object.entries(unzipSync(archive)).map(([name, data]) => ({ name, data: Buffer.from(data) }));
}

/** A new archive of these entries, in order. */
export function writeZip(entries: readonly ZipEntry[]): Buffer {
  return Buffer.from(zipSync(Object.fromEntries(entries.map((entry) => [entry.name, entry.data]))));
}
