/**
 * Node's `Buffer` for the browser, installed as a global before the .xlsx writer (`src/xlsx`) runs:
 * it builds zip archives with Buffer's methods. Imported first by the workbench entry only.
 */
import { Buffer as BrowserBuffer } from 'buffer';

if (typeof globalThis.Buffer === 'undefined') {
  globalThis.Buffer = BrowserBuffer;
}
