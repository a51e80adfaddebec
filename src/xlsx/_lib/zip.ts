/**
 * A minimal reader and writer of zip archives (an .xlsx file is one), enough to read the parts ExcelJS
 * drops when it loads a workbook (defined names that are formulas, the header-row flag of tables) and
 * to add the parts it cannot write (calculated column formulas of tables).
 *
 * Only what .xlsx producers use is supported: stored or deflated entries, no encryption, no ZIP64.
 */
import { deflateRawSync, inflateRawSync } from 'zlib';

/** One file inside the archive. */
export interface ZipEntry {
  name: string;
  data: Buffer;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;
/** General purpose flag bit 11: file names are UTF-8. */
const FLAG_UTF8 = 0x0800;

/**
 * Reads every entry of a zip archive.
 * @param archive - the archive's bytes
 * @returns the entries in central-directory order
 * @throws Error when the bytes are not a zip archive this reader understands
 * @example
 * readZip(fs.readFileSync('book.xlsx')).map((e) => e.name) // ['[Content_Types].xml', '_rels/.rels', …]
 */
export function readZip(archive: Buffer): ZipEntry[] {
  const end = findEndOfCentral(archive);
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > archive.length || archive.readUInt32LE(at) !== CENTRAL_HEADER) {
      throw new Error('zip: broken central directory');
    }
    const method = archive.readUInt16LE(at + 10);
    const compressedSize = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    const localOffset = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;

    if (localOffset + 30 > archive.length || archive.readUInt32LE(localOffset) !== LOCAL_HEADER) {
      throw new Error(`zip: broken local header of ${name}`);
    }
    // The local header's own name and extra lengths may differ from the central directory's.
    const dataStart =
      localOffset + 30 + archive.readUInt16LE(localOffset + 26) + archive.readUInt16LE(localOffset + 28);
    const raw = archive.subarray(dataStart, dataStart + compressedSize);
    if (method === METHOD_STORED) entries.push({ name, data: Buffer.from(raw) });
    else if (method === METHOD_DEFLATED) entries.push({ name, data: inflateRawSync(raw) });
    else throw new Error(`zip: unsupported compression method ${method} in ${name}`);
  }
  return entries;
}

/**
 * Writes entries into a new zip archive (UTF-8 names).
 * @param entries - the files, in the order they should appear
 * @param options - `compress: false` stores the files as they are (faster, for an archive that is only
 *   handed on in memory)
 * @returns the archive's bytes
 * @example
 * writeZip([{ name: 'a.txt', data: Buffer.from('xin chào') }])
 */
export function writeZip(entries: readonly ZipEntry[], options: { compress?: boolean } = {}): Buffer {
  const method = options.compress === false ? METHOD_STORED : METHOD_DEFLATED;
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const compressed = method === METHOD_DEFLATED ? deflateRawSync(entry.data) : entry.data;
    const crc = crc32(entry.data);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(FLAG_UTF8, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(DOS_DATE_1980, 10);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, compressed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL_HEADER, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(FLAG_UTF8, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(DOS_DATE_1980, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);

    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** 1980-01-01 00:00 in MS-DOS date/time form: a fixed stamp keeps the output reproducible. */
const DOS_DATE_1980 = (((1980 - 1980) << 9) | (1 << 5) | 1) << 16;

function findEndOfCentral(archive: Buffer): number {
  // The end record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const lowest = Math.max(0, archive.length - 22 - 0xffff);
  for (let at = archive.length - 22; at >= lowest; at--) {
    if (archive.readUInt32LE(at) === END_OF_CENTRAL) return at;
  }
  throw new Error('zip: no end of central directory');
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
