// Fluent UI measures the window and matches media queries; jsdom has neither.
if (typeof window !== 'undefined' && !window.matchMedia) {
  window.matchMedia = (query) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  });
}

// Every browser the pane runs in has TextEncoder and TextDecoder (the spreadsheet library reads and
// writes workbook parts with them); jsdom 20 has neither.
if (typeof globalThis.TextDecoder === 'undefined') {
  const { TextDecoder, TextEncoder } = require('util');
  Object.assign(globalThis, { TextDecoder, TextEncoder });
}

// Every browser has structuredClone (the memory host copies validation rules with it); jsdom 20 has not.
if (typeof globalThis.structuredClone === 'undefined') {
  const v8 = require('v8');
  globalThis.structuredClone = (value) => v8.deserialize(v8.serialize(value));
}
