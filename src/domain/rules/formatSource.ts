import type { LegalSource } from './ruleSet';

/** What a rule left to the council says of its source. */
export const CHOSEN_WORDS = 'do Hội đồng lựa chọn, không có văn bản quy định chung';

/**
 * A legal source as the workbook's "Căn cứ" column and the task pane print it.
 * @param source - the source of a rule
 * @returns document, article and, for a rule not read in a source, "(chưa kiểm chứng)"
 * @example
 * formatSource({ document: 'Nghị định 91/2017/NĐ-CP', article: 'Điều 9', tag: 'confirmed' })
 * // 'Nghị định 91/2017/NĐ-CP, Điều 9'
 * formatSource({ document: 'Thông tư 11/2023/TT-BTP', article: null, tag: 'unverified' })
 * // 'Thông tư 11/2023/TT-BTP (chưa kiểm chứng)'
 * formatSource({ document: 'Quy chế của Hội đồng', article: null, tag: 'chosen' })
 * // 'Quy chế của Hội đồng (do Hội đồng lựa chọn, không có văn bản quy định chung)'
 */
export function formatSource(source: LegalSource): string {
  const where = source.article === null ? source.document : `${source.document}, ${source.article}`;
  if (source.tag === 'chosen') return `${where} (${CHOSEN_WORDS})`;
  return source.tag === 'unverified' ? `${where} (chưa kiểm chứng)` : where;
}
