/**
 * A column header inside the brackets of a structured reference (`Scores[Mã cụm]`,
 * `[@[Điểm '[tối đa']]]`): Excel's escape character there is `'`, before `[`, `]`, `#` and `'`.
 */

/**
 * Escapes a header for the brackets of a structured reference.
 *
 * @param header - the header text
 * @returns the escaped text
 *
 * @example
 * ```ts
 * escapeHeader('Điểm [tối đa]'); //=> "Điểm '[tối đa']"
 * ```
 */
export function escapeHeader(header: string): string {
  return header.replace(/['#[\]]/g, "'$&");
}

/**
 * The header a bracketed column specifier names: every `'` escape dropped.
 *
 * @param text - the text between the brackets
 * @returns the header
 *
 * @example
 * ```ts
 * unescapeHeader("Điểm '[tối đa']"); //=> 'Điểm [tối đa]'
 * ```
 */
export function unescapeHeader(text: string): string {
  return text.replace(/'(.)/g, '$1');
}
