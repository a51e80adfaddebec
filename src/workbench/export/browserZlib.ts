/**
 * The two functions of Node's `zlib` that the .xlsx writer (`src/xlsx/_lib/zip.ts`) calls, for the
 * browser: the workbench build resolves `zlib` to this module (see webpack.config.js), so the workbench
 * saves files with the command line's own writer instead of a second one.
 */
import { deflateRaw, inflateRaw } from 'pako';

/**
 * Raw deflate, as Node's `zlib.deflateRawSync`.
 * @param data - the bytes to compress
 * @returns the compressed bytes
 * @example
 * inflateRawSync(deflateRawSync(Buffer.from('xin chào'))).toString('utf8') // 'xin chào'
 */
export function deflateRawSync(data: Uint8Array): Buffer {
  return Buffer.from(deflateRaw(data));
}

/**
 * Raw inflate, as Node's `zlib.inflateRawSync`.
 * @param data - compressed bytes
 * @returns the bytes they hold
 * @example
 * inflateRawSync(deflateRawSync(Buffer.from([1, 2, 3]))) // <Buffer 01 02 03>
 */
export function inflateRawSync(data: Uint8Array): Buffer {
  return Buffer.from(inflateRaw(data));
}
