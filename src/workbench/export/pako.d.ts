// pako 1.x (ExcelJS's zip library uses it) ships no types; these are the two functions the workbench calls.
declare module 'pako' {
  export function deflateRaw(data: Uint8Array): Uint8Array;
  export function inflateRaw(data: Uint8Array): Uint8Array;
}
