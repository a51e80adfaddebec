/**
 * The pane's own words, in both languages: every string of the catalogues, every wording function
 * called with sample values, names no internal identifier, and each language's catalogue is in its
 * own language (the English one has no Vietnamese sentence left in it).
 */
import { STRINGS, type Language } from '../../src/taskpane/i18n';
import { identifiersIn } from '../support/identifiers';

/** Sample values a wording function may be given: names, codes, counts. */
const SAMPLES: readonly (string | number)[] = ['Đăng ký', 'A5', 3, 12, 2018];
/** The same without Vietnamese letters, to see the English wording's own words alone. */
const ASCII_SAMPLES: readonly (string | number)[] = ['Sheet', 'A5', 3, 12, 2018];

/** Every text of a catalogue, with where it sits, functions called with sample values. */
function texts(node: unknown, path: string, samples = SAMPLES): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (typeof node === 'function') {
    const wording = node as (...args: unknown[]) => unknown;
    const args = Array.from({ length: wording.length }, (_, i) => samples[i % samples.length]);
    return texts(wording(...args), `${path}()`, samples);
  }
  if (typeof node === 'object' && node !== null)
    return Object.entries(node).flatMap(([key, value]) => texts(value, `${path}.${key}`, samples));
  return [];
}

/** Letters with Vietnamese marks that English words never have. */
const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

/** English texts that name a Vietnamese sheet, header or value, as the workbook spells it. */
const WORKBOOK_WORDS = /"[^"]*"|Bắt buộc|Không bắt buộc|Không kiểm tra|Thi đua/gu;

describe.each(['vi', 'en'] as Language[])('the pane strings in %s', (language) => {
  const all = texts(STRINGS[language], language);

  it('name no table, setting or rule set by its internal identifier', () => {
    const found = all.flatMap(([path, text]) => identifiersIn(text, language).map((id) => `${path}: ${id}`));
    expect(found).toEqual([]);
  });

  it('have a text for every key', () => {
    expect(all.length).toBeGreaterThan(150);
    expect(all.filter(([, text]) => text.trim() === '').map(([path]) => path)).toEqual([]);
  });
});

describe('the English pane', () => {
  it('leaves no Vietnamese sentence, only the workbook words it quotes', () => {
    const left = texts(STRINGS.en, 'en', ASCII_SAMPLES)
      .filter(([, text]) => VIETNAMESE_LETTERS.test(text.replace(WORKBOOK_WORDS, '')))
      .map(([path, text]) => `${path}: ${text}`);
    expect(left).toEqual([]);
  });
});
