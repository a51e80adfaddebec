import type { Campaign } from '../../domain/model';

/** Longest name part kept: file names of the Windows shell are best kept short. */
const MAX_SLUG = 60;

/**
 * The file name an exported workbook is saved under: the campaign's id (`cum-2-bo-tu-phap-2021`), or
 * when it has none its name without diacritics (a file mailed around passes through systems that
 * mangle them), lower case, words joined by dashes.
 *
 * @param campaign - the campaign (its id and name)
 * @returns the file name, ending in `.xlsx`
 * @example
 * fileNameFor({ id: 'hue-2021', name: 'Phong trào thi đua ngành Tư pháp năm 2021' })
 * //=> 'thi-dua-hue-2021.xlsx'
 * fileNameFor({ id: '', name: 'Phong trào Cụm số 2' })
 * //=> 'thi-dua-phong-trao-cum-so-2.xlsx'
 */
export function fileNameFor(campaign: Pick<Campaign, 'id' | 'name'>): string {
  const slug = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, MAX_SLUG)
      .replace(/-+$/, '');
  const name = slug(campaign.id) || slug(campaign.name) || 'so';
  return `thi-dua-${name}.xlsx`;
}
