/**
 * The little XML text handling the zip post-processing needs: the parts ExcelJS writes and Excel saves
 * are machine-written, so attribute and element text is all that is read, never a general parse.
 */

/**
 * Decodes XML entities in attribute or element text.
 * @param text - raw XML text
 * @returns the text
 * @example
 * unescapeXml('Units[M&#227; &amp; t&#234;n]') // 'Units[Mã & tên]'
 */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, entity: string) => {
    switch (entity) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default:
        return String.fromCodePoint(
          entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10),
        );
    }
  });
}

/**
 * Encodes text for an XML element or a double-quoted attribute.
 * @param text - the text
 * @returns the escaped text
 * @example
 * escapeXml('A<B & "C"') // 'A&lt;B &amp; &quot;C&quot;'
 */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The attributes of an element's opening tag.
 * @param tag - the opening tag text, e.g. `<table id="1" name="Scores">`
 * @returns attribute name → decoded value
 * @example
 * xmlAttributes('<definedName name="DS_DonVi" localSheetId="0">').localSheetId // '0'
 */
export function xmlAttributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = m[1];
    if (name !== undefined) out[name] = unescapeXml(m[2] ?? m[3] ?? '');
  }
  return out;
}
